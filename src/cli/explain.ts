/**
 * `jixiao explain <code>`: what a finding code means — its catalog message (placeholders shown as …),
 * its group, its default severity when a rule module states it, and the rule's description when the
 * module has `meta.description` (a catalog code, a string, or { zh, en }); otherwise the catalog
 * message is the explanation.
 */
import { allMessageCodes, hasMessage, message, messageOf } from '../core/messages';
import { HIERARCHY_RULES } from '../core/hierarchy/rules';
import { TARGET_RULES } from '../core/target/rules';
import type { Lang, Severity } from '../core/types';
import { CliError, EXIT_UNREADABLE } from './errors';

/** Prefixes of the codes a report can hold (issues and file errors). */
const FINDING_GROUPS = ['target', 'hierarchy', 'completion', 'form', 'file'] as const;

/** Every finding code of the catalog, sorted (sub-entries such as `….scan-hint` are not codes). */
export function findingCodes(): string[] {
  return allMessageCodes()
    .filter((c) => {
      const parts = c.split('.');
      return parts.length === 2 && (FINDING_GROUPS as readonly string[]).includes(parts[0]);
    })
    .sort();
}

type Description = string | { zh?: string; en?: string } | undefined;

interface RuleInfo {
  severity?: Severity;
  description?: string;
}

function ruleInfo(code: string, lang: Lang): RuleInfo {
  const rule = [...TARGET_RULES, ...HIERARCHY_RULES].find((r) => r.code === code) as
    | ({ severity: Severity; meta?: { description?: Description; severity?: Severity } })
    | undefined;
  if (!rule) return {};
  const d = rule.meta?.description;
  let description: string | undefined;
  // a plain string is a developer's English description (the rules' meta): shown in English only
  if (typeof d === 'string') description = hasMessage(d) ? message(d, lang) : lang === 'en' ? d : undefined;
  else if (d && typeof d === 'object') description = d[lang] ?? d.zh ?? d.en;
  return { severity: rule.meta?.severity ?? rule.severity, description: description?.trim() || undefined };
}

/** The codes a mistyped code may have meant: the same name in another group, or containing it. */
function similar(code: string): string[] {
  const name = code.includes('.') ? code.slice(code.indexOf('.') + 1) : code;
  if (!name) return [];
  return findingCodes().filter((c) => c.endsWith(`.${name}`) || (name.length >= 4 && c.includes(name))).slice(0, 5);
}

/** Resolves a code as typed: exact, or a name without its group when that is unambiguous. */
export function resolveCode(typed: string): string | null {
  const code = typed.trim().toLowerCase();
  const all = findingCodes();
  if (all.includes(code)) return code;
  if (!code.includes('.')) {
    const hits = all.filter((c) => c.endsWith(`.${code}`));
    if (hits.length === 1) return hits[0];
  }
  return null;
}

/** The explanation, as lines; throws CliError (exit 2) for an unknown code. */
export function explain(typed: string, lang: Lang): string[] {
  const code = resolveCode(typed);
  if (!code) {
    const near = similar(typed.trim().toLowerCase());
    const hint = near.length ? `${lang === 'zh' ? '' : ' '}${message('cli.explain.did-you-mean', lang, { codes: near.join(', ') })}` : '';
    throw new CliError('cli.explain.unknown', { code: typed, hint }, EXIT_UNREADABLE);
  }
  const text = messageOf(code, lang).replace(/\{\w+\}/g, '…');
  const info = ruleInfo(code, lang);
  const group = code.split('.')[0];
  const lines = [`${code}`, `  ${info.description ?? text}`];
  if (info.description) lines.push(`  ${message('cli.explain.message', lang, { text })}`);
  lines.push(`  ${message('cli.explain.group', lang, { group: messageOf(`cli.explain.group.${group}`, lang) })}`);
  if (info.severity) lines.push(`  ${message('cli.explain.severity', lang, { severity: message(`ui.severity.${info.severity}`, lang) })}`);
  return lines;
}

/** `explain --list`: every code with its message. */
export function explainList(lang: Lang): string[] {
  const codes = findingCodes();
  const width = Math.max(...codes.map((c) => c.length));
  return codes.map((c) => `${c.padEnd(width)}  ${messageOf(c, lang).replace(/\{\w+\}/g, '…')}`);
}
