/**
 * `jixiao explain <code>`: what a finding code means — the explanation the pane's 详情 shows too
 * (src/core/rule-docs-explain.ts): its name and catalog message, what the rule checks, why it matters,
 * how to fix it, its group, default severity and fix safety when a rule module states them, a few
 * cases from the rule's test table that pass and that are reported, and its documentation page.
 */
import { message, messageOf } from '../core/messages';
import {
  explainFinding,
  exampleCells,
  exampleFix,
  findingCodes,
  fixLine,
  resolveCode,
  similarCodes,
} from '../core/rule-docs-explain';
import type { RuleExample } from '../core/rule-docs';
import type { Lang } from '../core/types';
import { CliError, EXIT_UNREADABLE } from './errors';

export { findingCodes, resolveCode };

function exampleLine(ex: RuleExample, lang: Lang): string {
  const where = ex.where ? message('explain.where', lang, { where: ex.where }) : '';
  const fix = exampleFix(ex, lang);
  return `${exampleCells(ex, lang)}${where}${fix === null ? '' : ` → ${message('explain.fixed-to', lang, { text: fix })}`}`;
}

/** The explanation, as lines; throws CliError (exit 2) for an unknown code. */
export function explain(typed: string, lang: Lang): string[] {
  const code = resolveCode(typed);
  if (!code) {
    const near = similarCodes(typed);
    const hint = near.length
      ? `${lang === 'zh' ? '' : ' '}${message('cli.explain.did-you-mean', lang, { codes: near.join(', ') })}`
      : '';
    throw new CliError('cli.explain.unknown', { code: typed, hint }, EXIT_UNREADABLE);
  }
  const e = explainFinding(code, lang);
  const line = (label: string, text: string) => `  ${message('explain.line', lang, { label, text })}`;
  const lines = [e.name === code ? code : `${code}  ${e.name}`];
  if (e.what) lines.push(line(message('explain.what', lang), e.what));
  if (e.why) lines.push(line(message('explain.why', lang), e.why));
  if (e.how) lines.push(line(message('explain.how', lang), e.how));
  lines.push(`  ${message('cli.explain.message', lang, { text: e.message })}`);
  lines.push(`  ${message('cli.explain.group', lang, { group: messageOf(`cli.explain.group.${e.group}`, lang) })}`);
  if (e.severity) {
    const severity = message('cli.explain.severity', lang, { severity: message(`ui.severity.${e.severity}`, lang) });
    lines.push(`  ${severity}${e.hasModule ? ` · ${fixLine(e.fixable, lang)}` : ''}`);
  }
  const sep = message('explain.separator', lang);
  if (e.examples.valid.length)
    lines.push(line(message('explain.passes', lang), e.examples.valid.map((x) => exampleLine(x, lang)).join(sep)));
  if (e.examples.invalid.length)
    lines.push(line(message('explain.fails', lang), e.examples.invalid.map((x) => exampleLine(x, lang)).join(sep)));
  lines.push(`  ${message('explain.docs', lang, { path: e.docs })}`);
  return lines;
}

/** `explain --list`: every code with its message. */
export function explainList(lang: Lang): string[] {
  const codes = findingCodes();
  const width = Math.max(...codes.map((c) => c.length));
  return codes.map((c) => `${c.padEnd(width)}  ${messageOf(c, lang).replace(/\{\w+\}/g, '…')}`);
}
