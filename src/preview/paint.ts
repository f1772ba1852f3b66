/**
 * Small exceljs helpers of the preview: reading the record of marks (src/core/marks.ts, written by
 * src/workbook/apply-patch.ts), typed cell writes and merged
 * masters. Painting and clearing themselves are src/workbook/apply-patch.ts, shared with the CLI.
 */
import type * as ExcelJS from 'exceljs';
import { MARKS_SHEET, rowsToMarks, type MarkRecord } from '../core/marks';

export function hexToArgb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** The record of painted cells (sheet, cell, look before) as the workbook keeps it. */
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
