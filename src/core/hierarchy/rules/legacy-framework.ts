/**
 * hierarchy.legacy-framework — the old templates' 社会公众或服务对象满意度指标 under 效益指标: valid, with an
 * info (common sense over the literal framework table of domain.md §2, which lists 服务对象满意度 only under
 * 满意度指标). Said on the row where the 二级 is written in its own cell; there it ends the row's checks.
 */
import { NO_FINDINGS } from '../../types';
import { isLegacyPair } from '../../glossary/framework';
import type { HierarchyRowRule } from './types';

export const legacyFramework: HierarchyRowRule = {
  meta: {
    code: 'hierarchy.legacy-framework',
    severity: 'info',
    description: 'Satisfaction listed under the benefit level-1 indicator, as the old (88-era) templates do',
    fixable: null,
    docs: 'docs/rules/hierarchy.legacy-framework.md',
  },
  code: 'hierarchy.legacy-framework',
  severity: 'info',
  phase: 'row',
  placedOn: () => 'level2',
  check(ctx, s) {
    if (s.c1 === null || s.c2 === null || !isLegacyPair(s.c1, s.c2)) return NO_FINDINGS;
    return ctx.level2Own && !ctx.level2Merged ? [{ code: this.code, severity: this.severity }] : NO_FINDINGS;
  },
  outcome(_ctx, s) {
    return { level1: s.c1, level2: s.c2 };
  },
};
