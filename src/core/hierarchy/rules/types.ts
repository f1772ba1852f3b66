/**
 * ESLint-style rule contract of the hierarchy checks (domain.md §2 "Hierarchy findings"). Each rule
 * module exports one `HierarchyRule`; resolve.ts runs HIERARCHY_RULES (rules/index.ts) in order, phase by phase:
 *   - `row`: per table row, in the §2 order; the first rule that finds something stops the row (at most
 *     one of them per row) and says, through its `outcome`, which 一级/二级 later steps infer for the row.
 *     They run on every non-label row for the names they infer, but their findings are kept on indicator
 *     rows only (placeholder rows are skipped silently, §1).
 *   - `name`: per indicator row, accumulating, after the `row` rules.
 *   - `table`: once over the resolved table (a finding placed on one of its rows).
 */
import type { Finding, Severity } from '../../types';
import type { RuleMeta } from '../../rule-meta';
import type { LevelOptions, NormalizedLevelName } from '../names';

/** One table row as the row rules see it (merges resolved, inheritance applied). */
export interface HierarchyRowContext {
  row: number;
  /** placeholder: 三级 empty/"……" and no value (findings of row rules are not kept there). */
  kind: 'indicator' | 'placeholder';
  /** The 一级 text that applies (written, merged or inherited through blanks), whitespace removed. */
  level1: string;
  /** The row's own 一级 cell is blank: the 一级 is inherited (a merge counts as written out). */
  level1Blank: boolean;
  /**
   * The 一级 is written in this row's own cell (not inherited through blanks, not the lower part of a merge):
   * the row that carries a finding about the 一级 cell itself, once for all the rows sharing that cell.
   */
  level1Own: boolean;
  /** The 二级 text that applies. */
  level2: string;
  /** The 二级 is in the row's own cell or its merge. */
  level2Own: boolean;
  /** The 二级 came from a merge (not written in the row's own cell). */
  level2Merged: boolean;
  /** The cleaned 三级 (whitespace removed, leading "指标1" label stripped). */
  level3: string;
  options: LevelOptions;
}

/** What the names of a row are, computed once before the row rules run. */
export interface HierarchyState {
  n1: NormalizedLevelName;
  n2: NormalizedLevelName;
  /** Canonical 一级 of the written name, or null. */
  c1: string | null;
  /** Canonical 二级 (read under c1), or null. */
  c2: string | null;
  /** The 一级 the canonical 二级 belongs under (its home in the current framework), or null. */
  home: string | null;
  /** c1 is an evaluation-framework 一级 (投入/过程/决策指标). */
  evaluation: boolean;
  /** Misspelling suggestion for the 一级 (only when it is not a known name). */
  s1: string | null;
  /** Misspelling suggestion for the 二级 (only when it is not a known name). */
  s2: string | null;
  /** The 一级 later steps use: c1, else its suggestion, else the 二级's home. */
  l1Inferred: string | null;
  /** The 二级 later steps use: c2, else its suggestion, else the only 二级 of the inferred 一级. */
  l2Inferred: string | null;
  /** Does the canonical 二级 fit under this 一级 (current or legacy framework, or any evaluation 一级)? */
  level2Fits(level1: string | null): boolean;
}

/** The 一级/二级 later steps use for a row. */
export interface InferredNames {
  level1: string | null;
  level2: string | null;
}

/** A resolved row as the table rules see it. */
export interface HierarchyTableRow {
  row: number;
  kind: 'indicator' | 'placeholder' | 'label';
  /** Index of the 二级 block the row is in; -1 when no 二级 applies (or a label row). */
  block: number;
}

export interface HierarchyTableContext {
  rows: readonly HierarchyTableRow[];
}

/** A table rule's finding, placed on the row at `index` of the table. */
export interface PlacedFinding {
  index: number;
  finding: Finding;
}

interface RuleBase {
  meta: RuleMeta;
  /** = meta.code. */
  code: string;
  /** = meta.severity. */
  severity: Severity;
  /**
   * The cell of the row a finding of the rule is placed on when its fix does not name one (absent: the
   * 三级): the rule says where, the placement (form/cells.ts hierarchyCell) does not switch on codes.
   */
  placedOn?(f: Finding): HierarchyColumn;
  /**
   * The finding is about this row's own blank cell (a missing name; its fix fills that cell). Absent: it is about
   * the name that applies, so on a row that inherits the name through blank cells it belongs to the cell the name
   * is written in (form/cells.ts writtenCell).
   */
  aboutBlankCell?: true;
}

/** The name cells of an indicator row. */
type HierarchyColumn = 'level1' | 'level2' | 'level3';

/** First match per row; says the names inferred when it stops the row. */
export interface HierarchyRowRule extends RuleBase {
  phase: 'row';
  check(ctx: HierarchyRowContext, state: HierarchyState): readonly Finding[];
  /**
   * The rule's concern applies to the row, but it was reported once on the row holding the shared cell (a
   * merged or inherited 一级): the row stops here, silently — later rules must not report that cell again.
   */
  covers?(ctx: HierarchyRowContext, state: HierarchyState): boolean;
  outcome(ctx: HierarchyRowContext, state: HierarchyState): InferredNames;
}

/** Accumulating, on indicator rows. */
export interface HierarchyNameRule extends RuleBase {
  phase: 'name';
  check(ctx: HierarchyRowContext, state: HierarchyState): readonly Finding[];
}

/** Once per table. */
export interface HierarchyTableRule extends RuleBase {
  phase: 'table';
  check(ctx: HierarchyTableContext): readonly PlacedFinding[];
}

export type HierarchyRule = HierarchyRowRule | HierarchyNameRule | HierarchyTableRule;
