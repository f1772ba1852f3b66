/**
 * Resolves the 一级/二级/三级 of each table row (domain.md §1 "How 一级 and 二级 are filled",
 * "Placeholder rows", "Line breaks") and checks them against the frameworks (§2 "Hierarchy findings").
 *
 * Inheritance (one table, rows in sheet order; the caller resolves merges first):
 *   1. A cell inside a merged range reads the range's top-left text (done by the caller; it flags it).
 *   2. A blank 一级 inherits the nearest 一级 above it in the table.
 *   3. A blank 二级 inherits the nearest 二级 above it, but only within the current 一级 block.
 *      A newly written 一级 resets it.
 * What counts as "newly written": a 一级 whose text (compared after NFKC and whitespace removal)
 * differs from the current block's 一级. So neither a merged range continuing down nor a 一级
 * repeated on every row with the same text starts a new block: in a repeated-every-row layout
 * whose 二级 is written once with blanks below, the blanks still inherit. A different 一级 text
 * always starts a new block, and its blank 二级 then has nothing to inherit.
 * A label row (绩效指标(90分), 预算执行情况 … in the 一级/二级 column) starts a new section:
 * both the 一级 and the 二级 are reset, so a blank 一级 below it has nothing to inherit.
 */
import { LEVEL1, LEVEL2, LEVEL2_HOME, isEvaluationLevel1Name, isLegacyPair, isLevel2Name, isValidPair } from '../glossary/framework';
import { compact, stripSpaces } from '../text';
import type { Finding } from '../types';
import {
  type LevelOptions,
  canonicalLevel1,
  canonicalLevel2,
  isNonIndicatorLabel,
  normalizeLevelName,
  suggestMisspelling,
} from './names';

export interface HierarchyRowInput {
  row: number;
  /** Text of the 一级 cell for this row, merges already resolved; '' if blank. */
  level1: string;
  /** Same for 二级. */
  level2: string;
  /** True when the 一级 text came from a merge (not written in this row's own cell). */
  level1Merged?: boolean;
  level2Merged?: boolean;
  /** Raw 三级 text (may contain line breaks/spaces). */
  level3: string;
  /** The target, actual or score cell of the row is non-empty. */
  hasValue: boolean;
}

export interface HierarchyRowResult {
  row: number;
  /** The 一级 text as it applies (as written, inherited through blanks), whitespace removed. */
  level1: string;
  level2: string;
  /** Whitespace removed, leading "指标1"-style label stripped. */
  level3: string;
  /** The inferred 一级 used by later steps (e.g. implied by the 二级 when the 一级 is missing). */
  level1Canonical: string | null;
  /** The inferred 二级 used by later steps. */
  level2Canonical: string | null;
  /** label = 预算执行率/绩效指标 etc. (skipped silently); placeholder per §1. */
  kind: 'indicator' | 'placeholder' | 'label';
  /** At most one error-level hierarchy finding per row (first rule that applies), plus warnings/infos. */
  findings: Finding[];
  /** N from "产出指标(50分)" for the 一级 that applies. */
  level1HeadingWeight: number | null;
}

export type HierarchyOptions = LevelOptions;

/** Maximum length of a 三级 name (budget systems reject longer ones). */
export const MAX_LEVEL3_LENGTH = 100;

/** A leading "指标1" / "指标1：" label in a 三级 cell (template rows). */
const LEVEL3_LABEL = /^指标[0-9０-９]+[:：、.．]?/;
/** "……" in any ellipsis notation (after NFKC … becomes ...). */
const ELLIPSIS = /^[.…]+$/;

/** The 三级 as reported: whitespace removed, a leading "指标1" label stripped. */
export function cleanLevel3(raw: string): string {
  return stripSpaces(raw).replace(LEVEL3_LABEL, '');
}

/** Is the (cleaned) 三级 empty, a bare label or "……"? */
export function isPlaceholderLevel3(level3: string): boolean {
  const c = compact(level3);
  return c === '' || ELLIPSIS.test(c);
}

interface RowState {
  input: HierarchyRowInput;
  result: HierarchyRowResult;
  /** Index of the 二级 block (for empty-level2); -1 when no 二级 applies. */
  block: number;
}

export function resolveHierarchy(rows: HierarchyRowInput[], opts: HierarchyOptions = {}): HierarchyRowResult[] {
  const levelOpts: LevelOptions = { acceptEvaluationLevel1: opts.acceptEvaluationLevel1 ?? false };
  let cur1 = '';
  let cur1Key = '';
  let cur2 = '';
  let blockId = -1;
  let nextBlock = 0;
  const states: RowState[] = [];

  for (const input of rows) {
    const own1 = stripSpaces(input.level1);
    const own2 = stripSpaces(input.level2);
    const level3 = cleanLevel3(input.level3);

    // ---- label rows: 绩效指标(90分), 预算执行情况, 预算执行率 ----
    const label1 = own1 !== '' && isNonIndicatorLabel(own1);
    const label2 = own2 !== '' && isNonIndicatorLabel(own2);
    const label3 = !own1 && !own2 && !cur1 && !cur2 && level3 !== '' && isNonIndicatorLabel(level3);
    if (label1 || label2 || label3) {
      if (label1 || label3) {
        cur1 = '';
        cur1Key = '';
      }
      cur2 = '';
      blockId = -1;
      states.push({
        input,
        block: -1,
        result: {
          row: input.row,
          level1: own1,
          level2: own2,
          level3,
          level1Canonical: null,
          level2Canonical: null,
          kind: 'label',
          findings: [],
          level1HeadingWeight: null,
        },
      });
      continue;
    }

    // ---- inheritance ----
    const level1Blank = own1 === '';
    if (!level1Blank) {
      const key = compact(own1);
      if (key !== cur1Key) {
        cur2 = '';
        blockId = -1;
      }
      cur1 = own1;
      cur1Key = key;
    }
    const level1 = cur1;
    if (own2 !== '') {
      if (compact(own2) !== compact(cur2) || blockId < 0) blockId = nextBlock++;
      cur2 = own2;
    }
    const level2 = cur2;

    const placeholder = isPlaceholderLevel3(level3) && !input.hasValue;
    const kind: HierarchyRowResult['kind'] = placeholder ? 'placeholder' : 'indicator';

    const r = check(level1, level1Blank, level2, own2 !== '', levelOpts);
    const findings: Finding[] = [];
    if (kind === 'indicator') {
      if (r.error) findings.push(r.error);
      else if (r.info && own2 !== '' && !input.level2Merged) findings.push(r.info);
      else if (isPlaceholderLevel3(level3)) findings.push({ code: 'hierarchy.missing-level3', severity: 'error' });
      if ([...level3].length > MAX_LEVEL3_LENGTH) findings.push({ code: 'hierarchy.name-too-long', severity: 'warning' });
    }

    states.push({
      input,
      block: level2 ? blockId : -1,
      result: {
        row: input.row,
        level1,
        level2,
        level3,
        level1Canonical: r.level1Canonical,
        level2Canonical: r.level2Canonical,
        kind,
        findings,
        level1HeadingWeight: level1 ? normalizeLevelName(level1).headingWeight : null,
      },
    });
  }

  // ---- empty-level2: a 二级 block with no indicator row; reported on its first (placeholder) row ----
  const blocksWithIndicator = new Set<number>();
  for (const s of states) if (s.block >= 0 && s.result.kind === 'indicator') blocksWithIndicator.add(s.block);
  const reported = new Set<number>();
  for (const s of states) {
    if (s.block < 0 || s.result.kind !== 'placeholder') continue;
    if (blocksWithIndicator.has(s.block) || reported.has(s.block)) continue;
    reported.add(s.block);
    s.result.findings.push({ code: 'hierarchy.empty-level2', severity: 'info' });
  }

  return states.map((s) => s.result);
}

interface CheckResult {
  error: Finding | null;
  /** A non-error remark on a valid pair (the legacy framework). */
  info?: Finding;
  level1Canonical: string | null;
  level2Canonical: string | null;
}

/**
 * The first hierarchy rule that applies to a row (§2 table order), and the inferred canonical names.
 * `level1`/`level2` are the texts that apply (written or inherited); `level1Blank` says the row's
 * own 一级 cell is blank (the 一级 is inherited, not written out — a merge counts as written out);
 * `level2Own` says the 二级 is in this row's cell or its merge.
 * A misspelling fix is attached only where the name is in the row's own cell or merge: on a row that
 * inherits the name through a blank cell, writing the fix there would start a new 一级 block (and
 * cut the 二级 inheritance), so the finding carries no fix; the row where the name is written does.
 */
function check(
  level1: string,
  level1Blank: boolean,
  level2: string,
  level2Own: boolean,
  opts: LevelOptions,
): CheckResult {
  const n1 = normalizeLevelName(level1);
  const n2 = normalizeLevelName(level2);
  const c1 = level1 ? canonicalLevel1(level1, opts) : null;
  const c2 = level2 ? canonicalLevel2(level2, c1) : null;
  const home = c2 !== null && isLevel2Name(c2) ? LEVEL2_HOME[c2] : null;
  const evaluation = c1 !== null && isEvaluationLevel1Name(c1);
  const level2Fits = (l1: string | null): boolean =>
    l1 !== null && c2 !== null && (isEvaluationLevel1Name(l1) || isValidPair(l1, c2) || isLegacyPair(l1, c2));
  const fix1 = (y: string): Finding['fix'] => ({ text: y, safety: 'confirm', cell: 'level1' });

  // hierarchy.missing-level1: no 一级 applies, or the inherited 一级 cannot hold this 二级.
  if (!level1) {
    return {
      error: { code: 'hierarchy.missing-level1', severity: 'error', ...(home ? { fix: fix1(home) } : {}) },
      level1Canonical: home,
      level2Canonical: c2,
    };
  }
  // A 一级 cell holding only its score, "(50分)": the name is missing; the fix keeps the score.
  if (n1.name === '' && n1.headingWeight !== null) {
    return {
      error: {
        code: 'hierarchy.missing-level1',
        severity: 'error',
        ...(home && !level1Blank ? { fix: fix1(n1.prefix + home + n1.suffix) } : {}),
      },
      level1Canonical: home,
      level2Canonical: c2,
    };
  }
  if (level1Blank && c1 !== null && !evaluation && c2 !== null && !level2Fits(c1) && home) {
    return {
      error: { code: 'hierarchy.missing-level1', severity: 'error', fix: fix1(home) },
      level1Canonical: home,
      level2Canonical: c2,
    };
  }

  // hierarchy.misspelled (一级 first, then 二级 considering the names valid under the 一级).
  const s1 = c1 === null ? suggestMisspelling(level1, 1, undefined, opts) : null;
  const l1Inferred = c1 ?? s1 ?? home;
  const s2 = level2 && c2 === null ? suggestMisspelling(level2, 2, l1Inferred, opts) : null;
  const l2Inferred = c2 ?? s2 ?? inferredLevel2(l1Inferred, level2);
  if (s1 !== null) {
    return {
      error: {
        code: 'hierarchy.misspelled',
        severity: 'error',
        params: { x: n1.name, y: s1 },
        ...(level1Blank ? {} : { fix: { text: n1.prefix + s1 + n1.suffix, safety: 'confirm', cell: 'level1' } }),
      },
      level1Canonical: s1,
      level2Canonical: l2Inferred,
    };
  }
  if (s2 !== null) {
    return {
      error: {
        code: 'hierarchy.misspelled',
        severity: 'error',
        params: { x: n2.name, y: s2 },
        ...(level2Own ? { fix: { text: n2.prefix + s2 + n2.suffix, safety: 'confirm', cell: 'level2' } } : {}),
      },
      level1Canonical: l1Inferred,
      level2Canonical: s2,
    };
  }

  // hierarchy.unknown-level1 / unknown-level2.
  if (c1 === null) {
    return {
      error: { code: 'hierarchy.unknown-level1', severity: 'error', params: { x: n1.name } },
      level1Canonical: l1Inferred,
      level2Canonical: l2Inferred,
    };
  }
  if (level2 && c2 === null) {
    return {
      error: { code: 'hierarchy.unknown-level2', severity: 'error', params: { x: n2.name } },
      level1Canonical: c1,
      level2Canonical: null,
    };
  }

  // hierarchy.missing-level2: blank and nothing to inherit.
  if (!level2) {
    const only = inferredLevel2(c1, '');
    return {
      error: {
        code: 'hierarchy.missing-level2',
        severity: 'error',
        ...(only ? { fix: { text: only, safety: 'confirm', cell: 'level2' } } : {}),
      },
      level1Canonical: c1,
      level2Canonical: only,
    };
  }

  // The old templates' 社会公众或服务对象满意度指标 under 效益指标: valid, with an info (common sense over
  // the literal framework table of domain.md §2, which lists 服务对象满意度 only under 满意度指标).
  if (c2 !== null && isLegacyPair(c1, c2)) {
    return { error: null, info: { code: 'hierarchy.legacy-framework', severity: 'info' }, level1Canonical: c1, level2Canonical: c2 };
  }

  // hierarchy.level2-mismatch: a known 二级 under a different 一级 that is written out.
  if (!level2Fits(c1)) {
    return {
      error: { code: 'hierarchy.level2-mismatch', severity: 'error', params: { a: c1, b: c2 as string } },
      level1Canonical: c1,
      level2Canonical: c2,
    };
  }

  return { error: null, level1Canonical: c1, level2Canonical: c2 };
}

/** Under 满意度指标 the only 二级 is 服务对象满意度指标, so a blank one can be inferred. */
function inferredLevel2(level1Canonical: string | null, level2: string): string | null {
  if (level2 === '' && level1Canonical === LEVEL1.satisfaction) return LEVEL2.serviceSatisfaction;
  return null;
}

/**
 * Form-level coverage (§6 reviewer checks), over the indicator rows of one form, by inferred 一级:
 * form.no-output-indicator and form.no-benefit-indicator (warnings), form.no-satisfaction-indicator (info).
 * A form without any indicator row gives nothing here (that is form.no-indicators, reported elsewhere).
 */
export function formCoverageFindings(results: HierarchyRowResult[]): Finding[] {
  const indicators = results.filter((r) => r.kind === 'indicator');
  if (indicators.length === 0) return [];
  const has = (l1: string): boolean =>
    indicators.some(
      (r) => r.level1Canonical === l1 || (l1 === LEVEL1.satisfaction && r.level2Canonical === LEVEL2.serviceSatisfaction),
    );
  const out: Finding[] = [];
  if (!has(LEVEL1.output)) out.push({ code: 'form.no-output-indicator', severity: 'warning' });
  if (!has(LEVEL1.benefit)) out.push({ code: 'form.no-benefit-indicator', severity: 'warning' });
  if (!has(LEVEL1.satisfaction)) out.push({ code: 'form.no-satisfaction-indicator', severity: 'info' });
  return out;
}

