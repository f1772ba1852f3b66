/** The names of one row, computed once before the hierarchy rules run (see rules/types.ts). */
import { BoundedMemo } from '../memo';
import {
  LEVEL1,
  LEVEL2,
  LEVEL2_HOME,
  isEvaluationLevel1Name,
  isLegacyPair,
  isLevel2Name,
  isValidPair,
} from '../glossary/framework';
import { canonicalLevel1, canonicalLevel2, normalizeLevelName, suggestMisspelling } from './names';
import type { HierarchyRowContext, HierarchyState } from './rules/types';

/** Under 满意度指标 the only 二级 is 服务对象满意度指标, so a blank one can be inferred. */
export function inferredLevel2(level1Canonical: string | null, level2: string): string | null {
  if (level2 === '' && level1Canonical === LEVEL1.satisfaction) return LEVEL2.serviceSatisfaction;
  return null;
}

/**
 * The state depends on the two names and the options alone, and a table repeats the same pairs row after row (a
 * merged 一级 over its 二级 blocks): worked out once per pair. Bounded, so a workbook of odd names cannot grow it.
 */
const states = new BoundedMemo<HierarchyState>(4096);

export function hierarchyState(ctx: HierarchyRowContext): HierarchyState {
  const key = `${ctx.options.acceptEvaluationLevel1 ? 1 : 0}\u0000${ctx.level1}\u0000${ctx.level2}`;
  return states.get(key) ?? states.remember(key, computeState(ctx));
}

function computeState(ctx: HierarchyRowContext): HierarchyState {
  const { level1, level2, options } = ctx;
  const n1 = normalizeLevelName(level1);
  const n2 = normalizeLevelName(level2);
  const c1 = level1 ? canonicalLevel1(level1, options) : null;
  const c2 = level2 ? canonicalLevel2(level2, c1) : null;
  const home = c2 !== null && isLevel2Name(c2) ? LEVEL2_HOME[c2] : null;
  const evaluation = c1 !== null && isEvaluationLevel1Name(c1);
  const s1 = level1 && c1 === null ? suggestMisspelling(level1, 1, undefined, options) : null;
  const l1Inferred = c1 ?? s1 ?? home;
  const s2 = level2 && c2 === null ? suggestMisspelling(level2, 2, l1Inferred, options) : null;
  const l2Inferred = c2 ?? s2 ?? inferredLevel2(l1Inferred, level2);
  const level2Fits = (l1: string | null): boolean =>
    l1 !== null && c2 !== null && (isEvaluationLevel1Name(l1) || isValidPair(l1, c2) || isLegacyPair(l1, c2));
  return { n1, n2, c1, c2, home, evaluation, s1, s2, l1Inferred, l2Inferred, level2Fits };
}
