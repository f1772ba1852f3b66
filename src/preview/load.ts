/**
 * Opening an .xlsx in the browser as a live exceljs Workbook (the preview's in-memory workbook).
 * The same checks as the file reader (src/workbook/read.ts): wrong file kinds are recognised from
 * their bytes first, parse failures become file.corrupt — always a WorkbookReadError with a file.*
 * code of the message catalog, never a stack trace.
 */
import * as ExcelJS from 'exceljs';
import { describeParseFailure, sniffWorkbookBytes, WorkbookReadError } from '../workbook/errors';
import { hookLoad, toBytes } from '../workbook/read';

/** Loads an .xlsx held in memory. Throws WorkbookReadError (file.* codes) and nothing else. */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array, fileName?: string): Promise<ExcelJS.Workbook> {
  const bytes = toBytes(data);
  const sniffed = sniffWorkbookBytes(bytes, fileName);
  if (sniffed) throw new WorkbookReadError(sniffed);
  const wb = new ExcelJS.Workbook();
  hookLoad(wb); // zh-CN built-in formats exceljs leaves undefined, as the file reader does
  try {
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (err) {
    throw describeParseFailure(err);
  }
  // A zip without xl/workbook.xml (a zipped text file, a renamed .docx) loads as zero sheets.
  if (wb.worksheets.length === 0) throw new WorkbookReadError('file.not-xlsx');
  return wb;
}

/** The workbook as .xlsx bytes. */
export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf as ArrayBuffer);
}
