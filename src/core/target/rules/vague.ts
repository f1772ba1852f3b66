/**
 * target.vague — ≈; 约/大约/大概/近 before a number; 左右/上下/余/多 after a number; or the whole value is
 * 若干/一些/适量/大量/很多/较多 (§3.3).
 */
import { VAGUE_WHOLE } from '../../glossary/target-vocabulary';
import { convertChineseNumerals } from '../chinese-numerals';
import { blankTarget, parseValue } from '../grammar';
import type { TargetRule } from './types';

const NUMBER_START = '[\\d零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾]';
// 近 only before Arabic digits: 近一流 / 接近一流水平 are not amounts.
const BEFORE = new RegExp(`(?:大约|大概|约)${NUMBER_START}|近\\d`);
const AFTER_ANYWHERE = /[\d零〇一二两三四五六七八九十百千万](?:[^\d]{0,6}?)(?:左右|上下)/;
const AFTER_DIRECT = /[\d十百千万](?:余|多)/;

export function isVague(normalized: string): boolean {
  if (normalized.includes('≈')) return true;
  if (VAGUE_WHOLE.includes(normalized)) return true;
  return BEFORE.test(normalized) || AFTER_ANYWHERE.test(normalized) || AFTER_DIRECT.test(normalized);
}

/** The value with the vague words removed, for a best-effort reading ("约1200人次" → "1200人次"). */
export function stripVague(normalized: string): string {
  return normalized
    .replace(/≈/g, '')
    .replace(new RegExp(`(?:大约|大概|约)(?=${NUMBER_START})|近(?=\\d)`, 'g'), '')
    .replace(/(左右|上下)/g, '')
    // the numeral kept by a capture, not a lookbehind (Edge Legacy has none)
    .replace(/([\d十百千万])(?:余|多)/g, '$1');
}

export const vague: TargetRule = {
  meta: {
    code: 'target.vague',
    severity: 'error',
    description: 'A vague amount (约, 左右, 余, 若干 …) instead of a precise target',
    fixable: null,
    docs: 'docs/rules/target.vague.md',
  },
  code: 'target.vague',
  severity: 'error',
  phase: 'gate',
  check(_ctx, state) {
    return isVague(state.valueNorm.text) ? [{ code: this.code, severity: this.severity }] : [];
  },
  /** The amount read without the vague words (约1200人次 → 1200人次) when that parses, else invalid. */
  outcome(ctx, state) {
    const text = state.valueNorm.text;
    const t = parseValue(stripVague(convertChineseNumerals(stripVague(text)).text), { year: ctx.year });
    if (t.kind === 'quantitative' || t.kind === 'range' || t.kind === 'date') return { ...t, normalized: text };
    return blankTarget(text, 'invalid');
  },
};
