/**
 * Small exceljs helpers of the preview: typed cell writes and merged masters. Painting, clearing,
 * the record of marks and "is this cell empty" are src/workbook/apply-patch.ts, shared with the CLI.
 */
import type * as ExcelJS from 'exceljs';

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
