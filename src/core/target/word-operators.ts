/**
 * §3.4 Word operators: 不低于95% → ≥95%, 95%以上 → ≥95%, 3个工作日内 → ≤3个工作日.
 * 以上/以下/以内 include the number; 超过/不满 exclude it.
 */
import type { Op } from '../types';
import { OP_DISPLAY, OP_SYMBOLS, WORD_OPERATORS_AFTER, WORD_OPERATORS_BEFORE } from '../glossary/target-vocabulary';
import { parseValue } from './grammar';

const DIGIT = /\d/;
const LEADING_DIGIT = /^\d/;

export interface WordOperator {
  /** The words as written. */
  word: string;
  op: Op;
  /** The value rewritten with the symbol: "≥95%". */
  text: string;
}

/** The symbol (≥ ≤ > < =) for a text that is only a word operator ("不低于" → ≥), or null. */
export function wordOperatorOnly(text: string): Op | null {
  for (const [word, op] of WORD_OPERATORS_BEFORE) if (text === word) return op;
  for (const [word, op] of WORD_OPERATORS_AFTER)
    if (text === word || text === '…' + word || text === '...' + word) return op;
  return null;
}

/**
 * Finds a word operator written before or after the number of a normalised value, and rewrites the
 * value with the symbol. Only counts when the rewritten value parses as a quantity or range
 * (the value must contain a number) and the value is not a date.
 */
export function findWordOperator(normalized: string): WordOperator | null {
  if (!DIGIT.test(normalized)) return null;

  let symbolOp: Op | null = null;
  let body = normalized;
  const first = body.charAt(0);
  if (first in OP_SYMBOLS) {
    symbolOp = OP_SYMBOLS[first];
    body = body.slice(1);
  }

  const candidates: Array<{ word: string; op: Op; body: string }> = [];
  if (symbolOp === null) {
    for (const [word, op] of WORD_OPERATORS_BEFORE) {
      if (body.startsWith(word)) {
        candidates.push({ word, op, body: body.slice(word.length) });
        break;
      }
    }
  }
  for (const [word, op] of WORD_OPERATORS_AFTER) {
    if (body.endsWith(word) && body.length > word.length) {
      candidates.push({ word, op, body: body.slice(0, body.length - word.length) });
      break;
    }
  }
  if (candidates.length === 2) {
    // words on both sides (不超过90以内): one operator if they agree, none if they contradict
    const [before, after] = candidates;
    if (before.op !== after.op) return null;
    const both = before.body.slice(0, before.body.length - after.word.length);
    const parsed = LEADING_DIGIT.test(both) ? parseValue(both) : null;
    if (!parsed || parsed.kind !== 'quantitative' || parsed.op !== null) return null;
    return { word: before.word + '…' + after.word, op: before.op, text: OP_DISPLAY[before.op] + both };
  }
  const plausible = candidates.filter(
    // ≤95%以上: contradictory, leave it; and what is left must begin with the number
    (c) => (symbolOp === null || symbolOp === c.op) && LEADING_DIGIT.test(c.body),
  );
  // Checked only now, since most values have no operator words: a date keeps its own 前/内/以后.
  if (plausible.length === 0 || parseValue(normalized).kind === 'date') return null;
  for (const c of plausible) {
    const parsed = parseValue(c.body);
    if (parsed.kind === 'range' && symbolOp === null) {
      // 90%-95%以内 is odd; only plain quantities take an operator
      continue;
    }
    if (parsed.kind !== 'quantitative' || parsed.op !== null) continue;
    return { word: c.word, op: c.op, text: OP_DISPLAY[c.op] + c.body };
  }
  return null;
}
