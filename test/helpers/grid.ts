/**
 * Builds grid snapshots for core tests without any workbook library.
 * A row is an array of cells; a cell is a string (text), a number (shown as General),
 * null/undefined (blank), or a full GridCell-like object for formatted/typed values.
 */
import type { GridCell, GridSnapshot, RawValue } from '../../src/core/types';

export type CellSpec = string | number | null | undefined | { value: RawValue; text?: string; format?: string };

export function gridFromRows(
  rows: CellSpec[][],
  options: { sheet?: string; merges?: string[]; startRow?: number; startCol?: number; date1904?: boolean } = {},
): GridSnapshot {
  const cells: GridCell[] = [];
  const top = options.startRow ?? 1;
  const left = options.startCol ?? 1;
  rows.forEach((cols, r) => {
    cols.forEach((spec, c) => {
      if (spec === null || spec === undefined || spec === '') return;
      const row = top + r;
      const col = left + c;
      if (typeof spec === 'string') cells.push({ row, col, value: spec, text: spec });
      else if (typeof spec === 'number') cells.push({ row, col, value: spec, text: String(spec), format: 'General' });
      else {
        const value = spec.value;
        const text = spec.text ?? (value === null ? '' : typeof value === 'object' ? value.error : String(value));
        cells.push({ row, col, value, text, format: spec.format });
      }
    });
  });
  return { sheet: options.sheet ?? 'Sheet1', cells, merges: options.merges ?? [], date1904: options.date1904 };
}
