/**
 * completion.score-over-weight — a typed 得分 above its 分值 (indicator rows and the budget-execution block;
 * §5). The typed score is never replaced.
 */
import { WEIGHT_TOLERANCE } from '../limits';
import { formatNumber } from '../round';
import type { CompletionRule } from './types';

/** Is the typed score above the weight (beyond rounding)? */
export function isOverWeight(userScore: number, weight: number): boolean {
  return userScore > weight + WEIGHT_TOLERANCE / 5;
}

export const scoreOverWeight: CompletionRule<'score'> = {
  meta: {
    code: 'completion.score-over-weight',
    severity: 'warning',
    description: 'A typed score above the weight of its row',
    fixable: null,
    docs: 'docs/rules/completion.score-over-weight.md',
  },
  code: 'completion.score-over-weight',
  severity: 'warning',
  phase: 'score',
  check({ userScore, weight }) {
    if (!isOverWeight(userScore, weight)) return [];
    return [
      {
        code: this.code,
        severity: this.severity,
        params: { score: formatNumber(userScore), weight: formatNumber(weight) },
      },
    ];
  },
};
