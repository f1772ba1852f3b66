/**
 * The exceljs adapter: reads an .xlsx into the core's grid snapshots (src/core/types.ts).
 * A thin layer — values, displayed texts, number formats and merged ranges; no domain rule.
 *
 * Browser-safe: no `fs`/`path` imports (the browser preview uses it). Node file access is in node.ts.
 */
import * as ExcelJS from 'exceljs';
import { columnName } from '../core/grid';
import type { GridCell, GridSnapshot, RawValue, WorkbookSnapshot } from '../core/types';
import { describeParseFailure, sniffWorkbookBytes, WorkbookReadError } from './errors';
import { DAYS_1904_OFFSET, FormatCache, ZH_CN_BUILTIN_FORMATS } from './format';

/** A non-fatal finding about the file, rendered from the message catalog by code + params. */
export interface ReadWarning {
  code: string;
  params: Record<string, string | number>;
}

/** What the adapter returns: the core's snapshot plus file-level warnings (e.g. form.sheet-oversized). */
export type ReadWorkbookResult = WorkbookSnapshot & { warnings: ReadWarning[] };

/** A sheet whose used range reaches this many rows gets form.sheet-oversized. */
export const OVERSIZED_SHEET_ROWS = 1_000_000;

/** exceljs cell types (ExcelJS.ValueType), as numbers so the browser bundle needs no enum import. */
const CELL_NULL = 0;
const CELL_MERGE = 1;

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/** One formatter cache for the process: it only grows with the number of distinct format codes. */
const formats = new FormatCache();

// ---------------------------------------------------------------------------
// Cell conversion
// ---------------------------------------------------------------------------

/** exceljs turns date-formatted numbers into JS Dates (UTC, rounded to the ms); undo that. */
function dateToSerial(d: Date, date1904: boolean): number | null {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return null;
  const serial = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DAYS_1904_OFFSET : 0);
  // exceljs rounded to whole milliseconds; drop the float noise that leaves (…0000000001).
  return Math.round(serial * 1e10) / 1e10;
}

function joinRichText(v: { richText?: { text?: string }[] }): string {
  const parts = v.richText;
  if (!Array.isArray(parts)) return '';
  let s = '';
  for (let i = 0; i < parts.length; i++) s += parts[i].text ?? '';
  return s;
}

interface Converted {
  value: RawValue;
  text: string;
}

/** Convert an exceljs value (or a formula's cached result) to a raw value and its displayed text. */
function convertValue(v: unknown, fmt: string, date1904: boolean): Converted {
  switch (typeof v) {
    case 'number':
      return { value: v, text: formats.number(fmt, date1904)(v) };
    case 'string':
      return { value: v, text: formats.text(fmt, v) };
    case 'boolean':
      return { value: v, text: v ? 'TRUE' : 'FALSE' };
    case 'undefined':
      return { value: null, text: '' };
    case 'object':
      break;
    default:
      return { value: String(v), text: String(v) };
  }
  if (v === null) return { value: null, text: '' };
  if (v instanceof Date) {
    const serial = dateToSerial(v, date1904);
    return serial === null ? { value: null, text: '' } : { value: serial, text: formats.number(fmt, date1904)(serial) };
  }
  const o = v as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o || 'result' in o) {
    // A formula gives its cached result; without one (never calculated) it is blank.
    return convertValue(o.result, fmt, date1904);
  }
  if (typeof o.error === 'string') return { value: { error: o.error }, text: o.error };
  if ('richText' in o) {
    const s = joinRichText(o as { richText?: { text?: string }[] });
    return { value: s, text: formats.text(fmt, s) };
  }
  if ('hyperlink' in o || 'text' in o) {
    const t = o.text;
    const s = typeof t === 'string' ? t : t && typeof t === 'object' ? joinRichText(t as { richText?: { text?: string }[] }) : '';
    return { value: s, text: formats.text(fmt, s) };
  }
  return { value: null, text: '' };
}

// Minimal views of exceljs internals: iterating the sparse row/cell arrays directly is one pass,
// where the public eachRow/eachCell walk every row's cells twice (hasValues, then eachCell).
interface ExcelCellLike {
  type: number;
  value: unknown;
  numFmt?: string;
  row: number;
  col: number;
}
interface ExcelRowLike {
  _cells?: (ExcelCellLike | undefined)[];
  eachCell(opt: { includeEmpty: boolean }, cb: (cell: ExcelCellLike) => void): void;
}
interface ExcelRangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
interface ExcelSheetLike {
  name: string;
  _rows?: (ExcelRowLike | undefined)[];
  _merges?: Record<string, ExcelRangeLike>;
  rowCount: number;
  eachRow(cb: (row: ExcelRowLike) => void): void;
  model: { merges?: string[] };
}

function convertCell(cell: ExcelCellLike, date1904: boolean, out: GridCell[]): void {
  const type = cell.type;
  // Null: style only. Merge: a cell covered by a merged range (exceljs echoes the master's value).
  if (type === CELL_NULL || type === CELL_MERGE) return;
  const fmt = cell.numFmt || 'General';
  const { value, text } = convertValue(cell.value, fmt, date1904);
  out.push({ row: cell.row, col: cell.col, value, text, format: fmt });
}

function rangeA1(r: ExcelRangeLike): string {
  const a = columnName(r.left) + r.top;
  const b = columnName(r.right) + r.bottom;
  return a === b ? a : `${a}:${b}`;
}

/** One worksheet as a grid snapshot: non-empty cells (merged ranges: top-left only) and merged ranges. */
export function sheetToGrid(ws: ExcelJS.Worksheet, date1904: boolean): GridSnapshot {
  const sheet = ws as unknown as ExcelSheetLike;
  const cells: GridCell[] = [];
  const rows = sheet._rows;
  if (Array.isArray(rows)) {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      const rc = row._cells;
      if (Array.isArray(rc)) {
        for (let c = 0; c < rc.length; c++) {
          const cell = rc[c];
          if (cell) convertCell(cell, date1904, cells);
        }
      } else {
        row.eachCell({ includeEmpty: false }, (cell) => convertCell(cell, date1904, cells));
      }
    }
  } else {
    sheet.eachRow((row) => row.eachCell({ includeEmpty: false }, (cell) => convertCell(cell, date1904, cells)));
  }

  let merges: string[];
  if (sheet._merges && typeof sheet._merges === 'object') {
    merges = Object.values(sheet._merges).map(rangeA1);
  } else {
    merges = (sheet.model.merges ?? []).slice();
  }
  return { sheet: ws.name, cells, merges, date1904 };
}

// ---------------------------------------------------------------------------
// Workbook
// ---------------------------------------------------------------------------

interface LoadModel {
  styles?: { index?: { numFmt?: (string | undefined)[] } };
  worksheets?: ({ name?: string; dimensions?: unknown } | undefined)[];
}

/** Last row of an A1 range such as "A1:XFD1048576" (0 if it cannot be read). */
function lastRowOf(ref: unknown): number {
  if (typeof ref !== 'string') return 0;
  const m = /(\d+)\s*$/.exec(ref);
  return m ? Number(m[1]) : 0;
}

/**
 * Hook the instance's reconcile step (it runs after all parts are parsed, before cells are built):
 *  - fill the locale-dependent built-in number formats exceljs leaves undefined (ids 27–36, 50–58)
 *    or renders oddly (14, 22), so those cells keep their date format;
 *  - capture each sheet's claimed <dimension ref>, which exceljs discards.
 * Instance-level, so it works with exceljs's browser bundle too and touches no other workbook.
 */
export function hookLoad(wb: ExcelJS.Workbook): Map<string, number> {
  const claimed = new Map<string, number>();
  const xlsx = wb.xlsx as unknown as { reconcile?: (model: LoadModel, options: unknown) => void };
  const original = xlsx.reconcile;
  if (typeof original !== 'function') return claimed;
  xlsx.reconcile = function reconcile(this: unknown, model: LoadModel, options: unknown) {
    const numFmt = model?.styles?.index?.numFmt;
    if (Array.isArray(numFmt)) {
      for (const [id, code] of Object.entries(ZH_CN_BUILTIN_FORMATS)) {
        const i = Number(id);
        if (numFmt[i] === undefined || numFmt[i] === null) numFmt[i] = code;
      }
    }
    original.call(this, model, options);
    for (const sheet of model?.worksheets ?? []) {
      if (sheet && typeof sheet.name === 'string') claimed.set(sheet.name, lastRowOf(sheet.dimensions));
    }
  };
  return claimed;
}

export function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  // ArrayBuffer from another realm (iframe/worker) or a Buffer-like view.
  const view = data as unknown as ArrayBufferView;
  if (view && typeof view.byteLength === 'number' && view.buffer) return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return new Uint8Array(data as ArrayBuffer);
}

/**
 * Read an .xlsx held in memory. Throws WorkbookReadError (file.* codes) and nothing else:
 * wrong file kinds are recognised from their bytes first, parse failures become file.corrupt.
 */
export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, fileName?: string): Promise<ReadWorkbookResult> {
  let bytes: Uint8Array;
  try {
    bytes = toBytes(data);
  } catch {
    throw new WorkbookReadError('file.unreadable', { detail: 'the data is not a byte buffer' });
  }
  const sniffed = sniffWorkbookBytes(bytes, fileName);
  if (sniffed) throw new WorkbookReadError(sniffed);

  const wb = new ExcelJS.Workbook();
  const claimedRows = hookLoad(wb);
  try {
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (err) {
    throw describeParseFailure(err);
  }

  try {
    // A zip without xl/workbook.xml (a zipped text file, a renamed .docx) loads as zero sheets.
    if (wb.worksheets.length === 0) throw new WorkbookReadError('file.not-xlsx');
    const date1904 = Boolean(wb.properties && wb.properties.date1904);
    const sheets: GridSnapshot[] = [];
    const warnings: ReadWarning[] = [];
    for (const ws of wb.worksheets) {
      const rows = Math.max(claimedRows.get(ws.name) ?? 0, ws.rowCount || 0);
      if (rows >= OVERSIZED_SHEET_ROWS) warnings.push({ code: 'form.sheet-oversized', params: { sheet: ws.name, rows } });
      sheets.push(sheetToGrid(ws, date1904));
    }
    return { sheets, warnings };
  } catch (err) {
    throw describeParseFailure(err);
  }
}
