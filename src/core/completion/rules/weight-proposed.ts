/**
 * completion.weight-proposed — 分值 left blank get weights proposed (§5 "Weights"): one finding per form,
 * never one per row, naming the split ("产出50/效益30/满意度10"); where some 分值 are filled in, the hint
 * says the proposal is for the blank ones only.
 */
import { formatNumber } from '../round';
import type { CompletionRule } from './types';

export const weightProposed: CompletionRule<'weights'> = {
  meta: {
    code: 'completion.weight-proposed',
    severity: 'info',
    description: 'Blank weights, with the split of the weights proposed for them',
    fixable: null,
    docs: 'docs/rules/completion.weight-proposed.md',
  },
  code: 'completion.weight-proposed',
  severity: 'info',
  phase: 'weights',
  check({ proposals, rows }) {
    if (proposals.length === 0) return [];
    const split = proposals.map((p) => `${p.label}${formatNumber(p.total)}`).join('/');
    const partial = rows.some((r) => r.filled !== null);
    return [
      {
        code: this.code,
        severity: this.severity,
        params: { split, ...(partial ? { hint: 'completion.weight-proposed.partial' } : {}) },
      },
    ];
  },
};
