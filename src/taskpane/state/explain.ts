/**
 * What a finding means, for the pane's 详情: the rule's description and its catalog message in the
 * user's language. Rule meta descriptions are English (a developer's one-liner), so in Chinese the
 * catalog message is the explanation, in English the description comes first with the message
 * under it; a code without a rule module (hierarchy.*, completion.*, form.*) shows its message.
 */
import { hasMessage, message, messageOf } from '../../core/messages';
import { TARGET_RULES } from '../../core/target/rules';
import type { Lang, Severity } from '../../core/types';

export interface Explanation {
  code: string;
  /** The explanation shown first. */
  text: string;
  /** The catalog message (placeholders as …) when it is not already the text, else null. */
  message: string | null;
  /** The rule's default severity, when a rule module states it. */
  severity: Severity | null;
}

export function explainCode(code: string, lang: Lang): Explanation {
  const catalogText = messageOf(code, lang).replace(/\{\w+\}/g, '…');
  const rule = TARGET_RULES.find((r) => r.code === code);
  const raw = rule?.meta.description.trim();
  const description = raw ? (hasMessage(raw) ? message(raw, lang) : lang === 'en' ? raw : undefined) : undefined;
  return {
    code,
    text: description ?? catalogText,
    message: description && description !== catalogText ? catalogText : null,
    severity: rule ? rule.meta.severity : null,
  };
}
