/**
 * The 汇总 workbook of `jixiao check --out`: one sheet per view of a report (jixiao.report/1),
 * made to be sorted, filtered and printed —
 *   汇总      one row per form (a file that could not be read, or holds no form: one row saying why),
 *             then a 合计 row
 *   部门汇总  one row per department (forms, indicators, errors, warnings, forms with no error,
 *             指标达成率, average score, rank), then 合计
 *   问题清单  one row per issue, the cell linked to the file's cell
 *   指标明细  one row per indicator; every value in Chinese, numbers and units that agree
 * Each sheet is one declarative column table (header, width, number format, value getter). Header row
 * frozen and repeated on every printed page, autofilter, landscape A4 fitted to the page width,
 * errors in red. Every text is written as a string value (an exceljs string is a shared string, never
 * a formula), so a cell text beginning with = + - @ stays text.
 *
 * The per-file rows are plain data (spooled as JSON lines by the CLI); the totals and 部门汇总 come
 * from a SummaryAggregate fed the same files — nothing here needs every report at once.
 *
 * Browser-safe: exceljs Workbook objects only; links are made by the caller's `link` function.
 */
import type * as ExcelJS from 'exceljs';
import { message, messageOf } from '../core/messages';
import type { Report, ReportFile, ReportForm, ReportIndicator, ReportIssue } from '../core/report';
import { parseUnitSpec } from '../core/target/grammar';
import type { Lang } from '../core/types';
import { countOf } from './counts';
import { SummaryAggregate, type DepartmentRow } from './summary-aggregate';

export interface SummaryOptions {
  lang: Lang;
  /** A hyperlink target opening `cell` of `sheet` in `file`, or null for none. */
  link?: (file: string, sheet: string, cell: string | null) => string | null;
  /** How a file is shown (default: as in the report). */
  displayName?: (file: string) => string;
}

/** Number formats of the summary's columns. */
const FORMAT = {
  text: '@',
  int: '0',
  money: '#,##0.00',
  score: '0.00',
  percent: '0.00%',
  number: 'General',
} as const;

export type CellInput = string | number | null | { text: string; link: string | null };

/**
 * One column of a sheet: its header (a cli.col.* catalog code), width, number format (for numbers),
 * the getter of its value from a row's context, and optionally when the cell is red and its 合计.
 */
export interface ColumnDef<C, T = never> {
  header: string;
  width: number;
  format?: string;
  wrap?: boolean;
  value: (c: C) => CellInput;
  red?: (c: C) => boolean;
  total?: (t: T) => CellInput;
}

/** A column as written: the header in the report's language. */
export interface Column {
  header: string;
  width: number;
  format?: string;
  wrap?: boolean;
}

/**
 * Where the sheets go: an exceljs Workbook, or (for large reports, from Node) exceljs's streaming
 * WorkbookWriter — rows are committed as they are written, so memory does not grow with the rows.
 */
export interface SummaryBook {
  addWorksheet(name: string, options?: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet;
}

const RED = 'FFC00000';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/**
 * A link of the summary is always a relative file path (plus a cell location): one that would read as
 * a scheme — `http:evil.invalid.xlsx`, `ms-excel:ofe|u|http:…`, `file:`, `javascript:` — is made a
 * path by a leading "./" (built from a file name, it is one); an absolute or UNC path is no link at all.
 */
export function relativeLink(link: string): string | null {
  if (/^[\\/]/.test(link) || /^[a-z]:[\\/]/i.test(link)) return null;
  const clean = link.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f]/g,
    (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`,
  );
  const firstSegment = clean.split(/[\\/#]/, 1)[0];
  return firstSegment.includes(':') ? `./${clean}` : clean;
}

/** Strings stay strings (never formulas); numbers stay numbers; null stays empty. */
function setValue(cell: ExcelJS.Cell, v: CellInput): void {
  if (v === null || v === undefined) return;
  if (typeof v === 'object') {
    const link = v.link ? relativeLink(v.link) : null;
    if (link) {
      cell.value = { text: v.text, hyperlink: link, tooltip: link } as ExcelJS.CellHyperlinkValue;
      cell.font = { color: { argb: 'FF0563C1' }, underline: true };
    } else cell.value = v.text;
    return;
  }
  if (typeof v === 'number') {
    cell.value = Number.isFinite(v) ? v : String(v);
    return;
  }
  cell.value = String(v);
}

/** One row of a summary sheet (plain data: it can be spooled as JSON and written later). */
export interface SummaryRow {
  values: CellInput[];
  /** The whole row in red (a file that could not be read). */
  error?: boolean;
  /** Columns (0-based) in bold red. */
  redColumns?: number[];
  /** The 合计 row: bold, shaded, ruled above. */
  total?: boolean;
}

/** A sheet being written: rows are added (and committed) one by one; close() sets the autofilter and commits. */
export interface SummaryTable {
  add(row: SummaryRow): void;
  close(): void;
}

/** Landscape A4, fitted to the page width, the header row on every page. */
function pageSetup(): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

function openTable(wb: SummaryBook, name: string, columns: Column[]): SummaryTable {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }],
    pageSetup: pageSetup(),
    headerFooter: { oddFooter: `&L${name.replace(/&/g, '&&')}&R&P / &N` },
  });
  columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    if (c.wrap) column.alignment = { wrapText: true, vertical: 'top' };
  });
  const header = ws.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { ...HEADER_FILL };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.height = 30;
  header.commit();
  let count = 0;
  return {
    add(r) {
      const row = ws.getRow(count + 2);
      count++;
      r.values.forEach((v, ci) => {
        const cell = row.getCell(ci + 1);
        const fmt = columns[ci].format;
        if (fmt && typeof v === 'number') cell.numFmt = fmt;
        setValue(cell, v);
        if (r.total) {
          cell.font = { ...(cell.font ?? {}), bold: true };
          cell.fill = { ...TOTAL_FILL };
          cell.border = { top: { style: 'thin' } };
        }
        if (r.error || r.redColumns?.includes(ci)) {
          cell.font = { ...(cell.font ?? {}), color: { argb: RED }, ...(r.error ? {} : { bold: true }) };
        }
      });
      // a streaming writer flushes the row now; a Workbook's rows ignore commit()
      row.commit();
    },
    close() {
      // the streaming writer writes the autofilter with the sheet's end, at commit
      const last = ws.getColumn(columns.length).letter;
      ws.autoFilter = { from: 'A1', to: `${last}${Math.max(1, count + 1)}` } as unknown as ExcelJS.AutoFilter;
      (ws as unknown as { commit?: () => void }).commit?.();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The column tables
// ---------------------------------------------------------------------------------------------

type Link = (sheet: string, cell: string | null, text: string) => CellInput;

/** A row of 汇总: a form, or a file with no form (form null), or a file that could not be read. */
interface FormContext {
  file: ReportFile;
  form: ReportForm | null;
  name: string;
  lang: Lang;
  link: Link;
}

interface IssueContext {
  file: ReportFile;
  /** null: the file could not be read (the row says why). */
  issue: ReportIssue | null;
  name: string;
  lang: Lang;
  link: Link;
}

interface IndicatorContext {
  form: ReportForm;
  ind: ReportIndicator;
  name: string;
  lang: Lang;
  link: Link;
}

interface DepartmentContext {
  row: DepartmentRow;
  lang: Lang;
}

/** The 合计 row's context: the totals of the aggregate. */
interface TotalContext {
  row: DepartmentRow;
  files: number;
  unreadable: number;
  lang: Lang;
}

const count = (issues: ReportIssue[], s: string) => issues.filter((i) => i.severity === s).length;
const selfEval = (f: ReportForm | null) => !!f && f.layout.startsWith('self-evaluation');
const done = (k: string) => (c: FormContext) =>
  c.form && selfEval(c.form) ? (c.form.counts.completion[k] ?? 0) : null;
const TOTAL = (t: TotalContext) => message('cli.total', t.lang);

const FORM_COLUMNS: ColumnDef<FormContext, TotalContext>[] = [
  {
    header: 'file',
    width: 36,
    value: (c) =>
      c.form ? c.link(c.form.sheet, c.form.titleCell ?? c.form.range.split(':')[0] ?? null, c.name) : c.name,
    total: TOTAL,
  },
  {
    header: 'sheet',
    width: 18,
    value: (c) => c.form?.sheet ?? (c.file.error ? null : c.file.issues[0]?.sheet || null),
  },
  { header: 'range', width: 10, value: (c) => c.form?.range ?? null },
  { header: 'layout', width: 12, value: (c) => (c.form ? messageOf(`ui.layout.${c.form.layout}`, c.lang) : null) },
  { header: 'department', width: 20, value: (c) => c.form?.project.department ?? null },
  { header: 'unit', width: 20, value: (c) => c.form?.project.implementingUnit ?? null },
  { header: 'project', width: 36, value: (c) => c.form?.project.name ?? null },
  {
    header: 'funds',
    width: 16,
    format: FORMAT.money,
    value: (c) => c.form?.project.totalFunds ?? null,
    total: (t) => t.row.funds,
  },
  {
    header: 'indicators',
    width: 8,
    format: FORMAT.int,
    value: (c) => (c.form ? c.form.counts.indicators : c.file.error ? null : 0),
    total: (t) => t.row.indicators,
  },
  {
    header: 'errors',
    width: 8,
    format: FORMAT.int,
    value: (c) => (c.form ? c.form.counts.errors : c.file.error ? null : count(c.file.issues, 'error')),
    red: (c) => !!c.form && c.form.counts.errors > 0,
    total: (t) => t.row.errors,
  },
  {
    header: 'warnings',
    width: 8,
    format: FORMAT.int,
    value: (c) => (c.form ? c.form.counts.warnings : c.file.error ? null : count(c.file.issues, 'warning')),
    total: (t) => t.row.warnings,
  },
  {
    header: 'infos',
    width: 8,
    format: FORMAT.int,
    value: (c) => (c.form ? c.form.counts.infos : c.file.error ? null : count(c.file.issues, 'info')),
    total: (t) => t.row.infos,
  },
  { header: 'met', width: 8, format: FORMAT.int, value: done('met'), total: (t) => t.row.met },
  { header: 'partial', width: 9, format: FORMAT.int, value: done('partial'), total: (t) => t.row.partial },
  { header: 'not-met', width: 8, format: FORMAT.int, value: done('not_met'), total: (t) => t.row.notMet },
  { header: 'pending', width: 8, format: FORMAT.int, value: done('pending'), total: (t) => t.row.pending },
  { header: 'invalid', width: 9, format: FORMAT.int, value: done('invalid'), total: (t) => t.row.invalid },
  {
    header: 'score',
    width: 10,
    format: FORMAT.score,
    value: (c) => c.form?.score?.total ?? null,
    total: (t) => t.row.averageScore,
  },
  { header: 'grade', width: 6, value: (c) => (c.form?.score?.complete ? c.form.score.grade : null) },
  {
    header: 'status',
    width: 40,
    value: (c) =>
      c.file.error
        ? c.file.error.message
        : c.form
          ? message('cli.status.ok', c.lang)
          : (c.file.issues.find((i) => i.severity === 'error')?.message ?? message('cli.status.no-form', c.lang)),
    total: (t) =>
      message('cli.total-status', t.lang, {
        files: countOf('files', t.files, t.lang),
        forms: countOf('forms', t.row.forms, t.lang),
        unreadable: t.unreadable
          ? message('cli.total-status.unreadable', t.lang, { unreadable: countOf('unreadable', t.unreadable, t.lang) })
          : '',
        scored: t.row.scored ? message('cli.total-status.scored', t.lang, { n: t.row.scored }) : '',
      }),
  },
];

const ISSUE_COLUMNS: ColumnDef<IssueContext>[] = [
  { header: 'file', width: 36, value: (c) => c.name },
  { header: 'sheet', width: 18, value: (c) => c.issue?.sheet || null },
  {
    header: 'cell',
    width: 8,
    value: (c) => (c.issue?.cell ? c.link(c.issue.sheet, c.issue.cell, c.issue.cell) : null),
  },
  { header: 'code', width: 30, value: (c) => c.issue?.code ?? c.file.error?.code ?? null },
  {
    header: 'severity',
    width: 9,
    value: (c) => message(`ui.severity.${c.issue?.severity ?? 'error'}`, c.lang),
    red: isError,
  },
  {
    header: 'message',
    width: 60,
    wrap: true,
    value: (c) => c.issue?.message ?? c.file.error?.message ?? null,
    red: isError,
  },
  { header: 'suggestion', width: 24, value: (c) => c.issue?.suggestion ?? null },
];

function isError(c: IssueContext): boolean {
  return c.issue === null || c.issue.severity === 'error';
}

const OP_SYMBOL: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

/**
 * The value and unit of a target, agreeing: the report's value is in base units (万元 → yuan), while
 * the split layout's unit is the 度量单位 cell as written ("万元") — the unit shown is then the base
 * unit, so no "3800000" stands next to "万元".
 */
export function valueAndUnit(ind: ReportIndicator): { value: number | null; unit: string | null } {
  const unit = ind.target.unit || '';
  const spec = unit ? parseUnitSpec(unit) : null;
  const base = spec && spec.multiplier !== 1 ? spec.unit : unit;
  return { value: ind.target.value, unit: base || null };
}

const IND_COLUMNS: ColumnDef<IndicatorContext>[] = [
  { header: 'file', width: 30, value: (c) => c.name },
  { header: 'sheet', width: 16, value: (c) => c.form.sheet },
  { header: 'row', width: 6, format: FORMAT.int, value: (c) => c.ind.row },
  { header: 'cell', width: 8, value: (c) => c.link(c.form.sheet, c.ind.cell, c.ind.cell) },
  { header: 'level1', width: 12, value: (c) => c.ind.level1 },
  { header: 'level2', width: 16, value: (c) => c.ind.level2 },
  { header: 'level3', width: 30, value: (c) => c.ind.level3 },
  { header: 'level1-canonical', width: 12, value: (c) => c.ind.level1Canonical },
  { header: 'level2-canonical', width: 16, value: (c) => c.ind.level2Canonical },
  { header: 'target', width: 18, value: (c) => c.ind.target.text, red: (c) => c.ind.verdict === 'error' },
  { header: 'kind', width: 10, value: (c) => messageOf(`cli.kind.${c.ind.target.kind}`, c.lang) },
  { header: 'op', width: 6, value: (c) => (c.ind.target.op ? (OP_SYMBOL[c.ind.target.op] ?? c.ind.target.op) : null) },
  { header: 'value-base', width: 14, format: FORMAT.number, value: (c) => valueAndUnit(c.ind).value },
  { header: 'unit-of-measure', width: 8, value: (c) => valueAndUnit(c.ind).unit },
  { header: 'nature', width: 8, value: (c) => c.ind.target.nature },
  {
    header: 'verdict',
    width: 8,
    value: (c) => message(`cli.verdict.${c.ind.verdict}`, c.lang),
    red: (c) => c.ind.verdict === 'error',
  },
  { header: 'actual', width: 16, value: (c) => c.ind.actual?.text ?? null },
  {
    header: 'completion',
    width: 10,
    value: (c) => (c.ind.completion?.status ? message(`cli.completion.${c.ind.completion.status}`, c.lang) : null),
  },
  { header: 'ratio', width: 10, format: FORMAT.percent, value: (c) => c.ind.completion?.ratio ?? null },
  { header: 'weight', width: 8, format: FORMAT.score, value: (c) => c.ind.completion?.weight ?? c.ind.weight ?? null },
  { header: 'score', width: 8, format: FORMAT.score, value: (c) => c.ind.completion?.score ?? null },
  { header: 'kind-code', width: 12, value: (c) => c.ind.target.kind },
];

const DEPT_COLUMNS: ColumnDef<DepartmentContext, TotalContext>[] = [
  {
    header: 'department',
    width: 24,
    value: (c) => c.row.name ?? message(c.row.noForm ? 'cli.department.no-form' : 'cli.department.none', c.lang),
    total: TOTAL,
  },
  { header: 'forms', width: 8, format: FORMAT.int, value: (c) => c.row.forms, total: (t) => t.row.forms },
  {
    header: 'indicators',
    width: 8,
    format: FORMAT.int,
    value: (c) => c.row.indicators,
    total: (t) => t.row.indicators,
  },
  {
    header: 'errors',
    width: 8,
    format: FORMAT.int,
    value: (c) => c.row.errors,
    red: (c) => c.row.errors > 0,
    total: (t) => t.row.errors,
  },
  { header: 'warnings', width: 8, format: FORMAT.int, value: (c) => c.row.warnings, total: (t) => t.row.warnings },
  {
    header: 'forms-ok',
    width: 10,
    format: FORMAT.int,
    value: (c) => c.row.formsWithoutError,
    total: (t) => t.row.formsWithoutError,
  },
  {
    header: 'forms-ok-rate',
    width: 12,
    format: FORMAT.percent,
    value: (c) => c.row.errorFreeRate,
    total: (t) => t.row.errorFreeRate,
  },
  {
    header: 'completion-rate',
    width: 12,
    format: FORMAT.percent,
    value: (c) => c.row.completionRate,
    total: (t) => t.row.completionRate,
  },
  {
    header: 'average-score',
    width: 12,
    format: FORMAT.score,
    value: (c) => c.row.averageScore,
    total: (t) => t.row.averageScore,
  },
  { header: 'rank', width: 6, format: FORMAT.int, value: (c) => c.row.rank },
];

function columnsOf<C, T>(defs: ColumnDef<C, T>[], lang: Lang): Column[] {
  return defs.map((d) => ({
    header: messageOf(`cli.col.${d.header}`, lang),
    width: d.width,
    format: d.format,
    wrap: d.wrap,
  }));
}

function rowOf<C, T>(defs: ColumnDef<C, T>[], c: C, extra: Partial<SummaryRow> = {}): SummaryRow {
  const red: number[] = [];
  const values = defs.map((d, i) => {
    if (d.red?.(c)) red.push(i);
    return d.value(c);
  });
  return { values, ...(red.length ? { redColumns: red } : {}), ...extra };
}

function totalRowOf<C, T>(defs: ColumnDef<C, T>[], t: T): SummaryRow {
  return { values: defs.map((d) => (d.total ? d.total(t) : null)), total: true };
}

// ---------------------------------------------------------------------------------------------
// The sheets
// ---------------------------------------------------------------------------------------------

/** The sheets written from per-file rows (spooled), in order: 汇总, 问题清单, 指标明细. */
export const SUMMARY_SHEETS = ['summary', 'issues', 'indicators'] as const;
export type SummarySheet = (typeof SUMMARY_SHEETS)[number];

const DEFS = { summary: FORM_COLUMNS, issues: ISSUE_COLUMNS, indicators: IND_COLUMNS } as const;

/** The name and columns of one sheet of the summary. */
function summarySheet(sheet: SummarySheet | 'departments', lang: Lang): { name: string; columns: Column[] } {
  if (sheet === 'departments')
    return { name: message('cli.sheet.departments', lang), columns: columnsOf(DEPT_COLUMNS, lang) };
  const defs = DEFS[sheet] as ColumnDef<unknown, unknown>[];
  return { name: message(`cli.sheet.${sheet}`, lang), columns: columnsOf(defs, lang) };
}

/** One file's rows of one sheet of the summary. */
export function summaryRows(sheet: SummarySheet, file: ReportFile, options: SummaryOptions): SummaryRow[] {
  const { lang } = options;
  const name = (options.displayName ?? ((f: string) => f))(file.file);
  const link: Link = (sheet, cell, text) => ({
    text,
    link: options.link ? options.link(file.file, sheet, cell) : null,
  });
  if (sheet === 'summary') {
    if (file.error || file.forms.length === 0)
      return [rowOf(FORM_COLUMNS, { file, form: null, name, lang, link }, { error: true })];
    return file.forms.map((form) => rowOf(FORM_COLUMNS, { file, form, name, lang, link }));
  }
  if (sheet === 'issues') {
    if (file.error) return [rowOf(ISSUE_COLUMNS, { file, issue: null, name, lang, link })];
    return file.issues.map((issue) => rowOf(ISSUE_COLUMNS, { file, issue, name, lang, link }));
  }
  return file.forms.flatMap((form) =>
    form.indicators.map((ind) => rowOf(IND_COLUMNS, { form, ind, name, lang, link })),
  );
}

function totalContext(agg: SummaryAggregate, lang: Lang): TotalContext {
  return { row: agg.totalRow(), files: agg.totals.files, unreadable: agg.totals.unreadable, lang };
}

function writeDepartments(wb: SummaryBook, agg: SummaryAggregate, lang: Lang): void {
  const { name, columns } = summarySheet('departments', lang);
  const table = openTable(wb, name, columns);
  for (const row of agg.departmentRows()) table.add(rowOf(DEPT_COLUMNS, { row, lang }));
  table.add(totalRowOf(DEPT_COLUMNS, totalContext(agg, lang)));
  table.close();
}

/** Adds the four sheets of the summary to `wb` (for a report held whole: tests, small inputs). */
export async function writeSummary(wb: SummaryBook, report: Report, options: SummaryOptions): Promise<void> {
  const agg = new SummaryAggregate();
  for (const file of report.files) agg.add(file);
  const rows = function* (sheet: SummarySheet) {
    for (const file of report.files) yield* summaryRows(sheet, file, options);
  };
  await writeSummaryRows(wb, rows, agg, options.lang);
}

/**
 * Adds the four sheets of the summary from rows prepared earlier (e.g. spooled to disk while the
 * files were checked, so no report is held): `rows(sheet)` yields that sheet's rows in order;
 * `agg` has been fed the same files (the 合计 rows and 部门汇总).
 */
export async function writeSummaryRows(
  wb: SummaryBook,
  rows: (sheet: SummarySheet) => AsyncIterable<SummaryRow> | Iterable<SummaryRow>,
  agg: SummaryAggregate,
  lang: Lang,
): Promise<void> {
  for (const sheet of SUMMARY_SHEETS) {
    const { name, columns } = summarySheet(sheet, lang);
    const table = openTable(wb, name, columns);
    for await (const row of rows(sheet)) table.add(row);
    if (sheet === 'summary') table.add(totalRowOf(FORM_COLUMNS, totalContext(agg, lang)));
    table.close();
    // 部门汇总 right after 汇总: from the aggregate alone
    if (sheet === 'summary') writeDepartments(wb, agg, lang);
  }
}
