/** target.embedded-number — descriptive text (no leading operator, 4+ CJK chars) containing a number: 完成3项制度修订. */
import type { TargetRule } from './types';

export const embeddedNumber: TargetRule = {
  code: 'target.embedded-number',
  severity: 'warning',
  phase: 'parse',
  check(_ctx, state) {
    return state.embedded ? [{ code: this.code, severity: this.severity }] : [];
  },
};
