/**
 * target.vague — ≈; 约/大约/大概/近 before a number; 左右/上下/余/多 after a number; or the whole value is
 * 若干/一些/适量/大量/很多/较多 (§3.3).
 */
import { NO_FINDINGS } from '../../types';
import {
  VAGUE_AFTER_AMOUNT,
  VAGUE_AFTER_NUMBER,
  VAGUE_AMOUNT_END,
  VAGUE_BEFORE_DIGITS,
  VAGUE_BEFORE_NUMBER,
  VAGUE_NUMBER_START,
  VAGUE_ROUND_NUMBER_END,
  VAGUE_WHOLE,
} from '../../glossary/target-vocabulary';
import { convertChineseNumerals } from '../chinese-numerals';
import { blankTarget, parseValue } from '../grammar';
import type { TargetRule } from './types';

/** The words as one alternation (they are plain words: nothing to escape). */
const anyOf = (words: readonly string[]) => `(?:${words.join('|')})`;
const NUMBER_START = `[\\d${VAGUE_NUMBER_START}]`;
const BEFORE_WORDS = anyOf(VAGUE_BEFORE_NUMBER);
const BEFORE_DIGIT_WORDS = anyOf(VAGUE_BEFORE_DIGITS);
const BEFORE = new RegExp(`${BEFORE_WORDS}${NUMBER_START}|${BEFORE_DIGIT_WORDS}\\d`);
const AFTER_ANYWHERE = new RegExp(`[\\d${VAGUE_AMOUNT_END}](?:[^\\d]{0,6}?)${anyOf(VAGUE_AFTER_AMOUNT)}`);
const AFTER_DIRECT = new RegExp(`[\\d${VAGUE_ROUND_NUMBER_END}]${anyOf(VAGUE_AFTER_NUMBER)}`);

function isVague(normalized: string): boolean {
  if (normalized.includes('≈')) return true;
  if (VAGUE_WHOLE.includes(normalized)) return true;
  return BEFORE.test(normalized) || AFTER_ANYWHERE.test(normalized) || AFTER_DIRECT.test(normalized);
}

/** The value with the vague words removed, for a best-effort reading ("约1200人次" → "1200人次"). */
function stripVague(normalized: string): string {
  return (
    normalized
      .replace(/≈/g, '')
      .replace(new RegExp(`${BEFORE_WORDS}(?=${NUMBER_START})|${BEFORE_DIGIT_WORDS}(?=\\d)`, 'g'), '')
      .replace(new RegExp(anyOf(VAGUE_AFTER_AMOUNT), 'g'), '')
      // the numeral kept by a capture, not a lookbehind (Edge Legacy has none)
      .replace(new RegExp(`([\\d${VAGUE_ROUND_NUMBER_END}])${anyOf(VAGUE_AFTER_NUMBER)}`, 'g'), '$1')
  );
}

export const vague: TargetRule = {
  meta: {
    code: 'target.vague',
    severity: 'error',
    description: 'A vague amount (about, roughly, more than, several …) instead of a precise target',
    fixable: null,
    docs: 'docs/rules/target.vague.md',
  },
  code: 'target.vague',
  severity: 'error',
  phase: 'gate',
  check(_ctx, state) {
    return isVague(state.valueNorm.text) ? [{ code: this.code, severity: this.severity }] : NO_FINDINGS;
  },
  /** The amount read without the vague words (约1200人次 → 1200人次) when that parses, else invalid. */
  outcome(ctx, state) {
    const text = state.valueNorm.text;
    const t = parseValue(stripVague(convertChineseNumerals(stripVague(text)).text), { year: ctx.year });
    if (t.kind === 'quantitative' || t.kind === 'range' || t.kind === 'date') return { ...t, normalized: text };
    return blankTarget(text, 'invalid');
  },
};
