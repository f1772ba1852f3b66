/** target.chinese-numeral — a number written in Chinese numerals (§3.3 rule). Fix (safe): Arabic digits. */
import { NO_FINDINGS } from '../../types';
import type { TargetRule } from './types';

export const chineseNumeral: TargetRule = {
  meta: {
    code: 'target.chinese-numeral',
    severity: 'error',
    description: 'A number written in Chinese numerals; the fix writes Arabic digits',
    fixable: 'safe',
    docs: 'docs/rules/target.chinese-numeral.md',
  },
  code: 'target.chinese-numeral',
  severity: 'error',
  phase: 'notation',
  check(_ctx, state) {
    if (!state.numeral.changed) return NO_FINDINGS;
    return [
      { code: this.code, severity: this.severity, fix: { text: state.valueClean, safety: 'safe', cell: 'value' } },
    ];
  },
};
