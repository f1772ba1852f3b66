/**
 * A1 bookkeeping for the office-js adapter: grouping cells into rectangles so that formats are
 * read and written by range rather than cell by cell, keeping RangeAreas address strings short,
 * parsing the addresses Excel returns. Pure functions: no Office calls here.
 */
import { address, columnName, parseAddress, parseRange } from '../core/grid';

/** A vertical run of cells in one column: rows top..bottom (inclusive). */
export interface ColumnRun {
  col: number;
  top: number;
  bottom: number;
  /** The A1 address of the run ("C14:C33" or "C14"). */
  address: string;
}

/** Strips a sheet prefix ("Sheet1!A1", "'My sheet'!A1") and the $ signs. */
export function localAddress(a1: string): string {
  const bang = a1.lastIndexOf('!');
  return (bang >= 0 ? a1.slice(bang + 1) : a1).replace(/\$/g, '').trim();
}

/**
 * Groups single-cell addresses into vertical runs per column. `gap` lets a run bridge up to that
 * many rows that are not in the list (useful when reading: one bigger read beats two small ones).
 */
export function columnRuns(cells: Iterable<string>, gap = 0): ColumnRun[] {
  const byCol = new Map<number, number[]>();
  for (const a of cells) {
    const { row, col } = parseAddress(localAddress(a));
    const rows = byCol.get(col);
    if (rows) rows.push(row);
    else byCol.set(col, [row]);
  }
  const runs: ColumnRun[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    let top = rows[0];
    let bottom = rows[0];
    const flush = () =>
      runs.push({
        col,
        top,
        bottom,
        address: top === bottom ? address(top, col) : `${address(top, col)}:${address(bottom, col)}`,
      });
    for (const r of rows.slice(1)) {
      if (r - bottom <= gap + 1) bottom = r;
      else {
        flush();
        top = bottom = r;
      }
    }
    flush();
  }
  return runs;
}

/** The addresses of the runs covering exactly the given cells. */
export function compactAddresses(cells: Iterable<string>): string[] {
  return columnRuns(cells).map((r) => r.address);
}

/**
 * Joins addresses into comma-separated lists no longer than `maxLength` characters each, for
 * Worksheet.getRanges (Excel rejects long reference strings; 255 is the documented formula limit).
 */
export function chunkAddressList(addresses: string[], maxLength = 250): string[] {
  const out: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > maxLength) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}

/**
 * The areas of a RangeAreas address as Excel returns it ("Sheet1!A1:B2, Sheet1!D1:D4",
 * "'a,b'!A1:A3,'a,b'!C1:C2"), without sheet names: commas inside quoted sheet names are kept.
 */
export function splitAreas(list: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === "'") {
      if (quoted && list[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => localAddress(p)).filter((p) => p.length > 0);
}

/** A 2-D array of `rows` × `cols` filled with `value`. */
export function fill2d<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

/** Size of an A1 range. */
export function rangeSize(a1: string): { rows: number; cols: number } {
  const r = parseRange(localAddress(a1));
  return { rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 };
}

/** "A:A" style address of one column. */
export function columnAddress(col: number): string {
  const c = columnName(col);
  return `${c}:${c}`;
}

/** A sheet name not among `taken` (case-insensitive, as Excel compares): "name", "name (2)", … ≤ 31 characters. */
export function uniqueSheetName(base: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** A sheet name quoted for a reference: 'name' with inner quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
