/**
 * One explanation of a finding code, for the pane's 详情 and `jixiao explain <code>` alike: its name,
 * what the rule checks, why it matters and how to fix it (src/core/rule-docs.ts), its catalog message,
 * and — from the rule module and its test table, via the generated src/core/rule-docs-facts.ts — its
 * default severity, fix safety and a few cases that pass and fail. docs/rules/<code>.md is the same
 * explanation as a page (test/docs/rule-docs.test.ts).
 */
import { allMessageCodes, message, messageOf } from './messages';
import { FINDING_GROUPS, ruleDocOf, type ExampleCell, type RuleExample } from './rule-docs';
import { RULE_FACTS } from './rule-docs-facts';
import type { FixTarget, Lang, Severity } from './types';

/** What the rule module and its test table say about a code (generated: src/core/rule-docs-facts.ts). */
export interface RuleFacts {
  /** Default severity (the rule's meta), null when no rule module states it. */
  severity: Severity | null;
  /** Fix safety (the rule's meta.fixable): safe, confirm, or null = no fix. */
  fixable: 'safe' | 'confirm' | null;
  /** The rule module, from the repository root; null when the code has no module. */
  module: string | null;
  /** The test file of the rule's table, from the repository root; null when it has none. */
  table: string | null;
  /** A few cases of the table (the pages show them all). */
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
}

export interface Explanation {
  code: string;
  group: string;
  /** The short name (the code itself when the code has no documentation entry). */
  name: string;
  /** The catalog message, placeholders shown as …. */
  message: string;
  what: string | null;
  why: string | null;
  how: string | null;
  severity: Severity | null;
  /** Fix safety when a rule module states it; null: no fix, or not known (no module). */
  fixable: 'safe' | 'confirm' | null;
  /** Whether a rule module states severity and fix (else both are unknown). */
  hasModule: boolean;
  module: string | null;
  /** The documentation page, from the repository root. */
  docs: string;
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
}

/** Every finding code of the catalog, sorted (sub-entries such as `….scan-hint` are not codes). */
export function findingCodes(): string[] {
  return allMessageCodes()
    .filter((c) => {
      const parts = c.split('.');
      return parts.length === 2 && (FINDING_GROUPS as readonly string[]).includes(parts[0]);
    })
    .sort();
}

/** Resolves a code as typed: exact (any case), or a name without its group when that is unambiguous. */
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

/** The codes a mistyped code may have meant: the same name in another group, or containing it. */
export function similarCodes(typed: string): string[] {
  const code = typed.trim().toLowerCase();
  const name = code.includes('.') ? code.slice(code.indexOf('.') + 1) : code;
  if (!name) return [];
  return findingCodes()
    .filter((c) => c.endsWith(`.${name}`) || (name.length >= 4 && c.includes(name)))
    .slice(0, 5);
}

export function explainFinding(code: string, lang: Lang): Explanation {
  const doc = ruleDocOf(code);
  const facts = Object.prototype.hasOwnProperty.call(RULE_FACTS, code) ? RULE_FACTS[code] : undefined;
  return {
    code,
    group: code.split('.')[0],
    name: doc ? doc.name[lang] : code,
    message: messageOf(code, lang).replace(/\{\w+\}/g, '…'),
    what: doc?.what[lang] ?? null,
    why: doc?.why[lang] ?? null,
    how: doc?.how[lang] ?? null,
    // a file.* code is the file's error: it was not read (src/workbook/errors.ts), so not checked
    severity: facts?.severity ?? (code.startsWith('file.') ? 'error' : null),
    fixable: facts?.fixable ?? null,
    hasModule: facts?.module != null,
    module: facts?.module ?? null,
    docs: `docs/rules/${code}.md`,
    examples: facts?.examples ?? { valid: [], invalid: [] },
  };
}

const FIX_WORDS = { safe: 'explain.fix.safe', confirm: 'explain.fix.confirm', none: 'explain.fix.none' } as const;

/** "Fix: safe, may be applied as is" — the fix safety a rule module states, in words. */
export function fixLine(fixable: 'safe' | 'confirm' | null, lang: Lang): string {
  return message('explain.fix', lang, { fix: message(FIX_WORDS[fixable ?? 'none'], lang) });
}

/** The columns a fix can write to, as the form names them. */
const CELL_LABEL: Record<FixTarget, string> = {
  value: '指标值',
  nature: '指标性质',
  unit: '度量单位',
  level1: '一级指标',
  level2: '二级指标',
  weight: '分值',
  score: '得分',
};

/**
 * A cell's text as shown in an example: an empty cell said so; text with surrounding or invisible
 * whitespace quoted, the invisible characters written as \uXXXX, so that it is seen.
 */
function cellText(text: string, lang: Lang): string {
  if (text === '') return message('explain.blank', lang);
  const invisible = /[\u200B-\u200D\uFEFF]/;
  if (text === text.trim() && !invisible.test(text)) return text;
  return JSON.stringify(text).replace(
    /[\u200B-\u200D\uFEFF]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

function cellShown(c: ExampleCell, lang: Lang): string {
  const t = c.merged ? '↑' : cellText(c.text, lang);
  return c.label ? `${c.label} ${t}` : t;
}

/** The cells of an example on one line: a row's cells joined by " | ", rows by " / ". */
export function exampleCells(ex: RuleExample, lang: Lang): string {
  return ex.rows.map((r) => r.map((c) => cellShown(c, lang)).join(' | ')).join(' / ');
}

/** The fix an example states, on one line: the text, and its column when it is not the 指标值 cell. */
export function exampleFix(ex: RuleExample, lang: Lang): string | null {
  if (!ex.fix) return null;
  const text = cellText(ex.fix.text, lang);
  return ex.fix.cell === 'value' ? text : `${CELL_LABEL[ex.fix.cell]} ${text}`;
}

/** The message the finding of an invalid example reports. */
export function exampleMessage(code: string, ex: RuleExample, lang: Lang): string {
  return messageOf(code, lang, ex.params ?? {}).replace(/\{\w+\}/g, '…');
}
