/**
 * target.bare-number — a quantity with no operator, including a blank 指标性质 (§3.4).
 * Fix (confirm): ≥N, or ≤N on 成本 and reverse rows; in the split layout the symbol goes into 指标性质.
 */
import { NO_FINDINGS } from '../../types';
import type { TargetRule } from './types';

export const bareNumber: TargetRule = {
  meta: {
    code: 'target.bare-number',
    severity: 'warning',
    description:
      'A quantity with no operator (a blank nature column in the split layout); the fix adds ≥, or ≤ on cost and reverse rows',
    fixable: 'confirm',
    docs: 'docs/rules/target.bare-number.md',
  },
  code: 'target.bare-number',
  severity: 'warning',
  phase: 'post',
  check(ctx, state) {
    const t = state.target;
    if (t.kind !== 'quantitative' || t.op !== null) return NO_FINDINGS;
    if (state.split && state.natureKind !== 'blank') return NO_FINDINGS; // 定量（其他）, unknown: not an operator column value
    const symbol = state.cost || state.reverse ? '≤' : '≥';
    // 定量 in the only 指标性质 column (指标值类型 | 指标值 | 计量单位, 岳阳楼区 2023) stays: the symbol goes before the value
    const overKind = state.split && !ctx.directionColumn && (state.natureNorm?.text ?? '') !== '';
    const fix =
      state.split && !overKind
        ? { text: symbol, safety: 'confirm' as const, cell: 'nature' as const }
        : { text: symbol + state.valueClean, safety: 'confirm' as const, cell: 'value' as const };
    return [{ code: this.code, severity: this.severity, params: { fix: fix.text }, fix }];
  },
};
