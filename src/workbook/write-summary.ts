/**
 * The 汇总 workbook of `jixiao check --out`: one sheet per view of a report (jixiao.report/1),
 * made to be sorted and filtered —
 *   汇总      one row per form (a file that could not be read, or holds no form: one row saying why)
 *   问题清单  one row per issue, the cell linked to the file's cell
 *   指标明细  one row per indicator
 * Header row frozen, autofilter, widths, number formats, errors in red. Every text is written as a
 * string value (an exceljs string is a shared string, never a formula), so a cell text beginning with
 * = + - @ stays text.
 *
 * Browser-safe: exceljs Workbook objects only; links are made by the caller's `link` function.
 */
import type * as ExcelJS from 'exceljs';
import { message } from '../core/messages';
import type { Report, ReportFile, ReportForm, ReportIndicator, ReportIssue } from '../core/report';
import type { Lang } from '../core/types';

export interface SummaryOptions {
  lang: Lang;
  /** A hyperlink target opening `cell` of `sheet` in `file`, or null for none. */
  link?: (file: string, sheet: string, cell: string | null) => string | null;
  /** How a file is shown (default: as in the report). */
  displayName?: (file: string) => string;
}

type Kind = 'text' | 'int' | 'money' | 'score' | 'percent' | 'number';

export interface Column {
  header: string;
  width: number;
  kind: Kind;
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
const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const NUMBER_FORMATS: Record<Kind, string | undefined> = {
  text: '@',
  int: '0',
  money: '#,##0.00',
  score: '0.00',
  percent: '0.00%',
  number: 'General',
};

export type CellInput = string | number | null | { text: string; link: string | null };

function col(lang: Lang, code: string, width: number, kind: Kind = 'text'): Column {
  return { header: message(`cli.col.${code}`, lang), width, kind };
}

/**
 * A link of the summary is always a relative file path (plus a cell location): one that would read as
 * a scheme — `http:evil.invalid.xlsx`, `ms-excel:ofe|u|http:…`, `file:`, `javascript:` — is made a
 * path by a leading "./" (built from a file name, it is one); an absolute or UNC path is no link at all.
 */
export function relativeLink(link: string): string | null {
  if (/^[\\/]/.test(link) || /^[a-z]:[\\/]/i.test(link)) return null;
  // eslint-disable-next-line no-control-regex
  const clean = link.replace(/[\u0000-\u001f\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
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
  error?: boolean;
  redColumns?: number[];
}

/** A sheet being written: rows are added (and committed) one by one; close() sets the autofilter and commits. */
export interface SummaryTable {
  add(row: SummaryRow): void;
  close(): void;
}

export function openTable(wb: SummaryBook, name: string, columns: Column[]): SummaryTable {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }] });
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
  header.height = 20;
  header.commit();
  let count = 0;
  return {
    add(r) {
      const row = ws.getRow(count + 2);
      count++;
      r.values.forEach((v, ci) => {
        const cell = row.getCell(ci + 1);
        const kind = columns[ci].kind;
        const fmt = NUMBER_FORMATS[kind];
        if (fmt && kind !== 'text' && typeof v === 'number') cell.numFmt = fmt;
        setValue(cell, v);
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

function layoutName(layout: string, lang: Lang): string {
  return message(`ui.layout.${layout}`, lang);
}

function severityName(s: string, lang: Lang): string {
  return message(`ui.severity.${s}`, lang);
}

function countBySeverity(issues: ReportIssue[], s: string): number {
  return issues.filter((i) => i.severity === s).length;
}

/** The three sheets of the summary, in order: 汇总, 问题清单, 指标明细. */
export const SUMMARY_SHEETS = ['summary', 'issues', 'indicators'] as const;
export type SummarySheet = (typeof SUMMARY_SHEETS)[number];

const ERRORS_COL = 9;

/** The name and columns of one sheet of the summary. */
export function summarySheet(sheet: SummarySheet, lang: Lang): { name: string; columns: Column[] } {
  if (sheet === 'summary') {
    return {
      name: message('cli.sheet.summary', lang),
      columns: [
        col(lang, 'file', 36),
        col(lang, 'sheet', 18),
        col(lang, 'range', 10),
        col(lang, 'layout', 12),
        col(lang, 'department', 20),
        col(lang, 'unit', 20),
        col(lang, 'project', 36),
        col(lang, 'funds', 16, 'money'),
        col(lang, 'indicators', 8, 'int'),
        col(lang, 'errors', 8, 'int'),
        col(lang, 'warnings', 8, 'int'),
        col(lang, 'infos', 8, 'int'),
        col(lang, 'met', 8, 'int'),
        col(lang, 'partial', 9, 'int'),
        col(lang, 'not-met', 8, 'int'),
        col(lang, 'pending', 8, 'int'),
        col(lang, 'invalid', 9, 'int'),
        col(lang, 'score', 10, 'score'),
        col(lang, 'grade', 6),
        col(lang, 'status', 40),
      ],
    };
  }
  if (sheet === 'issues') {
    return {
      name: message('cli.sheet.issues', lang),
      columns: [
        col(lang, 'file', 36),
        col(lang, 'sheet', 18),
        col(lang, 'cell', 8),
        col(lang, 'code', 30),
        col(lang, 'severity', 9),
        { ...col(lang, 'message', 60), wrap: true },
        col(lang, 'suggestion', 24),
      ],
    };
  }
  return {
    name: message('cli.sheet.indicators', lang),
    columns: [
      col(lang, 'file', 30),
      col(lang, 'sheet', 16),
      col(lang, 'row', 6, 'int'),
      col(lang, 'cell', 8),
      col(lang, 'level1', 12),
      col(lang, 'level2', 16),
      col(lang, 'level3', 30),
      col(lang, 'level1-canonical', 12),
      col(lang, 'level2-canonical', 16),
      col(lang, 'target', 18),
      col(lang, 'kind', 12),
      col(lang, 'op', 6),
      col(lang, 'value', 12, 'number'),
      col(lang, 'unit-of-measure', 8),
      col(lang, 'nature', 8),
      col(lang, 'verdict', 8),
      col(lang, 'actual', 16),
      col(lang, 'completion', 10),
      col(lang, 'ratio', 10, 'percent'),
      col(lang, 'weight', 8, 'score'),
      col(lang, 'score', 8, 'score'),
    ],
  };
}

/** One file's rows of one sheet of the summary. */
export function summaryRows(sheet: SummarySheet, file: ReportFile, options: SummaryOptions): SummaryRow[] {
  const { lang } = options;
  const name = (options.displayName ?? ((f: string) => f))(file.file);
  const link = (file: ReportFile, sheet: string, cell: string | null, text: string): CellInput =>
    ({ text, link: options.link ? options.link(file.file, sheet, cell) : null });
  const rows: SummaryRow[] = [];
  if (sheet === 'summary') {
    if (file.error) {
      rows.push({ values: [name, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, file.error.message], error: true });
    } else if (file.forms.length === 0) {
      const errors = countBySeverity(file.issues, 'error');
      const why = file.issues.find((i) => i.severity === 'error')?.message ?? message('cli.status.no-form', lang);
      rows.push({
        values: [name, file.issues[0]?.sheet ?? null, null, null, null, null, null, null, 0, errors, countBySeverity(file.issues, 'warning'), countBySeverity(file.issues, 'info'), null, null, null, null, null, null, null, why],
        error: true,
      });
    } else {
      for (const form of file.forms) {
        rows.push({ values: formRow(file, form, name, lang, link), redColumns: form.counts.errors > 0 ? [ERRORS_COL] : [] });
      }
    }
  } else if (sheet === 'issues') {
    if (file.error) {
      rows.push({ values: [name, null, null, file.error.code, severityName('error', lang), file.error.message, null], redColumns: [4, 5] });
    } else {
      for (const i of file.issues) {
        rows.push({
          values: [name, i.sheet || null, i.cell ? link(file, i.sheet, i.cell, i.cell) : null, i.code, severityName(i.severity, lang), i.message, i.suggestion],
          redColumns: i.severity === 'error' ? [4, 5] : [],
        });
      }
    }
  } else {
    for (const form of file.forms) {
      for (const i of form.indicators) rows.push({ values: indicatorRow(file, form, i, name, lang, link), redColumns: i.verdict === 'error' ? [9, 15] : [] });
    }
  }
  return rows;
}

/** Adds the three sheets of the summary to `wb`. */
export function writeSummary(wb: SummaryBook, report: Report, options: SummaryOptions): void {
  for (const sheet of SUMMARY_SHEETS) {
    const { name, columns } = summarySheet(sheet, options.lang);
    const table = openTable(wb, name, columns);
    for (const file of report.files) for (const row of summaryRows(sheet, file, options)) table.add(row);
    table.close();
  }
}

/**
 * Adds the three sheets of the summary from rows prepared earlier (e.g. spooled to disk while the
 * files were checked, so no report is held): `rows(sheet)` yields that sheet's rows in order.
 */
export async function writeSummaryRows(
  wb: SummaryBook,
  rows: (sheet: SummarySheet) => AsyncIterable<SummaryRow> | Iterable<SummaryRow>,
  lang: Lang,
): Promise<void> {
  for (const sheet of SUMMARY_SHEETS) {
    const { name, columns } = summarySheet(sheet, lang);
    const table = openTable(wb, name, columns);
    for await (const row of rows(sheet)) table.add(row);
    table.close();
  }
}

function formRow(
  file: ReportFile,
  form: ReportForm,
  name: string,
  lang: Lang,
  link: (file: ReportFile, sheet: string, cell: string | null, text: string) => CellInput,
): CellInput[] {
  const p = form.project;
  const c = form.counts;
  const selfEval = form.layout.startsWith('self-evaluation');
  const done = (k: string) => (selfEval ? (c.completion[k] ?? 0) : null);
  const anchor = form.titleCell ?? form.range.split(':')[0] ?? null;
  return [
    link(file, form.sheet, anchor, name),
    form.sheet,
    form.range,
    layoutName(form.layout, lang),
    p.department,
    p.implementingUnit,
    p.name,
    p.totalFunds,
    c.indicators,
    c.errors,
    c.warnings,
    c.infos,
    done('met'),
    done('partial'),
    done('not_met'),
    done('pending'),
    done('invalid'),
    form.score?.total ?? null,
    form.score?.complete ? form.score.grade : null,
    message('cli.status.ok', lang),
  ];
}

function indicatorRow(
  file: ReportFile,
  form: ReportForm,
  i: ReportIndicator,
  name: string,
  lang: Lang,
  link: (file: ReportFile, sheet: string, cell: string | null, text: string) => CellInput,
): CellInput[] {
  const c = i.completion;
  return [
    name,
    form.sheet,
    i.row,
    link(file, form.sheet, i.cell, i.cell),
    i.level1,
    i.level2,
    i.level3,
    i.level1Canonical,
    i.level2Canonical,
    i.target.text,
    i.target.kind,
    i.target.op,
    i.target.value,
    i.target.unit || null,
    i.target.nature,
    message(`cli.verdict.${i.verdict}`, lang),
    i.actual?.text ?? null,
    c ? message(`cli.completion.${c.status}`, lang) : null,
    c?.ratio ?? null,
    c?.weight ?? null,
    c?.score ?? null,
  ];
}
