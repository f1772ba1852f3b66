/** hierarchy.unknown-level2 — the 二级 is not a framework name and not near one. */
import { NO_FINDINGS } from '../../types';
import type { HierarchyRowRule } from './types';

export const unknownLevel2: HierarchyRowRule = {
  meta: {
    code: 'hierarchy.unknown-level2',
    severity: 'error',
    description: 'The level-2 name is not a framework name',
    fixable: null,
    docs: 'docs/rules/hierarchy.unknown-level2.md',
  },
  code: 'hierarchy.unknown-level2',
  severity: 'error',
  phase: 'row',
  placedOn: () => 'level2',
  check(ctx, s) {
    return ctx.level2 && s.c2 === null
      ? [{ code: this.code, severity: this.severity, params: { x: s.n2.name } }]
      : NO_FINDINGS;
  },
  outcome(_ctx, s) {
    return { level1: s.c1, level2: null };
  },
};
