/**
 * completion.scale-suspect — a numeric completion ratio above 100 or below 0.01 (a unit or a 万 slipped:
 * 3020万 against ≥29万, 1个 against ≥200个). Not raised when completion.ambiguous-percent already explains
 * the reading (§4 "Ratio").
 */
import { formatRatio } from '../round';
import { isAmbiguousPercent } from './ambiguous-percent';
import type { CompletionRule } from './types';

/** A ratio of a suspect order of magnitude. */
export function isScaleSuspect(ratio: number): boolean {
  return ratio > 100 || (ratio > 0 && ratio < 0.01);
}

export const scaleSuspect: CompletionRule<'status'> = {
  meta: {
    code: 'completion.scale-suspect',
    severity: 'warning',
    description: 'A completion ratio above 100 or below 0.01, a suspect order of magnitude',
    fixable: null,
    docs: 'docs/rules/completion.scale-suspect.md',
  },
  code: 'completion.scale-suspect',
  severity: 'warning',
  phase: 'status',
  check({ judged, ratio, actual }) {
    if (judged !== 'numeric' || ratio === null || !isScaleSuspect(ratio) || isAmbiguousPercent(actual)) return [];
    return [{ code: this.code, severity: this.severity, params: { ratio: formatRatio(ratio) } }];
  },
};
