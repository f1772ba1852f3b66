/**
 * Completion status and ratio (domain.md §4 "Status", "Ratio"). The status is judged first (how, in a
 * Judgement); the rules of the `status` phase (rules/) then give the findings, after the reading's own.
 */
import type { CompletionStatus, Finding, Op, ParsedTarget, ScoringOptions } from '../types';
import { DEFAULT_SCORING_OPTIONS } from '../types';
import { compact } from '../text';
import {
  ACHIEVE_VERBS,
  GRADE_ACTUAL_SUFFIX,
  GRADE_CHARACTERS,
  GRADE_SEPARATORS,
  MAX_GRADE_LENGTH,
  MET_ADVERBS,
  MET_PREFIXES,
  NEGATED_WORDS,
  NEGATION_WORD,
  NOT_MET_EXACT,
  NOT_MET_PREFIXES,
  PARTIAL_LINK_VERBS,
  PARTIAL_PROGRESS,
  PARTIAL_QUALIFIERS,
  QUALITATIVE_CORE_WORDS,
  TARGET_ADVERBS,
  TIMELINESS_WORDS,
  TIMELY_MET,
  TIMELY_NOT_MET,
} from '../glossary/completion-vocabulary';
import type { ActualReading } from './actual';
import { tolerance } from './limits';
import { runCompletionRules } from './rules';
import type { Judgement } from './rules';

/** How a row is scored: by min(ratio,1) (positive), by the reverse rule, by status tier, or not at all. */
export type ScoringMode = 'positive' | 'reverse' | 'tier' | null;

export interface StatusResult {
  status: CompletionStatus;
  /** Uncapped completion ratio; null for date/text/pending/invalid/na. */
  ratio: number | null;
  mode: ScoringMode;
  /** The operator the comparison used (a bare target becomes ≥, or ≤ on 成本/reverse rows). */
  op: Op | null;
  /** Target and actual in base units, for numeric comparisons. */
  a: number | null;
  b: number | null;
  findings: Finding[];
}

export interface StatusRow {
  reverse: boolean;
  cost: boolean;
  /** 偏差原因 text ('' when blank). */
  reason: string;
  /** A rate indicator (率, 满意度, …; as the target module classifies it). */
  rate?: boolean;
}

/**
 * A rate's % target above 100 ("290%", often a mis-scanned ≥90%): the target is itself an error
 * (target.over-100-percent) and no actual can be judged against it.
 */
function rateTargetOver100(target: ParsedTarget, row: StatusRow): boolean {
  if (!row.rate || target.unit !== '%') return false;
  if (target.kind === 'quantitative') return target.value !== null && target.value > 100;
  if (target.kind === 'range' && target.range) return Math.max(target.range.low, target.range.high) > 100;
  return false;
}

/** A status as judged, before its findings: the result and how the actual was judged. */
interface Judged {
  result: StatusResult;
  judged: Judgement;
}

function result(status: CompletionStatus, judged: Judgement, mode: ScoringMode = null): Judged {
  return { result: { status, ratio: null, mode, op: null, a: null, b: null, findings: [] }, judged };
}

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

/** Is B met against "op A"? */
function compareNumbers(op: Op, a: number, b: number): boolean {
  const tol = tolerance(a, b);
  switch (op) {
    case '>=':
      return b >= a - tol;
    case '>':
      return b > a + tol;
    case '<=':
      return b <= a + tol;
    case '<':
      return b < a - tol;
    case '=':
      return Math.abs(b - a) <= tol;
  }
}

/** The §4 ratio table for a single-valued target. */
export function quantityRatio(op: Op, a: number, b: number): number {
  const tol = tolerance(a, b);
  if (op === '<=' || op === '<') {
    if (Math.abs(b) <= tol) return 1;
    if (Math.abs(a) <= tol) return b > 0 ? 0 : 1;
    return a / b;
  }
  if (Math.abs(a) <= tol) {
    if (op === '=') return b <= tol ? 1 : 0;
    if (op === '>') return b > tol ? 1 : 0;
    return 1; // ≥0 is always complete
  }
  return b / a;
}

export function rangeRatio(low: number, high: number, b: number): number {
  const tol = tolerance(low, high, b);
  if (b < low - tol) return Math.abs(low) <= tol ? 0 : b / low;
  if (b > high + tol) return Math.abs(b) <= tol ? 0 : high / b;
  return 1;
}

function numericStatus(target: ParsedTarget, actual: ActualReading, row: StatusRow): Judged {
  const b = actual.value as number;
  let status: CompletionStatus;
  let ratio: number;
  let op: Op | null = null;
  let a: number | null = null;
  let mode: ScoringMode;
  if (target.kind === 'range' && target.range) {
    const { low, high } = target.range;
    const tol = tolerance(low, high, b);
    status = b >= low - tol && b <= high + tol ? 'met' : 'not_met';
    ratio = rangeRatio(low, high, b);
    mode = 'positive';
  } else {
    a = target.value as number;
    op = target.op ?? (row.cost || row.reverse ? '<=' : '>=');
    status = compareNumbers(op, a, b) ? 'met' : 'not_met';
    ratio = quantityRatio(op, a, b);
    mode = op === '<=' || op === '<' ? 'reverse' : 'positive';
  }
  return { result: { status, ratio, mode, op, a, b, findings: [] }, judged: 'numeric' };
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

function dateStatus(target: ParsedTarget, actual: ActualReading): Judged {
  const t = target.date!;
  const act = actual.date!;
  // A date written without a year (and no form year) is "--MM-DD": compare month-day then.
  const noYear = [t.end, t.start, act.end, act.start].some((d) => d !== undefined && d.startsWith('--'));
  const key = (d: string): string => (noYear ? d.slice(-5) : d);
  const actEnd = key(act.end);
  const actStart = key(act.start ?? act.end);
  let met: boolean;
  if (t.start) met = actEnd >= key(t.start) && actEnd <= key(t.end);
  else if (t.op === '>=') met = actStart >= key(t.end);
  else met = actEnd <= key(t.end);
  return result(met ? 'met' : 'not_met', 'date', 'tier');
}

// ---------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------

function stripAdverbs(word: string): string {
  let w = word;
  for (let changed = true; changed;) {
    changed = false;
    for (const adv of TARGET_ADVERBS) {
      if (w.startsWith(adv) && w.length > adv.length) {
        w = w.slice(adv.length);
        changed = true;
      }
    }
  }
  return w;
}

/**
 * The target words of a qualitative target: the text itself, the text without degree adverbs
 * (逐步提高 → 提高), and any §3.5 vocabulary word it contains (服务质量稳步提升 → 提升).
 */
export function targetWords(target: ParsedTarget): string[] {
  if (target.kind !== 'qualitative') return [];
  const text = compact(target.text ?? target.normalized).replace(/[。；;，,!！]+$/u, '');
  if (text === '') return [];
  const words = new Set<string>([text, stripAdverbs(text)]);
  for (const w of QUALITATIVE_CORE_WORDS) if (text.includes(w)) words.add(w);
  if ([...words].some((w) => TIMELINESS_WORDS.includes(w))) for (const w of TIMELINESS_WORDS) words.add(w);
  return [...words].filter((w) => w !== '').sort((x, y) => y.length - x.length);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alt(words: readonly string[]): string {
  return words.map(escape).join('|');
}

export type TextVerdict = 'partial' | 'not_met' | 'met' | null;

/**
 * The §4 text rules, first match wins: partial → not_met → met; null means invalid.
 * `words` are the target words; `timely` adds the 按期/按时/及时 … 延期/逾期 words of date targets.
 */
export function classifyText(raw: string, words: readonly string[], timely: boolean): TextVerdict {
  const text = compact(raw).replace(/[。；;，,!！]+$/u, '');
  if (text === '') return null;
  const w = words.length ? alt(words) : null;

  // 1. partial
  if (new RegExp(`(${alt(PARTIAL_QUALIFIERS)}).{0,4}?(${alt(ACHIEVE_VERBS)})`, 'u').test(text)) return 'partial';
  if (
    w &&
    new RegExp(`(${alt([...PARTIAL_PROGRESS, ...PARTIAL_QUALIFIERS])})(${alt(PARTIAL_LINK_VERBS)})?(${w})`, 'u').test(
      text,
    )
  ) {
    return 'partial';
  }

  // 2. not_met
  if (NOT_MET_PREFIXES.some((p) => text.startsWith(p))) return 'not_met';
  if (NOT_MET_EXACT.includes(text)) return 'not_met';
  if (text.startsWith(NEGATION_WORD)) {
    const rest = text.slice(NEGATION_WORD.length);
    if ([...NEGATED_WORDS, ...words].some((x) => rest.startsWith(x))) return 'not_met';
  }
  if (timely && TIMELY_NOT_MET.some((p) => text.startsWith(p))) return 'not_met';

  // 3. met
  if (MET_PREFIXES.some((p) => text.startsWith(p))) return 'met';
  if (words.includes(text)) return 'met';
  for (const adv of MET_ADVERBS) {
    if (text.startsWith(adv) && words.includes(text.slice(adv.length))) return 'met';
  }
  if (timely && TIMELY_MET.some((p) => text.startsWith(p))) return 'met';

  return null;
}

/**
 * The grades of a target written as a scale, best first (优良中低差 → 优, 良, 中, 低, 差;
 * 好/较好/一般/差 → 好, 较好, 一般, 差), or null when the target is not a scale.
 */
function gradedScale(targetText: string): string[] | null {
  const text = compact(targetText).replace(/[。；;]+$/u, '');
  const parts = text.split(GRADE_SEPARATORS).filter((p) => p !== '');
  if (parts.length >= 3 || (parts.length === 2 && GRADE_SEPARATORS.test(text))) {
    if (parts.every((p) => [...p].length <= MAX_GRADE_LENGTH && !/\d/.test(p)) && new Set(parts).size === parts.length)
      return parts;
    return null;
  }
  const chars = [...text];
  if (
    chars.length >= 3 &&
    chars.length <= 5 &&
    chars.every((c) => GRADE_CHARACTERS.includes(c)) &&
    new Set(chars).size === chars.length
  ) {
    return chars;
  }
  return null;
}

/** Best grade met, the worst not_met, any other partial; null when the actual is not one of the grades. */
function gradedVerdict(grades: readonly string[], actualText: string): TextVerdict {
  const a = compact(actualText)
    .replace(/[。；;]+$/u, '')
    .replace(GRADE_ACTUAL_SUFFIX, '');
  let i = grades.indexOf(a);
  // 优秀 / 良好 for the one-character grades 优 / 良 of 优良中差
  if (i < 0 && [...a].length === 2)
    i = grades.findIndex((g) => [...g].length === 1 && a.startsWith(g) && !grades.includes(a.slice(1)));
  if (i < 0) return null;
  return i === 0 ? 'met' : i === grades.length - 1 ? 'not_met' : 'partial';
}

function textStatus(target: ParsedTarget, actual: ActualReading): Judged {
  const grades = target.kind === 'qualitative' ? gradedScale(target.text ?? target.normalized) : null;
  const graded = grades ? gradedVerdict(grades, actual.text) : null;
  if (graded) return result(graded, 'graded', 'tier');
  const words = targetWords(target);
  const timely = target.kind === 'date' || words.some((x) => TIMELINESS_WORDS.includes(x));
  const verdict = classifyText(actual.text, words, timely);
  return verdict === null ? result('invalid', 'text') : result(verdict, 'text', 'tier');
}

// ---------------------------------------------------------------------------
// Entry
// ---------------------------------------------------------------------------

/**
 * The status, ratio and completion findings of one row: the reading's findings (none on a row that is
 * not applicable), then those of the `status` rules (reason check included).
 */
export function evaluateStatus(
  target: ParsedTarget,
  actual: ActualReading,
  row: StatusRow,
  options: ScoringOptions = DEFAULT_SCORING_OPTIONS,
): StatusResult {
  const { result: out, judged } = judge(target, actual, row);
  const found = runCompletionRules({
    phase: 'status',
    target,
    actual,
    row,
    options,
    judged,
    status: out.status,
    ratio: out.ratio,
    op: out.op,
  });
  out.findings = out.status === 'na' ? found : [...actual.findings, ...found];
  return out;
}

function judge(target: ParsedTarget, actual: ActualReading, row: StatusRow): Judged {
  if (target.kind === 'na' || actual.kind === 'na') return result('na', 'none');
  if (actual.kind === 'blank') return result('pending', 'none');
  if (actual.kind === 'invalid' || actual.unitMismatch) return result('invalid', 'unreadable');
  // the target's own finding (target.over-100-percent) explains why nothing is compared
  if (rateTargetOver100(target, row)) return result('invalid', 'target-over-100');

  const quantitative =
    (target.kind === 'quantitative' && target.value !== null) || (target.kind === 'range' && !!target.range);
  if (quantitative) {
    if (actual.kind === 'number') return numericStatus(target, actual, row);
    if (actual.kind === 'text') return textStatus(target, actual);
    return result('invalid', 'mismatch');
  }
  if (target.kind === 'date' && target.date) {
    if (actual.kind === 'date') return dateStatus(target, actual);
    if (actual.kind === 'text') return textStatus(target, actual);
    return result('invalid', 'mismatch');
  }
  if (target.kind === 'qualitative') {
    if (actual.kind === 'text') return textStatus(target, actual);
    return result('invalid', 'mismatch'); // a number or a date against a qualitative target
  }
  // The target itself is empty or malformed (its own target.* finding explains it):
  // an actual written exactly as the target ("每亩300" for "每亩300") says it was reached;
  // a text actual is still judged by the generic words; anything else cannot be compared.
  if (target.kind === 'invalid' && compact(actual.text) !== '' && compact(actual.text) === compact(target.normalized)) {
    return result('met', 'as-target', 'tier');
  }
  if (actual.kind === 'text') return textStatus(target, actual);
  return result('invalid', 'incomparable');
}
