/** target.reversed-operator — `=>` or `=<` (§3.3). Fix (safe): ≥ / ≤ in the cell where it was written. */
import type { Finding } from '../../types';
import type { TargetRule } from './types';

export const reversedOperator: TargetRule = {
  meta: {
    code: 'target.reversed-operator',
    severity: 'error',
    description: 'A reversed operator (=> or =<); the fix writes ≥ or ≤',
    fixable: 'safe',
    docs: 'docs/rules/target.reversed-operator.md',
  },
  code: 'target.reversed-operator',
  severity: 'error',
  phase: 'notation',
  check(_ctx, state) {
    const out: Finding[] = [];
    if (state.valueNorm.reversedOperator) {
      out.push({
        code: this.code,
        severity: this.severity,
        fix: { text: state.valueClean, safety: 'safe', cell: 'value' },
      });
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
