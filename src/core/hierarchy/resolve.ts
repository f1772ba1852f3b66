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
import { formRulesOf } from '../form/rules';
import { compact, stripSpaces } from '../text';
import type { Finding } from '../types';
import { cleanLevel3, isPlaceholderLevel3 } from './level3';
import { type LevelOptions, isNonIndicatorLabel, normalizeLevelName } from './names';
import { HIERARCHY_RULES } from './rules';
import type { HierarchyRowContext, HierarchyTableRow, InferredNames } from './rules';
import { hierarchyState } from './state';

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

    const ctx: HierarchyRowContext = {
      row: input.row,
      kind,
      level1,
      level1Blank,
      level1Own: !level1Blank && !(input.level1Merged ?? false),
      level2,
      level2Own: own2 !== '',
      level2Merged: input.level2Merged ?? false,
      level3,
      options: levelOpts,
    };
    const { findings, names } = runRowRules(ctx);

    states.push({
      input,
      block: level2 ? blockId : -1,
      result: {
        row: input.row,
        level1,
        level2,
        level3,
        level1Canonical: names.level1,
        level2Canonical: names.level2,
        kind,
        findings,
        level1HeadingWeight: level1 ? normalizeLevelName(level1).headingWeight : null,
      },
    });
  }

  // ---- table rules (hierarchy.empty-level2) ----
  const table: HierarchyTableRow[] = states.map((s) => ({ row: s.result.row, kind: s.result.kind, block: s.block }));
  for (const rule of HIERARCHY_RULES) {
    if (rule.phase !== 'table') continue;
    for (const { index, finding } of rule.check({ rows: table })) states[index].result.findings.push(finding);
  }

  return states.map((s) => s.result);
}

/**
 * The row and name rules on one row: the first row rule that finds something stops the row and says the
 * names inferred (none finding anything: the canonical names as written); its finding is kept on an
 * indicator row only; then the name rules, on indicator rows.
 */
function runRowRules(ctx: HierarchyRowContext): { findings: Finding[]; names: InferredNames } {
  const state = hierarchyState(ctx);
  const findings: Finding[] = [];
  let names: InferredNames | null = null;
  for (const rule of HIERARCHY_RULES) {
    if (rule.phase === 'row') {
      if (names !== null) continue;
      const found = rule.check(ctx, state);
      if (found.length === 0 && !(rule.covers?.(ctx, state) ?? false)) continue;
      names = rule.outcome(ctx, state);
      if (ctx.kind === 'indicator') findings.push(...found);
    } else if (rule.phase === 'name' && ctx.kind === 'indicator') {
      findings.push(...rule.check(ctx, state));
    }
  }
  return { findings, names: names ?? { level1: state.c1, level2: state.c2 } };
}

/**
 * Form-level coverage (§6 reviewer checks), over the indicator rows of one form, by inferred 一级:
 * form.no-output-indicator and form.no-benefit-indicator (warnings), form.no-satisfaction-indicator (info)
 * — the coverage rules of src/core/form/rules, which the engine runs on every form; here without a place.
 * A form without any indicator row gives nothing here (that is form.no-indicators, reported elsewhere).
 */
export function formCoverageFindings(results: HierarchyRowResult[]): Finding[] {
  return formRulesOf('coverage')
    .flatMap((rule) => rule.check({ hierarchy: results, anchor: null }))
    .map(({ code, severity }) => ({ code, severity }));
}
