/**
 * The exceljs adapter: reads an .xlsx into the core's grid snapshots (src/core/types.ts).
 * A thin layer — values, displayed texts, number formats and merged ranges; no domain rule.
 *
 * Browser-safe: no `fs`/`path` imports (the browser preview uses it). Node file access is in node.ts.
 */
import type * as ExcelJS from 'exceljs';
import {
  clipMerge,
  columnName,
  findOverlap,
  LARGE_MERGE_CELLS,
  parseRange,
  rangeAddress,
  type CellRange,
  type ContentBounds,
} from '../core/grid';
import { isOwnSheet } from '../core/own-sheets';
import type { StoredSettings } from '../core/settings-store';
import type { GridCell, GridSnapshot, RawValue, WorkbookSnapshot } from '../core/types';
import { describeParseFailure, sniffWorkbookBytes, WorkbookReadError } from './errors';
import { DAYS_1904_OFFSET, FormatCache, ZH_CN_BUILTIN_FORMATS } from './format';
import { loadWorkbookSettings } from './settings';
import { checkZipLimits, type ZipLimits } from './zip-limits';

/**
 * What reading one workbook may cost. Checked before the cost is paid: the zip's declared sizes
 * before inflating, the cells of a sheet while its XML is handed to the parser.
 */
export interface ReadLimits extends ZipLimits {
  /** Cells (and rows) one sheet may hold. */
  maxCells: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxCells: 2_000_000,
  maxInflatedBytes: 512 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 20_000,
};

/** A non-fatal finding about the file, rendered from the message catalog by code + params. */
export interface ReadWarning {
  code: string;
  params: Record<string, string | number>;
}

/** What the adapter returns: the core's snapshot plus file-level warnings (e.g. form.sheet-oversized). */
export type ReadWorkbookResult = WorkbookSnapshot & {
  warnings: ReadWarning[];
  /** The jixiao settings saved in the workbook (by the pane or `jixiao score --out`), as stored; null when none. */
  settings: StoredSettings | null;
};

/** A sheet whose used range reaches this many rows gets form.sheet-oversized. */
const OVERSIZED_SHEET_ROWS = 1_000_000;

/** exceljs cell types (ExcelJS.ValueType), as numbers so the browser bundle needs no enum import. */
const CELL_NULL = 0;
const CELL_MERGE = 1;

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/** exceljs's Workbook class as the caller chose it (useWorkbookClass), else the package's own. */
let workbookClass: (new () => ExcelJS.Workbook) | null = null;

/**
 * Sets the exceljs Workbook class readWorkbookBuffer builds. Node's file reader (node.ts) passes
 * exceljs's document model alone (exceljs-node.ts), which loads in less than half the time of the
 * whole package; by default — the browser, tests that import this file — the package's `Workbook`.
 */
export function useWorkbookClass(c: new () => ExcelJS.Workbook): void {
  workbookClass = c;
}

function newWorkbook(): ExcelJS.Workbook {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (!workbookClass) workbookClass = (require('exceljs') as typeof ExcelJS).Workbook;
  return new workbookClass();
}

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
    const s =
      typeof t === 'string'
        ? t
        : t && typeof t === 'object'
          ? joinRichText(t as { richText?: { text?: string }[] })
          : '';
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

/** What hookLoad gathers while exceljs loads a workbook. */
export interface LoadHooks {
  /** Each sheet's claimed <dimension ref> last row (exceljs discards it). */
  claimed: Map<string, number>;
  /** Each sheet's merged ranges, clipped to its content: applied by hookLoad itself, in linear time. */
  merges: Map<string, CellRange[]>;
}

interface RowModelLike {
  number?: number;
  cells?: ({ address?: string } | undefined)[];
}
interface SheetModelLike {
  name?: string;
  dimensions?: unknown;
  rows?: (RowModelLike | undefined)[];
  mergeCells?: string[];
}
interface WorkbookRelLike {
  Id?: string;
  Target?: string;
}
interface LoadingModelLike {
  sheets?: { name?: string; rId?: string }[];
  workbookRels?: WorkbookRelLike[];
}

/** The column of an address such as "AB12" (upper-case letters, then digits), or 0 when it is not one. */
function addressColumn(a: string): number {
  const n = a.length;
  let i = 0;
  let col = 0;
  while (i < n) {
    const ch = a.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
    i++;
  }
  if (i === 0 || i === n) return 0;
  for (let j = i; j < n; j++) {
    const ch = a.charCodeAt(j);
    if (ch < 48 || ch > 57) return 0;
  }
  return col;
}

/** The last row and column holding any cell (styled or not) in a parsed sheet model. */
function modelBounds(sheet: SheetModelLike): ContentBounds {
  const bounds: ContentBounds = { maxRow: 0, maxCol: 0 };
  for (const row of sheet.rows ?? []) {
    if (!row || !Array.isArray(row.cells) || row.cells.length === 0) continue;
    const n = Number(row.number) || 0;
    for (const cell of row.cells) {
      const a = cell?.address;
      if (typeof a !== 'string') continue;
      const col = addressColumn(a);
      if (col === 0) continue;
      if (col > bounds.maxCol) bounds.maxCol = col;
      if (n > bounds.maxRow) bounds.maxRow = n;
    }
  }
  return bounds;
}

/**
 * The merged ranges of a sheet model, clipped to its content (a merge of A30:XFD1048576 over a few
 * cells becomes a few cells) and checked for overlaps in n log n. Throws (as exceljs would, so the
 * file reads as damaged with reason.overlapping-merges) when two overlap.
 */
export function prepareMerges(refs: readonly string[], bounds: ContentBounds): CellRange[] {
  const out: CellRange[] = [];
  for (const ref of refs) {
    let r: CellRange;
    try {
      r = parseRange(ref);
    } catch {
      continue; // a malformed reference: exceljs would fail on it; it merges nothing
    }
    r = clipMerge(r, bounds);
    if (r.top === r.bottom && r.left === r.right) continue;
    out.push(r);
  }
  if (findOverlap(out)) throw new Error('Cannot merge already merged cells');
  return out;
}

interface MergeableSheet {
  _merges: Record<string, unknown>;
  mergeCellsWithoutStyle(range: string): void;
}

/**
 * Applies prepared merges to the loaded workbook: what exceljs's own load does, minus its check of
 * every merge against every other (quadratic — 100,000 merges took minutes). The cells a merge covers
 * are marked one by one (as exceljs does) only while a sheet's total stays within `cellBudget` and the
 * merge is at most LARGE_MERGE_CELLS; past that a merge is recorded as a range only — its master
 * keeps its value, the covered cells stay as they are — so no file can make this allocate without end.
 */
function applyMerges(
  wb: ExcelJS.Workbook,
  merges: Map<string, CellRange[]>,
  cellBudget = DEFAULT_READ_LIMITS.maxCells,
): void {
  for (const ws of wb.worksheets) {
    const list = merges.get(ws.name);
    if (!list || list.length === 0) continue;
    const sheet = ws as unknown as MergeableSheet;
    const all: Record<string, unknown> = { ...sheet._merges };
    let touched = 0;
    for (const r of list) {
      const area = (r.bottom - r.top + 1) * (r.right - r.left + 1);
      sheet._merges = {}; // nothing to compare against: the overlaps were ruled out in n log n
      if (area <= LARGE_MERGE_CELLS && touched + area <= cellBudget) {
        touched += area;
        sheet.mergeCellsWithoutStyle(rangeAddress(r));
      } else {
        const probe = ws.getCell(r.top, r.left).address;
        sheet.mergeCellsWithoutStyle(`${probe}:${probe}`);
        const recorded = sheet._merges[probe] as { model?: unknown } | undefined;
        if (recorded && recorded.model && typeof recorded.model === 'object') {
          Object.assign(recorded.model as object, { top: r.top, left: r.left, bottom: r.bottom, right: r.right });
        }
      }
      Object.assign(all, sheet._merges);
    }
    sheet._merges = all;
  }
}

/**
 * Excel allows sheet names of at most 31 characters; a file from another tool may hold longer ones,
 * which exceljs truncates with an English warning on stderr and then refuses as a duplicate of
 * itself. They are shortened here, uniquely ("name(2)"), before exceljs sees them.
 */
function shortenSheetNames(sheets: (SheetModelLike | undefined)[]): void {
  const taken = new Set(
    sheets.map((s) => (typeof s?.name === 'string' && s.name.length <= 31 ? s.name.toLowerCase() : '')),
  );
  for (const sheet of sheets) {
    if (!sheet || typeof sheet.name !== 'string' || sheet.name.length <= 31) continue;
    let name = sheet.name.slice(0, 31);
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = sheet.name.slice(0, 31 - `(${n})`.length) + `(${n})`;
    taken.add(name.toLowerCase());
    sheet.name = name;
  }
}

/** Does `ch` end an element name: a white-space character (as /\s/ matches), ">" or "/"? */
function endsName(ch: number): boolean {
  if (ch === 32 || ch === 62 || ch === 47 || (ch >= 9 && ch <= 13)) return true;
  if (ch < 160) return false;
  return (
    ch === 160 ||
    ch === 0x1680 ||
    (ch >= 0x2000 && ch <= 0x200a) ||
    ch === 0x2028 ||
    ch === 0x2029 ||
    ch === 0x202f ||
    ch === 0x205f ||
    ch === 0x3000 ||
    ch === 0xfeff
  );
}

/**
 * Counts cell and row elements (`<c …`, `<row …`) in a piece of a sheet's XML as it is handed to the
 * parser — what /<(?:c|row)[\s>/]/g would match, by indexOf, without a match object per element.
 */
function countCellsAndRows(text: string): number {
  let count = 0;
  for (let i = text.indexOf('<c'); i !== -1; i = text.indexOf('<c', i + 2)) {
    if (endsName(text.charCodeAt(i + 2))) count++;
  }
  for (let i = text.indexOf('<row'); i !== -1; i = text.indexOf('<row', i + 4)) {
    if (endsName(text.charCodeAt(i + 4))) count++;
  }
  return count;
}

function sheetNameOf(model: LoadingModelLike, sheetNo: unknown): string {
  const n = String(sheetNo);
  const rel = model.workbookRels?.find((r) => typeof r.Target === 'string' && r.Target.endsWith(`sheet${n}.xml`));
  const sheet = rel ? model.sheets?.find((s) => s.rId === rel.Id) : undefined;
  return sheet?.name ?? `sheet${n}`;
}

interface StreamLike {
  constructor: new (options: object) => StreamLike;
  on(event: string, cb: (arg: unknown) => void): void;
  write(chunk: unknown): boolean;
  end(): void;
  destroy(err?: Error): void;
}

/**
 * Hook the instance's load steps:
 *  - reconcile (after all parts are parsed, before cells are built): fill the locale-dependent
 *    built-in number formats exceljs leaves undefined (ids 27–36, 50–58) or renders oddly (14, 22), so
 *    those cells keep their date format; capture each sheet's claimed <dimension ref>, which exceljs
 *    discards; take the merged ranges out of exceljs's hands (clipped, checked in n log n);
 *  - the workbook's model setter: apply those merges once the sheets exist (applyMerges);
 *  - each sheet's XML: refuse it past `maxCells` cells, before the parser builds them.
 * Instance-level, so it works with exceljs's browser bundle too and touches no other workbook.
 */
export function hookLoad(wb: ExcelJS.Workbook, limitsIn?: Pick<ReadLimits, 'maxCells'>): LoadHooks {
  const hooks: LoadHooks = { claimed: new Map(), merges: new Map() };
  const limits = limitsIn ?? DEFAULT_READ_LIMITS;
  // the merges go back in once the worksheets exist: exceljs builds them in the model setter. Only
  // when that setter can be wrapped are the merges taken out of exceljs's hands at all.
  let canApplyMerges = false;
  const proto = Object.getPrototypeOf(wb) as object;
  const desc = Object.getOwnPropertyDescriptor(proto, 'model');
  if (desc?.get && desc.set) {
    const { get, set } = desc;
    Object.defineProperty(wb, 'model', {
      configurable: true,
      enumerable: false,
      get(this: ExcelJS.Workbook) {
        return get.call(this);
      },
      set(this: ExcelJS.Workbook, value: unknown) {
        set.call(this, value);
        applyMerges(this, hooks.merges, limits.maxCells);
      },
    });
    canApplyMerges = true;
  }
  const xlsx = wb.xlsx as unknown as {
    reconcile?: (model: LoadModel, options: unknown) => void;
    _processWorksheetEntry?: (
      stream: StreamLike,
      model: LoadingModelLike,
      sheetNo: unknown,
      ...rest: unknown[]
    ) => Promise<void>;
  };
  const original = xlsx.reconcile;
  if (typeof original !== 'function') return hooks;
  xlsx.reconcile = function reconcile(this: unknown, model: LoadModel, options: unknown) {
    const numFmt = model?.styles?.index?.numFmt;
    if (Array.isArray(numFmt)) {
      for (const [id, code] of Object.entries(ZH_CN_BUILTIN_FORMATS)) {
        const i = Number(id);
        if (numFmt[i] === undefined || numFmt[i] === null) numFmt[i] = code;
      }
    }
    original.call(this, model, options);
    const sheets = (model?.worksheets ?? []) as (SheetModelLike | undefined)[];
    shortenSheetNames(sheets);
    for (const sheet of sheets) {
      if (!sheet || typeof sheet.name !== 'string') continue;
      hooks.claimed.set(sheet.name, lastRowOf(sheet.dimensions));
      if (canApplyMerges && Array.isArray(sheet.mergeCells) && sheet.mergeCells.length > 0) {
        hooks.merges.set(sheet.name, prepareMerges(sheet.mergeCells, modelBounds(sheet)));
        sheet.mergeCells = [];
      }
    }
  };

  const processSheet = xlsx._processWorksheetEntry;
  // the cell budget is counted where the caller asks for it (the file reader always does)
  if (limitsIn && typeof processSheet === 'function' && Number.isFinite(limits.maxCells)) {
    xlsx._processWorksheetEntry = function counted(
      this: unknown,
      stream: StreamLike,
      model: LoadingModelLike,
      sheetNo: unknown,
      ...rest: unknown[]
    ) {
      const Ctor = stream.constructor;
      const out = new Ctor({ writableObjectMode: true, readableObjectMode: true });
      let count = 0;
      let stopped = false;
      stream.on('data', (chunk) => {
        if (stopped) return;
        const text = typeof chunk === 'string' ? chunk : String(chunk);
        count += countCellsAndRows(text);
        if (count > limits.maxCells) {
          stopped = true;
          out.destroy(
            new WorkbookReadError('file.too-many-cells', {
              sheet: sheetNameOf(model, sheetNo),
              limit: limits.maxCells,
            }),
          );
          return;
        }
        out.write(chunk);
      });
      stream.on('end', () => {
        if (!stopped) out.end();
      });
      stream.on('error', (err) => out.destroy(err instanceof Error ? err : new Error(String(err))));
      return processSheet.call(this, out, model, sheetNo, ...rest);
    };
  }

  return hooks;
}

/**
 * Runs a load with exceljs's own console warnings held back (e.g. "Worksheet name … exceeds 31
 * chars" on stderr, in English, in the middle of a report): a file's problems are reported through
 * the catalog or not at all.
 */
export async function quietly<T>(load: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    const first = typeof args[0] === 'string' ? args[0] : '';
    if (/^Worksheet name .* exceeds 31 chars/.test(first)) return;
    warn.apply(console, args);
  };
  try {
    return await load();
  } finally {
    console.warn = warn;
  }
}

export function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  // ArrayBuffer from another realm (iframe/worker) or a Buffer-like view.
  const view = data as unknown as ArrayBufferView;
  if (view && typeof view.byteLength === 'number' && view.buffer)
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return new Uint8Array(data as ArrayBuffer);
}

/**
 * Read an .xlsx held in memory. Throws WorkbookReadError (file.* codes) and nothing else:
 * wrong file kinds are recognised from their bytes first, parse failures become file.corrupt.
 */
export async function readWorkbookBuffer(
  data: ArrayBuffer | Uint8Array,
  fileName?: string,
  limitsIn: Partial<ReadLimits> = {},
): Promise<ReadWorkbookResult> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limitsIn };
  let bytes: Uint8Array;
  try {
    bytes = toBytes(data);
  } catch {
    throw new WorkbookReadError('file.unreadable', { detail: 'the data is not a byte buffer' });
  }
  const sniffed = sniffWorkbookBytes(bytes, fileName);
  if (sniffed) throw new WorkbookReadError(sniffed);
  // a zip bomb is refused from its declared sizes, before a byte is inflated
  const bomb = checkZipLimits(bytes, limits);
  if (bomb) throw new WorkbookReadError(bomb.code, bomb.params);

  const wb = newWorkbook();
  const claimedRows = hookLoad(wb, limits).claimed;
  try {
    await quietly(() => wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]));
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
      if (ws.state === 'hidden' || ws.state === 'veryHidden') {
        // a sheet nobody sees is not checked, as in Excel's pane; one with content is said to be skipped (not the
        // sheets jixiao itself keeps: its marks and settings, the template's 指标库 behind the dropdowns)
        if (!isOwnSheet(ws.name) && ws.actualRowCount > 0)
          warnings.push({ code: 'form.hidden-sheet', params: { sheet: ws.name } });
        continue;
      }
      const rows = Math.max(claimedRows.get(ws.name) ?? 0, ws.rowCount || 0);
      if (rows >= OVERSIZED_SHEET_ROWS)
        warnings.push({ code: 'form.sheet-oversized', params: { sheet: ws.name, rows } });
      sheets.push(sheetToGrid(ws, date1904));
    }
    return { sheets, warnings, settings: loadWorkbookSettings(wb) };
  } catch (err) {
    throw describeParseFailure(err);
  }
}
