/**
 * completion.score-mismatch — a typed 得分 more than 0.01 away from the score computed for the row (or the
 * budget-execution block; §5). The typed score is never replaced.
 */
import { formatNumber } from '../round';
import type { CompletionRule } from './types';

export const scoreMismatch: CompletionRule<'score'> = {
  meta: {
    code: 'completion.score-mismatch',
    severity: 'info',
    description: 'A typed score that differs from the computed score',
    fixable: null,
    docs: 'docs/rules/completion.score-mismatch.md',
  },
  code: 'completion.score-mismatch',
  severity: 'info',
  phase: 'score',
  check({ userScore, score }) {
    if (score === null || Math.abs(userScore - score) <= 0.01 + 1e-9) return [];
    return [
      {
        code: this.code,
        severity: this.severity,
        params: { userScore: formatNumber(userScore), score: formatNumber(score) },
      },
    ];
  },
};
