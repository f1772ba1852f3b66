/**
 * Opening an .xlsx in the browser as a live exceljs Workbook (the preview's in-memory workbook).
 * The same checks as the file reader (src/workbook/read.ts): wrong file kinds are recognised from
 * their bytes first, parse failures become file.corrupt — always a WorkbookReadError with a file.*
 * code of the message catalog, never a stack trace.
 */
import * as ExcelJS from 'exceljs';
import { describeParseFailure, sniffWorkbookBytes, WorkbookReadError } from '../workbook/errors';
import { ZH_CN_BUILTIN_FORMATS } from '../workbook/format';

interface LoadModel {
  styles?: { index?: { numFmt?: (string | undefined)[] } };
}

/**
 * Fill the locale-dependent built-in number formats exceljs leaves undefined (ids 27–36, 50–58),
 * so that those cells keep their date format — as the file reader does.
 */
function hookBuiltinFormats(wb: ExcelJS.Workbook): void {
  const xlsx = wb.xlsx as unknown as { reconcile?: (model: LoadModel, options: unknown) => void };
  const original = xlsx.reconcile;
  if (typeof original !== 'function') return;
  xlsx.reconcile = function reconcile(this: unknown, model: LoadModel, options: unknown) {
    const numFmt = model?.styles?.index?.numFmt;
    if (Array.isArray(numFmt)) {
      for (const [id, code] of Object.entries(ZH_CN_BUILTIN_FORMATS)) {
        const i = Number(id);
        if (numFmt[i] === undefined || numFmt[i] === null) numFmt[i] = code;
      }
    }
    original.call(this, model, options);
  };
}

export function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Loads an .xlsx held in memory. Throws WorkbookReadError (file.* codes) and nothing else. */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array, fileName?: string): Promise<ExcelJS.Workbook> {
  const bytes = toBytes(data);
  const sniffed = sniffWorkbookBytes(bytes, fileName);
  if (sniffed) throw new WorkbookReadError(sniffed);
  const wb = new ExcelJS.Workbook();
  hookBuiltinFormats(wb);
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
