/** target.qualitative (info) — any other qualitative target: 定性目标，建议量化 (§3.4 info). */
import { NO_FINDINGS } from '../../types';
import { isQualitativeInQuantity } from './qualitative-in-quantity';
import type { TargetRule } from './types';

export const qualitative: TargetRule = {
  meta: {
    code: 'target.qualitative',
    severity: 'info',
    description: 'A qualitative target: worth quantifying',
    fixable: null,
    docs: 'docs/rules/target.qualitative.md',
  },
  code: 'target.qualitative',
  severity: 'info',
  phase: 'post',
  check(ctx, state) {
    if (state.target.kind !== 'qualitative' || state.embedded) return NO_FINDINGS;
    return isQualitativeInQuantity(ctx, state) ? NO_FINDINGS : [{ code: this.code, severity: this.severity }];
  },
};
