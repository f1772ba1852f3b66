/** target.double-percent — %% (§3.3). Fix (safe): one %. */
import type { Finding } from '../../types';
import type { TargetRule } from './types';

export const doublePercent: TargetRule = {
  meta: {
    code: 'target.double-percent',
    severity: 'error',
    description: 'A doubled percent sign (%%); the fix keeps one',
    fixable: 'safe',
    docs: 'docs/rules/target.double-percent.md',
  },
  code: 'target.double-percent',
  severity: 'error',
  phase: 'notation',
  check(_ctx, state) {
    const out: Finding[] = [];
    if (state.valueNorm.doublePercent) {
      out.push({
        code: this.code,
        severity: this.severity,
        fix: { text: state.valueClean, safety: 'safe', cell: 'value' },
      });
    }
    if (state.unitNorm?.doublePercent) {
      out.push({
        code: this.code,
        severity: this.severity,
        fix: { text: state.unitNorm.text, safety: 'safe', cell: 'unit' },
      });
    }
    return out;
  },
};
