/**
 * target.direction-suspect — a reverse-type name with ≥, >, or = other than 0; or a 成本 value in 元, 万元
 * or 亿元 with ≥ or > (§3.4).
 */
import { NO_FINDINGS } from '../../types';
import { MONEY_UNIT } from '../../glossary/target-vocabulary';
import type { TargetRule } from './types';

export const directionSuspect: TargetRule = {
  meta: {
    code: 'target.direction-suspect',
    severity: 'warning',
    description: 'An operator pointing the wrong way for a reverse-type indicator or a cost',
    fixable: null,
    docs: 'docs/rules/target.direction-suspect.md',
  },
  code: 'target.direction-suspect',
  severity: 'warning',
  phase: 'post',
  check(_ctx, state) {
    const t = state.target;
    if (t.kind !== 'quantitative') return NO_FINDINGS;
    const up = t.op === '>=' || t.op === '>';
    const reverse = state.reverse && (up || (t.op === '=' && t.value !== 0));
    const cost = state.cost && t.unit === MONEY_UNIT && up;
    return reverse || cost ? [{ code: this.code, severity: this.severity }] : NO_FINDINGS;
  },
};
