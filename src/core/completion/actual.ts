/**
 * Reading the 实际完成值 (domain.md §4 "Reading the actual").
 *
 * The actual is read the same way as the target: the cell through readCell (percent formats ×100,
 * dates, Excel errors), the text through normalizeTarget and the actual parser. Then:
 *   - a bare number takes the 度量单位 (split layout), else the target's displayUnit, except that a
 *     bare number ≥ 1000 × the target's written number is read without the target's multiplier;
 *   - a bare number in (0, 1] under a % target is read as percentage points (completion.ambiguous-percent);
 *   - units are compared in base units (万元 ≡ 元, 人次 ≠ 人) → completion.unit-mismatch;
 *   - —, /, -, * count as blank; 不适用 makes the row not applicable.
 * The reading is made first; the rules of the `actual` phase (rules/) then give its findings.
 */
import type { DateTarget, Finding, ParsedTarget } from '../types';
import type { CellInput } from '../target/cell';
import { compact } from '../text';
import { readCell } from '../target/cell';
import { normalizeTarget } from '../target/normalize';
import { blankTarget } from '../target/grammar';
import {
  ACTUAL_BLANK_MARKS,
  ACTUAL_LEADING_WORDS,
  ACTUAL_MONTH,
  ACTUAL_NOT_APPLICABLE,
  monthEndText,
} from '../glossary/completion-vocabulary';
import { parseActualText, splitUnit } from './parse-actual';
import { runCompletionRules } from './rules';
import { unitsAgree } from './rules/unit-mismatch';

export { unitsAgree } from './rules/unit-mismatch';

export type ActualKind = 'blank' | 'na' | 'number' | 'date' | 'text' | 'invalid';

export interface ActualReading {
  kind: ActualKind;
  /** The normalised text of the actual ('' when blank). */
  text: string;
  /** The actual as a ParsedTarget (value in base units, unit resolved), or null when blank. */
  parsed: ParsedTarget | null;
  /** For kind 'number': the value in base units (万 applied; % in points). */
  value: number | null;
  /** For kind 'number': the base unit. */
  unit: string;
  /** For kind 'date'. */
  date: DateTarget | null;
  /** The number had no unit of its own and took the 度量单位 / the target's unit. */
  bare: boolean;
  /** The units of actual and target disagree (status invalid). */
  unitMismatch: boolean;
  /** An Excel error value or an unreadable value (status invalid). */
  unreadable: boolean;
  findings: Finding[];
}

export interface ActualContext {
  target: ParsedTarget;
  /** Split layout: the row's 度量单位 text. */
  unitColumn: string | null;
  year?: number | null;
  date1904?: boolean;
}

function reading(kind: ActualKind, text: string, parsed: ParsedTarget | null): ActualReading {
  return {
    kind,
    text,
    parsed,
    value: null,
    unit: '',
    date: null,
    bare: false,
    unitMismatch: false,
    unreadable: false,
    findings: [],
  };
}

function isBlankMark(text: string): boolean {
  return ACTUAL_BLANK_MARKS.includes(text);
}

/** Strips a trailing remark in brackets and leading verbs (完成186个 → 186个, 98.5%(较上年提高) → 98.5%). */
function stripWords(text: string): string {
  let t = text.replace(/\([^()]*\)$/u, '');
  for (let changed = true; changed;) {
    changed = false;
    for (const w of ACTUAL_LEADING_WORDS) {
      if (t.startsWith(w) && t.length > w.length) {
        t = t.slice(w.length);
        changed = true;
      }
    }
  }
  return t;
}

/** Where a bare number's unit comes from: the 度量单位, else the target. */
function inheritedUnit(ctx: ActualContext): {
  multiplier: number;
  unit: string;
  displayUnit: string;
  unitSource: ParsedTarget['unitSource'];
} {
  const col = ctx.unitColumn === null ? '' : normalizeTarget(ctx.unitColumn).text;
  if (col !== '') return { ...splitUnit(col), unitSource: 'unit-column' };
  const t = ctx.target;
  return { multiplier: t.multiplier || 1, unit: t.unit, displayUnit: t.displayUnit, unitSource: t.unitSource };
}

function clean(n: number): number {
  return Number(n.toPrecision(15));
}

function bareNumber(n: number, text: string, ctx: ActualContext): ActualReading {
  const inherit = inheritedUnit(ctx);
  let { multiplier, displayUnit } = inherit;
  const written = ctx.target.writtenNumber;
  if (multiplier > 1 && written !== null && written > 0 && Math.abs(n) >= 1000 * written) {
    // Under ≥29万, "302000" is 302000, not 302000万.
    multiplier = 1;
    displayUnit = inherit.unit;
  }
  const out = reading('number', text, null);
  out.bare = true;
  out.value = clean(n * multiplier);
  out.unit = inherit.unit;
  out.parsed = {
    kind: 'quantitative',
    normalized: text,
    op: null,
    value: out.value,
    writtenNumber: n,
    multiplier,
    unit: inherit.unit,
    displayUnit,
    unitSource: inherit.unitSource,
  };
  return out;
}

function explicitNumber(q: ParsedTarget, value: number, text: string, ctx: ActualContext): ActualReading {
  const out = reading('number', text, { ...q, value });
  out.value = value;
  out.unit = q.unit;
  const t = ctx.target;
  if ((t.kind === 'quantitative' || t.kind === 'range') && !unitsAgree(q.unit, t.unit)) out.unitMismatch = true;
  return out;
}

function fromParsed(p: ParsedTarget, text: string, ctx: ActualContext): ActualReading | null {
  if (p.kind === 'quantitative' && p.value !== null && p.writtenNumber !== null) {
    // An operator written in the actual ("≥95%") is ignored: the value is what was achieved.
    if (p.displayUnit === '' && p.multiplier === 1) return bareNumber(p.writtenNumber, text, ctx);
    return explicitNumber(p, p.value, text, ctx);
  }
  if (p.kind === 'date' && p.date) {
    const out = reading('date', text, p);
    out.date = p.date;
    return out;
  }
  return null;
}

/** Reads an actual cell against its row's target: the reading, with the findings of the `actual` rules. */
export function readActual(cell: CellInput | null, ctx: ActualContext): ActualReading {
  const out = read(cell, ctx);
  out.findings = runCompletionRules({ phase: 'actual', target: ctx.target, reading: out });
  return out;
}

function unreadable(text: string, parsed: ParsedTarget | null): ActualReading {
  const out = reading('invalid', text, parsed);
  out.unreadable = true;
  return out;
}

function read(cell: CellInput | null, ctx: ActualContext): ActualReading {
  if (cell === null) return reading('blank', '', null);
  const r = readCell(cell, ctx.date1904 ?? false);
  const year = ctx.year ?? null;

  if (r.error) return unreadable(r.text, null);

  const text = normalizeTarget(r.text).text;
  if (text === '' && r.number === null && !r.isDate) return reading('blank', '', null);
  if (isBlankMark(compact(r.text))) return reading('blank', '', null);
  if (text === ACTUAL_NOT_APPLICABLE) return reading('na', text, null);

  if (r.isDate && r.isoDate) {
    const parsed: ParsedTarget = { ...blankTarget(r.isoDate, 'date'), date: { end: r.isoDate, op: '<=' } };
    const out = reading('date', r.isoDate, parsed);
    out.date = parsed.date ?? null;
    return out;
  }

  if (r.number !== null) {
    // Compute with the raw value; the displayed text only tells the unit (custom-format literals, %).
    const n = r.number;
    const shown = parseActualText(text, year);
    if (r.percent) {
      const q: ParsedTarget = {
        ...shown,
        kind: 'quantitative',
        value: n,
        writtenNumber: n,
        multiplier: 1,
        unit: '%',
        displayUnit: '%',
        unitSource: 'cell',
      };
      return explicitNumber(q, n, text, ctx);
    }
    if (shown.kind === 'quantitative' && shown.displayUnit !== '') {
      return explicitNumber(shown, clean(n * shown.multiplier), text, ctx);
    }
    return bareNumber(n, text, ctx);
  }

  // "10月" against a date target ("11月底前"): that month of the form's year, read as its last day
  const month = ctx.target.kind === 'date' ? ACTUAL_MONTH.exec(text) : null;
  if (month) {
    const parsedMonth = parseActualText(monthEndText(year, month[1]), year);
    if (parsedMonth.kind === 'date' && parsedMonth.date) {
      const out = reading('date', text, parsedMonth);
      out.date = parsedMonth.date;
      return out;
    }
  }

  const parsed = parseActualText(text, year);
  const direct = fromParsed(parsed, text, ctx);
  if (direct) return direct;
  if (parsed.kind === 'qualitative') return reading('text', text, parsed);
  if (parsed.kind === 'range') return unreadable(text, parsed);
  // Text with a number in it: try without leading verbs and a trailing remark.
  const stripped = stripWords(text);
  if (stripped !== text) {
    const again = fromParsed(parseActualText(stripped, year), text, ctx);
    if (again) return again;
  }
  return reading('text', text, { ...parsed, kind: 'qualitative', text });
}
