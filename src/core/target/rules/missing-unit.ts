/**
 * target.missing-unit — a quantity that is not a rate and has no unit from the cell, the 度量单位 or the
 * name (§3.4). Severity from the options (warning by default). Not for 定量（其他）.
 */
import { NO_FINDINGS } from '../../types';
import type { TargetRule } from './types';

export const missingUnit: TargetRule = {
  meta: {
    code: 'target.missing-unit',
    severity: 'warning',
    description: 'A quantity with no unit from the cell, the unit column or the indicator name',
    fixable: null,
    docs: 'docs/rules/target.missing-unit.md',
  },
  code: 'target.missing-unit',
  severity: 'warning',
  phase: 'post',
  check(_ctx, state) {
    const t = state.target;
    if (state.rate || t.unit !== '' || (t.kind !== 'quantitative' && t.kind !== 'range')) return NO_FINDINGS;
    if (state.natureKind === 'other') return NO_FINDINGS;
    return [{ code: this.code, severity: state.missingUnitSeverity }];
  },
};
