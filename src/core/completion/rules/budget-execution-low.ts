/**
 * completion.budget-execution-low — the budget execution rate (全年执行数 / 预算数) is below the options'
 * lowExecutionRate (90% by default; §5 "Budget execution").
 */
import { formatPercent } from '../round';
import type { CompletionRule } from './types';

export const budgetExecutionLow: CompletionRule<'budget'> = {
  meta: {
    code: 'completion.budget-execution-low',
    severity: 'warning',
    description: 'The budget execution rate is below the threshold (90% by default)',
    fixable: null,
    docs: 'docs/rules/completion.budget-execution-low.md',
  },
  code: 'completion.budget-execution-low',
  severity: 'warning',
  phase: 'budget',
  check({ rate, options }) {
    if (rate === null || rate >= options.lowExecutionRate) return [];
    return [
      {
        code: this.code,
        severity: this.severity,
        params: { rate: formatPercent(rate), min: formatPercent(options.lowExecutionRate) },
      },
    ];
  },
};
