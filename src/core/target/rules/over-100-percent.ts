/**
 * target.over-100-percent — a rate indicator whose % value is above 100 (§3.3). No fix. When the value
 * starts with 2 and has no operator, params.hint = 'target.over-100-percent.scan-hint' (a mis-scanned ≥).
 */
import { NO_FINDINGS } from '../../types';
import type { TargetRule } from './types';

export const over100Percent: TargetRule = {
  meta: {
    code: 'target.over-100-percent',
    severity: 'error',
    description: 'A rate indicator whose percentage is above 100',
    fixable: null,
    docs: 'docs/rules/target.over-100-percent.md',
  },
  code: 'target.over-100-percent',
  severity: 'error',
  phase: 'post',
  check(_ctx, state) {
    const t = state.target;
    if (!state.rate || t.unit !== '%') return NO_FINDINGS;
    const over =
      (t.kind === 'quantitative' && t.value !== null && t.value > 100) ||
      (t.kind === 'range' && t.range !== undefined && Math.max(t.range.low, t.range.high) > 100);
    if (!over) return NO_FINDINGS;
    const scan = t.kind === 'quantitative' && t.op === null && /^2\d{2}/.test(t.normalized);
    return [
      scan
        ? { code: this.code, severity: this.severity, params: { hint: 'target.over-100-percent.scan-hint' } }
        : { code: this.code, severity: this.severity },
    ];
  },
};
