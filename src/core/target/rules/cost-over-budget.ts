/**
 * target.cost-over-budget — a 成本 row in 元/万元/亿元 (not 元/个), with op ≤, <, = or none, whose value
 * exceeds the funds limit (§3.4).
 */
import { NO_FINDINGS } from '../../types';
import { MONEY_UNIT } from '../../glossary/target-vocabulary';
import type { TargetRule } from './types';

export const costOverBudget: TargetRule = {
  meta: {
    code: 'target.cost-over-budget',
    severity: 'warning',
    description: 'A cost target in money (yuan) that exceeds the funds of the form',
    fixable: null,
    docs: 'docs/rules/target.cost-over-budget.md',
  },
  code: 'target.cost-over-budget',
  severity: 'warning',
  phase: 'post',
  check(ctx, state) {
    const t = state.target;
    const limit = ctx.fundsLimit;
    if (!state.cost || t.unit !== MONEY_UNIT || limit === null || !Number.isFinite(limit)) return NO_FINDINGS;
    let value: number | null = null;
    if (t.kind === 'quantitative' && (t.op === null || t.op === '<=' || t.op === '<' || t.op === '=')) value = t.value;
    else if (t.kind === 'range' && t.range) value = Math.max(t.range.low, t.range.high);
    if (value === null) return NO_FINDINGS;
    const tol = 1e-9 * Math.max(1, Math.abs(limit), Math.abs(value));
    return value > limit + tol ? [{ code: this.code, severity: this.severity, params: { value, limit } }] : NO_FINDINGS;
  },
};
