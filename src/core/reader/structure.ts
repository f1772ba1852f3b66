/**
 * The structure of a form as found on a sheet, before any rule is applied.
 */
import type { GridCell, RawValue, Severity } from '../types';
import type { FundsBlockColumn, HeaderField, TableColumnRole } from '../glossary/form-labels';

export type Layout = 'declaration' | 'declaration-split' | 'self-evaluation' | 'self-evaluation-split';

/** A finding of the reader, placed on a cell. */
export interface ReaderFinding {
  code: string;
  severity: Severity;
  cell: string | null;
  row: number | null;
  params?: Record<string, string | number>;
}

export interface FieldValue {
  text: string;
  value: RawValue;
  format?: string;
  /** A1 address of the value's cell. */
  cell: string;
  /** A1 address of the label's cell. */
  labelCell: string;
}

export type TableColumns = Partial<Record<TableColumnRole, number>>;

export interface TableRow {
  row: number;
  /** 一级 / 二级 text with merges resolved ('' when blank), and whether it came from a merge above. */
  level1: string;
  level1Merged: boolean;
  level2: string;
  level2Merged: boolean;
  level3: string;
  /** The row's own cells by role (undefined when blank). */
  cells: Partial<Record<TableColumnRole, GridCell>>;
}

export interface IndicatorTable {
  headerRow: number;
  /** 1, or 2 when the header spans two rows. */
  headerRows: number;
  columns: TableColumns;
  rows: TableRow[];
  /** The 总分/合计 row, if the table ends with one. */
  totalRow: number | null;
  /** The number printed in the total row's 分值 column, if any. */
  printedTotal: number | null;
  /** Side-by-side tables (长期 | 年度 in the same rows): 0, 1, … left to right; absent for a lone table. */
  block?: number;
  /**
   * A further region column of the same rows (区域目标值 over one sub-column per county): its 一级/二级/三级 are
   * the first table's, only its targets are its own — its hierarchy is checked once, with the first table.
   */
  sharesLevels?: boolean;
}

export interface FundsBlock {
  headerRow: number;
  totalRow: number;
  columns: Partial<Record<FundsBlockColumn, number>>;
  /** Cells of the total row by column role. */
  cells: Partial<Record<FundsBlockColumn, GridCell>>;
}

export interface FormStructure {
  sheet: string;
  title: string | null;
  titleCell: string | null;
  /** First and last row of the form on the sheet. */
  startRow: number;
  endRow: number;
  /** The form's extent in A1 notation. */
  range: string;
  year: number | null;
  selfEvaluation: boolean;
  layout: Layout;
  fields: Partial<Record<HeaderField, FieldValue>>;
  /** Self-evaluation goal block. */
  expectedGoal: FieldValue | null;
  actualGoal: FieldValue | null;
  fundsUnit: '元' | '万元';
  fundsUnitStated: boolean;
  funds: FundsBlock | null;
  tables: IndicatorTable[];
  findings: ReaderFinding[];
}
