/**
 * Addressing and look-up over a grid snapshot: A1 notation, merged ranges, cell access by row/column.
 */
import { isEmptyContent } from './cell-content';
import type { GridCell, GridSnapshot } from './types';

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Names of the first columns, built on first use: every A1 address the engine writes needs one. */
const COLUMN_NAMES: string[] = [];
const NAMED_COLUMNS = 256;

export function columnName(col: number): string {
  if (Number.isInteger(col) && col > 0 && col <= NAMED_COLUMNS) return (COLUMN_NAMES[col] ??= spellColumn(col));
  return spellColumn(col);
}

function spellColumn(col: number): string {
  let name = '';
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function columnNumber(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function address(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}

export function parseAddress(a1: string): { row: number; col: number } {
  // the common case, scanned by hand: A1 or $A$1 (1–3 letters, up to 15 digits), nothing around it
  const n = a1.length;
  let i = a1.charCodeAt(0) === 36 ? 1 : 0; // $
  const lettersAt = i;
  let col = 0;
  while (i < n && i - lettersAt < 4) {
    const ch = a1.charCodeAt(i) | 32; // lower case
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
    i++;
  }
  const letters = i - lettersAt;
  if (letters >= 1 && letters <= 3) {
    if (a1.charCodeAt(i) === 36) i++;
    const digitsAt = i;
    let row = 0;
    while (i < n) {
      const ch = a1.charCodeAt(i);
      if (ch < 48 || ch > 57) break;
      row = row * 10 + (ch - 48);
      i++;
    }
    if (i === n && i > digitsAt && i - digitsAt <= 15) return { row, col };
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`not an A1 address: ${a1}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

export function parseRange(a1: string): CellRange {
  const [from, to = from] = a1.split(':');
  const a = parseAddress(from);
  const b = parseAddress(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rangeAddress(r: CellRange): string {
  const a = address(r.top, r.left);
  const b = address(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

const EMPTY_CELL_TEXT = '';
const NO_CELLS: readonly GridCell[] = Object.freeze([]);

// ---------------------------------------------------------------------------
// Merged ranges: clipped to the content, indexed per row — never per cell
// ---------------------------------------------------------------------------

/** A merge covering more cells than this is never walked cell by cell (an adapter records only the range). */
export const LARGE_MERGE_CELLS = 65_536;

/** How far past the last row / column with content a merge may reach before it is clipped. */
export const MERGE_ROW_SLACK = 64;
export const MERGE_COL_SLACK = 8;

/** The last row and column that hold anything. */
export interface ContentBounds {
  maxRow: number;
  maxCol: number;
}

/**
 * A merged range as far as it matters: a merge reaching far past the content (A30:XFD1048576 in a
 * 12 KB file, or A1:XFD1 on each of 100,000 rows) is cut at the last row and column that hold
 * content — the cells beyond are empty and no form reaches them — so nothing downstream ever walks
 * its empty cells. Its top-left cell (the one holding the value) never moves. A merge within a few
 * rows/columns of the content (a title merged a little wider than the table) is left as it is.
 */
export function clipMerge(r: CellRange, bounds: ContentBounds): CellRange {
  const rowsOver = r.bottom > bounds.maxRow + MERGE_ROW_SLACK;
  const colsOver = r.right > bounds.maxCol + MERGE_COL_SLACK;
  if (!rowsOver && !colsOver) return r;
  const bottom = rowsOver ? Math.max(r.top, bounds.maxRow) : r.bottom;
  const right = colsOver ? Math.max(r.left, bounds.maxCol) : r.right;
  return { top: r.top, left: r.left, bottom, right };
}

/** Row span from which a merge is kept in the short list of tall merges instead of under each of its rows. */
const TALL_MERGE_ROWS = 256;

/**
 * Which merged range holds (row, col): per row, the merges crossing it sorted by column (a binary
 * search); merges taller than TALL_MERGE_ROWS rows in one list of their own. Memory is the sum of the
 * short merges' heights — never their areas — and building it is n log n.
 */
/** Inserts `r` into a row's merges, kept in order of their left column (a row holds a few: no sort pass). */
function insertByLeft(list: CellRange[], r: CellRange): void {
  let i = list.length;
  while (i > 0 && list[i - 1].left > r.left) i--;
  if (i === list.length) list.push(r);
  else list.splice(i, 0, r);
}

export class MergeIndex {
  /** Row entries the index holds at most; merges past it are kept in the list of tall ones. */
  static readonly ROW_ENTRY_BUDGET = 4_000_000;
  private readonly byRow = new Map<number, CellRange[]>();
  private readonly tall: CellRange[] = [];
  private entries = 0;

  add(r: CellRange): void {
    const height = r.bottom - r.top + 1;
    if (height > TALL_MERGE_ROWS || this.entries + height > MergeIndex.ROW_ENTRY_BUDGET) {
      this.tall.push(r);
      return;
    }
    this.entries += height;
    for (let row = r.top; row <= r.bottom; row++) {
      const list = this.byRow.get(row);
      if (list) insertByLeft(list, r);
      else this.byRow.set(row, [r]);
    }
  }

  find(row: number, col: number): CellRange | undefined {
    const list = this.byRow.get(row);
    if (list) {
      // the last merge starting at or left of col
      let lo = 0;
      let hi = list.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid].left <= col) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (at >= 0 && list[at].right >= col) return list[at];
    }
    for (const r of this.tall) if (r.top <= row && row <= r.bottom && r.left <= col && col <= r.right) return r;
    return undefined;
  }
}

/**
 * Do any two of `ranges` overlap? A sweep over the rows keeping the merges that cross the current row
 * ordered by column (they must be disjoint there): n log n, whatever the merges' sizes.
 * Returns the first overlapping pair, or null.
 */
export function findOverlap(ranges: readonly CellRange[]): [CellRange, CellRange] | null {
  const byTop = ranges.slice().sort((a, b) => a.top - b.top || a.left - b.left);
  // active merges ordered by left; a min-heap by bottom tells which to retire
  const active: CellRange[] = [];
  const heap: CellRange[] = [];
  const heapPush = (r: CellRange) => {
    heap.push(r);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p].bottom <= heap[i].bottom) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  const heapPop = (): CellRange => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l].bottom < heap[m].bottom) m = l;
        if (r < heap.length && heap[r].bottom < heap[m].bottom) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  };
  const position = (left: number): number => {
    let lo = 0;
    let hi = active.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (active[mid].left < left) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const r of byTop) {
    while (heap.length > 0 && heap[0].bottom < r.top) {
      const gone = heapPop();
      let i = position(gone.left);
      while (i < active.length && active[i] !== gone) i++;
      if (i < active.length) active.splice(i, 1);
    }
    const i = position(r.left);
    if (i > 0 && active[i - 1].right >= r.left) return [active[i - 1], r];
    if (i < active.length && active[i].left <= r.right) return [active[i], r];
    active.splice(i, 0, r);
    heapPush(r);
  }
  return null;
}

/**
 * Indexed, read-only view of one sheet. Cells inside a merged range read as empty except the
 * top-left one; `merge(row, col)` tells which range a cell belongs to.
 */
export class SheetGrid {
  readonly name: string;
  readonly date1904: boolean;
  readonly rowCount: number;
  readonly colCount: number;
  readonly merges: CellRange[];
  private readonly rows = new Map<number, Map<number, GridCell>>();
  private readonly mergeIndex = new MergeIndex();
  // The grid is read-only, so these orderings are worked out once, on first use.
  private sortedRows: readonly number[] | null = null;
  private readonly sortedCells = new Map<number, readonly GridCell[]>();

  /**
   * One small grid, alive for as long as the program is. V8 holds the layout a constructor gives its objects only as
   * long as some object has it: when a full garbage collection runs while no grid is alive — between two checks, as
   * the CLI goes from file to file or after the pane sits idle — the layout is dropped, every optimised function
   * compiled for it is thrown away (the whole reader: readForms, tableRow, … all take a grid, and MergeIndex with it)
   * and the next check runs unoptimised: about twice as slow (bench (c) after a forced GC: 44 → 22 ms per 1,000
   * indicators). Any live grid keeps the layout. (A static field: a module-level constant no function reads would
   * not be kept.)
   */
  static readonly layoutKeeper: SheetGrid = new SheetGrid({
    sheet: '',
    cells: [
      { row: 1, col: 1, value: 'x', text: 'x' },
      { row: 1, col: 2, value: 1, text: '1' },
    ],
    merges: ['A1:A2'],
  });

  constructor(snapshot: GridSnapshot) {
    this.name = snapshot.sheet;
    this.date1904 = snapshot.date1904 === true;
    // the content's extent first: merges are clipped to it before anything is indexed
    const bounds: ContentBounds = { maxRow: 0, maxCol: 0 };
    for (const cell of snapshot.cells) {
      if (isBlankCell(cell)) continue;
      if (cell.row > bounds.maxRow) bounds.maxRow = cell.row;
      if (cell.col > bounds.maxCol) bounds.maxCol = cell.col;
    }
    let maxRow = 0;
    let maxCol = 0;
    this.merges = [];
    for (const m of snapshot.merges) {
      let r: CellRange;
      try {
        r = parseRange(m);
      } catch {
        continue; // a malformed merge reference is ignored rather than failing the sheet
      }
      r = clipMerge(r, bounds);
      if (r.top === r.bottom && r.left === r.right) continue; // one cell: no merge at all
      this.merges.push(r);
      this.mergeIndex.add(r);
    }
    for (const cell of snapshot.cells) {
      if (isBlankCell(cell)) continue;
      const m = this.mergeIndex.find(cell.row, cell.col);
      if (m && (m.top !== cell.row || m.left !== cell.col)) continue; // only the top-left of a merge holds a value
      let byCol = this.rows.get(cell.row);
      if (!byCol) this.rows.set(cell.row, (byCol = new Map()));
      byCol.set(cell.col, cell);
      if (cell.row > maxRow) maxRow = cell.row;
      if (cell.col > maxCol) maxCol = cell.col;
    }
    this.rowCount = maxRow;
    this.colCount = maxCol;
  }

  /** The cell at row/col, or undefined when it is blank (or covered by a merge it does not head). */
  cell(row: number, col: number): GridCell | undefined {
    return this.rows.get(row)?.get(col);
  }

  /** Displayed text of a cell ('' when blank). */
  text(row: number, col: number): string {
    return this.rows.get(row)?.get(col)?.text ?? EMPTY_CELL_TEXT;
  }

  /** The merged range a cell lies in, if any. */
  merge(row: number, col: number): CellRange | undefined {
    return this.mergeIndex.find(row, col);
  }

  /** The cell that supplies the value of (row, col): the top-left of its merge, or itself. */
  masterCell(row: number, col: number): GridCell | undefined {
    const m = this.merge(row, col);
    return m ? this.cell(m.top, m.left) : this.cell(row, col);
  }

  /** Text of (row, col) with merges resolved: a cell inside a merge reads the merge's value. */
  mergedText(row: number, col: number): string {
    return this.masterCell(row, col)?.text ?? EMPTY_CELL_TEXT;
  }

  /** Rows that hold at least one non-blank cell, ascending. */
  nonEmptyRows(): readonly number[] {
    return (this.sortedRows ??= [...this.rows.keys()].sort((a, b) => a - b));
  }

  /** Non-blank cells of a row, by ascending column. */
  rowCells(row: number): readonly GridCell[] {
    let cells = this.sortedCells.get(row);
    if (!cells) {
      const byCol = this.rows.get(row);
      cells = byCol ? inColumnOrder([...byCol.values()]) : NO_CELLS;
      this.sortedCells.set(row, cells);
    }
    return cells;
  }
}

/** Sorts a row's cells by column; they usually come in that order already, which is cheaper to check. */
function inColumnOrder(cells: GridCell[]): GridCell[] {
  for (let i = 1; i < cells.length; i++)
    if (cells[i - 1].col > cells[i].col) return cells.sort((a, b) => a.col - b.col);
  return cells;
}

/** A cell with nothing in it, or only spaces (a cell "cleared" with the space bar): read as empty everywhere. */
function isBlankCell(cell: GridCell): boolean {
  return isEmptyContent(cell.value) && cell.text.trim() === '';
}
