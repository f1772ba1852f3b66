/**
 * The target checker (§3): read → normalise → notation fixes → grammar → findings, in the §3.2
 * check order. Every fix offered is verified: re-checking with the fix applied gives no error.
 */
import type { Finding, Fix, Op, ParsedTarget, Verdict } from '../types';
import { countCjk } from '../text';
import { NATURE_WORDS, OP_DISPLAY, OP_SYMBOLS } from '../glossary/target-vocabulary';
import { fixedCellWrite } from '../patch';
import { readCell } from './cell';
import { convertChineseNumerals } from './chinese-numerals';
import { isCostRow, isRateIndicator, isReverseName, isSatisfactionRow, unitFromName } from './classify';
import { blankTarget, parseUnitSpec, parseValue } from './grammar';
import { normalizeTarget } from './normalize';
import { TARGET_RULES } from './rules';
import type { CheckState, NatureKind, TargetCellInput, TargetContext } from './rules/types';
import { findWordOperator, wordOperatorOnly } from './word-operators';

export type { TargetCellInput, TargetContext } from './rules/types';

export interface TargetCheck {
  /** After internal fixes (=>150件 still yields op >=, 150, 件); kind 'na' for 不适用. */
  target: ParsedTarget;
  /** The cell text as displayed (split layout: the 指标值 cell's text alone). */
  text: string;
  /** Split layout: 指标性质 text, else null. */
  nature: string | null;
  findings: Finding[];
  verdict: Verdict;
  rate: boolean;
  reverse: boolean;
  cost: boolean;
}

function classifyNature(text: string): { kind: NatureKind; op: Op | null } {
  if (text === '') return { kind: 'blank', op: null };
  if (text.length === 1 && text in OP_SYMBOLS) return { kind: 'operator', op: OP_SYMBOLS[text] };
  const is = (words: readonly string[]) => words.includes(text);
  if (text === NATURE_WORDS.notApplicable) return { kind: 'na', op: null };
  if (text === NATURE_WORDS.qualitative || is(NATURE_WORDS.qualitativeAlso)) return { kind: 'qualitative', op: null };
  // 指标性质 as 定量 / 正向 / 反向 (the operator is elsewhere: in 指标方向 or in the value)
  if (is(NATURE_WORDS.quantitative)) return { kind: 'blank', op: null };
  if (is(NATURE_WORDS.positive)) return { kind: 'polarity', op: '>=' };
  if (is(NATURE_WORDS.reverse)) return { kind: 'polarity', op: '<=' };
  if (is(NATURE_WORDS.otherQuantity)) return { kind: 'other', op: null };
  const word = wordOperatorOnly(text);
  if (word) return { kind: 'word', op: word };
  return { kind: 'unknown', op: null };
}

function prepare(ctx: TargetContext): CheckState {
  const split = ctx.nature !== undefined || ctx.unit !== undefined;
  const value = readCell(ctx.cell, ctx.date1904 ?? false);
  const nature = split ? readCell(ctx.nature, ctx.date1904 ?? false) : null;
  const unit = split ? readCell(ctx.unit, ctx.date1904 ?? false) : null;
  const valueNorm = normalizeTarget(value.text);
  const natureNorm = nature ? normalizeTarget(nature.text) : null;
  const unitNorm = unit ? normalizeTarget(unit.text) : null;
  const { kind: natureKind, op: natureOp } = split
    ? classifyNature(natureNorm?.text ?? '')
    : { kind: 'none' as const, op: null };

  const numeral = convertChineseNumerals(valueNorm.text);
  const word = !split || natureKind === 'blank' ? findWordOperator(numeral.text) : null;
  const valueClean = word ? word.text : numeral.text;
  const unitText = unitNorm?.text ?? '';
  let valueCore = valueClean;
  if (split && unitText !== '' && valueClean.length > unitText.length && valueClean.endsWith(unitText)) {
    valueCore = valueClean.slice(0, valueClean.length - unitText.length);
  }

  let combined = valueClean;
  if (split && natureKind !== 'qualitative') {
    const polarity = natureKind === 'polarity' && natureOp && /\d/.test(valueCore) && !/^[≥≤<>=]/.test(valueCore);
    const symbol =
      (natureKind === 'operator' || natureKind === 'word' || polarity) && natureOp ? OP_DISPLAY[natureOp] : '';
    let core = valueCore;
    if (symbol !== '' && core.startsWith(symbol)) core = core.slice(symbol.length);
    combined = symbol + core + (core === '' && symbol === '' ? '' : unitText);
  }

  const level2 = ctx.level2;
  return {
    split,
    value,
    nature,
    unit,
    valueNorm,
    natureNorm,
    unitNorm,
    natureKind,
    natureOp,
    numeral,
    word,
    valueClean,
    valueCore,
    combined,
    target: blankTarget(combined, 'invalid'),
    rawRange: null,
    embedded: false,
    rate: isRateIndicator(ctx.level3 ?? '', level2),
    reverse: isReverseName(ctx.level3 ?? ''),
    cost: isCostRow(ctx.level1, level2),
    satisfaction: isSatisfactionRow(ctx.level3 ?? '', level2),
    missingUnitSeverity: ctx.options?.missingUnitSeverity ?? 'warning',
    lowSatisfactionPercent: ctx.options?.lowSatisfactionPercent ?? 80,
  };
}

/** The number of decimals written: "97.3" → 1. */
function decimals(n: number): number {
  const s = String(n);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** Grammar + internal repairs: typed numbers, unit fallback from the 三级 name, range order. */
function parseTarget(ctx: TargetContext, state: CheckState): void {
  const year = ctx.year ?? null;
  if (state.natureKind === 'qualitative') {
    state.target = { ...blankTarget(state.valueNorm.text, 'qualitative'), text: state.valueNorm.text };
    return;
  }
  if (state.value.isDate && state.value.isoDate) {
    const op = state.natureOp === '>=' || state.natureOp === '>' ? '>=' : '<=';
    state.target = { ...blankTarget(state.combined, 'date'), date: { end: state.value.isoDate, op } };
    return;
  }
  let t = parseValue(state.combined, { year });
  if (t.kind === 'invalid' && !/^[≥≤<>=]/.test(state.combined) && countCjk(state.combined) >= 4) {
    state.embedded = true;
    t = { ...blankTarget(state.combined, 'qualitative'), text: state.combined };
  }

  // A typed number shown rounded: compute with the raw value.
  const raw = state.value.number;
  if (
    raw !== null &&
    t.kind === 'quantitative' &&
    t.multiplier === 1 &&
    t.writtenNumber !== null &&
    t.writtenNumber !== raw
  ) {
    const half = 0.5 * 10 ** -decimals(t.writtenNumber);
    if (Math.abs(t.writtenNumber - raw) <= half + 1e-9) t = { ...t, value: raw };
  }

  // Unit source and fallbacks.
  if (t.kind === 'quantitative' || t.kind === 'range') {
    if (t.unit !== '' && state.split && (state.unitNorm?.text ?? '') !== '') {
      const own = parseValue(state.valueCore, { year });
      if (own.unit === '') t = { ...t, unitSource: 'unit-column' };
    }
    if (t.unit === '') {
      const nameUnit = unitFromName(ctx.level3 ?? '');
      const spec = nameUnit ? parseUnitSpec(nameUnit) : null;
      if (nameUnit && spec && spec.unit !== '') {
        const applyMult = t.multiplier === 1 && spec.multiplier !== 1;
        const mult = applyMult ? spec.multiplier : t.multiplier;
        const scale = (n: number): number => (applyMult ? Number((n * spec.multiplier).toPrecision(15)) : n);
        t = {
          ...t,
          unit: spec.unit,
          multiplier: mult,
          displayUnit: applyMult ? nameUnit : t.displayUnit + spec.unit,
          unitSource: 'name',
          value: t.value === null ? null : scale(t.value),
          range: t.range ? { low: scale(t.range.low), high: scale(t.range.high) } : undefined,
        };
        if (t.range === undefined) delete t.range;
      }
    }
  }
  if (t.kind === 'range' && t.range) {
    state.rawRange = { ...t.range };
    t = { ...t, range: { low: Math.min(t.range.low, t.range.high), high: Math.max(t.range.low, t.range.high) } };
  }
  state.target = t;
}

function verdictOf(findings: Finding[]): Verdict {
  let v: Verdict = 'ok';
  for (const f of findings) {
    if (!f.code.startsWith('target.')) continue;
    if (f.severity === 'error') return 'error';
    if (f.severity === 'warning') v = 'warning';
  }
  return v;
}

function run(ctx: TargetContext): TargetCheck {
  const state = prepare(ctx);
  const findings: Finding[] = [];
  const finish = (): TargetCheck => ({
    target: state.target,
    text: state.value.text,
    nature: state.split ? (state.nature?.text ?? '') : null,
    findings,
    verdict: verdictOf(findings),
    rate: state.rate,
    reverse: state.reverse,
    cost: state.cost,
  });

  let parsed = false;
  for (const rule of TARGET_RULES) {
    if (rule.phase === 'parse' && !parsed) {
      parseTarget(ctx, state);
      parsed = true;
    }
    const found = rule.check(ctx, state);
    if (found.length === 0) continue;
    findings.push(...found);
    if (rule.phase === 'gate') {
      state.target = rule.outcome(ctx, state);
      return finish();
    }
    if (rule.phase === 'pre-parse') {
      state.target = blankTarget(state.combined, 'invalid');
      return finish();
    }
  }
  if (!parsed) parseTarget(ctx, state);
  return finish();
}

function withFix(ctx: TargetContext, fix: Fix): TargetContext {
  const cell: TargetCellInput = { value: fix.text, text: fix.text };
  switch (fix.cell ?? 'value') {
    case 'nature':
      return { ...ctx, nature: cell };
    case 'unit':
      return { ...ctx, unit: cell };
    default:
      return { ...ctx, cell };
  }
}

/** A fix holds when re-checking with it applied leaves no error-severity finding. */
function fixHolds(ctx: TargetContext, fix: Fix): boolean {
  const cell = fix.cell ?? 'value';
  if (cell !== 'value' && cell !== 'nature' && cell !== 'unit') return false;
  if ((cell === 'nature' || cell === 'unit') && ctx.nature === undefined && ctx.unit === undefined) return false;
  const after = run(withFix(ctx, fix));
  if (after.findings.some((f) => f.severity === 'error')) return false;
  if (cell !== 'value') return true;
  // A suggestion is a real fix or nothing: the fixed value is a well-formed target, not a sentence
  // with a number in it ("不低于24年全年" is no fix for "不低于二十四年全年").
  const t = after.target;
  if (t.kind === 'invalid' || t.kind === 'empty') return false;
  return !(t.kind === 'qualitative' && /[\d≥≤<>=]/.test(t.text ?? t.normalized));
}

export function checkTarget(ctx: TargetContext): TargetCheck {
  const result = run(ctx);
  for (const f of result.findings) {
    if (!f.fix) continue;
    // What the fixed cell holds is decided once (patch.ts): 九十 in a 0% cell becomes 0.9, shown 90%.
    const where = f.fix.cell ?? 'value';
    const format =
      where === 'value'
        ? ctx.cell?.format
        : where === 'nature'
          ? ctx.nature?.format
          : where === 'unit'
            ? ctx.unit?.format
            : undefined;
    const write = fixedCellWrite(f.fix.text, format);
    if (write.text !== f.fix.text && f.params?.fix === f.fix.text) f.params = { ...f.params, fix: write.text };
    f.fix = { ...f.fix, text: write.text };
    if (write.value !== undefined) f.fix.value = write.value;
    if (write.format !== undefined) f.fix.format = write.format;
    if (!fixHolds(ctx, f.fix)) delete f.fix;
  }
  composeConfirmFixes(ctx, result.findings);
  result.findings = oneFixPerText(result.findings);
  return result;
}

/**
 * Two meaning-changing suggestions on one value cell (≥100 for the missing operator, 100% for the
 * missing %) would each leave the other's problem: the first is composed with what re-checking it
 * still suggests (≥100 → ≥100%), and the findings it now settles keep their message but no fix of
 * their own. One cell, one suggestion that fixes it.
 */
function composeConfirmFixes(ctx: TargetContext, findings: Finding[]): void {
  const onValue = findings.filter((f) => f.fix && (f.fix.cell ?? 'value') === 'value' && f.fix.safety === 'confirm');
  if (onValue.length < 2) return;
  const first = onValue[0];
  const firstFix = first.fix as Fix;
  let text = firstFix.text;
  for (let i = 0; i < 3; i++) {
    const next = run(withFix(ctx, { text, safety: 'confirm' })).findings.find(
      (f) => f.fix && (f.fix.cell ?? 'value') === 'value',
    );
    if (!next?.fix || next.fix.text === text) break;
    text = next.fix.text;
  }
  if (text === firstFix.text) return;
  const write = fixedCellWrite(text, ctx.cell?.format);
  const composed: Fix = { ...firstFix, text: write.text };
  delete composed.value;
  delete composed.format;
  if (write.value !== undefined) composed.value = write.value;
  if (write.format !== undefined) composed.format = write.format;
  if (!fixHolds(ctx, composed)) return;
  const settled = new Set(run(withFix(ctx, composed)).findings.map((f) => f.code));
  first.fix = composed;
  if (first.params?.fix !== undefined) first.params = { ...first.params, fix: composed.text };
  for (const f of onValue.slice(1)) if (!settled.has(f.code)) delete f.fix;
}

/**
 * One finding per concern per cell: a later finding whose fix writes the same text into the same
 * cell as an earlier one (九十 → 90% by target.chinese-numeral, then 90% again by
 * target.rate-missing-percent) says nothing the first does not; it is dropped.
 */
function oneFixPerText(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (!f.fix) return true;
    const key = `${f.fix.cell ?? 'value'}\u0000${f.fix.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
