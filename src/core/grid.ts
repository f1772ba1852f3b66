/**
 * Addressing and look-up over a grid snapshot: A1 notation, merged ranges, cell access by row/column.
 */
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
  private readonly mergeIndex = new Map<number, Map<number, CellRange>>();
  // The grid is read-only, so these orderings are worked out once, on first use.
  private sortedRows: readonly number[] | null = null;
  private readonly sortedCells = new Map<number, readonly GridCell[]>();

  constructor(snapshot: GridSnapshot) {
    this.name = snapshot.sheet;
    this.date1904 = snapshot.date1904 === true;
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
      this.merges.push(r);
      // Index every row of the merge but only the cells that are non-trivial to look up.
      for (let row = r.top; row <= r.bottom; row++) {
        let byCol = this.mergeIndex.get(row);
        if (!byCol) this.mergeIndex.set(row, (byCol = new Map()));
        for (let col = r.left; col <= r.right; col++) byCol.set(col, r);
      }
    }
    for (const cell of snapshot.cells) {
      const m = this.mergeIndex.get(cell.row)?.get(cell.col);
      if (m && (m.top !== cell.row || m.left !== cell.col)) continue; // only the top-left of a merge holds a value
      if (isBlankCell(cell)) continue;
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
    return this.mergeIndex.get(row)?.get(col);
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
  for (let i = 1; i < cells.length; i++) if (cells[i - 1].col > cells[i].col) return cells.sort((a, b) => a.col - b.col);
  return cells;
}

function isBlankCell(cell: GridCell): boolean {
  return (cell.value === null || cell.value === '') && cell.text.trim() === '';
}
