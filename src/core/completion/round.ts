/**
 * Decimal rounding (domain.md §5 "Rounding"): half away from zero on the decimal representation,
 * so 1.005 → 1.01 (toFixed gives 1.00 because the binary double is 1.00499999…).
 */
import type { Rounding } from '../types';

/**
 * Rounds x to dp decimals, half away from zero, working on the shortest decimal string that
 * identifies the double (as a person would have typed it), after removing float noise at 15
 * significant digits (0.1 + 0.2 → 0.3).
 */
export function roundDecimal(x: number, dp: number): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return 0;
  const negative = x < 0;
  const abs = Math.abs(x);
  // 15 significant digits removes binary noise such as 4.545454545454545 ← fine, 1.0049999999999999 → 1.005.
  const cleaned = Number(abs.toPrecision(15));
  const digits = toPlainDecimal(cleaned);
  const dot = digits.indexOf('.');
  const intPart = dot < 0 ? digits : digits.slice(0, dot);
  const fracPart = dot < 0 ? '' : digits.slice(dot + 1);
  if (fracPart.length <= dp) return negative ? -cleaned : cleaned;
  const kept = intPart + fracPart.slice(0, dp);
  const next = fracPart.charCodeAt(dp) - 48;
  // on the digit string itself (no BigInt: Edge Legacy, the webview of Office 2019, has none)
  let s = (next >= 5 ? incrementDigits(kept) : kept).replace(/^0+(?=\d)/, '');
  if (dp > 0) {
    s = s.padStart(dp + 1, '0');
    s = `${s.slice(0, s.length - dp)}.${s.slice(s.length - dp)}`;
  }
  const result = Number(s);
  return negative && result !== 0 ? -result : result;
}

/** A string of decimal digits plus one ("129" → "130", "99" → "100"). */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  let i = out.length - 1;
  while (i >= 0 && out[i] === '9') out[i--] = '0';
  if (i < 0) return `1${out.join('')}`;
  out[i] = String(Number(out[i]) + 1);
  return out.join('');
}

/** A finite non-negative number as a plain decimal string (no exponent). */
function toPlainDecimal(x: number): string {
  const s = String(x);
  if (!/e/i.test(s)) return s;
  const m = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(s);
  if (!m) return x.toFixed(20);
  const int = m[1];
  const frac = m[2] ?? '';
  const exp = Number(m[3]);
  const all = int + frac;
  const point = int.length + exp;
  if (point <= 0) return `0.${'0'.repeat(-point)}${all}`;
  if (point >= all.length) return all + '0'.repeat(point - all.length);
  return `${all.slice(0, point)}.${all.slice(point)}`;
}

/** Rounds a score per the `rounding` option: 2 dp, whole points, or not at all. */
export function roundScore(x: number, rounding: Rounding): number {
  switch (rounding) {
    case 'two-decimals':
      return roundDecimal(x, 2);
    case 'integer':
      return roundDecimal(x, 0);
    case 'none':
      return x;
  }
}

/**
 * The score of a row (or of the 预算执行率 block) as written: rounded per the `rounding` option, and never
 * above its 分值. Half away from zero can lift a score over a 分值 that has more decimals than the
 * rounding keeps (a full 3.85 rounds to 4 under whole points); the row then keeps its 分值, so the
 * written scores never add up to more than the weights (a 绩效自评 total is at most 100).
 */
export function roundRowScore(raw: number, weight: number, rounding: Rounding): number {
  const rounded = roundScore(raw, rounding);
  return weight >= 0 && rounded > weight ? weight : rounded;
}

/**
 * The total from the written scores (domain.md §5 "Total": the budget score plus Σ rounded row scores,
 * rounded again to 2 dp). Rounding to 2 dp only removes float noise from a sum of rounded scores, so the
 * total is exactly what the written scores add up to, under whole points too; `none` keeps the plain sum.
 */
export function roundTotal(sum: number, rounding: Rounding): number {
  return rounding === 'none' ? sum : roundDecimal(sum, 2);
}

/** A number for a message parameter: at most `dp` decimals, no trailing zeros. */
export function formatNumber(x: number, dp = 2): string {
  return String(roundDecimal(x, dp));
}

/** A ratio for a message parameter: 2 decimals, or 2 significant digits when it is tiny. */
export function formatRatio(x: number): string {
  if (x !== 0 && Math.abs(x) < 0.01) return String(Number(x.toPrecision(2)));
  return formatNumber(x, 2);
}

/** A fraction as a percentage for a message parameter (0.8512 → "85.12%"). */
export function formatPercent(fraction: number): string {
  return `${formatNumber(fraction * 100, 2)}%`;
}
