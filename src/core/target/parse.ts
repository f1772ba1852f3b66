/**
 * Convenience for other modules (completion): read a target or actual text the way the checker
 * does — normalise, convert Chinese numerals, rewrite word operators — then apply the grammar.
 * No findings; use checkTarget for those.
 */
import type { ParsedTarget } from '../types';
import { convertChineseNumerals } from './chinese-numerals';
import { parseValue, type GrammarOptions } from './grammar';
import { normalizeTarget } from './normalize';
import { findWordOperator } from './word-operators';

/** The value with every notation fix applied (reversed operator, %%, Chinese numerals, word operators). */
export function cleanTargetText(text: string): string {
  const n = normalizeTarget(text).text;
  const numeral = convertChineseNumerals(n).text;
  const word = findWordOperator(numeral);
  return word ? word.text : numeral;
}

export function parseTargetText(text: string, opts: GrammarOptions = {}): ParsedTarget {
  return parseValue(cleanTargetText(text), opts);
}
