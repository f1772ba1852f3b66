/** target.embedded-number — descriptive text (no leading operator, 4+ CJK chars) containing a number: 完成3项制度修订. */
import { NO_FINDINGS } from '../../types';
import type { TargetRule } from './types';

export const embeddedNumber: TargetRule = {
  meta: {
    code: 'target.embedded-number',
    severity: 'warning',
    description: 'Descriptive text that contains a number instead of a target value',
    fixable: null,
    docs: 'docs/rules/target.embedded-number.md',
  },
  code: 'target.embedded-number',
  severity: 'warning',
  phase: 'parse',
  check(_ctx, state) {
    return state.embedded ? [{ code: this.code, severity: this.severity }] : NO_FINDINGS;
  },
};
