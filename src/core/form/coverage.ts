/** What the coverage rules (form.no-*-indicator) share: which 一级 the indicator rows of a form cover. */
import { LEVEL1, LEVEL2 } from '../glossary/framework';
import type { HierarchyRowResult } from '../hierarchy/resolve';
import { rowNumber } from './issues';
import type { CoverageContext, FormFinding } from './rules/types';

/** The indicator rows of the form (a form without any gives no coverage finding: that is form.no-indicators). */
function indicatorRows(ctx: CoverageContext): readonly HierarchyRowResult[] {
  return ctx.hierarchy.filter((r) => r.kind === 'indicator');
}

/** Some indicator row falls under this 一级, by its inferred name (服务对象满意度指标 counts as 满意度指标). */
function covers(rows: readonly HierarchyRowResult[], level1: string): boolean {
  return rows.some(
    (r) =>
      r.level1Canonical === level1 ||
      (level1 === LEVEL1.satisfaction && r.level2Canonical === LEVEL2.serviceSatisfaction),
  );
}

/** The rule's finding when the form has indicator rows and none under `level1`, on the form's anchor. */
export function coverageFinding(
  ctx: CoverageContext,
  rule: { code: string; severity: FormFinding['severity'] },
  level1: string,
): FormFinding[] {
  const rows = indicatorRows(ctx);
  if (rows.length === 0 || covers(rows, level1)) return [];
  return [{ code: rule.code, severity: rule.severity, cell: ctx.anchor, row: rowNumber(ctx.anchor) }];
}
