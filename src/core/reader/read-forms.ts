/**
 * Finds every form on a sheet and reads its structure: title, year line, header block,
 * goals, self-evaluation funds block and indicator tables. Columns are found by header text.
 */
import {
  CONTINUATION_WORDS,
  FORM_TITLE_SUFFIXES,
  FUNDS_BLOCK_COLUMNS,
  FUNDS_PART_PREFIX,
  FUNDS_TOTAL_ROW_LABELS,
  FUNDS_UNIT_PATTERN,
  GOAL_ACTUAL,
  GOAL_EXPECTED,
  GOAL_YEARS_LINE,
  HEADER_FIELD_LABELS,
  SELF_EVALUATION_TITLE_SUFFIX,
  SUB_TABLE_HEADINGS,
  TABLE_COLUMN_HEADERS,
  TABLE_END_WORDS,
  YEAR_LINE,
  type FundsBlockColumn,
  type HeaderField,
  type TableColumnRole,
} from '../glossary/form-labels';
import { SheetGrid, address, rangeAddress, type CellRange } from '../grid';
import { labelKey, labelText } from './labels';
import type {
  FieldValue,
  FormStructure,
  FundsBlock,
  IndicatorTable,
  Layout,
  ReaderFinding,
  TableColumns,
  TableRow,
} from './structure';

const REQUIRED_ROLES: TableColumnRole[] = ['level1', 'level2', 'level3', 'target'];
const MAX_TITLE_LENGTH = 60;
const HEADER_FIELDS = Object.keys(HEADER_FIELD_LABELS) as HeaderField[];
const GOAL_FIELDS: HeaderField[] = ['overallGoal', 'annualGoal'];
const PROJECT_NAME_LABELS: readonly string[] = HEADER_FIELD_LABELS.projectName;

/** Label → the first of `roles` whose labels name it. */
function byLabel<R extends string>(roles: Record<R, readonly string[]>): Map<string, R> {
  const map = new Map<string, R>();
  for (const role of Object.keys(roles) as R[]) for (const label of roles[role]) if (!map.has(label)) map.set(label, role);
  return map;
}

const TABLE_ROLE_BY_LABEL = byLabel<TableColumnRole>(TABLE_COLUMN_HEADERS);
const FUNDS_ROLE_BY_LABEL = byLabel<FundsBlockColumn>(FUNDS_BLOCK_COLUMNS);
const FIELD_BY_LABEL = byLabel<HeaderField>(HEADER_FIELD_LABELS);
/** Label → every field it names, for "label：value" cells. */
const FIELDS_BY_LABEL = new Map<string, HeaderField[]>();
for (const f of HEADER_FIELDS) {
  for (const label of HEADER_FIELD_LABELS[f]) FIELDS_BY_LABEL.set(label, [...(FIELDS_BY_LABEL.get(label) ?? []), f]);
}
/** Every label of the header block: a value cell that reads like one is not a value. */
const ANY_LABEL = new Set<string>([...FIELD_BY_LABEL.keys(), ...GOAL_EXPECTED, ...GOAL_ACTUAL, '项目资金', '项目绩效目标']);

function isTitleKey(key: string): boolean {
  if (key.length > MAX_TITLE_LENGTH) return false;
  for (const suffix of FORM_TITLE_SUFFIXES) if (key.endsWith(suffix)) return true;
  return false;
}

interface HeaderMatch {
  row: number;
  rows: number;
  columns: TableColumns;
}

/** Reads every form on the sheet, top to bottom. */
export function readForms(grid: SheetGrid): FormStructure[] {
  const rows = grid.nonEmptyRows();
  if (rows.length === 0) return [];

  const titles: { row: number; col: number; text: string }[] = [];
  const nameLabels: number[] = [];
  const headers: HeaderMatch[] = [];
  for (const row of rows) {
    for (const cell of grid.rowCells(row)) {
      const { key, inline } = labelText(grid, cell.text);
      if (isTitleKey(key)) {
        titles.push({ row, col: cell.col, text: cell.text.trim() });
        break;
      }
      if (PROJECT_NAME_LABELS.includes(key) || (inline !== null && PROJECT_NAME_LABELS.includes(inline.key))) {
        nameLabels.push(row);
      }
    }
    const header = matchHeaderRow(grid, row);
    if (header) headers.push(header);
  }

  // Form starts: every title; a 项目名称 label with no title of its own (the previous form's table lies above it);
  // a table header with nothing at all above it.
  const starts = new Map<number, { title: { row: number; col: number; text: string } | null }>();
  for (const t of titles) starts.set(t.row, { title: t });
  for (const nameRow of nameLabels) {
    const owner = [...starts.keys()].filter((s) => s <= nameRow).sort((a, b) => b - a)[0];
    const ownerHasTableAbove = owner !== undefined && headers.some((h) => h.row > owner && h.row < nameRow);
    if (owner === undefined || ownerHasTableAbove) starts.set(nameRow, { title: null });
  }
  if (headers.length > 0 && ![...starts.keys()].some((s) => s <= headers[0].row)) starts.set(rows[0], { title: null });
  const startRows = [...starts.keys()].sort((a, b) => a - b);
  const lastRow = rows[rows.length - 1];

  const forms: FormStructure[] = [];
  startRows.forEach((startRow, i) => {
    const regionEnd = i + 1 < startRows.length ? startRows[i + 1] - 1 : lastRow;
    const regionHeaders = headers.filter((h) => h.row >= startRow && h.row <= regionEnd);
    const title = starts.get(startRow)?.title ?? null;
    if (regionHeaders.length === 0 && !title && !nameLabels.includes(startRow)) return;
    forms.push(readForm(grid, startRow, regionEnd, title, regionHeaders, rows));
  });
  return forms;
}

function readForm(
  grid: SheetGrid,
  startRow: number,
  regionEnd: number,
  title: { row: number; col: number; text: string } | null,
  headers: HeaderMatch[],
  sheetRows: readonly number[],
): FormStructure {
  const findings: ReaderFinding[] = [];
  const titleCell = title ? address(title.row, title.col) : null;
  const blockEnd = headers.length > 0 ? headers[0].row - 1 : regionEnd;
  const blockRows = sheetRows.filter((r) => r >= startRow && r <= blockEnd);

  const year = findYear(grid, blockRows, title?.text ?? null);
  const fields = readHeaderFields(grid, blockRows, blockEnd);
  const expectedGoal = readGoalBelow(grid, blockRows, blockEnd, GOAL_EXPECTED);
  const actualGoal = readGoalBelow(grid, blockRows, blockEnd, GOAL_ACTUAL);
  const { unit: fundsUnit, stated: fundsUnitStated, cell: unitCell } = findFundsUnit(grid, blockRows);
  const funds = readFundsBlock(grid, blockRows, blockEnd);

  const tables = readTables(grid, headers, regionEnd, sheetRows);
  const columns: TableColumns = tables[0]?.columns ?? {};
  const titleSaysSelfEvaluation = title ? labelKey(title.text).endsWith(SELF_EVALUATION_TITLE_SUFFIX) : false;
  const selfEvaluation = columns.actual !== undefined || (tables.length === 0 && titleSaysSelfEvaluation) || funds !== null;
  const split = columns.nature !== undefined;
  const layout: Layout = `${selfEvaluation ? 'self-evaluation' : 'declaration'}${split ? '-split' : ''}` as Layout;

  const anchor = titleCell ?? (fields.projectName?.labelCell ?? address(startRow, 1));
  if (tables.length === 0) {
    findings.push({
      code: 'form.no-indicator-table',
      severity: 'error',
      cell: anchor,
      row: title?.row ?? startRow,
      params: { title: title?.text ?? fields.projectName?.text ?? grid.name },
    });
  }
  const hasFunds = fields.totalFunds || fields.annualFunds || funds;
  if (hasFunds && !fundsUnitStated) {
    const where = fields.totalFunds?.labelCell ?? fields.annualFunds?.labelCell ?? unitCell ?? anchor;
    findings.push({ code: 'form.funds-unit-assumed', severity: 'info', cell: where, row: rowOf(where) });
  }
  findings.push(...missingFieldFindings(fields, selfEvaluation, anchor));

  const endRow = lastContentRow(sheetRows, startRow, regionEnd);
  return {
    sheet: grid.name,
    title: title?.text ?? null,
    titleCell,
    startRow,
    endRow,
    range: formRange(grid, startRow, endRow, sheetRows),
    year,
    selfEvaluation,
    layout,
    fields,
    expectedGoal,
    actualGoal,
    fundsUnit,
    fundsUnitStated,
    funds,
    tables,
    findings,
  };
}

// ---------------------------------------------------------------------------
// Indicator tables
// ---------------------------------------------------------------------------

function rolesOfRow(grid: SheetGrid, row: number): { roles: TableColumns; other: number } {
  const roles: TableColumns = {};
  let other = 0;
  for (const cell of grid.rowCells(row)) {
    const role = TABLE_ROLE_BY_LABEL.get(labelText(grid, cell.text).key);
    if (role && roles[role] === undefined) roles[role] = cell.col;
    else other++;
  }
  return { roles, other };
}

/** A header row has 一级指标, 二级指标, a 三级 header and a target header (possibly on the row below). */
export function matchHeaderRow(grid: SheetGrid, row: number): HeaderMatch | null {
  const { roles } = rolesOfRow(grid, row);
  if (roles.level1 === undefined || roles.level2 === undefined) return null;
  if (REQUIRED_ROLES.every((r) => roles[r] !== undefined)) {
    const below = rolesOfRow(grid, row + 1);
    // A second header row refines the first: 指标值 over 指标性质 | 指标值 | 度量单位.
    if (below.other === 0 && Object.keys(below.roles).length > 0 && below.roles.level1 === undefined) {
      return { row, rows: 2, columns: { ...roles, ...below.roles } };
    }
    return { row, rows: 1, columns: roles };
  }
  const below = rolesOfRow(grid, row + 1);
  const merged: TableColumns = { ...roles, ...below.roles };
  if (below.roles.level1 === undefined && REQUIRED_ROLES.every((r) => merged[r] !== undefined)) {
    return { row, rows: 2, columns: merged };
  }
  return null;
}

function rowStartsWith(grid: SheetGrid, row: number, words: readonly string[], maxCells = 3): boolean {
  const cells = grid.rowCells(row);
  for (let i = 0; i < cells.length && i < maxCells; i++) {
    const key = labelText(grid, cells[i].text).key;
    for (const w of words) if (key.startsWith(w)) return true;
  }
  return false;
}

function readTables(grid: SheetGrid, headers: HeaderMatch[], regionEnd: number, sheetRows: readonly number[]): IndicatorTable[] {
  const tables: IndicatorTable[] = [];
  let current: IndicatorTable | null = null;
  let ended = true;
  const headerAt = new Map(headers.map((h) => [h.row, h]));
  const firstRow = headers.length > 0 ? headers[0].row : regionEnd + 1;

  for (let idx = sheetRows.findIndex((r) => r >= firstRow); idx >= 0 && idx < sheetRows.length; idx++) {
    const row = sheetRows[idx];
    if (row > regionEnd) break;
    const header = headerAt.get(row);
    if (header) {
      if (current && !ended && sameColumns(current.columns, header.columns)) {
        // the header repeated after a page break: skip it and keep inheriting
      } else {
        current = { headerRow: header.row, headerRows: header.rows, columns: header.columns, rows: [], totalRow: null, printedTotal: null };
        tables.push(current);
        ended = false;
      }
      if (header.rows === 2) idx++;
      continue;
    }
    if (!current || ended) continue;
    if (rowStartsWith(grid, row, CONTINUATION_WORDS)) continue;
    if (rowStartsWith(grid, row, TABLE_END_WORDS)) {
      current.totalRow = row;
      current.printedTotal = numberIn(grid, row, current.columns.weight);
      ended = true;
      continue;
    }
    if (isSubTableHeading(grid, row)) {
      ended = true;
      continue;
    }
    current.rows.push(tableRow(grid, row, current.columns));
  }
  return tables;
}

function isSubTableHeading(grid: SheetGrid, row: number): boolean {
  const cells = grid.rowCells(row);
  return cells.length === 1 && SUB_TABLE_HEADINGS.includes(labelText(grid, cells[0].text).key);
}

function sameColumns(a: TableColumns, b: TableColumns): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<TableColumnRole>;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

function tableRow(grid: SheetGrid, row: number, columns: TableColumns): TableRow {
  const cells: TableRow['cells'] = {};
  for (const role of Object.keys(columns) as TableColumnRole[]) {
    const col = columns[role];
    if (col === undefined) continue;
    const cell = grid.cell(row, col);
    if (cell) cells[role] = cell;
  }
  const level = (col: number | undefined): { text: string; merged: boolean } => {
    if (col === undefined) return { text: '', merged: false };
    const m = grid.merge(row, col);
    return { text: grid.mergedText(row, col), merged: m !== undefined && m.top !== row };
  };
  const l1 = level(columns.level1);
  const l2 = level(columns.level2);
  const l3 = columns.level3 === undefined ? '' : grid.mergedText(row, columns.level3);
  return { row, level1: l1.text, level1Merged: l1.merged, level2: l2.text, level2Merged: l2.merged, level3: l3, cells };
}

function numberIn(grid: SheetGrid, row: number, col: number | undefined): number | null {
  if (col === undefined) return null;
  return cellNumber(grid, row, col);
}

export function cellNumber(grid: SheetGrid, row: number, col: number): number | null {
  const cell = grid.cell(row, col);
  if (!cell) return null;
  if (typeof cell.value === 'number') return cell.value;
  const t = labelText(grid, cell.text).compact.replace(/,/g, '').replace(/(万?元)$/, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

// ---------------------------------------------------------------------------
// Header block
// ---------------------------------------------------------------------------

function findYear(grid: SheetGrid, blockRows: number[], title: string | null): number | null {
  for (const row of blockRows) {
    for (const cell of grid.rowCells(row)) {
      const m = YEAR_LINE.exec(labelText(grid, cell.text).compact);
      if (m) return Number(m[1]);
    }
  }
  const m = title ? /(\d{4})年/.exec(title) : null;
  return m ? Number(m[1]) : null;
}

/** The label key of a header-block cell, without the 其中 of the funds lines ("其中：财政资金"). */
function fieldKey(grid: SheetGrid, text: string): string {
  const key = labelText(grid, text).key;
  return key.startsWith('其中') ? key.replace(FUNDS_PART_PREFIX, '') : key;
}

function isAnyLabel(grid: SheetGrid, text: string): boolean {
  return ANY_LABEL.has(fieldKey(grid, text));
}

function readHeaderFields(grid: SheetGrid, blockRows: number[], blockEnd: number): Partial<Record<HeaderField, FieldValue>> {
  const fields: Partial<Record<HeaderField, FieldValue>> = {};
  for (const row of blockRows) {
    for (const cell of grid.rowCells(row)) {
      // "项目名称：XXX" flattened into one cell
      const { inline } = labelText(grid, cell.text);
      if (inline !== null && inline.value !== '') {
        for (const f of FIELDS_BY_LABEL.get(inline.key) ?? []) {
          const labelCell = address(row, cell.col);
          fields[f] ??= { text: inline.value, value: inline.value, cell: labelCell, labelCell };
        }
      }
      const field = FIELD_BY_LABEL.get(fieldKey(grid, cell.text));
      if (!field || fields[field]) continue;
      const labelCell = address(row, cell.col);
      const value = GOAL_FIELDS.includes(field)
        ? goalBelow(grid, row, cell.col, blockEnd)
        : valueRightOf(grid, row, cell.col);
      if (value) fields[field] = { text: value.text, value: value.value, format: value.format, cell: value.cell, labelCell };
      else if (!GOAL_FIELDS.includes(field)) fields[field] = { text: '', value: null, cell: '', labelCell };
    }
  }
  return fields;
}

/** The first non-empty cell to the right of a label, outside the label's merge; none if that cell is another label. */
function valueRightOf(grid: SheetGrid, row: number, col: number): Omit<FieldValue, 'labelCell'> | null {
  const m = grid.merge(row, col);
  const from = (m ? m.right : col) + 1;
  for (let c = from; c <= grid.colCount; c++) {
    const cell = grid.cell(row, c);
    if (!cell) continue;
    if (isAnyLabel(grid, cell.text)) return null;
    return { text: cell.text, value: cell.value, format: cell.format, cell: address(row, c) };
  }
  return null;
}

/** The goal text under a goal label: the first non-empty cell below it, skipping the "(年-年)" line. */
function goalBelow(grid: SheetGrid, row: number, col: number, blockEnd: number): Omit<FieldValue, 'labelCell'> | null {
  const m = grid.merge(row, col);
  for (let r = (m ? m.bottom : row) + 1; r <= blockEnd; r++) {
    const cell = grid.masterCell(r, col);
    if (!cell || cell.text.trim() === '') continue;
    if (GOAL_YEARS_LINE.test(labelText(grid, cell.text).compact)) continue;
    if (isAnyLabel(grid, cell.text)) return null;
    return { text: cell.text, value: cell.value, format: cell.format, cell: address(cell.row, cell.col) };
  }
  return null;
}

function readGoalBelow(grid: SheetGrid, blockRows: number[], blockEnd: number, labels: readonly string[]): FieldValue | null {
  for (const row of blockRows) {
    for (const cell of grid.rowCells(row)) {
      if (!cell.text || !labels.includes(labelText(grid, cell.text).key)) continue;
      const value = goalBelow(grid, row, cell.col, blockEnd);
      return value ? { ...value, labelCell: address(row, cell.col) } : null;
    }
  }
  return null;
}

function findFundsUnit(grid: SheetGrid, blockRows: number[]): { unit: '元' | '万元'; stated: boolean; cell: string | null } {
  for (const row of blockRows) {
    for (const cell of grid.rowCells(row)) {
      const t = labelText(grid, cell.text).compact;
      if (t.length > 40) continue;
      const m = FUNDS_UNIT_PATTERN.exec(t);
      if (m) {
        const unit = (m[1] ?? m[2] ?? m[3]) as '元' | '万元';
        return { unit, stated: true, cell: address(row, cell.col) };
      }
    }
  }
  return { unit: '元', stated: false, cell: null };
}

function readFundsBlock(grid: SheetGrid, blockRows: number[], blockEnd: number): FundsBlock | null {
  for (const row of blockRows) {
    const columns: FundsBlock['columns'] = {};
    for (const cell of grid.rowCells(row)) {
      const role = FUNDS_ROLE_BY_LABEL.get(labelText(grid, cell.text).key);
      if (role && columns[role] === undefined) columns[role] = cell.col;
    }
    if (columns.executed === undefined || (columns.adjusted === undefined && columns.initial === undefined)) continue;
    const firstFundsCol = Math.min(...(Object.values(columns) as number[]));
    const below = blockRows.filter((r) => r > row && r <= blockEnd);
    const isTotal = (r: number) =>
      grid.rowCells(r).some((c) => c.col < firstFundsCol && FUNDS_TOTAL_ROW_LABELS.includes(labelText(grid, c.text).key));
    const totalRow = below.find(isTotal) ?? below.find((r) => grid.rowCells(r).some((c) => c.col >= firstFundsCol));
    if (totalRow === undefined) return null;
    const cells: FundsBlock['cells'] = {};
    for (const role of Object.keys(columns) as FundsBlockColumn[]) {
      const cell = grid.cell(totalRow, columns[role] as number);
      if (cell) cells[role] = cell;
    }
    return { headerRow: row, totalRow, columns, cells };
  }
  return null;
}

function missingFieldFindings(
  fields: Partial<Record<HeaderField, FieldValue>>,
  selfEvaluation: boolean,
  anchor: string,
): ReaderFinding[] {
  const findings: ReaderFinding[] = [];
  const required: HeaderField[] = selfEvaluation
    ? ['projectName', 'department', 'implementingUnit']
    : ['projectName', 'category', 'department', 'implementingUnit'];
  for (const f of required) {
    const v = fields[f];
    if (v && v.text.trim() !== '') continue;
    // Only a label that is present but unfilled, or a form with no project name at all, is reported.
    if (!v && f !== 'projectName') continue;
    const cell = v?.labelCell ?? anchor;
    findings.push({
      code: 'form.missing-field',
      severity: 'warning',
      cell,
      row: rowOf(cell),
      params: { field: HEADER_FIELD_LABELS[f][0] },
    });
  }
  return findings;
}

// ---------------------------------------------------------------------------
// Extent
// ---------------------------------------------------------------------------

function lastContentRow(sheetRows: readonly number[], startRow: number, regionEnd: number): number {
  const inRegion = sheetRows.filter((r) => r >= startRow && r <= regionEnd);
  return inRegion.length > 0 ? inRegion[inRegion.length - 1] : startRow;
}

function formRange(grid: SheetGrid, top: number, bottom: number, sheetRows: readonly number[]): string {
  let left = Infinity;
  let right = 0;
  for (const r of sheetRows) {
    if (r < top || r > bottom) continue;
    for (const c of grid.rowCells(r)) {
      left = Math.min(left, c.col);
      right = Math.max(right, c.col);
    }
  }
  for (const m of grid.merges) {
    if (m.bottom < top || m.top > bottom) continue;
    left = Math.min(left, m.left);
    right = Math.max(right, m.right);
  }
  if (!Number.isFinite(left)) left = right = 1;
  const range: CellRange = { top, left, bottom, right };
  return rangeAddress(range);
}

function rowOf(a1: string | null): number | null {
  if (!a1) return null;
  const m = /(\d+)$/.exec(a1);
  return m ? Number(m[1]) : null;
}
