/** target.empty — nothing is left after normalising (split layout: the 指标值 cell, unless 指标性质 is 不适用). */
import type { TargetRule } from './types';

export const empty: TargetRule = {
  code: 'target.empty',
  severity: 'error',
  phase: 'gate',
  check(_ctx, state) {
    if (state.natureKind === 'na') return [];
    return state.valueNorm.text === '' ? [{ code: this.code, severity: this.severity }] : [];
  },
};
