/**
 * completion.far-exceeded — a ≥, > or = target whose actual reaches the options' farExceededRatio
 * (1.2 by default) of it: the target may have been set too low. Not raised on a ratio of a suspect
 * order of magnitude (completion.scale-suspect), nor on ranges and ≤/< targets.
 */
import { formatRatio } from '../round';
import { isScaleSuspect } from './scale-suspect';
import type { CompletionRule } from './types';

export const farExceeded: CompletionRule<'status'> = {
  meta: {
    code: 'completion.far-exceeded',
    severity: 'info',
    description: 'The actual far exceeds a ≥, > or = target: the target may be set too low',
    fixable: null,
    docs: 'docs/rules/completion.far-exceeded.md',
  },
  code: 'completion.far-exceeded',
  severity: 'info',
  phase: 'status',
  check({ judged, ratio, op, options }) {
    if (judged !== 'numeric' || ratio === null || isScaleSuspect(ratio)) return [];
    if (op !== '>=' && op !== '>' && op !== '=') return [];
    if (ratio < options.farExceededRatio) return [];
    return [{ code: this.code, severity: this.severity, params: { ratio: formatRatio(ratio) } }];
  },
};
