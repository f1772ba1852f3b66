/**
 * "Make a fixed copy" — the one implementation behind the CLI's `jixiao fix` and the preview's
 * "下载修正后的副本": every SAFE fix (notation only) written into an exceljs workbook, checking again
 * after each pass while a pass still finds one (a cell gets one write per pass: the most severe fix
 * first, re-checking offers the next), at most MAX_FIX_PASSES passes. Each change is listed with the
 * text before, the text after and the rule behind it.
 *
 * Browser-safe: exceljs Workbook objects only, no Node imports.
 */
import type * as ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../core/analyze';
import { address } from '../core/grid';
import { fixPatch } from '../core/patch';
import type { Issue, Lang, WorkbookSnapshot } from '../core/types';
import { applyPatchToWorkbook } from './apply-patch';
import { sheetToGrid } from './read';

const MAX_FIX_PASSES = 3;

export interface FixChange {
  sheet: string;
  cell: string;
  /** The text the cell showed before the first fix. */
  before: string;
  /** The text written by the last fix. */
  after: string;
  /** The rule (finding code) behind each fix of the cell, one per line. */
  rule: string;
  /** The finding's message, one per line. */
  message: string;
}

/** The snapshot the engine checks: the given sheets of the workbook as it is now. */
export function snapshotOf(
  wb: ExcelJS.Workbook,
  sheets: (ws: ExcelJS.Worksheet) => boolean = () => true,
): WorkbookSnapshot {
  const date1904 = Boolean(wb.properties && (wb.properties as { date1904?: boolean }).date1904);
  return { sheets: wb.worksheets.filter(sheets).map((ws) => sheetToGrid(ws, date1904)) };
}

/**
 * Applies every safe fix to `wb` in place and returns the changes, one per cell. `sheets` picks the
 * sheets checked (the CLI: every sheet, as `jixiao check` reads the file; the preview: the sheets the
 * pane shows).
 */
export function applySafeFixes(
  wb: ExcelJS.Workbook,
  options: { lang: Lang; sheets?: (ws: ExcelJS.Worksheet) => boolean },
): FixChange[] {
  const changes = new Map<string, FixChange>();
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const snapshot = snapshotOf(wb, options.sheets);
    const model = analyzeWorkbook(snapshot, { lang: options.lang });
    const patch = fixPatch(model.issues, 'safe');
    if (patch.ops.length === 0) break;
    // the issue behind each write: the first safe fix of the cell, as fixPatch chose it
    const byCell = new Map<string, Issue>();
    for (const i of model.issues) {
      if (!i.fix || !i.cell || i.fix.safety !== 'safe') continue;
      const key = `${i.sheet}!${i.cell}`;
      if (!byCell.has(key)) byCell.set(key, i);
    }
    const texts = new Map<string, string>();
    for (const s of snapshot.sheets) for (const c of s.cells) texts.set(`${s.sheet}!${address(c.row, c.col)}`, c.text);
    for (const op of patch.ops) {
      if (op.kind !== 'value') continue;
      const key = `${op.sheet}!${op.cell}`;
      const issue = byCell.get(key);
      const earlier = changes.get(key);
      if (earlier) {
        earlier.after = op.text;
        earlier.rule += `\n${issue?.code ?? ''}`;
        earlier.message += `\n${issue?.message ?? ''}`;
      } else {
        changes.set(key, {
          sheet: op.sheet,
          cell: op.cell,
          before: texts.get(key) ?? '',
          after: op.text,
          rule: issue?.code ?? '',
          message: issue?.message ?? '',
        });
      }
    }
    applyPatchToWorkbook(wb, patch);
  }
  return [...changes.values()];
}
