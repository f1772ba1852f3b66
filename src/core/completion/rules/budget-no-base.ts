/**
 * completion.budget-no-base — neither budget figure is usable (blank, or zero): the execution rate and its
 * score cannot be computed (§5 "Budget execution").
 */
import type { CompletionRule } from './types';

export const budgetNoBase: CompletionRule<'budget'> = {
  meta: {
    code: 'completion.budget-no-base',
    severity: 'warning',
    description: 'The budget is blank or zero: the execution rate cannot be computed',
    fixable: null,
    docs: 'docs/rules/completion.budget-no-base.md',
  },
  code: 'completion.budget-no-base',
  severity: 'warning',
  phase: 'budget',
  check({ base }) {
    return base === null || base === 0 ? [{ code: this.code, severity: this.severity }] : [];
  },
};
