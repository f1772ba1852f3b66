/** hierarchy.empty-level2 — a 二级 block with no indicator row; said once, on its first (placeholder) row. */
import type { HierarchyTableRule, PlacedFinding } from './types';

export const emptyLevel2: HierarchyTableRule = {
  meta: {
    code: 'hierarchy.empty-level2',
    severity: 'info',
    description: 'A level-2 indicator has no level-3 indicators under it',
    fixable: null,
    docs: 'docs/rules/hierarchy.empty-level2.md',
  },
  code: 'hierarchy.empty-level2',
  severity: 'info',
  phase: 'table',
  placedOn: () => 'level2',
  check(ctx) {
    const withIndicator = new Set<number>();
    for (const r of ctx.rows) if (r.block >= 0 && r.kind === 'indicator') withIndicator.add(r.block);
    const reported = new Set<number>();
    const out: PlacedFinding[] = [];
    ctx.rows.forEach((r, index) => {
      if (r.block < 0 || r.kind !== 'placeholder') return;
      if (withIndicator.has(r.block) || reported.has(r.block)) return;
      reported.add(r.block);
      out.push({ index, finding: { code: this.code, severity: this.severity } });
    });
    return out;
  },
};
