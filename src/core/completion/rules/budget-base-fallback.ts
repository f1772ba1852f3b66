/**
 * completion.budget-base-fallback — the 全年(调整后)预算数 is blank: the execution rate is computed on the
 * 年初预算数 (§5 "Budget execution").
 */
import type { CompletionRule } from './types';

export const budgetBaseFallback: CompletionRule<'budget'> = {
  meta: {
    code: 'completion.budget-base-fallback',
    severity: 'info',
    description: 'The full-year budget is blank: the execution rate uses the initial budget',
    fixable: null,
    docs: 'docs/rules/completion.budget-base-fallback.md',
  },
  code: 'completion.budget-base-fallback',
  severity: 'info',
  phase: 'budget',
  check({ figures }) {
    const fallback = figures.adjusted === null && figures.initial !== null && figures.initial !== 0;
    return fallback ? [{ code: this.code, severity: this.severity }] : [];
  },
};
