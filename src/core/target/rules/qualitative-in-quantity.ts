/**
 * target.qualitative-in-quantity — qualitative text under 数量指标, 服务对象满意度指标, 成本指标 or
 * 经济成本指标 (§3.4). Compliance wording under 成本 gets info target.qualitative instead (see qualitative.ts).
 */
import { NO_FINDINGS } from '../../types';
import { LEVEL1 } from '../../glossary/framework';
import { COST_COMPLIANCE_PATTERNS, QUANTITY_LEVEL2 } from '../../glossary/target-vocabulary';
import type { TargetContext } from './types';
import type { CheckState, TargetRule } from './types';

function isQuantityRow(ctx: TargetContext): boolean {
  if (ctx.level2 !== null && QUANTITY_LEVEL2.includes(ctx.level2)) return true;
  return ctx.level2 === null && ctx.level1 === LEVEL1.cost;
}

function isComplianceWording(text: string): boolean {
  return COST_COMPLIANCE_PATTERNS.some((re) => re.test(text));
}

/** Qualitative text that should have been a number. */
export function isQualitativeInQuantity(ctx: TargetContext, state: CheckState): boolean {
  if (state.target.kind !== 'qualitative' || !isQuantityRow(ctx)) return false;
  return !(state.cost && isComplianceWording(state.target.text ?? state.target.normalized));
}

export const qualitativeInQuantity: TargetRule = {
  meta: {
    code: 'target.qualitative-in-quantity',
    severity: 'warning',
    description: 'Qualitative text under an indicator that must be a quantity',
    fixable: null,
    docs: 'docs/rules/target.qualitative-in-quantity.md',
  },
  code: 'target.qualitative-in-quantity',
  severity: 'warning',
  phase: 'post',
  check(ctx, state) {
    return isQualitativeInQuantity(ctx, state) ? [{ code: this.code, severity: this.severity }] : NO_FINDINGS;
  },
};
