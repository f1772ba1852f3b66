/** hierarchy.missing-level3 — a row with a value but an empty (or "……", or bare "指标1") 三级. */
import { NO_FINDINGS } from '../../types';
import { isPlaceholderLevel3 } from '../level3';
import type { HierarchyRowRule } from './types';

export const missingLevel3: HierarchyRowRule = {
  meta: {
    code: 'hierarchy.missing-level3',
    severity: 'error',
    description: 'A row with a value has no level-3 indicator name',
    fixable: null,
    docs: 'docs/rules/hierarchy.missing-level3.md',
  },
  code: 'hierarchy.missing-level3',
  severity: 'error',
  phase: 'row',
  aboutBlankCell: true,
  check(ctx) {
    return isPlaceholderLevel3(ctx.level3) ? [{ code: this.code, severity: this.severity }] : NO_FINDINGS;
  },
  outcome(_ctx, s) {
    return { level1: s.c1, level2: s.c2 };
  },
};
