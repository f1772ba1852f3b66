/** target.reversed-operator — `=>` or `=<` (§3.3). Fix (safe): ≥ / ≤ in the cell where it was written. */
import type { Finding } from '../../types';
import type { TargetRule } from './types';

export const reversedOperator: TargetRule = {
  code: 'target.reversed-operator',
  severity: 'error',
  phase: 'notation',
  check(_ctx, state) {
    const out: Finding[] = [];
    if (state.valueNorm.reversedOperator) {
      out.push({ code: this.code, severity: this.severity, fix: { text: state.valueClean, safety: 'safe', cell: 'value' } });
    }
    if (state.natureNorm?.reversedOperator) {
      out.push({
        code: this.code,
        severity: this.severity,
        fix: { text: state.natureNorm.text, safety: 'safe', cell: 'nature' },
      });
    }
    return out;
  },
};
