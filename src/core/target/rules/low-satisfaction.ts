/** target.low-satisfaction (info) — a 满意度 target below 80% (configurable). Params {min}. */
import { NO_FINDINGS } from '../../types';
import type { TargetRule } from './types';

export const lowSatisfaction: TargetRule = {
  meta: {
    code: 'target.low-satisfaction',
    severity: 'info',
    description: 'A satisfaction target below the configured minimum (80% by default)',
    fixable: null,
    docs: 'docs/rules/target.low-satisfaction.md',
  },
  code: 'target.low-satisfaction',
  severity: 'info',
  phase: 'post',
  check(_ctx, state) {
    const t = state.target;
    const min = state.lowSatisfactionPercent;
    if (!state.satisfaction || t.unit !== '%') return NO_FINDINGS;
    let value: number | null = null;
    if (t.kind === 'quantitative' && t.op !== '<=' && t.op !== '<') value = t.value;
    else if (t.kind === 'range' && t.range) value = Math.min(t.range.low, t.range.high);
    return value !== null && value < min
      ? [{ code: this.code, severity: this.severity, params: { min } }]
      : NO_FINDINGS;
  },
};
