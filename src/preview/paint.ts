/**
 * Small exceljs helpers of the preview: reading the record of marks (src/core/marks.ts, written by
 * src/workbook/apply-patch.ts), the severity a painted cell shows, typed cell writes and merged
 * masters. Painting and clearing themselves are src/workbook/apply-patch.ts, shared with the CLI.
 */
import type * as ExcelJS from 'exceljs';
import {
  MARKS_SHEET,
  NO_FILL,
  SEVERITY_FILL,
  marksToRows,
  mergeMarks,
  rowsToMarks,
  type CellLook,
  type FillLook,
  type MarkRecord,
} from '../core/marks';
import type { PatchOp, SheetPatch } from '../core/patch';
import type { Severity } from '../core/types';

export function argbToHex(argb: string | undefined): string | null {
  if (!argb || !/^[0-9a-f]{6,8}$/i.test(argb)) return null;
  return `#${argb.slice(-6).toUpperCase()}`;
}

export function hexToArgb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function fillLook(fill: ExcelJS.Fill | undefined): FillLook {
  if (!fill || fill.type !== 'pattern' || !fill.pattern || fill.pattern === 'none') return NO_FILL;
  const fg = argbToHex(fill.fgColor?.argb);
  if (fill.pattern === 'solid') return { color: fg, pattern: null, patternColor: null };
  const name = fill.pattern.charAt(0).toUpperCase() + fill.pattern.slice(1);
  return { color: argbToHex(fill.bgColor?.argb), pattern: name, patternColor: fg };
}

function lookToFill(look: FillLook): ExcelJS.Fill | undefined {
  if (!look.color && !look.pattern) return undefined;
  if (!look.pattern) return { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(look.color as string) } };
  const pattern = (look.pattern.charAt(0).toLowerCase() + look.pattern.slice(1)) as ExcelJS.FillPatterns;
  return {
    type: 'pattern',
    pattern,
    ...(look.patternColor ? { fgColor: { argb: hexToArgb(look.patternColor) } } : {}),
    ...(look.color ? { bgColor: { argb: hexToArgb(look.color) } } : {}),
  };
}

export function noteText(note: unknown): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text?: string }[] }).texts;
  if (Array.isArray(texts)) return texts.map((t) => t.text ?? '').join('');
  return null;
}

export function cellLook(cell: ExcelJS.Cell): CellLook {
  return { fill: fillLook(cell.fill), note: noteText(cell.note) };
}

/** Set the fill without touching a style object other cells may share. */
function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  const style = { ...(cell.style ?? {}) } as Partial<ExcelJS.Style>;
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
}

/** Sets or removes a cell's note (exceljs has no way to remove one but dropping its comment). */
export function setNote(cell: ExcelJS.Cell, text: string | null): void {
  if (text === null) (cell as unknown as { _comment?: unknown })._comment = undefined;
  else cell.note = text;
}

export function readMarks(wb: ExcelJS.Workbook): MarkRecord[] {
  const ws = wb.getWorksheet(MARKS_SHEET);
  if (!ws) return [];
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const vals = row.values as unknown[];
    rows.push([vals[1], vals[2], vals[3]].map((v) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : String(v))));
  });
  return rowsToMarks(rows);
}

export function writeMarks(wb: ExcelJS.Workbook, records: MarkRecord[]): void {
  const old = wb.getWorksheet(MARKS_SHEET);
  if (old) wb.removeWorksheet(old.id);
  if (records.length === 0) return;
  const ws = wb.addWorksheet(MARKS_SHEET, { state: 'veryHidden' });
  for (const row of marksToRows(records)) ws.addRow(row);
}

/** Writes a cell's text the way typing it would: numbers stay numbers, the rest is text. */
export function typedValue(text: string): ExcelJS.CellValue {
  const t = text.trim();
  if (t === '') return null;
  if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return Number(t);
  return text;
}

/** The master cell of a merged range (exceljs keeps values and styles there). */
export function masterCell(ws: ExcelJS.Worksheet, a1: string): ExcelJS.Cell {
  const cell = ws.getCell(a1);
  return cell.isMerged && cell.master ? cell.master : cell;
}

export function isCellEmpty(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  return false;
}

/** The severity a painted cell shows, from its current fill (null when it is not one of ours). */
export function paintedSeverity(cell: ExcelJS.Cell): Severity | null {
  const color = fillLook(cell.fill).color;
  if (!color) return null;
  for (const [sev, hex] of Object.entries(SEVERITY_FILL)) if (hex.toUpperCase() === color) return sev as Severity;
  return null;
}
