/** hierarchy.unknown-level1 — the 一级 is not a framework name and not near one. */
import { NO_FINDINGS } from '../../types';
import type { HierarchyRowRule } from './types';

export const unknownLevel1: HierarchyRowRule = {
  meta: {
    code: 'hierarchy.unknown-level1',
    severity: 'error',
    description: 'The level-1 name is not a framework name',
    fixable: null,
    docs: 'docs/rules/hierarchy.unknown-level1.md',
  },
  code: 'hierarchy.unknown-level1',
  severity: 'error',
  phase: 'row',
  placedOn: () => 'level1',
  check(_ctx, s) {
    return s.c1 === null ? [{ code: this.code, severity: this.severity, params: { x: s.n1.name } }] : NO_FINDINGS;
  },
  outcome(_ctx, s) {
    return { level1: s.l1Inferred, level2: s.l2Inferred };
  },
};
