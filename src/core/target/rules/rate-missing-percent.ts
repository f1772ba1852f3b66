/**
 * target.rate-missing-percent — a rate indicator with no unit (§3.4).
 * Fix (confirm): for n in (1,100], n%; for 0<n<1, 100n%; none for 0 or 1.
 */
import { OP_DISPLAY } from '../../glossary/target-vocabulary';
import { cleanFloat } from '../cell';
import type { Fix } from '../../types';
import { NO_FINDINGS } from '../../types';
import type { TargetRule } from './types';

export const rateMissingPercent: TargetRule = {
  meta: {
    code: 'target.rate-missing-percent',
    severity: 'warning',
    description: 'A rate indicator whose value has no percent sign; the fix writes the percentage',
    fixable: 'confirm',
    docs: 'docs/rules/target.rate-missing-percent.md',
  },
  code: 'target.rate-missing-percent',
  severity: 'warning',
  phase: 'post',
  check(_ctx, state) {
    const t = state.target;
    if (!state.rate || t.unit !== '' || (t.kind !== 'quantitative' && t.kind !== 'range')) return NO_FINDINGS;
    let fix: Fix | undefined;
    if (t.kind === 'quantitative' && t.multiplier === 1 && t.value !== null) {
      const n = t.value;
      const percent = n > 1 && n <= 100 ? n : n > 0 && n < 1 ? cleanFloat(n * 100) : null;
      if (percent !== null) {
        const op = t.op ? OP_DISPLAY[t.op] : '';
        if (!state.split) fix = { text: `${op}${percent}%`, safety: 'confirm', cell: 'value' };
        else if (percent === n && state.valueCore === state.valueClean)
          fix = { text: '%', safety: 'confirm', cell: 'unit' };
        else fix = { text: `${percent}%`, safety: 'confirm', cell: 'value' };
      }
    }
    return [fix ? { code: this.code, severity: this.severity, fix } : { code: this.code, severity: this.severity }];
  },
};
