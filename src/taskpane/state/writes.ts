/**
 * What the pane writes into the workbook: fix changes (cell, before → after) and the completion
 * fill (computed 得分 and, on request, a status column). Pure functions over the model and the
 * snapshots the model was read from.
 */
import type { CellWrite } from '../../host/types';
import type { FormModel } from '../../core/model';
import { fixPatch, scorePatch } from '../../core/patch';
import { address, parseAddress, parseRange } from '../../core/grid';
import { message } from '../../core/messages';
import type { GridSnapshot, Issue, Lang } from '../../core/types';
import { STATUS_CODE } from './format';
import { isSelfEvaluation } from './view';

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
  return { ...(fix.value !== undefined ? { value: fix.value } : {}), ...(fix.format !== undefined ? { format: fix.format } : {}) };
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
  return { sheet: issue.sheet, cell: issue.cell, before: cellText(snapshots.get(issue.sheet), issue.cell), after: issue.fix.text, ...typed(issue.fix) };
}

/** Every safe fix, one per cell (the engine's fixPatch), with what each cell holds now. */
export function safeFixChanges(issues: Issue[], snapshots: Map<string, GridSnapshot>): Change[] {
  const out: Change[] = [];
  for (const op of fixPatch(issues, 'safe').ops) {
    if (op.kind !== 'value') continue;
    out.push({ sheet: op.sheet, cell: op.cell, before: cellText(snapshots.get(op.sheet), op.cell), after: op.text, ...typed(op) });
  }
  return out;
}

export function changesToWrites(changes: Change[]): CellWrite[] {
  return changes.map(({ sheet, cell, after, value, format }) => ({ sheet, cell, text: after, ...typed({ value, format }) }));
}

/** The column right of a form (its range and every indicator cell), where the status column goes. */
export function statusColumn(form: FormModel): number {
  let right = parseRange(form.range).right;
  for (const i of form.indicators) {
    for (const a1 of Object.values(i.cells)) if (a1) right = Math.max(right, parseAddress(a1).col);
  }
  return right + 1;
}

/**
 * The completion fill: computed 得分 into the score cells the engine proposes (scorePatch), and,
 * with `statusColumn`, a status per indicator (and a header) in the column right of the form.
 * Cells that already show exactly the text to write are left out.
 */
export function completionWrites(
  forms: FormModel[],
  snapshots: Map<string, GridSnapshot>,
  options: { statusColumn: boolean; lang: Lang },
): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const op of scorePatch(forms).ops) {
    if (op.kind === 'value') writes.push({ sheet: op.sheet, cell: op.cell, text: op.text });
  }
  if (options.statusColumn) {
    for (const form of forms) {
      if (!isSelfEvaluation(form) || form.indicators.length === 0) continue;
      const col = statusColumn(form);
      if (form.headerRow !== null) {
        writes.push({ sheet: form.sheet, cell: address(form.headerRow, col), text: message('pane.status-column.header', options.lang) });
      }
      for (const i of form.indicators) {
        if (!i.completion?.status) continue;
        writes.push({ sheet: form.sheet, cell: address(i.row, col), text: message(STATUS_CODE[i.completion.status], options.lang) });
      }
    }
  }
  return writes.filter((w) => cellText(snapshots.get(w.sheet), w.cell) !== w.text);
}
