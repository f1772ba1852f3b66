/**
 * Builds real .xlsx files (with exceljs) for tests that go through the workbook adapter.
 *
 *   const buf = await buildWorkbook([
 *     { name: '绩效目标申报表',
 *       rows: [
 *         ['一级指标', '二级指标', '三级指标', '指标目标值'],
 *         ['产出指标', '数量指标', '培训人数', { value: 25, numFmt: '"≥"0"期"' }],   // shows "≥25期"
 *         [null, null, '完成率', { value: 0.95, numFmt: '0%' }],                   // shows "95%"
 *         [null, null, '缺失', { error: '#N/A' }],                                 // error value
 *         [null, null, '执行率', { formula: 'E6/D6', result: 0.9749, numFmt: '0.00%' }],
 *         [null, null, '富文本', { richText: [{ text: '≥' }, { text: '90%' }] }],
 *       ],
 *       merges: ['A2:A6'],          // A1 ranges; only the top-left cell keeps its value
 *       startRow: 13, startCol: 2,  // rows[0][0] lands on B13 (default A1)
 *       columnWidths: [10, 14, 38], // from startCol on
 *     },
 *   ]);
 *   const snapshot = await readWorkbookBuffer(buf, 'test.xlsx');
 *
 * A cell is a string, number, boolean, Date, null/undefined (left empty), or an object:
 *   { value, numFmt }               any exceljs value with a number format
 *   { error: '#N/A', numFmt? }       an Excel error value
 *   { formula, result?, numFmt? }    a formula (without `=`) and its cached result; no result = never calculated
 *   { richText: [{ text }], numFmt? } rich text
 * Dates: pass `new Date(Date.UTC(2021, 0, 1))` (exceljs writes the UTC instant); without numFmt a date gets
 * built-in format 14 (read back as yyyy/m/d). `opts.date1904` writes a workbook in the 1904 date system.
 */
import * as ExcelJS from 'exceljs';

export type CellSpec =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | {
      value?: unknown;
      formula?: string;
      result?: unknown;
      numFmt?: string;
      error?: string;
      richText?: { text: string }[];
    };

export interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  /** Merged ranges in A1 notation, e.g. "A13:A37". */
  merges?: string[];
  /** Row of rows[0] (1-based, default 1). */
  startRow?: number;
  /** Column of rows[x][0] (1-based, default 1). */
  startCol?: number;
  /** Column widths in characters, starting at column startCol. */
  columnWidths?: number[];
}

export interface BuildOptions {
  /** Write the workbook in the 1904 date system. */
  date1904?: boolean;
}

function setCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  if (spec === null || spec === undefined) return;
  if (typeof spec !== 'object' || spec instanceof Date) {
    cell.value = spec;
    return;
  }
  if (spec.numFmt !== undefined) cell.numFmt = spec.numFmt;
  if (spec.formula !== undefined) {
    const f = spec.formula.replace(/^=/, '');
    cell.value = (
      spec.result === undefined ? { formula: f } : { formula: f, result: spec.result }
    ) as ExcelJS.CellFormulaValue;
  } else if (spec.error !== undefined) {
    cell.value = { error: spec.error } as ExcelJS.CellErrorValue;
  } else if (spec.richText !== undefined) {
    cell.value = { richText: spec.richText };
  } else if (spec.value !== undefined) {
    cell.value = spec.value as ExcelJS.CellValue;
  }
}

/** Build an .xlsx in memory. */
export async function buildWorkbook(sheets: SheetSpec[], opts: BuildOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (opts.date1904) wb.properties.date1904 = true;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    const top = s.startRow ?? 1;
    const left = s.startCol ?? 1;
    s.rows.forEach((row, r) => {
      row.forEach((spec, c) => setCell(ws.getCell(top + r, left + c), spec));
    });
    for (const range of s.merges ?? []) ws.mergeCells(range);
    (s.columnWidths ?? []).forEach((w, i) => {
      ws.getColumn(left + i).width = w;
    });
  }
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
