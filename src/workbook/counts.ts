/**
 * A count with its noun, in the user's language: "3 个错误", "1 error", "2 errors". The catalog's
 * English entries hold 'one|other'; the form is picked by Intl.PluralRules.
 */
import { message } from '../core/messages';
import type { Lang } from '../core/types';

const rules = new Map<Lang, Intl.PluralRules>();

export type Noun =
  | 'files'
  | 'forms'
  | 'indicators'
  | 'errors'
  | 'warnings'
  | 'notes'
  | 'issues'
  | 'unreadable'
  | 'safe-fixes'
  | 'score-cells'
  | 'indicator-rows'
  | 'pending';

export function countOf(noun: Noun, n: number, lang: Lang): string {
  const forms = message(`cli.n.${noun}`, lang, { n: n.toLocaleString('en-US') }).split('|');
  if (forms.length === 1) return forms[0];
  let pr = rules.get(lang);
  if (!pr) rules.set(lang, (pr = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en-US')));
  return pr.select(n) === 'one' ? forms[0] : forms[1];
}
