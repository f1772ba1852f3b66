/**
 * hierarchy.missing-level2 — the 二级 is blank with nothing to inherit. Under 满意度指标, whose only 二级 is
 * 服务对象满意度指标, the fix writes that name.
 */
import { NO_FINDINGS } from '../../types';
import { inferredLevel2 } from '../state';
import type { HierarchyRowRule } from './types';

export const missingLevel2: HierarchyRowRule = {
  meta: {
    code: 'hierarchy.missing-level2',
    severity: 'error',
    description: 'No level-2 indicator applies to the row',
    fixable: 'confirm',
    docs: 'docs/rules/hierarchy.missing-level2.md',
  },
  code: 'hierarchy.missing-level2',
  severity: 'error',
  phase: 'row',
  aboutBlankCell: true,
  placedOn: () => 'level2',
  check(ctx, s) {
    if (ctx.level2) return NO_FINDINGS;
    const only = inferredLevel2(s.c1, '');
    return [
      {
        code: this.code,
        severity: this.severity,
        ...(only ? { fix: { text: only, safety: 'confirm', cell: 'level2' } } : {}),
      },
    ];
  },
  outcome(_ctx, s) {
    return { level1: s.c1, level2: inferredLevel2(s.c1, '') };
  },
};
