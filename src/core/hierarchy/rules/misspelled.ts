/**
 * hierarchy.misspelled — the 一级 (first) or the 二级 (considering the names valid under the 一级) is a
 * near miss of a framework name. A fix is offered only where the name is in the row's own cell or merge:
 * written on a row that inherits the name through a blank cell, it would start a new 一级 block (and cut
 * the 二级 inheritance); the row where the name is written carries the fix.
 */
import { NO_FINDINGS } from '../../types';
import { isLevel1Name } from '../../glossary/framework';
import type { HierarchyRowRule } from './types';

export const misspelled: HierarchyRowRule = {
  meta: {
    code: 'hierarchy.misspelled',
    severity: 'error',
    description: 'A level-1 or level-2 name looks like a misspelling of a framework name',
    fixable: 'confirm',
    docs: 'docs/rules/hierarchy.misspelled.md',
  },
  code: 'hierarchy.misspelled',
  severity: 'error',
  phase: 'row',
  // without a fix (the row inherits the name): the column the misspelt name belongs to
  placedOn: (f) => (isLevel1Name(String(f.params?.y ?? '')) ? 'level1' : 'level2'),
  check(ctx, s) {
    if (s.s1 !== null) {
      return [
        {
          code: this.code,
          severity: this.severity,
          params: { x: s.n1.name, y: s.s1 },
          ...(ctx.level1Blank
            ? {}
            : { fix: { text: s.n1.prefix + s.s1 + s.n1.suffix, safety: 'confirm', cell: 'level1' } }),
        },
      ];
    }
    if (s.s2 !== null) {
      return [
        {
          code: this.code,
          severity: this.severity,
          params: { x: s.n2.name, y: s.s2 },
          ...(ctx.level2Own
            ? { fix: { text: s.n2.prefix + s.s2 + s.n2.suffix, safety: 'confirm', cell: 'level2' } }
            : {}),
        },
      ];
    }
    return NO_FINDINGS;
  },
  outcome(_ctx, s) {
    return s.s1 !== null ? { level1: s.s1, level2: s.l2Inferred } : { level1: s.l1Inferred, level2: s.s2 };
  },
};
