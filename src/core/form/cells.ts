/**
 * The cells of an indicator row: the column letters of a table once, each row's addresses, the cell a
 * finding is placed on (a fix's own cell, else the column the finding is about), and the row's cells as
 * the target check and the completion scoring read them.
 */
import type { CellInput } from '../completion';
import type { TableColumnRole } from '../glossary/form-labels';
import { address, columnName, parseAddress, type SheetGrid } from '../grid';
import type { IndicatorCells } from '../model';
import type { IndicatorTable } from '../reader/structure';
import { HIERARCHY_RULES } from '../hierarchy/rules';
import type { Finding, FixTarget, GridCell } from '../types';

/**
 * The operator cell of a split row: 指标性质, or — when a 指标方向 column holds the operator — that
 * column, falling back to 指标性质 for what only it says (定性, 不适用, 定量（其他）, 正向/反向).
 */
export function natureCell(cells: Partial<Record<TableColumnRole, GridCell>>): GridCell | undefined {
  const direction = cells.nature;
  if (cells.kind === undefined) return direction;
  return direction && direction.text.trim() !== '' ? direction : cells.kind;
}

export function asCellInput(cell: GridCell | undefined): CellInput | null {
  return cell ? { value: cell.value, text: cell.text, format: cell.format } : null;
}

type ColumnLetters = Partial<Record<keyof IndicatorCells, string>>;

/** The column letters of a table's columns, once per table: every indicator row needs its cells' addresses. */
export function columnLetters(table: IndicatorTable): ColumnLetters {
  const letter = (role: TableColumnRole) => {
    const col = table.columns[role];
    return col === undefined ? undefined : columnName(col);
  };
  return {
    level1: letter('level1'),
    level2: letter('level2'),
    level3: letter('level3'),
    target: letter('target'),
    nature: letter('nature'),
    unit: letter('unit'),
    actual: letter('actual'),
    weight: letter('weight'),
    score: letter('score'),
    reason: letter('reason'),
  };
}

export function cellAddresses(letters: ColumnLetters, row: number): IndicatorCells {
  const at = (letter: string | undefined) => (letter === undefined ? undefined : letter + row);
  return {
    level1: at(letters.level1),
    level2: at(letters.level2),
    level3: at(letters.level3),
    target: at(letters.target) as string,
    nature: at(letters.nature),
    unit: at(letters.unit),
    actual: at(letters.actual),
    weight: at(letters.weight),
    score: at(letters.score),
    reason: at(letters.reason),
  };
}

/** The cell a fix writes to (undefined: the value cell itself). */
export function fixCell(target: FixTarget | undefined, cells: IndicatorCells): string | undefined {
  switch (target) {
    case undefined:
    case 'value':
      return undefined;
    case 'nature':
      return cells.nature;
    case 'unit':
      return cells.unit;
    case 'level1':
      return cells.level1;
    case 'level2':
      return cells.level2;
    case 'weight':
      return cells.weight;
    case 'score':
      return cells.score;
  }
}

const HIERARCHY_RULE_BY_CODE = new Map(HIERARCHY_RULES.map((r) => [r.code, r] as const));

/** The cell a hierarchy finding is placed on: its fix's cell, else the column its rule says (placedOn). */
export function hierarchyCell(f: Finding, cells: IndicatorCells): string {
  const explicit = fixCell(f.fix?.cell, cells);
  if (explicit) return explicit;
  return cells[HIERARCHY_RULE_BY_CODE.get(f.code)?.placedOn?.(f) ?? 'level3'] ?? cells.target;
}

/**
 * Where a hierarchy finding placed on `a1` belongs: a finding about the name that applies, on a row that inherits
 * the name through blank cells (written once, the cells below left empty), goes to the cell the name is written in
 * — the nearest filled one above in the table (its merge's top-left), which is what a person corrects. A finding
 * about the row's own blank cell (the rule says `aboutBlankCell`) stays where it is.
 */
export function writtenCell(grid: SheetGrid, f: Finding, a1: string, firstRow: number): string {
  if (HIERARCHY_RULE_BY_CODE.get(f.code)?.aboutBlankCell || !/^[A-Z]+\d+$/.test(a1)) return a1;
  const { row, col } = parseAddress(a1);
  if (grid.mergedText(row, col).trim() !== '') return a1;
  for (let r = row - 1; r >= firstRow; r--) {
    if (grid.mergedText(r, col).trim() === '') continue;
    const m = grid.merge(r, col);
    return m ? address(m.top, m.left) : address(r, col);
  }
  return a1;
}
