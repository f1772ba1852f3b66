/** target.empty — nothing is left after normalising (split layout: the 指标值 cell, unless 指标性质 is 不适用). */
import { NO_FINDINGS } from '../../types';
import { blankTarget } from '../grammar';
import type { TargetRule } from './types';

export const empty: TargetRule = {
  meta: {
    code: 'target.empty',
    severity: 'error',
    description: 'Nothing is left of the target value after normalising',
    fixable: null,
    docs: 'docs/rules/target.empty.md',
  },
  code: 'target.empty',
  severity: 'error',
  phase: 'gate',
  check(_ctx, state) {
    if (state.natureKind === 'na') return NO_FINDINGS;
    return state.valueNorm.text === '' ? [{ code: this.code, severity: this.severity }] : NO_FINDINGS;
  },
  outcome() {
    return blankTarget('', 'empty');
  },
};
