/** target.not-applicable (info) — 不适用 in the value or in 指标性质: the row is kind na and not scored. */
import type { TargetRule } from './types';

export const notApplicable: TargetRule = {
  code: 'target.not-applicable',
  severity: 'info',
  phase: 'gate',
  check(_ctx, state) {
    const na = state.natureKind === 'na' || state.valueNorm.text.includes('不适用');
    return na ? [{ code: this.code, severity: this.severity }] : [];
  },
};
