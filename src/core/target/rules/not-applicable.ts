/** target.not-applicable (info) — 不适用 in the value or in 指标性质: the row is kind na and not scored. */
import { NO_FINDINGS } from '../../types';
import { NATURE_WORDS } from '../../glossary/target-vocabulary';
import { blankTarget } from '../grammar';
import type { TargetRule } from './types';

export const notApplicable: TargetRule = {
  meta: {
    code: 'target.not-applicable',
    severity: 'info',
    description: 'The value or the nature column says not applicable: the row is not scored',
    fixable: null,
    docs: 'docs/rules/target.not-applicable.md',
  },
  code: 'target.not-applicable',
  severity: 'info',
  phase: 'gate',
  check(_ctx, state) {
    const na = state.natureKind === 'na' || state.valueNorm.text.includes(NATURE_WORDS.notApplicable);
    return na ? [{ code: this.code, severity: this.severity }] : NO_FINDINGS;
  },
  /** Kind na: the row is not scored. */
  outcome(_ctx, state) {
    return blankTarget(state.combined, 'na');
  },
};
