/** target.unparseable — nothing in the grammar matches, the value has a digit, and it is not descriptive text (§3.2 step 4). */
import { NO_FINDINGS } from '../../types';
import type { TargetRule } from './types';

export const unparseable: TargetRule = {
  meta: {
    code: 'target.unparseable',
    severity: 'error',
    description: 'A value with a digit that the target grammar cannot read',
    fixable: null,
    docs: 'docs/rules/target.unparseable.md',
  },
  code: 'target.unparseable',
  severity: 'error',
  phase: 'parse',
  check(_ctx, state) {
    return state.target.kind === 'invalid' && !state.embedded
      ? [{ code: this.code, severity: this.severity }]
      : NO_FINDINGS;
  },
};
