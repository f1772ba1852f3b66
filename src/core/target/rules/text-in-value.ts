/**
 * target.text-in-value — split layout: 指标性质 is an operator, but 指标值 (with a unit equal to 度量单位
 * stripped) is not numeric: ≥ with 完成. A deadline (≤ with 年底) is a date, not text.
 */
import { NO_FINDINGS } from '../../types';
import { parseValue } from '../grammar';
import type { TargetRule } from './types';

export const textInValue: TargetRule = {
  meta: {
    code: 'target.text-in-value',
    severity: 'error',
    description: 'Split layout: an operator in the nature column but text, not a number, in the value column',
    fixable: null,
    docs: 'docs/rules/target.text-in-value.md',
  },
  code: 'target.text-in-value',
  severity: 'error',
  phase: 'pre-parse',
  check(ctx, state) {
    if (!state.split || (state.natureKind !== 'operator' && state.natureKind !== 'word')) return NO_FINDINGS;
    if (state.value.isDate || state.value.number !== null) return NO_FINDINGS;
    if (/\d/.test(state.valueCore)) return NO_FINDINGS;
    if (parseValue(state.combined, { year: ctx.year }).kind === 'date') return NO_FINDINGS;
    return [{ code: this.code, severity: this.severity }];
  },
};
