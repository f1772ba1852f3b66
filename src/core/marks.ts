/**
 * The record of what we painted, kept inside the workbook so that "清除标记" restores every cell
 * exactly as it was — after the pane is closed and reopened, or the file saved, reopened, or moved
 * between Excel, the browser preview and the command line. Every host stores it the same way:
 * a very hidden sheet named MARKS_SHEET with one row per painted cell:
 *   A: sheet name   B: cell address   C: JSON of the cell's look before we painted it (CellLook)
 *   D: (Excel only) the worksheet id — marks follow a renamed sheet
 *   E: (Excel only) JSON of the fill we painted — a cell whose fill is no longer exactly that was
 *      changed by the user (or moved by a sort) since, and is left as it is when clearing
 * Row 1 is a header. Readers that know only A–C (older versions, the preview, the CLI) still work.
 * This module defines and (de)serialises the record and the pure bookkeeping on it (which sheet a
 * record belongs to, shifting on row/column insert and delete); adapters read and write it.
 */
import { address, columnNumber, parseAddress } from './grid';

export const MARKS_SHEET = '_jixiao_marks';
export const MARKS_HEADER = ['sheet', 'cell', 'before'] as const;
/** The header when records carry sheet ids or painted fills (columns D and E). */
export const MARKS_HEADER_FULL = ['sheet', 'cell', 'before', 'sheetId', 'painted'] as const;

/** A cell's fill in a host-neutral form. */
export interface FillLook {
  /** '#RRGGBB', or null for no fill. */
  color: string | null;
  /** Excel pattern name ('Solid', 'Gray25', …) or null for a solid/no fill. */
  pattern: string | null;
  /** '#RRGGBB' of the pattern, when there is one. */
  patternColor: string | null;
}

/** What painting may change: the fill and the note. Fonts and borders are never touched. */
export interface CellLook {
  fill: FillLook;
  /** The note (comment) the cell had, or null. */
  note: string | null;
}

export interface MarkRecord {
  sheet: string;
  cell: string;
  before: CellLook;
  /** The worksheet's id where the host has one (Excel's Worksheet.id survives a rename). */
  sheetId?: string;
  /** The fill we painted, to tell later whether the cell still shows it. */
  painted?: FillLook;
}

export const NO_FILL: FillLook = { color: null, pattern: null, patternColor: null };

/** Fill colours by severity (light, so the text stays readable; the note says why). */
export const SEVERITY_FILL = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
} as const;

function serializeLook(look: CellLook): string {
  return JSON.stringify(look);
}

/** Parses a record's JSON; a damaged entry reads as "no fill, no note" rather than failing the clear. */
export function parseLook(json: string): CellLook {
  try {
    const v = JSON.parse(json) as Partial<CellLook>;
    const f = (v.fill ?? {}) as Partial<FillLook>;
    return {
      fill: {
        color: typeof f.color === 'string' ? f.color : null,
        pattern: typeof f.pattern === 'string' ? f.pattern : null,
        patternColor: typeof f.patternColor === 'string' ? f.patternColor : null,
      },
      note: typeof v.note === 'string' ? v.note : null,
    };
  } catch {
    return { fill: NO_FILL, note: null };
  }
}

/** Rows of the marks sheet (header first) from records: 3 columns, or 5 when ids/painted fills are kept. */
export function marksToRows(records: MarkRecord[]): string[][] {
  const full = records.some((r) => r.sheetId !== undefined || r.painted !== undefined);
  if (!full) return [[...MARKS_HEADER], ...records.map((r) => [r.sheet, r.cell, serializeLook(r.before)])];
  return [
    [...MARKS_HEADER_FULL],
    ...records.map((r) => [
      r.sheet,
      r.cell,
      serializeLook(r.before),
      r.sheetId ?? '',
      r.painted ? JSON.stringify(r.painted) : '',
    ]),
  ];
}

function parseFill(json: unknown): FillLook | undefined {
  if (typeof json !== 'string' || json === '') return undefined;
  try {
    const f = JSON.parse(json) as Partial<FillLook>;
    if (!f || typeof f !== 'object') return undefined;
    return {
      color: typeof f.color === 'string' ? f.color : null,
      pattern: typeof f.pattern === 'string' ? f.pattern : null,
      patternColor: typeof f.patternColor === 'string' ? f.patternColor : null,
    };
  } catch {
    return undefined;
  }
}

/** Records from the marks sheet's rows (the header row is skipped; blank rows ignored). */
export function rowsToMarks(rows: unknown[][]): MarkRecord[] {
  const out: MarkRecord[] = [];
  rows.forEach((row, i) => {
    if (i === 0 && row[0] === MARKS_HEADER[0]) return;
    const [sheet, cell, before, sheetId, painted] = row;
    if (typeof sheet !== 'string' || typeof cell !== 'string' || !sheet || !cell) return;
    const record: MarkRecord = { sheet, cell, before: parseLook(typeof before === 'string' ? before : '') };
    if (typeof sheetId === 'string' && sheetId !== '') record.sheetId = sheetId;
    const fill = parseFill(painted);
    if (fill) record.painted = fill;
    out.push(record);
  });
  return out;
}

/**
 * Merges new records into existing ones: a cell painted twice keeps its FIRST "before" look,
 * which is the user's own — the second paint would otherwise record our own colour.
 */
export function mergeMarks(existing: MarkRecord[], added: MarkRecord[]): MarkRecord[] {
  const key = (r: MarkRecord) => `${r.sheetId ?? r.sheet}!${r.cell}`;
  const seen = new Map(existing.map((r) => [key(r), r]));
  for (const r of added) if (!seen.has(key(r))) seen.set(key(r), r);
  return [...seen.values()];
}

export function sameFill(a: FillLook, b: FillLook): boolean {
  return (
    a.color === b.color &&
    (a.pattern ?? null) === (b.pattern ?? null) &&
    (a.patternColor ?? null) === (b.patternColor ?? null)
  );
}

/** The fill we paint for a severity colour (solid, no pattern). */
export function paintedFill(color: string): FillLook {
  return { color, pattern: null, patternColor: null };
}

// -------------------------------------------------------------------------------------------------
// Which sheet a record belongs to
// -------------------------------------------------------------------------------------------------

export interface SheetRef {
  id?: string;
  name: string;
}

/** Whether a record belongs to a sheet: by id when both have one, else by name. */
function recordOnSheet(r: MarkRecord, sheet: SheetRef): boolean {
  if (r.sheetId !== undefined && sheet.id !== undefined) return r.sheetId === sheet.id;
  return r.sheet === sheet.name;
}

/**
 * Records matched to the sheets that exist now: a renamed sheet's records take its new name (they
 * are found by id); records of a sheet that no longer exists are returned apart; a record without
 * an id (written by the preview, the CLI or an older version) takes the id of the sheet of its name.
 */
export function resolveSheets(
  records: MarkRecord[],
  sheets: SheetRef[],
): { live: MarkRecord[]; orphans: MarkRecord[] } {
  const byId = new Map(sheets.filter((s) => s.id !== undefined).map((s) => [s.id as string, s]));
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const live: MarkRecord[] = [];
  const orphans: MarkRecord[] = [];
  for (const r of records) {
    const sheet =
      (r.sheetId !== undefined ? byId.get(r.sheetId) : undefined) ??
      (r.sheetId === undefined ? byName.get(r.sheet) : undefined);
    if (!sheet) {
      orphans.push(r);
      continue;
    }
    const next: MarkRecord = { ...r, sheet: sheet.name };
    if (sheet.id !== undefined) next.sheetId = sheet.id;
    live.push(next);
  }
  return { live, orphans };
}

// -------------------------------------------------------------------------------------------------
// Rows and columns inserted or deleted
// -------------------------------------------------------------------------------------------------

/** Whole rows or columns inserted into or deleted from a sheet. `first` is 1-based. */
export interface StructuralChange {
  axis: 'row' | 'column';
  op: 'insert' | 'delete';
  first: number;
  count: number;
}

const LAST_ROW = 1048576;
const LAST_COLUMN = 16384;

/**
 * The structural change an Excel change event describes (WorksheetChangedEventArgs.changeType and
 * address), or null for an edit that moves nothing. Addresses come as "5:7" / "C:D", or as the full
 * width/height rectangle "A5:XFD7" / "C1:D1048576"; a sheet prefix is ignored. CellInserted /
 * CellDeleted (a part of a row shifted) are not structural here: records there are left to the
 * look check at clearing time.
 */
export function structuralChange(changeType: string, a1: string): StructuralChange | null {
  const kind = /^(Row|Column)(Inserted|Deleted)$/.exec(changeType);
  if (!kind) return null;
  const axis = kind[1] === 'Row' ? 'row' : 'column';
  const op = kind[2] === 'Inserted' ? 'insert' : 'delete';
  const local = a1
    .slice(a1.lastIndexOf('!') + 1)
    .replace(/\$/g, '')
    .trim();
  const [from, to = from] = local.split(':');
  let lo: number;
  let hi: number;
  if (axis === 'row') {
    const rowOf = (s: string) => (/^\d+$/.test(s) ? Number(s) : parseAddress(s).row);
    lo = rowOf(from);
    hi = rowOf(to);
  } else {
    const colOf = (s: string) => (/^[A-Za-z]+$/.test(s) ? columnNumber(s) : parseAddress(s).col);
    lo = colOf(from);
    hi = colOf(to);
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo < 1) return null;
  const first = Math.min(lo, hi);
  return { axis, op, first, count: Math.abs(hi - lo) + 1 };
}

/** A cell address after a structural change, or null when the cell was deleted. */
export function shiftAddress(a1: string, change: StructuralChange): string | null {
  const { row, col } = parseAddress(a1);
  const at = change.axis === 'row' ? row : col;
  let moved = at;
  if (change.op === 'insert') {
    if (at >= change.first) moved = at + change.count;
  } else if (at >= change.first + change.count) moved = at - change.count;
  else if (at >= change.first) return null;
  const limit = change.axis === 'row' ? LAST_ROW : LAST_COLUMN;
  if (moved > limit) return null; // pushed off the sheet
  return change.axis === 'row' ? address(moved, col) : address(row, moved);
}

/**
 * Records after rows/columns were inserted or deleted on one sheet: cells below/right of the
 * change move with it; records of deleted cells are dropped (the cell, its fill and note are gone
 * with it). Records of other sheets are untouched.
 */
export function shiftMarks(
  records: MarkRecord[],
  sheet: SheetRef,
  change: StructuralChange,
): { records: MarkRecord[]; dropped: MarkRecord[] } {
  const out: MarkRecord[] = [];
  const dropped: MarkRecord[] = [];
  for (const r of records) {
    if (!recordOnSheet(r, sheet)) {
      out.push(r);
      continue;
    }
    const cell = shiftAddress(r.cell, change);
    if (cell === null) dropped.push(r);
    else out.push(cell === r.cell ? r : { ...r, cell });
  }
  return { records: out, dropped };
}
