/** hierarchy.name-too-long — a 三级 name longer than 100 characters (budget systems reject longer ones). */
import { NO_FINDINGS } from '../../types';
import { MAX_LEVEL3_LENGTH } from '../level3';
import type { HierarchyNameRule } from './types';

export const nameTooLong: HierarchyNameRule = {
  meta: {
    code: 'hierarchy.name-too-long',
    severity: 'warning',
    description: 'The level-3 name is longer than 100 characters',
    fixable: null,
    docs: 'docs/rules/hierarchy.name-too-long.md',
  },
  code: 'hierarchy.name-too-long',
  severity: 'warning',
  phase: 'name',
  check(ctx) {
    // code points, not UTF-16 units; a name within the limit in units is within it in code points (most rows)
    return ctx.level3.length > MAX_LEVEL3_LENGTH && [...ctx.level3].length > MAX_LEVEL3_LENGTH
      ? [{ code: this.code, severity: this.severity }]
      : NO_FINDINGS;
  },
};
