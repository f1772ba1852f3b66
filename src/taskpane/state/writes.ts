/**
 * What the pane writes into the workbook: fix changes (cell, before → after) and the completion
 * fill (core's write plan: computed 得分, the 预算执行率 得分, the total and, on request, a status column). Pure functions over the model and the
 * snapshots the model was read from.
 */
import type { CellWrite } from '../../host/types';
import type { FormModel } from '../../core/model';
import { fixPatch } from '../../core/patch';
import { parseAddress } from '../../core/grid';
import { buildWritePlan, plannedCells, type WritePlan } from '../../core/completion/write-plan';
import type { GridSnapshot, Issue, Lang, Rounding } from '../../core/types';

export interface Change {
  sheet: string;
  cell: string;
  before: string;
  after: string;
  /** The number and format the fix writes (core's fixedCellWrite), when it writes a number. */
  value?: number;
  format?: string;
}

function typed(fix: { value?: number; format?: string }): Pick<Change, 'value' | 'format'> {
  return {
    ...(fix.value !== undefined ? { value: fix.value } : {}),
    ...(fix.format !== undefined ? { format: fix.format } : {}),
  };
}

/** The displayed text of a cell in a snapshot ('' when blank). */
function cellText(snapshot: GridSnapshot | undefined, a1: string): string {
  if (!snapshot) return '';
  const { row, col } = parseAddress(a1);
  return snapshot.cells.find((c) => c.row === row && c.col === col)?.text ?? '';
}

/** The change one issue's fix makes (whatever its safety), or null when it has none. */
export function fixChange(issue: Issue, snapshots: Map<string, GridSnapshot>): Change | null {
  if (!issue.fix || !issue.cell) return null;
  return {
    sheet: issue.sheet,
    cell: issue.cell,
    before: cellText(snapshots.get(issue.sheet), issue.cell),
    after: issue.fix.text,
    ...typed(issue.fix),
  };
}

/** Every safe fix, one per cell (the engine's fixPatch), with what each cell holds now. */
export function safeFixChanges(issues: Issue[], snapshots: Map<string, GridSnapshot>): Change[] {
  const out: Change[] = [];
  for (const op of fixPatch(issues, 'safe').ops) {
    if (op.kind !== 'value') continue;
    out.push({
      sheet: op.sheet,
      cell: op.cell,
      before: cellText(snapshots.get(op.sheet), op.cell),
      after: op.text,
      ...typed(op),
    });
  }
  return out;
}

export function changesToWrites(changes: Change[]): CellWrite[] {
  return changes.map(({ sheet, cell, after, value, format }) => ({
    sheet,
    cell,
    text: after,
    ...typed({ value, format }),
  }));
}

/** The column right of a form, where the status column goes (core's write plan decides). */
export { statusColumn } from '../../core/completion/write-plan';

/** The completion write plan (core): what 填写完成情况 writes, keeps and would overwrite, and its basis. */
export function fillPlan(
  forms: FormModel[],
  snapshots: Map<string, GridSnapshot>,
  options: { statusColumn: boolean; lang: Lang; rounding?: Rounding },
): WritePlan {
  return buildWritePlan(forms, snapshots, options);
}

/** The host writes of a plan's empty cells, or of the cells it would overwrite. Scores go as numbers. */
export function plannedWrites(plan: WritePlan, which: 'writes' | 'overwrites'): CellWrite[] {
  return plannedCells(plan, which).map(({ sheet, cell, text, value }) => ({
    sheet,
    cell,
    text,
    ...(value !== undefined ? { value } : {}),
  }));
}

/**
 * Every completion write the plan holds — the empty cells and the ones it would overwrite (a filled
 * cell is left alone by a write `onlyIfEmpty`); cells already showing the text are left out.
 */
export function completionWrites(
  forms: FormModel[],
  snapshots: Map<string, GridSnapshot>,
  options: { statusColumn: boolean; lang: Lang },
): CellWrite[] {
  const plan = fillPlan(forms, snapshots, options);
  return [...plannedWrites(plan, 'writes'), ...plannedWrites(plan, 'overwrites')];
}
