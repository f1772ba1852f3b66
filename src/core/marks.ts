/**
 * The record of what we painted, kept inside the workbook so that "清除标记" restores every cell
 * exactly as it was — after the pane is closed and reopened, or the file saved, reopened, or moved
 * between Excel, the browser preview and the command line. Every host stores it the same way:
 * a very hidden sheet named MARKS_SHEET with one row per painted cell:
 *   A: sheet name   B: cell address   C: JSON of the cell's look before we painted it (CellLook)
 * Row 1 is a header. This module only defines and (de)serialises the record; adapters read and write it.
 */

export const MARKS_SHEET = '_jixiao_marks';
export const MARKS_HEADER = ['sheet', 'cell', 'before'] as const;

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

/** Rows of the marks sheet (header first) from records. */
export function marksToRows(records: MarkRecord[]): string[][] {
  return [[...MARKS_HEADER], ...records.map((r) => [r.sheet, r.cell, serializeLook(r.before)])];
}

/** Records from the marks sheet's rows (the header row is skipped; blank rows ignored). */
export function rowsToMarks(rows: unknown[][]): MarkRecord[] {
  const out: MarkRecord[] = [];
  rows.forEach((row, i) => {
    if (i === 0 && row[0] === MARKS_HEADER[0]) return;
    const [sheet, cell, before] = row;
    if (typeof sheet !== 'string' || typeof cell !== 'string' || !sheet || !cell) return;
    out.push({ sheet, cell, before: parseLook(typeof before === 'string' ? before : '') });
  });
  return out;
}

/**
 * Merges new records into existing ones: a cell painted twice keeps its FIRST "before" look,
 * which is the user's own — the second paint would otherwise record our own colour.
 */
export function mergeMarks(existing: MarkRecord[], added: MarkRecord[]): MarkRecord[] {
  const key = (r: MarkRecord) => `${r.sheet}!${r.cell}`;
  const seen = new Map(existing.map((r) => [key(r), r]));
  for (const r of added) if (!seen.has(key(r))) seen.set(key(r), r);
  return [...seen.values()];
}
