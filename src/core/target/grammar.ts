/**
 * §3.2 The target grammar: period, date, range, quantity, qualitative — in that order, each
 * matching the whole (normalised) value.
 *
 *   quantity := [op] num [mult] [unit]
 *   range    := num[mult][unit] sep num[mult][unit]
 *   date     := [op] dateForm [前|之前|以前|内 → ≤ ; 后|以后 → ≥] [完成]
 *   period   := date sep date
 *
 * Pure: no word operators and no Chinese numerals here (see parse.ts / check.ts for those).
 */
import type { DateTarget, Op, ParsedTarget } from '../types';
import { QIAN, UNIT_MULTIPLIERS, WAN, YI } from '../glossary/numerals';
import {
  DATED_LEFT_END,
  DATE_DONE_WORD,
  DATE_FORM_CHARS,
  DATE_SUFFIXES,
  MONTH_BEFORE_SUFFIX,
  MONTH_DAY,
  MONTH_START,
  NUMERIC_DATE,
  PERIOD_END_MONTH,
  QUARTERS,
  SEPARATOR_WORDS,
  WHOLE_YEAR,
  YEAR_MONTH_DAY,
  YEAR_PART,
  YEAR_PART_WORDS,
} from '../glossary/target-dates';
import { NOT_UNIT_WORDS, OP_SYMBOLS, QIAN_UNITS } from '../glossary/target-vocabulary';

export interface GrammarOptions {
  /** The form year (or the year of 计划完成日期), for dates written without a year. */
  year?: number | null;
}

// ---------------------------------------------------------------------------
// Numbers, multipliers, units
// ---------------------------------------------------------------------------

const NUM_SRC = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const OP_CHARS = '≥≤<>=';
const SEPARATORS = ['-', '~', '〜', ...SEPARATOR_WORDS, '—', '–'];
/** Characters that may not appear in a unit (besides digits). */
const NON_UNIT = /[\d≥≤<>=\-~〜—–%‰,.,、;；:：()（）[\]【】{}*?'"`!@#$^&+|\\]/;

export interface UnitSpec {
  multiplier: number;
  /** Multiplier character as written: '', 万, 亿, 千. */
  multText: string;
  /** Base unit. */
  unit: string;
}

/** Splits "万元" → {10000, 万, 元}; "千米" → {1, '', 千米}; "%" → {1, '', %}. Null if not a valid mult+unit. */
export function parseUnitSpec(text: string): UnitSpec | null {
  let rest = text;
  let multiplier = 1;
  let multText = '';
  const first = rest.charAt(0);
  if (first === WAN || first === YI || (first === QIAN && !QIAN_UNITS.some((u) => rest.startsWith(u)))) {
    multText = first;
    multiplier = UNIT_MULTIPLIERS[first];
    rest = rest.slice(1);
  }
  if (!isUnit(rest)) return null;
  return { multiplier, multText, unit: rest };
}

/** unit := '' | % | ‰ | 1–8 chars with no digit / operator / separator. */
function isUnit(text: string): boolean {
  if (text === '' || text === '%' || text === '‰') return true;
  const chars = [...text];
  if (chars.length > 8) return false;
  if (NON_UNIT.test(text)) return false;
  for (const w of NOT_UNIT_WORDS) if (text.includes(w)) return false;
  return true;
}

function toNumber(num: string): number {
  return Number(num.replace(/,/g, ''));
}

/** Multiplies without binary noise: 1.2 × 1e4 → 12000, not 11999.999999999998. */
function scale(n: number, multiplier: number): number {
  if (multiplier === 1) return n;
  return Number((n * multiplier).toPrecision(15));
}

interface Amount {
  /** As written, before the multiplier. */
  written: number;
  numText: string;
  spec: UnitSpec;
  /** The mult+unit text as written after the number. */
  specText: string;
}

const AMOUNT = new RegExp(`^(${NUM_SRC})(.*)$`);

function parseAmount(text: string): Amount | null {
  const m = AMOUNT.exec(text);
  if (!m) return null;
  const spec = parseUnitSpec(m[2]);
  if (!spec) return null;
  const written = toNumber(m[1]);
  if (!Number.isFinite(written)) return null;
  return { written, numText: m[1], spec, specText: m[2] };
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

interface DatePoint {
  /** Year, or null when not written. */
  year: number | null;
  /** First and last month-day covered by the written date. */
  start: [number, number];
  end: [number, number];
}

function daysIn(year: number | null, month: number): number {
  const y = year ?? 2000; // leap year: 02-29 is accepted when the year is unknown
  return new Date(Date.UTC(y, month, 0)).getUTCDate();
}

function validDay(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

function validYear(y: number): boolean {
  return y >= 1900 && y <= 2200;
}

/** A date form without operator or suffix. */
function parseDateForm(text: string): DatePoint | null {
  if (!DATE_FORM_CHARS.test(text)) return null;
  let m: RegExpExecArray | null;
  // YYYY[-./]M[-./]D  (same separator twice)
  m = NUMERIC_DATE.exec(text);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[3]);
    const d = Number(m[4]);
    if (!validYear(y) || !validDay(y, mo, d)) return null;
    return { year: y, start: [mo, d], end: [mo, d] };
  }
  // YYYY年M月[D日|底|末]
  m = YEAR_MONTH_DAY.exec(text);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (!validYear(y) || mo < 1 || mo > 12) return null;
    if (m[3]) {
      const d = Number(m[3]);
      if (!validDay(y, mo, d)) return null;
      return { year: y, start: [mo, d], end: [mo, d] };
    }
    if (m[4] === MONTH_START) return { year: y, start: [mo, 1], end: [mo, 10] };
    return { year: y, start: m[4] ? [mo, daysIn(y, mo)] : [mo, 1], end: [mo, daysIn(y, mo)] };
  }
  // YYYY[-./]M
  m = /^(\d{4})[-./](\d{1,2})$/.exec(text);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (!validYear(y) || mo < 1 || mo > 12) return null;
    return { year: y, start: [mo, 1], end: [mo, daysIn(y, mo)] };
  }
  // M月(D日|底|末) without a year
  m = MONTH_DAY.exec(text);
  if (m) {
    const mo = Number(m[1]);
    if (mo < 1 || mo > 12) return null;
    if (m[2]) {
      const d = Number(m[2]);
      if (!validDay(null, mo, d)) return null;
      return { year: null, start: [mo, d], end: [mo, d] };
    }
    return { year: null, start: [mo, daysIn(null, mo)], end: [mo, daysIn(null, mo)] };
  }
  // [YYYY年] 年底 | 年末 | 年内 | 年中 | 上半年 | 下半年 | 第N季度  (also "2021年底", "2021年上半年")
  m = YEAR_PART.exec(text);
  if (m) {
    const y = m[1] ? Number(m[1]) : null;
    if (y !== null && !validYear(y)) return null;
    const word = m[2];
    if ((YEAR_PART_WORDS.yearEnd as readonly string[]).includes(word))
      return { year: y, start: [12, 31], end: [12, 31] };
    if (word === YEAR_PART_WORDS.withinYear) return { year: y, start: [1, 1], end: [12, 31] };
    if (word === YEAR_PART_WORDS.secondHalf) return { year: y, start: [7, 1], end: [12, 31] };
    if (word === YEAR_PART_WORDS.firstHalf) return { year: y, start: [1, 1], end: [6, 30] };
    if (word === YEAR_PART_WORDS.midYear) return { year: y, start: [6, 30], end: [6, 30] };
    const q = QUARTERS[m[3]];
    const endMonth = q * 3;
    return { year: y, start: [endMonth - 2, 1], end: [endMonth, daysIn(y, endMonth)] };
  }
  // YYYY年 / YYYY年度 / YYYY年全年: a year, not a quantity of years (≥2021年全年 is no fix): the whole year
  m = WHOLE_YEAR.exec(text);
  if (m) {
    const y = Number(m[1]);
    if (!validYear(y)) return null;
    return { year: y, start: [1, 1], end: [12, 31] };
  }
  // M月 alone, only inside a period ("2021年1月-12月") — handled by the caller
  return null;
}

/** M月 before a date suffix (9月前): the whole month, its year left to the form's. */
function parseMonthBeforeSuffix(text: string): DatePoint | null {
  const m = MONTH_BEFORE_SUFFIX.exec(text);
  if (!m) return null;
  const mo = Number(m[1]);
  if (mo < 1 || mo > 12) return null;
  return { year: null, start: [mo, 1], end: [mo, daysIn(null, mo)] };
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function iso(year: number | null, md: [number, number]): string {
  return year === null ? `--${pad(md[0])}-${pad(md[1])}` : `${pad(year, 4)}-${pad(md[0])}-${pad(md[1])}`;
}

interface DateParse {
  point: DatePoint;
  op: '<=' | '>=';
}

/** date := [op] form [suffix] [完成]; returns null when the text is not a date. */
function parseDateExpr(text: string): DateParse | null {
  let t = text;
  let prefixOp: '<=' | '>=' | null = null;
  const first = t.charAt(0);
  if (OP_CHARS.includes(first) && first !== '') {
    const op = OP_SYMBOLS[first];
    prefixOp = op === '>=' || op === '>' ? '>=' : '<=';
    t = t.slice(1);
  }
  if (t.endsWith(DATE_DONE_WORD)) t = t.slice(0, -DATE_DONE_WORD.length);
  let suffixOp: '<=' | '>=' | null = null;
  let suffixed: DatePoint | null = null;
  for (const [word, op] of DATE_SUFFIXES) {
    if (t.endsWith(word) && t.length > word.length) {
      const head = t.slice(0, -word.length);
      const point = parseDateForm(head) ?? parseMonthBeforeSuffix(head);
      if (point) {
        suffixOp = op;
        suffixed = point;
        t = head;
        break;
      }
    }
  }
  const point = suffixed ?? parseDateForm(t);
  if (!point) return null;
  return { point, op: suffixOp ?? prefixOp ?? '<=' };
}

function withYear(point: DatePoint, year: number | null): DatePoint {
  return point.year === null ? { ...point, year } : point;
}

function hasSeparator(text: string): boolean {
  return SEPARATORS.some((sep) => text.includes(sep));
}

/** Splits text at each separator position: yields [left, sep, right] with both sides non-empty. */
function* splits(text: string): Generator<[string, string, string]> {
  for (let i = 1; i < text.length - 1; i++) {
    for (const sep of SEPARATORS) {
      if (text.startsWith(sep, i)) {
        const left = text.slice(0, i);
        const right = text.slice(i + sep.length);
        if (left && right) yield [left, sep, right];
      }
    }
  }
}

function parsePeriod(
  text: string,
  year: number | null,
): { start: string; end: string; sep: string; left: string; right: string } | null {
  if (!hasSeparator(text)) return null;
  for (const [left, sep, right] of splits(text)) {
    const a = parseDateForm(left);
    if (!a) continue;
    let b = parseDateForm(right);
    if (!b) {
      // "2021年1月-12月", "2021.01-12": the right end inherits the left's year
      const mo = PERIOD_END_MONTH.exec(right);
      if (mo && a.year !== null && DATED_LEFT_END.test(left)) {
        const month = Number(mo[1]);
        if (month >= 1 && month <= 12) b = { year: a.year, start: [month, 1], end: [month, daysIn(a.year, month)] };
      }
    }
    if (!b) continue;
    const fy = a.year ?? b.year ?? year;
    const pa = withYear(a, fy);
    const pb = withYear(b, b.year ?? fy);
    return { start: iso(pa.year, pa.start), end: iso(pb.year, pb.end), sep, left, right };
  }
  return null;
}

// ---------------------------------------------------------------------------
// parseValue
// ---------------------------------------------------------------------------

/** A parsed target with nothing read yet: no operator, no number, no unit. */
export function blankTarget(normalized: string, kind: ParsedTarget['kind'] = 'invalid'): ParsedTarget {
  return {
    kind,
    normalized,
    op: null,
    value: null,
    writtenNumber: null,
    multiplier: 1,
    unit: '',
    displayUnit: '',
    unitSource: 'none',
  };
}

/** Parses a range "num[mult][unit] sep num[mult][unit]"; bounds are kept in written order. */
function parseRange(text: string): { low: Amount; high: Amount; sep: string; left: string; right: string } | null {
  if (!hasSeparator(text)) return null;
  for (const [left, sep, right] of splits(text)) {
    const a = parseAmount(left);
    const b = parseAmount(right);
    if (!a || !b) continue;
    // Units must agree where both are written ("90%-95%", "1-2万人", "1万-2万"); a bare side takes the other's.
    if (a.spec.unit !== '' && b.spec.unit !== '' && a.spec.unit !== b.spec.unit) continue;
    return { low: a, high: b, sep, left, right };
  }
  return null;
}

export function parseValue(normalized: string, opts: GrammarOptions = {}): ParsedTarget {
  const text = normalized ?? '';
  const year = opts.year ?? null;
  const out = blankTarget(text);
  if (text === '') return { ...out, kind: 'empty' };

  // period
  const period = parsePeriod(text, year);
  if (period) {
    return { ...out, kind: 'date', date: { start: period.start, end: period.end, op: '<=' } };
  }

  // date
  const date = parseDateExpr(text);
  if (date) {
    const p = withYear(date.point, year);
    const d: DateTarget = { end: iso(p.year, p.end), op: date.op };
    return { ...out, kind: 'date', date: d };
  }

  // range
  const range = parseRange(text);
  if (range) {
    const { low, high } = range;
    // a bare side takes the other side's multiplier and unit
    const lowSpec = low.specText === '' ? high.spec : low.spec;
    const highSpec = high.specText === '' ? low.spec : high.spec;
    const unit = highSpec.unit || lowSpec.unit;
    const displayUnit = high.specText || low.specText;
    const multiplier = high.specText ? high.spec.multiplier : low.spec.multiplier;
    return {
      ...out,
      kind: 'range',
      multiplier,
      unit,
      displayUnit,
      unitSource: unit ? 'cell' : 'none',
      range: { low: scale(low.written, lowSpec.multiplier), high: scale(high.written, highSpec.multiplier) },
    };
  }

  // quantity
  let rest = text;
  let op: Op | null = null;
  const first = rest.charAt(0);
  if (OP_CHARS.includes(first)) {
    op = OP_SYMBOLS[first];
    rest = rest.slice(1);
  }
  const amount = parseAmount(rest);
  if (amount) {
    return {
      ...out,
      kind: 'quantitative',
      op,
      value: scale(amount.written, amount.spec.multiplier),
      writtenNumber: amount.written,
      multiplier: amount.spec.multiplier,
      unit: amount.spec.unit,
      displayUnit: amount.specText,
      unitSource: amount.spec.unit ? 'cell' : 'none',
    };
  }

  if (!/\d/.test(text)) return { ...out, kind: 'qualitative', text };
  return out; // invalid
}

/**
 * Where a range or period is split: the two sides and the separator as written, or null when the
 * value is neither. Used for the swap and 至 fixes.
 */
export function findSeparator(
  text: string,
  opts: GrammarOptions = {},
): { left: string; sep: string; right: string; kind: 'period' | 'range' } | null {
  const year = opts.year ?? null;
  const period = parsePeriod(text, year);
  if (period) return { left: period.left, sep: period.sep, right: period.right, kind: 'period' };
  if (parseDateExpr(text)) return null;
  const range = parseRange(text);
  if (range) return { left: range.left, sep: range.sep, right: range.right, kind: 'range' };
  return null;
}
