/**
 * Parses the text of an actual value into a ParsedTarget: "read the actual the same way as the
 * target" — the target module's notation clean-up (normalise, %%, Chinese numerals, word operators)
 * followed by its grammar (period, date, range, quantity). The one place that knows how an
 * actual's text is parsed.
 */
import type { ParsedTarget } from '../types';
import { parseUnitSpec, parseValue } from '../target/grammar';
import { cleanTargetText } from '../target/parse';

/** Parses an actual's (normalised or raw) text. */
export function parseActualText(text: string, year: number | null = null): ParsedTarget {
  return parseValue(cleanTargetText(text), { year });
}

/** Splits a 度量单位 such as "万元" into multiplier and base unit; unknown text is kept as the unit. */
export function splitUnit(written: string): { multiplier: number; unit: string; displayUnit: string } {
  const spec = parseUnitSpec(written);
  if (!spec) return { multiplier: 1, unit: written, displayUnit: written };
  return { multiplier: spec.multiplier, unit: spec.unit, displayUnit: written };
}
