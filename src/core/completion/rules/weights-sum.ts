/**
 * completion.weights-sum — the 分值 filled in, with the budget-execution weight, do not add up to 100, or
 * to the 总分 printed under the table (§5 "Weights"). Only when some 分值 is filled in.
 */
import { WEIGHT_TOLERANCE } from '../limits';
import { formatNumber, roundDecimal } from '../round';
import type { CompletionRule } from './types';

export const weightsSum: CompletionRule<'weights'> = {
  meta: {
    code: 'completion.weights-sum',
    severity: 'warning',
    description: 'The weights filled in do not add up to 100 (or to the printed total)',
    fixable: null,
    docs: 'docs/rules/completion.weights-sum.md',
  },
  code: 'completion.weights-sum',
  severity: 'warning',
  phase: 'weights',
  check({ rows, weights }) {
    if (!rows.some((r) => r.filled !== null)) return [];
    const sum = roundDecimal(rows.reduce((s, r) => s + (r.filled ?? 0), 0) + weights.budgetWeight, 6);
    let expected: number | string | null = null;
    if (Math.abs(sum - 100) > WEIGHT_TOLERANCE) expected = 100;
    else if (weights.printedTotal !== null && Math.abs(sum - weights.printedTotal) > WEIGHT_TOLERANCE) {
      expected = formatNumber(weights.printedTotal);
    }
    if (expected === null) return [];
    return [{ code: this.code, severity: this.severity, params: { sum: formatNumber(sum), expected } }];
  },
};
