/**
 * A fake Excel (the office-js API subset src/excel uses) over an in-memory workbook, for the
 * adapter tests. Installed on globalThis.Excel / globalThis.Office by `installFakeExcel`; the
 * adapter itself only ever sees the global `Excel` / `Office` names typed by @types/office-js.
 *
 * What it models:
 *  - Excel.run (batch; options+batch; context+batch), RequestContext.sync() counted in `syncs`;
 *    every write and every load is QUEUED and runs in order at sync, as in office-js: reading a
 *    property that no sync has loaded throws PropertyNotLoaded, a write is not visible before sync,
 *    and leaving queued commands unsynced at the end of Excel.run throws.
 *  - Errors at sync with office-js codes: ItemNotFound (getItem of a missing sheet/note),
 *    ItemAlreadyExists (add of an existing sheet/name/note), InvalidOperation (deleting a very
 *    hidden sheet, as Excel refuses), ApiNotFound (an API above the fake's requirement set, thrown
 *    when called and recorded in `violations`).
 *  - *OrNullObject (sheets, used range, merged areas, notes) with isNullObject after sync.
 *  - Worksheets (name, id, visibility, add, delete, activate, getActiveWorksheet, onChanged,
 *    onAdded), ranges (values, formulas, text, numberFormat, valueTypes, rowIndex, columnIndex,
 *    rowCount, address, select, merge, clear, getCellProperties fill, getMergedAreasOrNullObject,
 *    dataValidation rule/prompt/errorAlert), RangeAreas via getRanges (format only), format.fill
 *    (color/pattern/patternColor/clear; "no fill" reads as #FFFFFF with pattern None, as Excel
 *    reports it), font, alignment, wrap, borders, column width / row height, notes (1.18),
 *    names, pageLayout (1.9), document settings (Office.context.document.settings).
 *  - Requirement sets: `maxExcelApi` decides Office.context.requirements.isSetSupported and gates
 *    each API at the version its documentation gives.
 *  - Platform profiles (`installFakeExcel({ profile })`, PROFILES): Excel on the web, Windows 365,
 *    Mac (ExcelApi 1.20), Office 2019 (ExcelApi 1.8), Office 2021 (ExcelApi 1.14), each with:
 *      · the undo-support table: inside a mergeUndoGroup batch, worksheets.add, worksheet.delete,
 *        worksheet.visibility and names.add make the sync fail with UndoNotSupported before anything
 *        runs (`refuseAllGroups` refuses every grouped write, for the fallback); `undoSteps` counts
 *        one step per writing sync outside a group and one per grouped Excel.run;
 *      · cell-edit mode (`cellEditMode`): a sync fails with InvalidOperationInCellEditMode unless the
 *        run has delayForCellEdit, which waits for `exitCellEdit()`;
 *      · request caps: `maxResponseBytes` (5 MB on the web) over the JSON of everything one sync
 *        loads → ResponsePayloadSizeLimitExceeded; `maxCellsPerGet` over cells × properties of one
 *        range load → GeneralException;
 *      · getMergedAreasOrNullObject over `maxMergedAreas` (512): throws GeneralException, or (the
 *        'null' profiles) answers a null object;
 *  - sheet protection (`FakeSheet.protected`, loadable as protection/protected): a sync that writes
 *    to a protected sheet's cells, formats or notes fails with AccessDenied before anything runs;
 *  - what users do (`shiftRows`, `shiftColumns`, `sortRows`, `renameSheet`, `activateSheet`): values,
 *    formats, notes and merged areas move; onChanged fires with changeType RowInserted/RowDeleted/
 *    ColumnInserted/ColumnDeleted/RangeEdited and the address Excel gives (A5:XFD6, C1:D1048576);
 *    onActivated fires; the add-in's own value writes fire onChanged after the sync, with
 *    triggerSource 'ThisLocalAddin' from ExcelApi 1.14 (absent below).
 *
 * What it does NOT model (each a limitation a real-Excel check must cover):
 *  - formula calculation (a formula cell's value stays null), number-format rendering beyond
 *    General / 0% / 0.00% / #,##0.00 / text "@", dates, locales, 1904 dates;
 *  - Excel's typing conversion beyond plain decimal numbers (no dates, percentages, booleans);
 *  - theme colours, tint and shade, gradient fills; conditional formats; styles; fonts beyond bold,
 *    size and colour; borders beyond style and weight per edge of a written range;
 *  - the undo stack itself (no Ctrl+Z: only the steps are counted), that an API without undo support
 *    clears the user's undo stack, and which platform's table differs from which (the same table is
 *    assumed on every profile; Microsoft's table gives web and Windows/Mac columns);
 *  - protection options (allowFormatCells etc.: a protected sheet refuses every write), passwords,
 *    protected workbooks structure, allow-edit ranges;
 *  - a merged area cut by a row/column delete (it is dropped; Excel shrinks it), partial-row
 *    CellInserted/CellDeleted shifts, sort by more than one key, filters, tables, hidden rows;
 *  - which profile answers null vs throws over 512 merged areas (an assumption: web and Mac and
 *    Office 2019 throw, Windows 365 and Office 2021 answer null), and the exact caps of desktop
 *    Excel (only the web's 5 MB is documented);
 *  - co-authoring, event ordering across runtimes, events for format-only changes (onFormatChanged),
 *    an Excel that ignores delayForCellEdit (tests replace Excel.run for that);
 *  - what merging does to values (merge only records the area); data validation evaluation, the
 *    INDIRECT-dependent dropdown, print output; address length limits beyond recording the longest
 *    getRanges list (`maxAddressLength`);
 *  - the real cost of a round trip (syncs are counted, not timed).
 *
 * Why not office-addin-mock for Excel: its OfficeMockObject is a static property tree — setters
 * apply at once (so a write/read ordering bug passes), methods are plain functions the test must
 * write (getItem/getRange returning fresh proxies, *OrNullObject, errors at sync are all on us),
 * and it does not count round trips per context. It fits the `Office` common API, which is plain
 * objects and callbacks: `installFakeExcel` builds Office with it.
 */
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; that package pulls
// in ES-module-only dependencies jest cannot require here, so the enum is given directly.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
}));
import { address, columnName, parseRange, type CellRange } from '../../src/core/grid';

// -------------------------------------------------------------------------------------------------
// The in-memory workbook
// -------------------------------------------------------------------------------------------------

export interface FakeFill {
  color: string | null;
  /** 'None' for no fill, 'Solid', or a pattern name. */
  pattern: string;
  patternColor: string | null;
}

export interface FakeCell {
  value: string | number | boolean | null;
  formula?: string;
  /** Displayed text; computed from value + format when not given. */
  text?: string;
  error?: string;
  numberFormat: string;
  fill: FakeFill;
  font: { bold: boolean; size: number; color: string };
  borders: Record<string, string>;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
}

export interface FakeValidation {
  range: string;
  rule?: unknown;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, FakeCell>;
  merges: string[];
  notes: Map<string, string>;
  validations: FakeValidation[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  pageLayout: { paperSize?: string; orientation?: string; zoom?: unknown; printArea?: string; printTitleRows?: string };
  changedHandlers: Set<(args: unknown) => Promise<unknown> | unknown>;
  /** Worksheet protection (Worksheet.protection.protected): writes to its cells fail with AccessDenied. */
  protected: boolean;
}

export interface FakeWorkbook {
  sheets: FakeSheet[];
  active: string;
  names: Map<string, { name: string; formula: string }>;
  selection: { sheet: string; address: string } | null;
  settings: Map<string, unknown>;
  addedHandlers: Set<(args: unknown) => Promise<unknown> | unknown>;
  activatedHandlers: Set<(args: unknown) => Promise<unknown> | unknown>;
}

export const NO_FAKE_FILL: FakeFill = { color: null, pattern: 'None', patternColor: null };

export function blankCell(): FakeCell {
  return {
    value: null,
    numberFormat: 'General',
    fill: { ...NO_FAKE_FILL },
    font: { bold: false, size: 11, color: '#000000' },
    borders: {},
  };
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
let nextId = 1;

export function newSheet(name: string): FakeSheet {
  return {
    id: `{SHEET-${nextId++}}`,
    name,
    visibility: 'Visible',
    cells: new Map(),
    merges: [],
    notes: new Map(),
    validations: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    pageLayout: {},
    changedHandlers: new Set(),
    protected: false,
  };
}

function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function getCell(sheet: FakeSheet, a1: string): FakeCell | undefined {
  const r = parseRange(a1);
  return sheet.cells.get(cellKey(r.top, r.left));
}

function ensureCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  const k = cellKey(row, col);
  let c = sheet.cells.get(k);
  if (!c) sheet.cells.set(k, (c = blankCell()));
  return c;
}

/** Sets a cell for a test: a value (and optionally text/format/fill/font/borders). */
export function setCell(
  sheet: FakeSheet,
  a1: string,
  value: FakeCell['value'],
  extra: Partial<FakeCell> = {},
): FakeCell {
  const r = parseRange(a1);
  const c = ensureCell(sheet, r.top, r.left);
  c.value = value;
  Object.assign(c, extra);
  return c;
}

export function displayText(c: FakeCell): string {
  if (c.text !== undefined) return c.text;
  if (c.error) return c.error;
  const v = c.value;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  switch (c.numberFormat) {
    case '0%':
      return `${Math.round(v * 100)}%`;
    case '0.00%':
      return `${(v * 100).toFixed(2)}%`;
    case '#,##0.00':
      return v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    default:
      return String(v);
  }
}

function valueType(c: FakeCell | undefined): string {
  if (!c || (c.value === null && !c.error)) return 'Empty';
  if (c.error) return 'Error';
  if (typeof c.value === 'boolean') return 'Boolean';
  if (typeof c.value === 'number') return Number.isInteger(c.value) ? 'Integer' : 'Double';
  return 'String';
}

/** Excel's typing conversion, as far as modelled: plain decimal numbers become numbers. */
function typed(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
}

function hasContent(c: FakeCell): boolean {
  return c.value !== null || c.formula !== undefined || c.error !== undefined;
}

function hasAnything(c: FakeCell): boolean {
  return (
    hasContent(c) ||
    c.fill.pattern !== 'None' ||
    c.numberFormat !== 'General' ||
    c.font.bold ||
    Object.keys(c.borders).length > 0
  );
}

function sheetRef(name: string): string {
  return /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function rectAddress(r: CellRange): string {
  const a = address(r.top, r.left);
  const b = address(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

function parseRect(a1: string): CellRange {
  const s = a1.replace(/\$/g, '').trim();
  const rows = /^(\d+):(\d+)$/.exec(s);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: MAX_COLS };
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(s);
  if (cols) {
    const l = parseRange(`${cols[1]}1`).left;
    const r = parseRange(`${cols[2]}1`).left;
    return { top: 1, bottom: MAX_ROWS, left: l, right: r };
  }
  return parseRange(s);
}

function* rectCells(r: CellRange): Generator<[number, number]> {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) yield [row, col];
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

// -------------------------------------------------------------------------------------------------
// Errors, requirement sets, counters
// -------------------------------------------------------------------------------------------------

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export type FakeProfileName = 'web' | 'win365' | 'mac' | 'office2019' | 'office2021';

/** What differs between the Excels departments run (see the list of assumptions at the top). */
export interface FakeProfile {
  name: FakeProfileName;
  maxExcelApi: number;
  platform: 'OfficeOnline' | 'PC' | 'Mac';
  /** Response payload cap per sync in bytes of JSON (Excel on the web: 5 MB), or Infinity. */
  maxResponseBytes: number;
  /** Cells one range get may return (× properties), or Infinity. */
  maxCellsPerGet: number;
  /** getMergedAreasOrNullObject over more than 512 areas: throws, or answers a null object. */
  mergedOver512: 'throw' | 'null';
  /** APIs that throw UndoNotSupported inside a mergeUndoGroup batch. */
  undoUnsupported: ReadonlySet<string>;
}

const SHEET_APIS_WITHOUT_UNDO = new Set([
  'worksheets.add',
  'worksheet.delete',
  'worksheet.visibility.set',
  'names.add',
]);

export const PROFILES: Record<FakeProfileName, FakeProfile> = {
  web: {
    name: 'web',
    maxExcelApi: 20,
    platform: 'OfficeOnline',
    maxResponseBytes: 5 * 1024 * 1024,
    maxCellsPerGet: 5_000_000,
    mergedOver512: 'throw',
    undoUnsupported: SHEET_APIS_WITHOUT_UNDO,
  },
  win365: {
    name: 'win365',
    maxExcelApi: 20,
    platform: 'PC',
    maxResponseBytes: Infinity,
    maxCellsPerGet: 5_000_000,
    mergedOver512: 'null',
    undoUnsupported: SHEET_APIS_WITHOUT_UNDO,
  },
  mac: {
    name: 'mac',
    maxExcelApi: 20,
    platform: 'Mac',
    maxResponseBytes: Infinity,
    maxCellsPerGet: 5_000_000,
    mergedOver512: 'throw',
    undoUnsupported: SHEET_APIS_WITHOUT_UNDO,
  },
  office2019: {
    name: 'office2019',
    maxExcelApi: 8,
    platform: 'PC',
    maxResponseBytes: Infinity,
    maxCellsPerGet: 5_000_000,
    mergedOver512: 'throw',
    undoUnsupported: SHEET_APIS_WITHOUT_UNDO,
  },
  office2021: {
    name: 'office2021',
    maxExcelApi: 14,
    platform: 'PC',
    maxResponseBytes: Infinity,
    maxCellsPerGet: 5_000_000,
    mergedOver512: 'null',
    undoUnsupported: SHEET_APIS_WITHOUT_UNDO,
  },
};

export const PROFILE_NAMES = Object.keys(PROFILES) as FakeProfileName[];

export interface FakeExcelOptions {
  /** The highest ExcelApi minor version supported, e.g. 20 for ExcelApi 1.20 (overrides the profile's). */
  maxExcelApi?: number;
  displayLanguage?: string;
  /** A platform profile (default: 'web' limits off — the permissive fake of before, at ExcelApi 1.20). */
  profile?: FakeProfileName;
}

export class FakeExcel {
  readonly workbook: FakeWorkbook;
  maxExcelApi: number;
  displayLanguage: string;
  /** Number of context.sync() calls. */
  syncs = 0;
  /** Number of Excel.run calls. */
  runs = 0;
  /** API calls by name (e.g. 'notes.add', 'getCellProperties', 'getRanges'). */
  readonly calls = new Map<string, number>();
  /** APIs called above the supported requirement set. */
  readonly violations: string[] = [];
  /** Excel.run options seen (mergeUndoGroup). */
  readonly runOptions: unknown[] = [];
  maxAddressLength = 0;
  /** Excel fails getMergedAreasOrNullObject over more merged areas than this (512, documented). */
  maxMergedAreas = 512;
  /** Report merged areas clipped to the range asked about (Excel's behaviour here is undocumented). */
  clipMergedAreas = false;
  /** Over maxMergedAreas: throw (GeneralException) or answer a null object. */
  mergedOver512: 'throw' | 'null' = 'throw';
  /** Response cap per sync (bytes of the JSON of what was loaded). */
  maxResponseBytes = Infinity;
  /** Cells × properties one range load may return. */
  maxCellsPerGet = Infinity;
  /** APIs refused (UndoNotSupported) inside a mergeUndoGroup batch. */
  undoUnsupported: ReadonlySet<string> = SHEET_APIS_WITHOUT_UNDO;
  readonly profile: FakeProfile | null;
  /** The user is typing in a cell: batches without delayForCellEdit fail, with it they wait. */
  cellEditMode = false;
  private cellEditWaiters: (() => void)[] = [];
  /** Undo steps: one per sync outside a group, one per grouped Excel.run (its syncs merged). */
  undoSteps = 0;
  /** Refuse every grouped batch that writes (UndoNotSupported), as a build whose undo table is stricter would. */
  refuseAllGroups = false;
  /** Errors thrown by event handlers (a handler must never throw). */
  readonly handlerErrors: unknown[] = [];

  constructor(options: FakeExcelOptions = {}) {
    this.profile = options.profile ? PROFILES[options.profile] : null;
    if (this.profile) {
      this.maxResponseBytes = this.profile.maxResponseBytes;
      this.maxCellsPerGet = this.profile.maxCellsPerGet;
      this.mergedOver512 = this.profile.mergedOver512;
      this.undoUnsupported = this.profile.undoUnsupported;
    }
    this.maxExcelApi = options.maxExcelApi ?? this.profile?.maxExcelApi ?? 20;
    this.displayLanguage = options.displayLanguage ?? 'zh-CN';
    const first = newSheet('Sheet1');
    this.workbook = {
      sheets: [first],
      active: first.name,
      names: new Map(),
      selection: null,
      settings: new Map(),
      addedHandlers: new Set(),
      activatedHandlers: new Set(),
    };
  }

  count(name: string): void {
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
  }

  callCount(prefix: string): number {
    let n = 0;
    for (const [k, v] of this.calls) if (k === prefix || k.startsWith(`${prefix}.`)) n += v;
    return n;
  }

  /** Throws ApiNotFound (and records it) when `api` needs a newer ExcelApi than supported. */
  require(minor: number, api: string): void {
    this.count(api);
    if (minor > this.maxExcelApi) {
      this.violations.push(`${api} (ExcelApi 1.${minor})`);
      throw new FakeOfficeError('ApiNotFound', `${api} needs ExcelApi 1.${minor}`);
    }
  }

  isSetSupported(name: string, version?: string): boolean {
    if (name !== 'ExcelApi') return false;
    const minor = Number((version ?? '1.1').split('.')[1] ?? 0);
    return minor <= this.maxExcelApi;
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  findSheet(nameOrId: string): FakeSheet | undefined {
    const lower = nameOrId.toLowerCase();
    return this.workbook.sheets.find((s) => s.name.toLowerCase() === lower || s.id === nameOrId);
  }

  addSheet(name: string): FakeSheet {
    const s = newSheet(name);
    this.workbook.sheets.push(s);
    return s;
  }

  resetCounters(): void {
    this.syncs = 0;
    this.runs = 0;
    this.calls.clear();
  }

  /** Fires the onChanged handlers of a sheet as Excel would after an edit. */
  async fireChange(sheetName: string, a1: string): Promise<void> {
    const s = this.sheet(sheetName);
    for (const h of [...s.changedHandlers]) {
      await h(this.changedArgs(s, a1, 'RangeEdited', false));
    }
  }

  /** The user leaves cell-edit mode: waiting batches run. */
  exitCellEdit(): void {
    this.cellEditMode = false;
    for (const w of this.cellEditWaiters.splice(0)) w();
  }

  waitForCellEdit(): Promise<void> {
    return new Promise((resolve) => this.cellEditWaiters.push(resolve));
  }

  /** Calls handlers as Excel does: a failing handler is recorded, never propagated to the caller. */
  private async fire(handlers: Iterable<(args: unknown) => unknown>, args: unknown): Promise<void> {
    for (const h of [...handlers]) {
      try {
        await h(args);
      } catch (e) {
        this.handlerErrors.push(e);
      }
    }
  }

  /** onChanged args as the running ExcelApi gives them (triggerSource from 1.14). */
  changedArgs(s: FakeSheet, a1: string, changeType: string, own: boolean): Record<string, unknown> {
    const args: Record<string, unknown> = {
      worksheetId: s.id,
      address: a1,
      changeType,
      source: 'Local',
      type: 'WorksheetChanged',
    };
    if (this.maxExcelApi >= 14) args.triggerSource = own ? 'ThisLocalAddin' : 'Unknown';
    return args;
  }

  /** The add-in's own value writes fire onChanged too (after the sync). */
  async fireOwnChanges(changes: { sheet: FakeSheet; address: string }[]): Promise<void> {
    for (const c of changes)
      await this.fire(c.sheet.changedHandlers, this.changedArgs(c.sheet, c.address, 'RangeEdited', true));
  }

  /** The user opens another sheet's tab. */
  async activateSheet(name: string): Promise<void> {
    const s = this.sheet(name);
    this.workbook.active = s.name;
    await this.fire(this.workbook.activatedHandlers, { worksheetId: s.id, type: 'WorksheetActivated' });
  }

  renameSheet(from: string, to: string): void {
    this.sheet(from).name = to;
    if (this.workbook.active === from) this.workbook.active = to;
  }

  /**
   * Rows inserted (count > 0) at `first`, or deleted (count < 0) from `first`, as the user does it:
   * values, formats, notes and merged areas below move; onChanged fires with RowInserted/RowDeleted.
   */
  async shiftRows(sheetName: string, first: number, count: number): Promise<void> {
    await this.shift(sheetName, 'row', first, count);
  }

  async shiftColumns(sheetName: string, first: number, count: number): Promise<void> {
    await this.shift(sheetName, 'column', first, count);
  }

  private async shift(sheetName: string, axis: 'row' | 'column', first: number, count: number): Promise<void> {
    const s = this.sheet(sheetName);
    const n = Math.abs(count);
    const move = (row: number, col: number): [number, number] | null => {
      const at = axis === 'row' ? row : col;
      let to = at;
      if (count > 0) {
        if (at >= first) to = at + n;
      } else if (at >= first + n) to = at - n;
      else if (at >= first) return null;
      return axis === 'row' ? [to, col] : [row, to];
    };
    const cells = new Map<string, FakeCell>();
    for (const [k, c] of s.cells) {
      const [row, col] = k.split(',').map(Number);
      const to = move(row, col);
      if (to) cells.set(cellKey(to[0], to[1]), c);
    }
    s.cells = cells;
    const notes = new Map<string, string>();
    for (const [a, text] of s.notes) {
      const r = parseRange(a);
      const to = move(r.top, r.left);
      if (to) notes.set(address(to[0], to[1]), text);
    }
    s.notes = notes;
    s.merges = s.merges.flatMap((m) => {
      const r = parseRect(m);
      const a = move(r.top, r.left);
      const b = move(r.bottom, r.right);
      if (!a || !b) return []; // a merged area touching deleted rows: dropped (see limitations)
      return [rectAddress({ top: a[0], left: a[1], bottom: b[0], right: b[1] })];
    });
    const last = first + n - 1;
    const a1 = axis === 'row' ? `A${first}:XFD${last}` : `${columnName(first)}1:${columnName(last)}1048576`;
    const type = `${axis === 'row' ? 'Row' : 'Column'}${count > 0 ? 'Inserted' : 'Deleted'}`;
    await this.fire(s.changedHandlers, this.changedArgs(s, a1, type, false));
  }

  /** The user sorts rows top..bottom by a column (ascending text): cells move with their looks; RangeEdited fires. */
  async sortRows(sheetName: string, top: number, bottom: number, byCol: number): Promise<void> {
    const s = this.sheet(sheetName);
    const rows: Map<number, FakeCell>[] = [];
    for (let r = top; r <= bottom; r++) {
      const line = new Map<number, FakeCell>();
      for (const [k, c] of s.cells) {
        const [row, col] = k.split(',').map(Number);
        if (row === r) line.set(col, c);
      }
      rows.push(line);
    }
    const keyOf = (line: Map<number, FakeCell>) => String(line.get(byCol)?.value ?? '');
    const sorted = rows
      .map((line, i) => ({ line, i }))
      .sort((x, y) => keyOf(x.line).localeCompare(keyOf(y.line)) || x.i - y.i);
    for (let r = top; r <= bottom; r++)
      for (const k of [...s.cells.keys()]) if (Number(k.split(',')[0]) === r) s.cells.delete(k);
    sorted.forEach(({ line }, i) => {
      for (const [col, c] of line) s.cells.set(cellKey(top + i, col), c);
    });
    await this.fire(s.changedHandlers, this.changedArgs(s, `A${top}:XFD${bottom}`, 'RangeEdited', false));
  }

  async fireSheetAdded(name: string): Promise<void> {
    const s = this.addSheet(name);
    for (const h of [...this.workbook.addedHandlers])
      await h({ worksheetId: s.id, source: 'Local', type: 'WorksheetAdded' });
  }

  /** The `Excel` namespace object. */
  excelNamespace(): unknown {
    const run = async (a: unknown, b?: unknown) => {
      this.runs++;
      let batch: (ctx: FakeContext) => Promise<unknown>;
      let ctx: FakeContext;
      if (typeof a === 'function') {
        batch = a as typeof batch;
        ctx = new FakeContext(this);
      } else if (a instanceof FakeContext) {
        batch = b as typeof batch;
        ctx = a;
      } else {
        batch = b as typeof batch;
        this.runOptions.push(a);
        ctx = new FakeContext(this);
        const o = (a ?? {}) as { mergeUndoGroup?: boolean; delayForCellEdit?: boolean };
        if (o.mergeUndoGroup) {
          this.require(20, 'RunOptions.mergeUndoGroup');
          ctx.grouped = true;
        }
        ctx.delayForCellEdit = Boolean(o.delayForCellEdit);
      }
      const result = await batch(ctx);
      if (ctx.queue.length > 0)
        throw new Error(`Excel.run ended with ${ctx.queue.length} queued commands never synced`);
      if (ctx.grouped && ctx.wrote) this.undoSteps++;
      return result;
    };
    return { run, ErrorCodes: { itemNotFound: 'ItemNotFound', itemAlreadyExists: 'ItemAlreadyExists' } };
  }
}

// -------------------------------------------------------------------------------------------------
// Proxies
// -------------------------------------------------------------------------------------------------

type Op = () => void;

interface Queued {
  op: Op;
  /** For writes: the sheet written to (protection is checked before anything runs). */
  sheetOf?: () => FakeSheet;
  /** The API's name, for the undo-support table. */
  api?: string;
}

class FakeContext {
  readonly queue: Queued[] = [];
  readonly workbook: FakeWorkbookProxy;
  grouped = false;
  delayForCellEdit = false;
  /** Whether any sync of this context wrote something. */
  wrote = false;
  /** Bytes loaded in the sync being run. */
  responseBytes = 0;
  /** Value writes of the sync being run (they fire onChanged after it). */
  valueChanges: { sheet: FakeSheet; address: string }[] = [];
  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  enqueue(op: Op, meta: Omit<Queued, 'op'> = {}): void {
    this.queue.push({ op, ...meta });
  }
  /** Queues a write to a sheet's cells (refused on a protected sheet). */
  enqueueWrite(sheetOf: () => FakeSheet, op: Op, api?: string): void {
    this.queue.push({ op, sheetOf, api });
  }
  async sync(): Promise<void> {
    this.excel.syncs++;
    if (this.excel.cellEditMode) {
      if (!this.delayForCellEdit) {
        this.queue.splice(0);
        throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
      }
      await this.excel.waitForCellEdit();
    }
    const ops = this.queue.splice(0);
    // checked before anything runs, as Excel refuses the request as a whole
    if (this.grouped) {
      const refused = ops.find(
        (q) => (q.api && this.excel.undoUnsupported.has(q.api)) || (this.excel.refuseAllGroups && (q.sheetOf || q.api)),
      );
      if (refused)
        throw new FakeOfficeError('UndoNotSupported', `${refused.api ?? 'a write'} cannot be part of an undo group`);
    }
    for (const q of ops) {
      if (!q.sheetOf) continue;
      let sheet: FakeSheet | null = null;
      try {
        sheet = q.sheetOf();
      } catch {
        sheet = null; // a missing sheet fails when the op runs
      }
      if (sheet?.protected) throw new FakeOfficeError('AccessDenied', `the sheet ${sheet.name} is protected`);
    }
    this.responseBytes = 0;
    this.valueChanges = [];
    let wrote = false;
    for (const q of ops) {
      q.op(); // a throwing op fails the sync, as in office-js
      if (q.sheetOf || q.api) wrote = true;
    }
    if (wrote) {
      this.wrote = true;
      if (!this.grouped) this.excel.undoSteps++;
    }
    const changes = this.valueChanges;
    if (changes.length > 0) void Promise.resolve().then(() => this.excel.fireOwnChanges(changes));
  }
  /** Counts what a load returns against the response cap. */
  loadedBytes(data: unknown): void {
    this.responseBytes += JSON.stringify(data).length;
    if (this.responseBytes > this.excel.maxResponseBytes) {
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `response over ${this.excel.maxResponseBytes} bytes`,
      );
    }
  }
}

function parseLoad(arg: unknown): string[] {
  if (arg === undefined) return ['*'];
  if (typeof arg === 'string')
    return arg
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => parseLoad(a));
  if (arg && typeof arg === 'object') {
    const o = arg as { select?: string; expand?: string };
    if (o.select || o.expand) return [...parseLoad(o.select ?? ''), ...parseLoad(o.expand ?? '')];
    return Object.keys(arg);
  }
  return [];
}

/** Base of loadable proxies: loaded values live in `loaded`; reading an unloaded one throws. */
class Loadable {
  protected loaded: Record<string, unknown> = {};
  constructor(readonly context: FakeContext) {}
  protected get excel(): FakeExcel {
    return this.context.excel;
  }
  protected value<T>(prop: string): T {
    if (!(prop in this.loaded))
      throw new FakeOfficeError('PropertyNotLoaded', `${prop} was not loaded (or not synced)`);
    return this.loaded[prop] as T;
  }
  get isNullObject(): boolean {
    return this.value<boolean>('isNullObject');
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNames;
  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNames(context);
  }
}

class FakeWorksheetCollection extends Loadable {
  readonly onAdded = {
    add: (handler: (args: unknown) => unknown) => {
      this.excel.require(7, 'worksheets.onAdded');
      this.excel.workbook.addedHandlers.add(handler);
      return {
        context: this.context,
        remove: () => this.context.enqueue(() => this.excel.workbook.addedHandlers.delete(handler)),
      };
    },
  };
  readonly onActivated = {
    add: (handler: (args: unknown) => unknown) => {
      this.excel.require(7, 'worksheets.onActivated');
      this.excel.workbook.activatedHandlers.add(handler);
      return {
        context: this.context,
        remove: () => this.context.enqueue(() => this.excel.workbook.activatedHandlers.delete(handler)),
      };
    },
  };
  get items(): FakeWorksheet[] {
    return this.value<FakeWorksheet[]>('items');
  }
  load(arg?: unknown): this {
    const props = parseLoad(arg).map((p) => p.replace(/^items\//, ''));
    this.context.enqueue(() => {
      this.loaded.items = this.excel.workbook.sheets.map((s) => {
        const ws = new FakeWorksheet(this.context, () => s, false);
        ws.capture(props);
        return ws;
      });
    });
    return this;
  }
  getItem(key: string): FakeWorksheet {
    this.excel.count('worksheets.getItem');
    return new FakeWorksheet(this.context, () => this.excel.findSheet(key) ?? null, false, key);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    this.excel.require(4, 'worksheets.getItemOrNullObject');
    return new FakeWorksheet(this.context, () => this.excel.findSheet(key) ?? null, true, key);
  }
  getActiveWorksheet(): FakeWorksheet {
    this.excel.count('worksheets.getActiveWorksheet');
    return new FakeWorksheet(this.context, () => this.excel.findSheet(this.excel.workbook.active) ?? null, false);
  }
  add(name: string): FakeWorksheet {
    this.excel.count('worksheets.add');
    this.context.enqueue(
      () => {
        if (this.excel.findSheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `sheet ${name}`);
        this.excel.addSheet(name);
      },
      { api: 'worksheets.add' },
    );
    return new FakeWorksheet(this.context, () => this.excel.findSheet(name) ?? null, false, name);
  }
}

class FakeWorksheet extends Loadable {
  constructor(
    context: FakeContext,
    readonly resolve: () => FakeSheet | null,
    readonly nullable: boolean,
    readonly key = '',
  ) {
    super(context);
  }
  /** The sheet, or ItemNotFound (when run at sync). */
  sheet(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new FakeOfficeError('ItemNotFound', `worksheet ${this.key}`);
    return s;
  }
  capture(props: string[]): void {
    const s = this.resolve();
    if (!s && !this.nullable) throw new FakeOfficeError('ItemNotFound', `worksheet ${this.key}`);
    this.loaded.isNullObject = !s;
    for (const p of props.length ? props : ['name', 'id', 'visibility']) {
      if (p === '*')
        ['name', 'id', 'visibility'].forEach(
          (q) => (this.loaded[q] = s ? (s as unknown as Record<string, unknown>)[q] : null),
        );
      else if (p === 'name' || p === 'id' || p === 'visibility') this.loaded[p] = s ? s[p] : null;
      else if (p === 'protection/protected') {
        this.excel.require(2, 'worksheet.protection');
        this.loaded.protection = { protected: s ? s.protected : false };
      } else if (p !== 'isNullObject') throw new Error(`fake Worksheet cannot load ${p}`);
    }
  }
  load(arg?: unknown): this {
    const props = parseLoad(arg);
    this.context.enqueue(() => this.capture(props));
    return this;
  }
  get name(): string {
    return this.value('name');
  }
  get id(): string {
    return this.value('id');
  }
  get visibility(): string {
    return this.value('visibility');
  }
  get protection(): { protected: boolean } {
    return this.value('protection');
  }
  set visibility(v: string) {
    this.excel.require(2, 'worksheet.visibility.set');
    this.context.enqueue(
      () => {
        this.sheet().visibility = v as FakeSheet['visibility'];
      },
      { api: 'worksheet.visibility.set' },
    );
  }
  activate(): void {
    this.excel.count('worksheet.activate');
    this.context.enqueue(() => {
      this.excel.workbook.active = this.sheet().name;
    });
  }
  delete(): void {
    this.excel.count('worksheet.delete');
    this.context.enqueue(
      () => {
        const s = this.sheet();
        if (s.visibility === 'VeryHidden')
          throw new FakeOfficeError('InvalidOperation', 'a very hidden sheet cannot be deleted');
        this.excel.workbook.sheets.splice(this.excel.workbook.sheets.indexOf(s), 1);
      },
      { api: 'worksheet.delete' },
    );
  }
  getRange(a1?: string): FakeRange {
    this.excel.count('worksheet.getRange');
    const rect = a1 === undefined ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS } : parseRect(a1);
    return new FakeRange(
      this.context,
      () => this.sheet(),
      () => rect,
      false,
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.excel.require(7, 'worksheet.getRangeByIndexes');
    const rect = { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols };
    return new FakeRange(
      this.context,
      () => this.sheet(),
      () => rect,
      false,
    );
  }
  getRanges(list: string): FakeRangeAreas {
    this.excel.require(9, 'getRanges');
    this.excel.maxAddressLength = Math.max(this.excel.maxAddressLength, list.length);
    const rects = list.split(/[,;]/).map((a) => parseRect(a));
    return new FakeRangeAreas(
      this.context,
      () => this.sheet(),
      () => rects,
      false,
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.excel.require(4, 'worksheet.getUsedRangeOrNullObject');
    return new FakeRange(
      this.context,
      () => this.sheet(),
      () => {
        let box: CellRange | null = null;
        for (const [k, c] of this.sheet().cells) {
          if (valuesOnly ? !hasContent(c) : !hasAnything(c)) continue;
          const [row, col] = k.split(',').map(Number);
          box = box
            ? {
                top: Math.min(box.top, row),
                left: Math.min(box.left, col),
                bottom: Math.max(box.bottom, row),
                right: Math.max(box.right, col),
              }
            : { top: row, left: col, bottom: row, right: col };
        }
        return box;
      },
      true,
    );
  }
  get notes(): FakeNotes {
    this.excel.require(18, 'notes');
    return new FakeNotes(this.context, () => this.sheet());
  }
  get pageLayout(): FakePageLayout {
    this.excel.require(9, 'pageLayout');
    return new FakePageLayout(this.context, () => this.sheet());
  }
  readonly onChanged = {
    add: (handler: (args: unknown) => unknown) => {
      this.excel.require(7, 'worksheet.onChanged');
      const s = this.sheet();
      s.changedHandlers.add(handler);
      return { context: this.context, remove: () => this.context.enqueue(() => s.changedHandlers.delete(handler)) };
    },
  };
}

class FakeRange extends Loadable {
  constructor(
    context: FakeContext,
    readonly sheetOf: () => FakeSheet,
    readonly rectOf: () => CellRange | null,
    readonly nullable: boolean,
  ) {
    super(context);
  }
  private rect(): CellRange {
    const r = this.rectOf();
    if (!r) throw new FakeOfficeError('InvalidOperation', 'the range is a null object');
    return r;
  }
  private grid<T>(fn: (c: FakeCell | undefined, row: number, col: number) => T): T[][] {
    const r = this.rect();
    const s = this.sheetOf();
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(fn(s.cells.get(cellKey(row, col)), row, col));
      out.push(line);
    }
    return out;
  }
  load(arg?: unknown): this {
    const props = parseLoad(arg);
    this.context.enqueue(() => {
      const r = this.rectOf();
      this.loaded.isNullObject = !r;
      if (!r) {
        if (!this.nullable) throw new FakeOfficeError('ItemNotFound', 'range');
        return;
      }
      const size = (r.bottom - r.top + 1) * (r.right - r.left + 1);
      const gridProps = props.filter((p) =>
        ['values', 'formulas', 'text', 'numberFormat', 'valueTypes'].includes(p),
      ).length;
      if (size * gridProps > this.excel.maxCellsPerGet)
        throw new FakeOfficeError('GeneralException', `a get of ${size * gridProps} cell properties is over the cap`);
      if (size > 5_000_000) throw new Error('fake: refusing to load a huge range');
      for (const p of props) {
        switch (p) {
          case 'values':
            this.loaded.values = this.grid((c) => (!c ? '' : (c.error ?? c.value ?? '')));
            break;
          case 'formulas':
            this.loaded.formulas = this.grid((c) =>
              !c ? '' : c.formula !== undefined ? `=${c.formula}` : (c.error ?? c.value ?? ''),
            );
            break;
          case 'text':
            this.loaded.text = this.grid((c) => (c ? displayText(c) : ''));
            break;
          case 'numberFormat':
            this.loaded.numberFormat = this.grid((c) => (c ? c.numberFormat : 'General'));
            break;
          case 'valueTypes':
            this.loaded.valueTypes = this.grid((c) => valueType(c));
            break;
          case 'rowIndex':
            this.loaded.rowIndex = r.top - 1;
            break;
          case 'columnIndex':
            this.loaded.columnIndex = r.left - 1;
            break;
          case 'rowCount':
            this.loaded.rowCount = r.bottom - r.top + 1;
            break;
          case 'columnCount':
            this.loaded.columnCount = r.right - r.left + 1;
            break;
          case 'address':
            this.loaded.address = `${sheetRef(this.sheetOf().name)}!${rectAddress(r)}`;
            break;
          default:
            throw new Error(`fake Range cannot load ${p}`);
        }
        if (this.loaded[p] !== undefined) this.context.loadedBytes(this.loaded[p]);
      }
    });
    return this;
  }
  get columnCount(): number {
    return this.value('columnCount');
  }
  get values(): unknown[][] {
    return this.value('values');
  }
  get formulas(): unknown[][] {
    return this.value('formulas');
  }
  get text(): string[][] {
    return this.value('text');
  }
  get numberFormat(): string[][] {
    return this.value('numberFormat');
  }
  get valueTypes(): string[][] {
    return this.value('valueTypes');
  }
  get rowIndex(): number {
    return this.value('rowIndex');
  }
  get columnIndex(): number {
    return this.value('columnIndex');
  }
  get rowCount(): number {
    return this.value('rowCount');
  }
  get address(): string {
    return this.value('address');
  }
  private write(kind: string, data: unknown[][], apply: (c: FakeCell, v: unknown) => void): void {
    this.excel.count(`range.${kind}.set`);
    this.context.enqueueWrite(this.sheetOf, () => {
      const r = this.rect();
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      if (data.length !== rows || data.some((line) => line.length !== cols)) {
        throw new FakeOfficeError(
          'InvalidArgument',
          `${kind}: ${data.length}×${data[0]?.length} for a ${rows}×${cols} range`,
        );
      }
      const s = this.sheetOf();
      for (const [row, col] of rectCells(r)) apply(ensureCell(s, row, col), data[row - r.top][col - r.left]);
      if (kind !== 'numberFormat') this.context.valueChanges.push({ sheet: s, address: rectAddress(r) });
    });
  }
  set values(data: unknown[][]) {
    this.write('values', data, (c, v) => {
      c.value = typed(v);
      delete c.formula;
      delete c.text;
      delete c.error;
    });
  }
  set formulas(data: unknown[][]) {
    this.write('formulas', data, (c, v) => {
      delete c.text;
      delete c.error;
      if (typeof v === 'string' && v.startsWith('=')) {
        c.formula = v.slice(1);
        c.value = null;
      } else {
        delete c.formula;
        c.value = typed(v);
      }
    });
  }
  set numberFormat(data: unknown[][]) {
    this.write('numberFormat', data, (c, v) => {
      c.numberFormat = String(v);
    });
  }
  get format(): FakeFormat {
    return new FakeFormat(this.context, () => ({ sheet: this.sheetOf(), rects: [this.rect()] }));
  }
  get dataValidation(): FakeDataValidation {
    this.excel.require(8, 'dataValidation');
    return new FakeDataValidation(this.context, () => ({ sheet: this.sheetOf(), address: rectAddress(this.rect()) }));
  }
  getCellProperties(options: { format?: { fill?: Record<string, boolean> } }): { value: unknown[][] } {
    this.excel.require(9, 'getCellProperties');
    const result: { value: unknown[][] } = {
      get value(): unknown[][] {
        throw new FakeOfficeError('PropertyNotLoaded', 'getCellProperties result read before sync');
      },
    };
    this.context.enqueue(() => {
      const want = options.format?.fill ?? {};
      const data = this.grid((c) => {
        const f = c?.fill ?? NO_FAKE_FILL;
        const fill: Record<string, unknown> = {};
        if (want.color) fill.color = f.color ?? '#FFFFFF';
        if (want.pattern) fill.pattern = f.pattern;
        if (want.patternColor) fill.patternColor = f.patternColor ?? '#000000';
        return { format: { fill } };
      });
      Object.defineProperty(result, 'value', { value: data });
    });
    return result;
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.excel.require(13, 'getMergedAreasOrNullObject');
    return new FakeRangeAreas(
      this.context,
      () => this.sheetOf(),
      () => {
        const r = this.rect();
        let hits = this.sheetOf()
          .merges.map((m) => parseRect(m))
          .filter((m) => intersects(m, r));
        if (hits.length > this.excel.maxMergedAreas) {
          if (this.excel.mergedOver512 === 'null') return null;
          throw new FakeOfficeError(
            'GeneralException',
            `${hits.length} merged areas (more than ${this.excel.maxMergedAreas})`,
          );
        }
        if (this.excel.clipMergedAreas) {
          hits = hits.map((m) => ({
            top: Math.max(m.top, r.top),
            left: Math.max(m.left, r.left),
            bottom: Math.min(m.bottom, r.bottom),
            right: Math.min(m.right, r.right),
          }));
        }
        return hits.length ? hits : null;
      },
      true,
    );
  }
  merge(across = false): void {
    this.excel.count('range.merge');
    this.context.enqueueWrite(this.sheetOf, () => {
      if (across) throw new Error('fake: merge(across) not modelled');
      this.sheetOf().merges.push(rectAddress(this.rect()));
    });
  }
  select(): void {
    this.excel.count('range.select');
    this.context.enqueue(() => {
      this.excel.workbook.selection = { sheet: this.sheetOf().name, address: rectAddress(this.rect()) };
    });
  }
  clear(applyTo = 'All'): void {
    this.excel.count('range.clear');
    this.context.enqueueWrite(this.sheetOf, () => {
      const s = this.sheetOf();
      for (const [row, col] of rectCells(this.rect())) {
        const c = s.cells.get(cellKey(row, col));
        if (!c) continue;
        if (applyTo === 'All') s.cells.delete(cellKey(row, col));
        else if (applyTo === 'Contents') {
          c.value = null;
          delete c.formula;
          delete c.text;
          delete c.error;
        } else throw new Error(`fake: clear(${applyTo}) not modelled`);
      }
    });
  }
}

class FakeRangeAreas extends Loadable {
  constructor(
    context: FakeContext,
    readonly sheetOf: () => FakeSheet,
    readonly rectsOf: () => CellRange[] | null,
    readonly nullable: boolean,
  ) {
    super(context);
  }
  load(arg?: unknown): this {
    const props = parseLoad(arg);
    this.context.enqueue(() => {
      const rects = this.rectsOf();
      this.loaded.isNullObject = !rects;
      if (!rects) {
        if (!this.nullable) throw new FakeOfficeError('ItemNotFound', 'range areas');
        return;
      }
      for (const p of props) {
        if (p === 'address')
          this.loaded.address = rects.map((r) => `${sheetRef(this.sheetOf().name)}!${rectAddress(r)}`).join(', ');
        else if (p === 'areaCount') this.loaded.areaCount = rects.length;
        else throw new Error(`fake RangeAreas cannot load ${p}`);
      }
    });
    return this;
  }
  get address(): string {
    return this.value('address');
  }
  get format(): FakeFormat {
    return new FakeFormat(this.context, () => {
      const rects = this.rectsOf();
      if (!rects) throw new FakeOfficeError('InvalidOperation', 'null range areas');
      return { sheet: this.sheetOf(), rects };
    });
  }
}

type Target = () => { sheet: FakeSheet; rects: CellRange[] };

function eachCell(target: Target, fn: (c: FakeCell) => void): void {
  const { sheet, rects } = target();
  for (const r of rects) for (const [row, col] of rectCells(r)) fn(ensureCell(sheet, row, col));
}

class FakeFormat {
  constructor(
    readonly context: FakeContext,
    readonly target: Target,
  ) {}
  private set(name: string, fn: (c: FakeCell) => void): void {
    this.context.excel.count(`format.${name}.set`);
    this.context.enqueueWrite(
      () => this.target().sheet,
      () => eachCell(this.target, fn),
    );
  }
  get fill(): FakeFill2 {
    return new FakeFill2(this.context, this.target);
  }
  get font(): { bold: boolean; size: number; color: string } {
    const self = this;
    return {
      set bold(v: boolean) {
        self.set('font.bold', (c) => (c.font.bold = v));
      },
      set size(v: number) {
        self.set('font.size', (c) => (c.font.size = v));
      },
      set color(v: string) {
        self.set('font.color', (c) => (c.font.color = v));
      },
    } as { bold: boolean; size: number; color: string };
  }
  set horizontalAlignment(v: string) {
    this.set('horizontalAlignment', (c) => (c.horizontalAlignment = v));
  }
  set verticalAlignment(v: string) {
    this.set('verticalAlignment', (c) => (c.verticalAlignment = v));
  }
  set wrapText(v: boolean) {
    this.set('wrapText', (c) => (c.wrapText = v));
  }
  set columnWidth(v: number) {
    this.context.excel.count('format.columnWidth.set');
    this.context.enqueue(() => {
      const { sheet, rects } = this.target();
      for (const r of rects) for (let col = r.left; col <= r.right; col++) sheet.columnWidths.set(col, v);
    });
  }
  set rowHeight(v: number) {
    this.context.excel.count('format.rowHeight.set');
    this.context.enqueue(() => {
      const { sheet, rects } = this.target();
      for (const r of rects) for (let row = r.top; row <= r.bottom; row++) sheet.rowHeights.set(row, v);
    });
  }
  get borders(): { getItem(edge: string): { style: string; weight: string } } {
    return {
      getItem: (edge: string) => {
        const self = this;
        return {
          set style(v: string) {
            self.set(`borders.${edge}`, (c) => (c.borders[`${edge}.style`] = v));
          },
          set weight(v: string) {
            self.set(`borders.${edge}`, (c) => (c.borders[`${edge}.weight`] = v));
          },
        } as { style: string; weight: string };
      },
    };
  }
}

class FakeFill2 extends Loadable {
  constructor(
    context: FakeContext,
    readonly target: Target,
  ) {
    super(context);
  }
  load(arg?: unknown): this {
    const props = parseLoad(arg);
    this.context.enqueue(() => {
      const { sheet, rects } = this.target();
      const r = rects[0];
      const f = sheet.cells.get(cellKey(r.top, r.left))?.fill ?? NO_FAKE_FILL;
      for (const p of props) {
        if (p === 'color') this.loaded.color = f.color ?? '#FFFFFF';
        else if (p === 'pattern') {
          this.excel.require(9, 'fill.pattern');
          this.loaded.pattern = f.pattern;
        } else if (p === 'patternColor') {
          this.excel.require(9, 'fill.patternColor');
          this.loaded.patternColor = f.patternColor ?? '#000000';
        } else throw new Error(`fake RangeFill cannot load ${p}`);
      }
    });
    return this;
  }
  get color(): string {
    return this.value('color');
  }
  set color(v: string) {
    this.excel.count('fill.color.set');
    this.context.enqueueWrite(
      () => this.target().sheet,
      () =>
        eachCell(this.target, (c) => {
          // Excel: a colour on "no fill" makes a solid fill; an existing pattern keeps its pattern
          c.fill = {
            color: v.toUpperCase(),
            pattern: c.fill.pattern === 'None' ? 'Solid' : c.fill.pattern,
            patternColor: c.fill.patternColor,
          };
        }),
    );
  }
  set pattern(v: string) {
    this.excel.require(9, 'fill.pattern.set');
    this.context.enqueueWrite(
      () => this.target().sheet,
      () => eachCell(this.target, (c) => (c.fill = { ...c.fill, pattern: v })),
    );
  }
  set patternColor(v: string) {
    this.excel.require(9, 'fill.patternColor.set');
    this.context.enqueueWrite(
      () => this.target().sheet,
      () => eachCell(this.target, (c) => (c.fill = { ...c.fill, patternColor: v.toUpperCase() })),
    );
  }
  clear(): void {
    this.excel.count('fill.clear');
    this.context.enqueueWrite(
      () => this.target().sheet,
      () => eachCell(this.target, (c) => (c.fill = { ...NO_FAKE_FILL })),
    );
  }
}

class FakeDataValidation {
  constructor(
    readonly context: FakeContext,
    readonly target: () => { sheet: FakeSheet; address: string },
  ) {}
  private entry(): FakeValidation {
    const { sheet, address: a } = this.target();
    let v = sheet.validations.find((x) => x.range === a);
    if (!v) sheet.validations.push((v = { range: a }));
    return v;
  }
  set rule(rule: unknown) {
    this.context.enqueue(() => (this.entry().rule = rule));
  }
  set prompt(prompt: FakeValidation['prompt']) {
    this.context.enqueue(() => (this.entry().prompt = prompt));
  }
  set errorAlert(alert: FakeValidation['errorAlert']) {
    this.context.enqueue(() => (this.entry().errorAlert = alert));
  }
}

class FakeNotes {
  constructor(
    readonly context: FakeContext,
    readonly sheetOf: () => FakeSheet,
  ) {}
  getItemOrNullObject(a1: string): FakeNote {
    this.context.excel.count('notes.getItemOrNullObject');
    return new FakeNote(this.context, this.sheetOf, a1, true);
  }
  getItem(a1: string): FakeNote {
    this.context.excel.count('notes.getItem');
    return new FakeNote(this.context, this.sheetOf, a1, false);
  }
  add(cell: string, content: string): void {
    this.context.excel.count('notes.add');
    if (typeof cell !== 'string') throw new Error('fake: notes.add with a Range not modelled');
    this.context.enqueueWrite(this.sheetOf, () => {
      const s = this.sheetOf();
      const a = rectAddress(parseRect(cell));
      if (s.notes.has(a)) throw new FakeOfficeError('ItemAlreadyExists', `note ${a}`);
      s.notes.set(a, content);
    });
  }
}

class FakeNote extends Loadable {
  constructor(
    context: FakeContext,
    readonly sheetOf: () => FakeSheet,
    readonly a1: string,
    readonly nullable: boolean,
  ) {
    super(context);
  }
  private where(): { sheet: FakeSheet; a: string } {
    return { sheet: this.sheetOf(), a: rectAddress(parseRect(this.a1)) };
  }
  load(arg?: unknown): this {
    const props = parseLoad(arg);
    this.context.enqueue(() => {
      const { sheet, a } = this.where();
      const has = sheet.notes.has(a);
      if (!has && !this.nullable) throw new FakeOfficeError('ItemNotFound', `note ${a}`);
      this.loaded.isNullObject = !has;
      for (const p of props) {
        if (p === 'content') this.loaded.content = has ? sheet.notes.get(a) : null;
        else throw new Error(`fake Note cannot load ${p}`);
      }
    });
    return this;
  }
  get content(): string {
    return this.value('content');
  }
  set content(v: string) {
    this.excel.count('notes.content.set');
    this.context.enqueueWrite(this.sheetOf, () => {
      const { sheet, a } = this.where();
      if (!sheet.notes.has(a)) throw new FakeOfficeError('ItemNotFound', `note ${a}`);
      sheet.notes.set(a, v);
    });
  }
  delete(): void {
    this.excel.count('notes.delete');
    this.context.enqueueWrite(this.sheetOf, () => {
      const { sheet, a } = this.where();
      if (!sheet.notes.delete(a)) throw new FakeOfficeError('ItemNotFound', `note ${a}`);
    });
  }
}

class FakePageLayout {
  constructor(
    readonly context: FakeContext,
    readonly sheetOf: () => FakeSheet,
  ) {}
  private put(k: keyof FakeSheet['pageLayout'], v: unknown): void {
    this.context.enqueue(() => ((this.sheetOf().pageLayout as Record<string, unknown>)[k] = v));
  }
  set paperSize(v: string) {
    this.put('paperSize', v);
  }
  set orientation(v: string) {
    this.put('orientation', v);
  }
  set zoom(v: unknown) {
    this.put('zoom', v);
  }
  setPrintArea(a: string): void {
    this.put('printArea', a);
  }
  setPrintTitleRows(a: string): void {
    this.put('printTitleRows', a);
  }
}

class FakeNames extends Loadable {
  get items(): { name: string }[] {
    return this.value('items');
  }
  load(arg?: unknown): this {
    void arg;
    this.context.enqueue(() => {
      this.loaded.items = [...this.excel.workbook.names.values()].map((n) => ({ name: n.name }));
    });
    return this;
  }
  add(name: string, reference: string): void {
    this.excel.require(4, 'names.add');
    this.context.enqueue(() => {
      this.context.wrote = true;
      const k = name.toLowerCase();
      if (this.excel.workbook.names.has(k)) throw new FakeOfficeError('ItemAlreadyExists', `name ${name}`);
      this.excel.workbook.names.set(k, { name, formula: reference });
    });
  }
}

// -------------------------------------------------------------------------------------------------
// Installation
// -------------------------------------------------------------------------------------------------

export interface Installed {
  excel: FakeExcel;
  /** The fake `Office` (an office-addin-mock OfficeMockObject). */
  office: Record<string, unknown>;
  /** Settings saveAsync calls. */
  saves: number;
  /** Functions registered through Office.actions.associate. */
  actions: Map<string, unknown>;
  uninstall(): void;
}

/** Puts a fake Excel and Office on globalThis. */
export function installFakeExcel(options: FakeExcelOptions & { failSave?: boolean } = {}): Installed {
  const excel = new FakeExcel(options);
  const g = globalThis as Record<string, unknown>;
  const previous = { Excel: g.Excel, Office: g.Office };
  const state: Installed = {
    excel,
    office: {},
    saves: 0,
    actions: new Map(),
    uninstall: () => {
      g.Excel = previous.Excel;
      g.Office = previous.Office;
    },
  };
  const settings = excel.workbook.settings;
  const stored = new Map<string, unknown>(); // what was saved with the document
  const office = new OfficeMockObject({
    context: {
      requirements: { isSetSupported: (name: string, version?: string) => excel.isSetSupported(name, version) },
      document: {
        settings: {
          get: (name: string) => (settings.has(name) ? JSON.parse(JSON.stringify(settings.get(name))) : null),
          set: (name: string, value: unknown) => settings.set(name, JSON.parse(JSON.stringify(value))),
          remove: (name: string) => settings.delete(name),
          saveAsync: (callback?: (r: unknown) => void) => {
            state.saves++;
            if (options.failSave) callback?.({ status: 'failed', error: { message: 'disk full' } });
            else {
              for (const [k, v] of settings) stored.set(k, v);
              callback?.({ status: 'succeeded' });
            }
          },
        },
      },
    },
    onReady: async (cb?: () => void) => {
      cb?.();
      return { host: 'Excel', platform: excel.profile?.platform ?? 'OfficeOnline' };
    },
    actions: { associate: (id: string, fn: unknown) => state.actions.set(id, fn) },
  }) as unknown as Record<string, unknown>;
  // plain values: OfficeMockObject would give scalars load/sync semantics, which Office common APIs do not have
  (office.context as Record<string, unknown>).displayLanguage = options.displayLanguage ?? 'zh-CN';
  office.AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
  state.office = office;
  g.Excel = excel.excelNamespace();
  g.Office = office;
  return state;
}

/** A1 of (row, col), re-exported for tests. */
export { address, columnName };
