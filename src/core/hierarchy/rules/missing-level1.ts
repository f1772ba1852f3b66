/**
 * hierarchy.missing-level1 — no 一级 applies; or the 一级 cell holds only its score "(50分)"; or the
 * inherited 一级 cannot hold this 二级 (a new 一级 block whose 一级 was never written). The fix writes the
 * 二级's home 一级 — keeping the score — and only where it would not cut the inheritance below.
 *
 * A "(50分)" cell is one mistake, however many rows share it (merged down, or inherited through blanks): it is
 * reported once, on the row that holds the cell; the rows sharing it are covered — stopped silently, so that no
 * later rule calls the same cell "无法识别的指标名称“”". Each row still infers its 一级 from its own 二级.
 */
import type { Finding } from '../../types';
import { NO_FINDINGS } from '../../types';
import type { HierarchyRowContext, HierarchyRowRule, HierarchyState } from './types';

const fix1 = (text: string): Finding['fix'] => ({ text, safety: 'confirm', cell: 'level1' });

/** The 一级 that applies is only a score: "(50分)". */
const scoreOnly = (ctx: HierarchyRowContext, s: HierarchyState): boolean =>
  ctx.level1 !== '' && s.n1.name === '' && s.n1.headingWeight !== null;

export const missingLevel1: HierarchyRowRule = {
  meta: {
    code: 'hierarchy.missing-level1',
    severity: 'error',
    description: 'No level-1 indicator applies to the row',
    fixable: 'confirm',
    docs: 'docs/rules/hierarchy.missing-level1.md',
  },
  code: 'hierarchy.missing-level1',
  severity: 'error',
  phase: 'row',
  aboutBlankCell: true,
  placedOn: () => 'level1',
  check(ctx, s) {
    const finding = (fix: string | null): Finding[] => [
      { code: this.code, severity: this.severity, ...(fix !== null ? { fix: fix1(fix) } : {}) },
    ];
    if (!ctx.level1) return finding(s.home);
    if (scoreOnly(ctx, s)) {
      return ctx.level1Own ? finding(s.home ? s.n1.prefix + s.home + s.n1.suffix : null) : NO_FINDINGS;
    }
    if (ctx.level1Blank && s.c1 !== null && !s.evaluation && s.c2 !== null && !s.level2Fits(s.c1) && s.home) {
      return finding(s.home);
    }
    return NO_FINDINGS;
  },
  covers(ctx, s) {
    return scoreOnly(ctx, s) && !ctx.level1Own;
  },
  outcome(_ctx, s) {
    return { level1: s.home, level2: s.c2 };
  },
};
