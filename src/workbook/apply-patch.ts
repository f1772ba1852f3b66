/**
 * Applies the core's SheetPatch to an exceljs Workbook, and clears the marks again.
 *
 *  - highlight: a solid fill in the severity's colour (SEVERITY_FILL);
 *  - note: the cell's note (comment);
 *  - value: writes the text (a computed 得分 as a number); `onlyIfEmpty` never replaces a filled
 *    cell — such cells are reported in `skipped`.
 *
 * Before a cell is painted its look (fill + note) is recorded in the very hidden MARKS_SHEET
 * (src/core/marks.ts); the first record of a cell wins, so painting twice still restores the user's
 * own look. Next to the host-neutral CellLook, the record's JSON carries the exact exceljs fill and
 * note under the extra key `xlsx` (other hosts' parseLook ignores it), so that clearing restores
 * theme colours, tints, gradient fills and rich notes exactly; a record without it (written by
 * another host) is restored from the CellLook.
 *
 * Browser-safe: exceljs Workbook objects only, no Node imports.
 */
import type * as ExcelJS from 'exceljs';
import {
  MARKS_HEADER,
  MARKS_SHEET,
  NO_FILL,
  SEVERITY_FILL,
  mergeMarks,
  rowsToMarks,
  type CellLook,
  type FillLook,
  type MarkRecord,
} from '../core/marks';
import { isEmptyContent } from '../core/cell-content';
import type { PatchOp, SheetPatch } from '../core/patch';

export interface ApplyPatchResult {
  /** Cells given a fill or a note (each cell counted once). */
  painted: number;
  /** Cells written by value ops. */
  written: number;
  /** Value ops not applied because the cell was not empty (`onlyIfEmpty`), or its sheet is missing. */
  skipped: { sheet: string; cell: string; current: string }[];
}

/** The exact exceljs look kept next to the CellLook in a record's JSON. */
interface XlsxLook {
  fill?: ExcelJS.Fill;
  note?: ExcelJS.Cell['note'];
}

interface RecordJson extends CellLook {
  xlsx?: XlsxLook;
}

// ---------------------------------------------------------------------------
// Colours
// ---------------------------------------------------------------------------

export function hexToArgb(hex: string): string {
  return 'FF' + hex.replace(/^#/, '').toUpperCase();
}

function argbToHex(argb: string | undefined): string | null {
  if (!argb || !/^[0-9A-Fa-f]{6,8}$/.test(argb)) return null;
  return '#' + argb.slice(-6).toUpperCase();
}

function solidFill(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(hex) } };
}

/** exceljs pattern names → Excel's (as office-js reports them). */
function patternName(p: string): string {
  return p.charAt(0).toUpperCase() + p.slice(1);
}

function fillToLook(fill: ExcelJS.Fill | undefined): FillLook {
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') {
    if (fill && fill.type === 'gradient') {
      const stop = fill.stops?.[0];
      return { color: argbToHex(stop?.color?.argb), pattern: null, patternColor: null };
    }
    return { ...NO_FILL };
  }
  if (fill.pattern === 'solid') return { color: argbToHex(fill.fgColor?.argb), pattern: null, patternColor: null };
  return {
    color: argbToHex(fill.bgColor?.argb),
    pattern: patternName(fill.pattern),
    patternColor: argbToHex(fill.fgColor?.argb),
  };
}

function lookToFill(look: FillLook): ExcelJS.Fill | undefined {
  if (!look.pattern || look.pattern.toLowerCase() === 'solid') {
    return look.color ? solidFill(look.color) : undefined;
  }
  const pattern = (look.pattern.charAt(0).toLowerCase() + look.pattern.slice(1)) as ExcelJS.FillPattern['pattern'];
  return {
    type: 'pattern',
    pattern,
    ...(look.patternColor ? { fgColor: { argb: hexToArgb(look.patternColor) } } : {}),
    ...(look.color ? { bgColor: { argb: hexToArgb(look.color) } } : {}),
  } as ExcelJS.Fill;
}

function noteText(note: ExcelJS.Cell['note'] | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  const texts = (note as ExcelJS.Comment).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : null;
}

// ---------------------------------------------------------------------------
// Cell look: read, change, restore (styles may be shared between cells: always copy before changing)
// ---------------------------------------------------------------------------

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function currentLook(cell: ExcelJS.Cell): RecordJson {
  const fill = cell.style?.fill;
  const note = cell.note;
  const xlsx: XlsxLook = {};
  if (fill) xlsx.fill = clone(fill);
  if (note !== undefined && note !== null) xlsx.note = clone(note);
  return { fill: fillToLook(fill), note: noteText(note), xlsx };
}

function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  const style: Partial<ExcelJS.Style> = { ...(cell.style ?? {}) };
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
}

function setNote(cell: ExcelJS.Cell, note: ExcelJS.Cell['note'] | undefined | null): void {
  if (note === undefined || note === null) {
    // exceljs has no public way to remove a note: the comment lives in _comment, and a loaded
    // cell's value model still carries the comment it was read with
    const internal = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
    internal._comment = undefined;
    if (internal._value?.model) delete internal._value.model.comment;
  } else {
    cell.note = note;
  }
}

/** The text a cell shows, as far as exceljs knows it (a formula's cached result, rich text joined). */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && !(v instanceof Date)) {
    const o = v as unknown as Record<string, unknown>;
    if ('richText' in o && Array.isArray(o.richText))
      return (o.richText as { text?: string }[]).map((t) => t.text ?? '').join('');
    if ('formula' in o || 'sharedFormula' in o)
      return o.result === undefined || o.result === null ? `=${String(o.formula ?? '')}` : String(o.result);
    if ('error' in o) return String(o.error);
    if ('text' in o) return String(o.text);
  }
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/**
 * Whether a cell is empty, by the one rule of src/core/cell-content.ts: rich text counts by its text; a
 * formula, an error or a hyperlink is content.
 */
export function isCellEmpty(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as unknown as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o)
      return isEmptyContent(null, String(o.formula ?? o.sharedFormula ?? '='));
    if ('richText' in o) return isEmptyContent(cellText(cell));
    return false;
  }
  return isEmptyContent(v);
}

// ---------------------------------------------------------------------------
// The marks sheet
// ---------------------------------------------------------------------------

interface StoredRecord {
  record: MarkRecord;
  xlsx?: XlsxLook;
}

/** The record of painted cells as the workbook keeps it — the one reader of it for exceljs workbooks. */
export function readMarkRecords(wb: ExcelJS.Workbook): MarkRecord[] {
  return readMarks(wb).map((s) => s.record);
}

function readMarks(wb: ExcelJS.Workbook): StoredRecord[] {
  const ws = wb.getWorksheet(MARKS_SHEET);
  if (!ws) return [];
  const out: StoredRecord[] = [];
  ws.eachRow((row, n) => {
    const values = [1, 2, 3].map((c) => cellText(row.getCell(c)));
    if (n === 1 && values[0] === MARKS_HEADER[0]) return;
    // rowsToMarks parses one record (index 0 of its input is the header slot)
    const [record] = rowsToMarks([[], values]);
    if (!record) return;
    let xlsx: XlsxLook | undefined;
    try {
      const parsed = JSON.parse(values[2]) as RecordJson;
      if (parsed && typeof parsed.xlsx === 'object' && parsed.xlsx !== null) xlsx = parsed.xlsx;
    } catch {
      xlsx = undefined;
    }
    out.push({ record, xlsx });
  });
  return out;
}

function writeMarks(wb: ExcelJS.Workbook, stored: StoredRecord[]): void {
  const existing = wb.getWorksheet(MARKS_SHEET);
  if (existing) wb.removeWorksheet(existing.id);
  if (stored.length === 0) return;
  const ws = wb.addWorksheet(MARKS_SHEET, { state: 'veryHidden' });
  ws.addRow([...MARKS_HEADER]);
  for (const s of stored) {
    const json: RecordJson = { ...s.record.before, ...(s.xlsx ? { xlsx: s.xlsx } : {}) };
    // written as plain strings: never a formula, whatever the sheet name or note holds
    ws.addRow([s.record.sheet, s.record.cell, JSON.stringify(json)]);
  }
}

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

function valueFor(op: Extract<PatchOp, { kind: 'value' }>): ExcelJS.CellValue {
  if (op.value !== undefined) return op.value; // a fix's number, as core decided it (fixedCellWrite)
  if (op.reason === 'score') {
    const n = Number(op.text);
    if (op.text.trim() !== '' && Number.isFinite(n)) return n;
  }
  return op.text;
}

/** Paints highlights and notes, writes values; records every painted cell's look first. */
export function applyPatchToWorkbook(
  wb: ExcelJS.Workbook,
  patch: SheetPatch,
): { painted: number; written: number; skipped: { sheet: string; cell: string; current: string }[] } {
  const result: ApplyPatchResult = { painted: 0, written: 0, skipped: [] };
  const stored = readMarks(wb);
  const known = new Set(stored.map((s) => `${s.record.sheet}!${s.record.cell}`));
  const added: StoredRecord[] = [];
  const paintedNow = new Set<string>();

  for (const op of patch.ops) {
    if (op.sheet === MARKS_SHEET) continue;
    const ws = wb.getWorksheet(op.sheet);
    if (!ws) {
      if (op.kind === 'value') result.skipped.push({ sheet: op.sheet, cell: op.cell, current: '' });
      continue;
    }
    const cell = ws.getCell(op.cell);
    if (op.kind === 'value') {
      if (op.onlyIfEmpty && !isCellEmpty(cell)) {
        result.skipped.push({ sheet: op.sheet, cell: op.cell, current: cellText(cell) });
        continue;
      }
      cell.value = valueFor(op);
      // exceljs shares one style object between cells of the same style: give this cell its own
      if (op.value !== undefined && op.format !== undefined) cell.style = { ...cell.style, numFmt: op.format };
      result.written++;
      continue;
    }
    const key = `${op.sheet}!${op.cell}`;
    if (!known.has(key)) {
      const look = currentLook(cell);
      const { xlsx, ...before } = look;
      added.push({ record: { sheet: op.sheet, cell: op.cell, before }, xlsx });
      known.add(key);
    }
    if (!paintedNow.has(key)) {
      paintedNow.add(key);
      result.painted++;
    }
    if (op.kind === 'highlight') setFill(cell, solidFill(SEVERITY_FILL[op.severity]));
    else setNote(cell, op.text);
  }

  if (added.length > 0) {
    const merged = mergeMarks(
      stored.map((s) => s.record),
      added.map((s) => s.record),
    );
    const xlsxByKey = new Map<string, XlsxLook | undefined>();
    for (const s of [...stored, ...added]) {
      const k = `${s.record.sheet}!${s.record.cell}`;
      if (!xlsxByKey.has(k)) xlsxByKey.set(k, s.xlsx);
    }
    writeMarks(
      wb,
      merged.map((record) => ({ record, xlsx: xlsxByKey.get(`${record.sheet}!${record.cell}`) })),
    );
  }
  return result;
}

/**
 * Restores the fill and note of every recorded cell (of one sheet, or all) and removes those
 * records; the marks sheet goes when no record is left. Returns the number of cells restored.
 */
export function clearMarksInWorkbook(wb: ExcelJS.Workbook, sheet?: string): number {
  const stored = readMarks(wb);
  if (stored.length === 0) {
    // an empty (header-only) marks sheet is removed too
    if (wb.getWorksheet(MARKS_SHEET)) writeMarks(wb, []);
    return 0;
  }
  const keep: StoredRecord[] = [];
  let restored = 0;
  for (const s of stored) {
    const { record } = s;
    if (sheet !== undefined && record.sheet !== sheet) {
      keep.push(s);
      continue;
    }
    const ws = wb.getWorksheet(record.sheet);
    if (ws) {
      const cell = ws.getCell(record.cell);
      if (s.xlsx) {
        setFill(cell, s.xlsx.fill);
        setNote(cell, s.xlsx.note);
      } else {
        setFill(cell, lookToFill(record.before.fill));
        setNote(cell, record.before.note);
      }
      restored++;
    }
  }
  writeMarks(wb, keep);
  return restored;
}
