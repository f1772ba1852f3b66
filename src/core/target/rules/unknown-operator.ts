/** target.unknown-operator — split layout: 指标性质 is not an operator, a word operator, 定性, 定量（其他） or 不适用. */
import { NO_FINDINGS } from '../../types';
import type { TargetRule } from './types';

export const unknownOperator: TargetRule = {
  meta: {
    code: 'target.unknown-operator',
    severity: 'error',
    description:
      'Split layout: the nature column holds neither an operator nor qualitative, quantitative (other) or not applicable',
    fixable: null,
    docs: 'docs/rules/target.unknown-operator.md',
  },
  code: 'target.unknown-operator',
  severity: 'error',
  phase: 'notation',
  check(_ctx, state) {
    if (state.natureKind !== 'unknown') return NO_FINDINGS;
    return [{ code: this.code, severity: this.severity, params: { nature: state.natureNorm?.text ?? '' } }];
  },
};
