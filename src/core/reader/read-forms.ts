/**
 * Finds every form on a sheet and reads its structure: title, year line, header block,
 * goals, self-evaluation funds block and indicator tables. Columns are found by header text.
 */
import {
  CONTINUATION_WORDS,
  DEPARTMENT_WIDE_TITLE_WORD,
  FORM_TITLE_SUFFIXES,
  FUNDS_BLOCK_COLUMNS,
  FUNDS_PART_PREFIX,
  FUNDS_TOTAL_ROW_LABELS,
  FUNDS_UNIT_PATTERN,
  GOAL_ACTUAL,
  GOAL_EXPECTED,
  GOAL_YEARS_LINE,
  HEADER_FIELD_LABELS,
  LIST_PROJECT_COLUMNS,
  OTHER_HEADER_LABELS,
  PLACE_NAME_HEADER,
  SELF_EVALUATION_TITLE_SUFFIX,
  SUB_HEADER_ACTUAL_WORDS,
  SUB_HEADER_TARGET_WORDS,
  REGION_NAME_ENDINGS,
  REGION_TARGET_HEADER_WORD,
  SUB_TABLE_HEADINGS,
  TABLE_TRAILER_PATTERNS,
  TABLE_COLUMN_HEADERS,
  TABLE_END_WORDS,
  UNLABELLED_WAN_BELOW,
  YEAR_IN_TEXT,
  YEAR_LINE,
  type FundsBlockColumn,
  type HeaderField,
  type ListProjectColumn,
  type TableColumnRole,
} from '../glossary/form-labels';
import { AMOUNT_WITH_UNIT, TRAILING_YUAN_UNIT, WAN_YUAN, YUAN } from '../glossary/funds-units';
import { SheetGrid, address, rangeAddress, type CellRange } from '../grid';
import { labelKey, labelText } from './labels';
import type { GridCell } from '../types';
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
  for (const role of Object.keys(roles) as R[])
    for (const label of roles[role]) if (!map.has(label)) map.set(label, role);
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
const ANY_LABEL = new Set<string>([...FIELD_BY_LABEL.keys(), ...GOAL_EXPECTED, ...GOAL_ACTUAL, ...OTHER_HEADER_LABELS]);

/** The last characters of the title suffixes: most cells end otherwise and need no suffix test. */
const TITLE_LAST_CHARS = new Set(FORM_TITLE_SUFFIXES.map((s) => s.charAt(s.length - 1)));

function isTitleKey(key: string): boolean {
  if (key.length > MAX_TITLE_LENGTH || !TITLE_LAST_CHARS.has(key.charAt(key.length - 1))) return false;
  for (const suffix of FORM_TITLE_SUFFIXES) if (key.endsWith(suffix)) return true;
  return false;
}

interface HeaderMatch {
  row: number;
  rows: number;
  columns: TableColumns;
  /** Side-by-side tables in the same rows (长期 | 年度); blocks[0] is `columns`. */
  blocks: TableColumns[];
  /** Further target columns of blocks[0], one per region (区域目标值 over 新罗区 | 永定区 | …): same rows, same levels. */
  regionTargets: number[];
}

/** Reads every form on the sheet, top to bottom. */
export function readForms(grid: SheetGrid): FormStructure[] {
  const rows = grid.nonEmptyRows();
  if (rows.length === 0) return [];

  const titles: { row: number; col: number; text: string }[] = [];
  const nameLabels: number[] = [];
  const headers: HeaderMatch[] = [];
  for (const row of rows) {
    let afterLabel = false;
    for (const cell of grid.rowCells(row)) {
      const { key, inline } = labelText(grid, cell.text);
      // a project named "…绩效自评表" in the cell right of 项目名称 (or typed after it: 项目名称：…自评表) is a value,
      // not a title
      const labelled = inline !== null && FIELD_BY_LABEL.has(inline.key);
      if (isTitleKey(key) && !afterLabel && !labelled) {
        titles.push({ row, col: cell.col, text: cell.text.trim() });
        break;
      }
      afterLabel = FIELD_BY_LABEL.has(key);
      if (PROJECT_NAME_LABELS.includes(key) || (inline !== null && PROJECT_NAME_LABELS.includes(inline.key))) {
        nameLabels.push(row);
      }
    }
    const header = matchHeaderRow(grid, row);
    if (header) headers.push(header);
  }

  // Form starts: every title; a 项目名称 label with no title of its own (the previous form's table lies above it);
  // a table header with nothing at all above it.
  const starts = new Map<number, { title: { row: number; col: number; text: string } | null; named?: true }>();
  for (const t of titles) starts.set(t.row, { title: t });
  for (const nameRow of nameLabels) {
    const owner = [...starts.keys()].filter((s) => s <= nameRow).sort((a, b) => b - a)[0];
    const ownerHasTableAbove = owner !== undefined && headers.some((h) => h.row > owner && h.row < nameRow);
    // the first form of a sheet with no title starts at the sheet's first row (unless a table lies above): the lines
    // above its 项目名称 (填报单位 … 单位：万元, 预算单位：…, (2023年度), 部门(单位)名称) are its header
    if (owner === undefined) {
      const tableAbove = headers.some((h) => h.row < nameRow);
      starts.set(tableAbove ? nameRow : rows[0], { title: null, named: true });
    } else if (ownerHasTableAbove) starts.set(nameRow, { title: null, named: true });
  }
  if (headers.length > 0 && ![...starts.keys()].some((s) => s <= headers[0].row)) starts.set(rows[0], { title: null });
  const startRows = [...starts.keys()].sort((a, b) => a - b);
  const lastRow = rows[rows.length - 1];

  const forms: FormStructure[] = [];
  startRows.forEach((startRow, i) => {
    const regionEnd = i + 1 < startRows.length ? startRows[i + 1] - 1 : lastRow;
    const regionHeaders = headers.filter((h) => h.row >= startRow && h.row <= regionEnd);
    const start = starts.get(startRow);
    const title = start?.title ?? null;
    if (regionHeaders.length === 0 && !title && !start?.named) return;
    forms.push(...splitProjectList(grid, readForm(grid, startRow, regionEnd, title, regionHeaders, rows), rows));
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
  const stated = findFundsUnit(grid, blockRows);
  const { stated: fundsUnitStated, cell: unitCell } = stated;
  const funds = readFundsBlock(grid, blockRows, blockEnd);

  const tables = readTables(grid, headers, regionEnd, sheetRows);
  const columns: TableColumns = tables[0]?.columns ?? {};
  const titleSaysSelfEvaluation = title ? labelKey(title.text).endsWith(SELF_EVALUATION_TITLE_SUFFIX) : false;
  const selfEvaluation =
    columns.actual !== undefined || (tables.length === 0 && titleSaysSelfEvaluation) || funds !== null;
  const split = columns.nature !== undefined;
  const layout: Layout = `${selfEvaluation ? 'self-evaluation' : 'declaration'}${split ? '-split' : ''}` as Layout;

  const anchor = titleCell ?? fields.projectName?.labelCell ?? address(startRow, 1);
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
  // "164万元": an amount whose own cell names its unit needs no assumed unit
  const amounts = [fields.totalFunds, fields.annualFunds].filter(
    (v): v is FieldValue => v !== undefined && v.text.trim() !== '',
  );
  const unitInCells =
    funds === null && amounts.length > 0 && amounts.every((v) => AMOUNT_WITH_UNIT.test(v.text.trim()));
  let fundsUnit = stated.unit;
  if (hasFunds && !fundsUnitStated && !unitInCells) {
    fundsUnit = unlabelledFundsUnit([...amounts, ...(funds ? Object.values(funds.cells) : [])]);
    const where = fields.totalFunds?.labelCell ?? fields.annualFunds?.labelCell ?? unitCell ?? anchor;
    findings.push({
      code: 'form.funds-unit-assumed',
      severity: 'info',
      cell: where,
      row: rowOf(where),
      params: { unit: fundsUnit },
    });
  }
  const departmentWide = title ? title.text.includes(DEPARTMENT_WIDE_TITLE_WORD) : false;
  findings.push(...missingFieldFindings(fields, selfEvaluation, anchor, departmentWide));

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
// A list of several projects in one table
// ---------------------------------------------------------------------------

const LIST_ROLE_BY_LABEL = byLabel<ListProjectColumn>(LIST_PROJECT_COLUMNS);

/** The project columns (单位名称 | 项目名称 | 预算数 | 年度目标) left of 一级指标 on the table's header row. */
function listColumns(grid: SheetGrid, table: IndicatorTable): Partial<Record<ListProjectColumn, number>> | null {
  const first = Math.min(...(Object.values(table.columns) as number[]));
  const out: Partial<Record<ListProjectColumn, number>> = {};
  for (const cell of grid.rowCells(table.headerRow)) {
    if (cell.col >= first) break;
    const role = LIST_ROLE_BY_LABEL.get(labelText(grid, cell.text).key);
    if (role !== undefined && out[role] === undefined) out[role] = cell.col;
  }
  return out.projectName === undefined ? null : out;
}

/**
 * A table listing several projects (a 项目名称 column left of 一级指标, each project's cells merged down over its
 * indicator rows or repeated on each): one form per project, with its name, funds, unit and goal as fields.
 * A row with a 单位名称 but no project (the department total row) names the department. Anything else: as read.
 */
function splitProjectList(grid: SheetGrid, form: FormStructure, sheetRows: readonly number[]): FormStructure[] {
  if (form.tables.length !== 1 || form.tables[0].block !== undefined) return [form];
  const table = form.tables[0];
  const cols = listColumns(grid, table);
  if (!cols || cols.projectName === undefined) return [form];
  const nameCol = cols.projectName;

  const groups: { row: number; rows: TableRow[] }[] = [];
  const leading: TableRow[] = [];
  let department: FieldValue | undefined;
  let currentName = '';
  for (const r of table.rows) {
    const own = grid.merge(r.row, nameCol);
    const anchored = own === undefined || own.top === r.row;
    const name = anchored ? (grid.cell(r.row, nameCol)?.text.trim() ?? '') : '';
    if (name !== '' && name !== currentName) {
      groups.push({ row: r.row, rows: [] });
      currentName = name;
    }
    if (groups.length === 0) {
      leading.push(r);
      const unit = cols.unit === undefined ? undefined : grid.cell(r.row, cols.unit);
      if (department === undefined && unit && unit.text.trim() !== '' && grid.mergedText(r.row, nameCol).trim() === '')
        department = listField(unit, table.headerRow);
    } else {
      groups[groups.length - 1].rows.push(r);
    }
  }
  if (groups.length === 0) return [form];
  groups[0].rows.unshift(...leading);

  // the unit written once above its projects, the cells below left blank (an unmerged 单位名称 column)
  let unitAbove: GridCell | undefined;
  return groups.map((g, i) => {
    const fields: FormStructure['fields'] = { ...form.fields };
    const put = (field: HeaderField, col: number | undefined, fallback?: GridCell): GridCell | undefined => {
      const own = col === undefined ? undefined : grid.masterCell(g.row, col);
      const cell = own && own.text.trim() !== '' ? own : fallback;
      if (cell && cell.text.trim() !== '') fields[field] = listField(cell, table.headerRow, g.row);
      return cell;
    };
    put('projectName', nameCol);
    put('totalFunds', cols.totalFunds);
    unitAbove = put('implementingUnit', cols.unit, unitAbove);
    put('annualGoal', cols.annualGoal);
    if (department && !fields.department) fields.department = department;
    const startRow = i === 0 ? form.startRow : g.row;
    const next = groups[i + 1];
    const endRow = next ? lastContentRow(sheetRows, startRow, next.row - 1) : form.endRow;
    const anchor = form.titleCell ?? address(table.headerRow, nameCol);
    const findings = form.findings
      .filter(
        (f) =>
          f.code !== 'form.missing-field' &&
          (f.row === null || (f.row >= startRow && f.row <= endRow) || f.row <= table.headerRow),
      )
      .concat(missingFieldFindings(fields, form.selfEvaluation, anchor));
    return {
      ...form,
      startRow,
      endRow,
      range: formRange(grid, startRow, endRow, sheetRows),
      fields,
      tables: [
        {
          ...table,
          rows: g.rows,
          totalRow: next ? null : table.totalRow,
          printedTotal: next ? null : table.printedTotal,
        },
      ],
      findings,
    };
  });
}

/** A list cell as a header field: its label is the column's header cell. */
function listField(cell: GridCell, headerRow: number, row = cell.row): FieldValue {
  return {
    text: cell.text,
    value: cell.value,
    ...(cell.format !== undefined ? { format: cell.format } : {}),
    cell: address(row, cell.col),
    labelCell: address(headerRow, cell.col),
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

/** The roles that, written a second time in one header row, start a second block beside the first. */
const BLOCK_REPEAT_ROLES: readonly TableColumnRole[] = ['level2', 'level3', 'target'];

interface HeaderCell {
  col: number;
  /** Last column the cell heads: its merge's right edge, or the column before the next header cell. */
  right: number;
  role: TableColumnRole | null;
}

/** The header row's cells left to right, with the columns each heads. */
function headerCells(grid: SheetGrid, row: number): HeaderCell[] {
  const cells = grid.rowCells(row).filter((c) => c.text.trim() !== '');
  return cells.map((cell, i) => {
    const m = grid.merge(row, cell.col);
    const next = i + 1 < cells.length ? cells[i + 1].col - 1 : cell.col;
    const right = m && m.right > cell.col ? m.right : next;
    return { col: cell.col, right, role: TABLE_ROLE_BY_LABEL.get(labelText(grid, cell.text).key) ?? null };
  });
}

/**
 * A header whose first row is only group labels (绩效指标 over 一级/二级/三级, 年度指标值 over 指标性质 |
 * 指标值 | 度量单位) with 实际完成值 / 分值 / 得分 merged down from it into this row: those merged-down
 * cells are header cells of this row too.
 */
function withRolesFromAbove(grid: SheetGrid, row: number, cells: HeaderCell[]): HeaderCell[] {
  const taken = new Set(cells.map((c) => c.role));
  const extra: HeaderCell[] = [];
  const above = grid.rowCells(row - 1).filter((c) => c.text.trim() !== '');
  const roleOf = (cell: GridCell) => TABLE_ROLE_BY_LABEL.get(labelText(grid, cell.text).key) ?? null;
  const blankBelow = (cell: GridCell) => !cells.some((c) => c.col === cell.col);
  // The same two-row header with its merges undone (取消合并, or lost on the way from a PDF): the labels sit in the
  // upper row over blank header cells (实际完成值 | 分值 | 得分 beside 年度指标值 over 指标性质 | 指标值 | 度量单位).
  // Taken only when two or more header labels of the upper row sit over blank cells: a lone label above is a caption.
  const unmergedHeader = above.filter((c) => roleOf(c) !== null && blankBelow(c)).length >= 2;
  for (const cell of above) {
    const m = grid.merge(row - 1, cell.col);
    const mergedDown = m !== undefined && m.top === row - 1 && m.bottom >= row;
    if (!mergedDown && !(unmergedHeader && m === undefined)) continue;
    const right = m ? m.right : cell.col;
    if (cells.some((c) => c.col >= cell.col && c.col <= right)) continue;
    const role = roleOf(cell);
    if (!role || taken.has(role)) continue;
    taken.add(role);
    extra.push({ col: cell.col, right, role });
  }
  if (extra.length === 0) return cells;
  return [...cells, ...extra].sort((a, b) => a.col - b.col);
}

/**
 * Splits a header row into side-by-side blocks: 一级 | 二级(长期) | 三级(长期) | 指标值(长期) |
 * 二级(年度) | 三级(年度) | 指标值(年度) is two tables laid out in the same rows. A block starts where
 * a 二级/三级/指标值 header is written a second time; a block without a 一级 column shares the first's.
 */
function headerBlocks(cells: HeaderCell[]): HeaderCell[][] {
  const blocks: HeaderCell[][] = [[]];
  let seen = new Set<TableColumnRole>();
  for (const c of cells) {
    if (c.role && seen.has(c.role) && (BLOCK_REPEAT_ROLES.includes(c.role) || c.role === 'level1')) {
      blocks.push([]);
      seen = new Set();
    }
    if (c.role) seen.add(c.role);
    blocks[blocks.length - 1].push(c);
  }
  // A repeated header that does not start a whole table (三级指标 | 指标内容, two target headers) stays
  // in the block it is in: only a block with its own 二级, 三级 and target is a table beside the first.
  const whole = (b: HeaderCell[]) =>
    (['level2', 'level3', 'target'] as const).every((r) => b.some((c) => c.role === r));
  const out: HeaderCell[][] = [];
  for (const b of blocks) {
    if (out.length > 0 && !whole(b)) out[out.length - 1].push(...b);
    else out.push(b);
  }
  return out;
}

function columnsOf(cells: HeaderCell[]): TableColumns {
  const columns: TableColumns = {};
  for (const c of cells) if (c.role && columns[c.role] === undefined) columns[c.role] = c.col;
  return columns;
}

/**
 * Is the row under a header row a second header row? Its 一级/二级/三级 cells are blank (merged down
 * from the header), and every cell it has is a header label or a sub-header under a header cell that
 * spans several columns (指标值 over 2021年实际实现值 | 预期2022年实现值) or is blank above it.
 */
function isSubHeaderRow(grid: SheetGrid, row: number, header: HeaderCell[], columns: TableColumns): boolean {
  // a header cell merged down, with the merge undone and its text filled into both rows (WPS 拆分并填充内容), is a
  // blank under the header like any other
  const echo = (c: GridCell) => labelText(grid, c.text).key === labelText(grid, grid.cell(row, c.col)?.text ?? '').key;
  const cells = grid.rowCells(row + 1).filter((c) => c.text.trim() !== '' && !echo(c));
  if (cells.length === 0) return false;
  for (const role of ['level1', 'level2', 'level3'] as const) {
    const col = columns[role];
    const cell = col === undefined ? undefined : grid.cell(row + 1, col);
    if (cell && cell.text.trim() !== '' && !echo(cell)) return false;
  }
  for (const cell of cells) {
    const role = TABLE_ROLE_BY_LABEL.get(labelText(grid, cell.text).key);
    if (role === 'level1') return false;
    if (role) continue;
    if (typeof cell.value !== 'string' || /^[\d.,%\s]+$/.test(cell.text)) return false;
    const over = header.find((h) => cell.col >= h.col && cell.col <= h.right);
    if (over && over.right === over.col && grid.merge(row, over.col) === undefined) return false;
  }
  return true;
}

function yearIn(text: string): number | null {
  const m = YEAR_IN_TEXT.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * The sub-columns under a target header spanning several columns: which holds this year's target and
 * which the actual. 预期/计划/目标 words name the target (else the latest year, else the first column);
 * 实际/完成 words name the actual — unless it is an earlier year than the target's (2021年实际实现值 on a
 * 2022 declaration is history, not the actual).
 */
function assignTargetSubColumns(grid: SheetGrid, row: number, span: HeaderCell, columns: TableColumns): number[] {
  const subs: { col: number; text: string; year: number | null; target: boolean; actual: boolean }[] = [];
  for (const cell of grid.rowCells(row + 1)) {
    if (cell.col < span.col || cell.col > span.right || cell.text.trim() === '') continue;
    const key = labelText(grid, cell.text).key;
    if (TABLE_ROLE_BY_LABEL.has(key)) return []; // 指标性质 | 指标值 | 度量单位: named sub-columns
    const target = SUB_HEADER_TARGET_WORDS.some((w) => key.includes(w));
    const actual = !target && SUB_HEADER_ACTUAL_WORDS.some((w) => key.includes(w));
    subs.push({ col: cell.col, text: key, year: yearIn(key), target, actual });
  }
  if (subs.length < 2) {
    if (subs.length === 1) columns.target = subs[0].col;
    return [];
  }
  if (columns.actual === undefined && isRegionHeader(labelText(grid, grid.cell(row, span.col)?.text ?? '').key, subs)) {
    // one target per region: the first is the table's, the others are further tables over the same rows
    columns.target = subs[0].col;
    return subs.slice(1).map((x) => x.col);
  }
  const latest = (list: typeof subs) => list.reduce((a, b) => ((b.year ?? -1) > (a.year ?? -1) ? b : a));
  const named = subs.filter((x) => x.target);
  const plain = subs.filter((x) => !x.actual);
  const target = named.length > 0 ? latest(named) : plain.length > 0 ? latest(plain) : subs[0];
  columns.target = target.col;
  if (columns.actual !== undefined) return [];
  const actual = subs.find(
    (x) => x.actual && x !== target && !(x.year !== null && target.year !== null && x.year < target.year),
  );
  if (actual) columns.actual = actual.col;
  return [];
}

/** Sub-columns naming regions, not years, targets or actuals: 区域目标值 over them, or each a place name. */
function isRegionHeader(
  headerKey: string,
  subs: { text: string; year: number | null; target: boolean; actual: boolean }[],
): boolean {
  if (subs.some((x) => x.year !== null || x.target || x.actual)) return false;
  if (headerKey.includes(REGION_TARGET_HEADER_WORD)) return true;
  return subs.every((x) => REGION_NAME_ENDINGS.some((e) => x.text.length > e.length && x.text.endsWith(e)));
}

/**
 * A header row with no target header whose last cells are place names (… | 指标方向 | 笏石街道办 | 埭头镇): those columns
 * are the targets, one per place. Every cell right of the last named column must be a place name, else none is taken.
 */
function placeHeadedColumns(grid: SheetGrid, row: number, block: HeaderCell[]): number[] {
  let lastNamed = -1;
  for (const c of block) if (c.role) lastNamed = Math.max(lastNamed, c.col);
  const trailing = block.filter((c) => c.col > lastNamed);
  if (trailing.length === 0) return [];
  for (const c of trailing) {
    const cell = grid.cell(row, c.col);
    if (!cell || !PLACE_NAME_HEADER.test(labelText(grid, cell.text).key)) return [];
  }
  return trailing.map((c) => c.col);
}

/**
 * Under a two-row header, the last header cell heads the sub-headers right of it when nothing else does: 区域目标值
 * over 新罗区 | 永定区 | … with its merge undone is written in the first of those columns, blanks beside it.
 */
function spanLastOverSubHeaders(grid: SheetGrid, row: number, cells: HeaderCell[]): HeaderCell[] {
  const last = cells[cells.length - 1];
  if (!last || grid.merge(row, last.col) !== undefined) return cells;
  const below = grid.rowCells(row + 1).filter((c) => c.text.trim() !== '');
  const right = below.length > 0 ? below[below.length - 1].col : last.col;
  return right > last.right ? [...cells.slice(0, -1), { ...last, right }] : cells;
}

/** A header row has 一级指标, 二级指标, a 三级 header and a target header (possibly on the row below). */
function matchHeaderRow(grid: SheetGrid, row: number): HeaderMatch | null {
  const { roles } = rolesOfRow(grid, row);
  if (roles.level1 === undefined || roles.level2 === undefined) return null;
  const own = withRolesFromAbove(grid, row, headerCells(grid, row));
  const spanned = spanLastOverSubHeaders(grid, row, own);
  const sub = isSubHeaderRow(grid, row, spanned, roles);
  const cells = sub ? spanned : own;
  const blocks = headerBlocks(cells);
  const below = sub ? rolesOfRow(grid, row + 1).roles : {};
  const out: TableColumns[] = [];
  let regionTargets: number[] = [];
  const first = columnsOf(blocks[0]);
  for (const block of blocks) {
    const left = block[0].col;
    const right = block[block.length - 1].right;
    const columns: TableColumns = columnsOf(block);
    if (columns.level1 === undefined && first.level1 !== undefined) columns.level1 = first.level1;
    if (columns.target === undefined && !sub) {
      // no target header: trailing columns headed by place names are the targets, one per place
      const places = placeHeadedColumns(grid, row, block);
      if (places.length > 0) {
        columns.target = places[0];
        if (out.length === 0 && blocks.length === 1) regionTargets = places.slice(1);
      }
    }
    if (sub) {
      for (const [role, col] of Object.entries(below) as [TableColumnRole, number][]) {
        if (col >= left && col <= right) columns[role] = col;
      }
      const targetHeader = block.find((c) => c.role === 'target');
      if (targetHeader && below.target === undefined && targetHeader.right > targetHeader.col) {
        const regions = assignTargetSubColumns(grid, row, targetHeader, columns);
        if (out.length === 0 && blocks.length === 1) regionTargets = regions;
      }
    }
    if (columns.direction !== undefined) {
      // 指标方向 holds the operator; 指标性质 beside it holds 正向/反向/定量/定性.
      if (columns.nature !== undefined) columns.kind = columns.nature;
      columns.nature = columns.direction;
      delete columns.direction;
    }
    if (!REQUIRED_ROLES.every((r) => columns[r] !== undefined)) {
      if (out.length === 0) return null;
      continue;
    }
    out.push(columns);
  }
  return { row, rows: sub ? 2 : 1, columns: out[0], blocks: out, regionTargets };
}

function rowStartsWith(grid: SheetGrid, row: number, words: readonly string[], maxCells = 3): boolean {
  const cells = grid.rowCells(row);
  for (let i = 0; i < cells.length && i < maxCells; i++) {
    const key = labelText(grid, cells[i].text).key;
    for (const w of words) if (key.startsWith(w)) return true;
  }
  return false;
}

/**
 * A note, signature or approval row after the table (注：…, 填表人, 联系电话, (盖章), 年 月 日,
 * …审核意见, 其他需要说明事项): it ends the table. Only the row's first cell is read, and a first cell
 * in the 三级 column or right of it counts only when the row has no target (an indicator named
 * 联系电话接通率 with a target stays an indicator).
 */
function isTrailerRow(grid: SheetGrid, row: number, columns: TableColumns): boolean {
  const first = grid.rowCells(row)[0];
  if (!first) return false;
  const level2 = columns.level2 ?? columns.level1 ?? 1;
  if (first.col > level2 && columns.target !== undefined && grid.cell(row, columns.target)) return false;
  return TABLE_TRAILER.test(labelText(grid, first.text).compact);
}

/** The trailer patterns as one expression: one test per table row. */
const TABLE_TRAILER = new RegExp(TABLE_TRAILER_PATTERNS.map((p) => `(?:${p.source})`).join('|'));

/** A row that repeats header words (一级指标 | 二级指标 …) in its level columns: never an indicator. */
function isHeaderEcho(grid: SheetGrid, row: number, columns: TableColumns): boolean {
  for (const role of ['level1', 'level2', 'level3'] as const) {
    const col = columns[role];
    const cell = col === undefined ? undefined : grid.cell(row, col);
    if (cell && TABLE_ROLE_BY_LABEL.get(labelText(grid, cell.text).key) === role) return true;
  }
  return false;
}

function readTables(
  grid: SheetGrid,
  headers: HeaderMatch[],
  regionEnd: number,
  sheetRows: readonly number[],
): IndicatorTable[] {
  const tables: IndicatorTable[] = [];
  let current: IndicatorTable[] = [];
  let ended = true;
  const headerAt = new Map(headers.map((h) => [h.row, h]));
  const firstRow = headers.length > 0 ? headers[0].row : regionEnd + 1;

  for (let idx = sheetRows.findIndex((r) => r >= firstRow); idx >= 0 && idx < sheetRows.length; idx++) {
    const row = sheetRows[idx];
    if (row > regionEnd) break;
    const header = headerAt.get(row);
    if (header) {
      if (current.length > 0 && !ended && sameColumns(current[0].columns, header.columns)) {
        // the header repeated after a page break: skip it and keep inheriting
      } else {
        const layouts: { columns: TableColumns; sharesLevels: boolean }[] = [
          ...header.blocks.map((columns) => ({ columns, sharesLevels: false })),
          ...header.regionTargets.map((target) => ({ columns: { ...header.columns, target }, sharesLevels: true })),
        ];
        current = layouts.map(({ columns, sharesLevels }, i) => ({
          headerRow: header.row,
          headerRows: header.rows,
          columns,
          rows: [],
          totalRow: null,
          printedTotal: null,
          ...(layouts.length > 1 ? { block: i } : {}),
          ...(sharesLevels ? { sharesLevels: true } : {}),
        }));
        tables.push(...current);
        ended = false;
      }
      if (header.rows === 2 && sheetRows[idx + 1] === row + 1) idx++;
      continue;
    }
    if (current.length === 0 || ended) continue;
    const columns = current[0].columns;
    if (rowStartsWith(grid, row, CONTINUATION_WORDS)) continue;
    if (rowStartsWith(grid, row, TABLE_END_WORDS)) {
      for (const t of current) {
        t.totalRow = row;
        t.printedTotal = numberIn(grid, row, t.columns.weight);
      }
      ended = true;
      continue;
    }
    if (isSubTableHeading(grid, row) || isTrailerRow(grid, row, columns)) {
      ended = true;
      continue;
    }
    if (isHeaderEcho(grid, row, columns) || isBannerRow(grid, row, columns)) continue;
    for (const t of current) t.rows.push(tableRow(grid, row, t.columns));
  }
  return tables;
}

/**
 * A row whose one cell is merged across the 三级 and the target columns (附表1 above the next form on the sheet, a
 * caption, a note): it cannot hold an indicator's name and target, so it is none — skipped, not read as a row
 * whose every level is that text.
 */
function isBannerRow(grid: SheetGrid, row: number, columns: TableColumns): boolean {
  const cells = grid.rowCells(row).filter((c) => c.text.trim() !== '');
  if (cells.length !== 1 || columns.level3 === undefined || columns.target === undefined) return false;
  const m = grid.merge(row, cells[0].col);
  return m !== undefined && m.left <= columns.level3 && m.right >= columns.target;
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
  const t = labelText(grid, cell.text).compact.replace(/,/g, '').replace(TRAILING_YUAN_UNIT, '');
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
  const m = title ? YEAR_IN_TEXT.exec(title) : null;
  return m ? Number(m[1]) : null;
}

/** The label key of a header-block cell, without the 其中 of the funds lines ("其中：财政资金"). */
function fieldKey(grid: SheetGrid, text: string): string {
  const key = labelText(grid, text).key;
  return key.replace(FUNDS_PART_PREFIX, '');
}

/** A header label, alone (主管部门) or with its value typed after it (实施单位：某中心): never another field's value. */
function isAnyLabel(grid: SheetGrid, text: string): boolean {
  if (ANY_LABEL.has(fieldKey(grid, text))) return true;
  const { inline } = labelText(grid, text);
  return inline !== null && ANY_LABEL.has(inline.key.replace(FUNDS_PART_PREFIX, ''));
}

function readHeaderFields(
  grid: SheetGrid,
  blockRows: number[],
  blockEnd: number,
): Partial<Record<HeaderField, FieldValue>> {
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
      if (value)
        fields[field] = { text: value.text, value: value.value, format: value.format, cell: value.cell, labelCell };
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

function readGoalBelow(
  grid: SheetGrid,
  blockRows: number[],
  blockEnd: number,
  labels: readonly string[],
): FieldValue | null {
  for (const row of blockRows) {
    for (const cell of grid.rowCells(row)) {
      if (!cell.text || !labels.includes(labelText(grid, cell.text).key)) continue;
      const value = goalBelow(grid, row, cell.col, blockEnd);
      return value ? { ...value, labelCell: address(row, cell.col) } : null;
    }
  }
  return null;
}

function findFundsUnit(
  grid: SheetGrid,
  blockRows: number[],
): { unit: '元' | '万元'; stated: boolean; cell: string | null } {
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
  return { unit: YUAN, stated: false, cell: null };
}

/**
 * The unit of amounts that no label, note or cell names: 万元 when every amount is below UNLABELLED_WAN_BELOW or
 * one has more than two decimals (500 for a road project; 89.974), else 元 (15,371,720). Empty, zero and
 * unreadable cells say nothing.
 */
function unlabelledFundsUnit(cells: readonly { text: string; value: GridCell['value'] }[]): '元' | '万元' {
  const numbers: number[] = [];
  let fineDecimals = false;
  for (const c of cells) {
    const text = c.text.replace(/[,，\s]/g, '');
    const n = typeof c.value === 'number' ? c.value : /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : null;
    if (n === null || n === 0) continue;
    numbers.push(Math.abs(n));
    if (/\.\d{3,}$/.test(text) || Math.abs(Math.round(n * 100) - n * 100) > 1e-6) fineDecimals = true;
  }
  if (numbers.length === 0) return YUAN;
  return fineDecimals || numbers.every((n) => n < UNLABELLED_WAN_BELOW) ? WAN_YUAN : YUAN;
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
      grid
        .rowCells(r)
        .some((c) => c.col < firstFundsCol && FUNDS_TOTAL_ROW_LABELS.includes(labelText(grid, c.text).key));
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
  departmentWide = false,
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
    // a department-wide form (部门整体…表) has no project: no 项目名称 label is no missing name
    if (!v && departmentWide) continue;
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
