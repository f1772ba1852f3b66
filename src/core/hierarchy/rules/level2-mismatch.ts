/** hierarchy.level2-mismatch — a known 二级 under a different 一级 that is written out. */
import { NO_FINDINGS } from '../../types';
import type { HierarchyRowRule } from './types';

export const level2Mismatch: HierarchyRowRule = {
  meta: {
    code: 'hierarchy.level2-mismatch',
    severity: 'error',
    description: 'The level-2 indicator does not belong under the level-1 indicator',
    fixable: null,
    docs: 'docs/rules/hierarchy.level2-mismatch.md',
  },
  code: 'hierarchy.level2-mismatch',
  severity: 'error',
  phase: 'row',
  placedOn: () => 'level2',
  check(_ctx, s) {
    if (s.c1 === null || s.c2 === null || s.level2Fits(s.c1)) return NO_FINDINGS;
    return [{ code: this.code, severity: this.severity, params: { a: s.c1, b: s.c2 } }];
  },
  outcome(_ctx, s) {
    return { level1: s.c1, level2: s.c2 };
  },
};
