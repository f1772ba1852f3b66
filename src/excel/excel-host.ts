/**
 * The WorkbookHost over office-js (the add-in): the thin wiring of its parts.
 *   read.ts         grid snapshots (one sync; row bands past the request caps)
 *   paint.ts        painting and clearing (a reading batch + one undo step)
 *   write-cells.ts  fixes and completion values (one undo step; never onto a protected sheet)
 *   marks-store.ts  the record of painted cells in the workbook (by sheet id, shifted on insert/delete)
 *   events.ts       cell changes and sheet activation
 *   batch.ts        Excel.run options (delayForCellEdit for live re-checks, mergeUndoGroup) and error translation
 *   template-writer.ts, capabilities.ts, addresses.ts
 * No domain rule lives here — what to paint and what to write is decided by src/core.
 *
 * Only the global `Excel` / `Office` namespaces are used (typed by @types/office-js); tests inject
 * a fake through globalThis.
 */
import type {
  CellWrite,
  ClearResult,
  PaintResult,
  SheetChange,
  WorkbookHost,
  WorkbookSettings,
  WriteResult,
} from '../host/types';
import type { SheetPatch } from '../core/patch';
import type { GridSnapshot, Lang } from '../core/types';
import type { TemplateOptions } from '../core/template';
import { SETTINGS_CELL, SETTINGS_SHEET, parseSettings, serializeSettings } from '../core/settings-store';
import { buildTemplate } from '../core/template';
import { localAddress } from './addresses';
import { run } from './batch';
import { detectFeatures, displayLang, type ExcelFeatures } from './capabilities';
import { onActivated, onChanged } from './events';
import { MarksStore } from './marks-store';
import { applyPatch, clearMarks, paintedCells } from './paint';
import { writeCells } from './write-cells';
import { listSheets, readSheet } from './read';
import { renderTemplate } from './template-writer';

export { stitchBands } from './read';
export { fillLook, isOurNote } from './paint';

export async function createExcelHost(): Promise<WorkbookHost> {
  if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') await Office.onReady();
  const lang = displayLang();
  const host = new ExcelHost(detectFeatures(lang), lang);
  await host.probeMarks();
  return host;
}

class ExcelHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  private readonly marks: MarksStore;

  constructor(
    readonly capabilities: ExcelFeatures,
    readonly lang: Lang,
  ) {
    this.marks = new MarksStore(capabilities);
  }

  /** Looks whether the marks sheet exists (probed at creation, kept up to date by our own writes). */
  probeMarks(): Promise<void> {
    return this.marks.probe();
  }

  listSheets(): Promise<{ names: string[]; active: string }> {
    return listSheets(this.capabilities);
  }

  readSheet(name?: string, options: { live?: boolean } = {}): Promise<GridSnapshot> {
    return readSheet(this.capabilities, name, { wait: options.live });
  }

  paintedCells(): Promise<{ sheet: string; cell: string }[]> {
    return paintedCells(this.capabilities, this.marks);
  }

  applyPatch(patch: SheetPatch, options?: { replace?: string[]; live?: boolean }): Promise<PaintResult> {
    return applyPatch(this.capabilities, this.marks, patch, options);
  }

  clearMarks(sheet?: string, options?: { live?: boolean }): Promise<ClearResult> {
    return clearMarks(this.capabilities, this.marks, sheet, options);
  }

  writeCells(writes: CellWrite[], options: { onlyIfEmpty: boolean }): Promise<WriteResult> {
    return writeCells(this.capabilities, writes, options);
  }

  async selectCell(sheetName: string, cell: string): Promise<void> {
    await run(this.capabilities, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      ws.activate();
      ws.getRange(localAddress(cell)).select();
      await context.sync();
    });
  }

  /** Adds sheets and names: not undoable as a group (UndoNotSupported), so never grouped. */
  insertTemplate(options: TemplateOptions): Promise<string> {
    const definition = buildTemplate(options);
    return run(this.capabilities, (context) => renderTemplate(context, definition, this.capabilities));
  }

  onChanged(handler: (change: SheetChange) => void): Promise<() => void> {
    return onChanged(this.capabilities, this.marks, handler);
  }

  onActivated(handler: (sheet: string) => void): Promise<() => void> {
    return onActivated(this.capabilities, handler);
  }

  async loadSettings(): Promise<WorkbookSettings | null> {
    return run(this.capabilities, async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
      ws.load('name');
      await context.sync();
      if (ws.isNullObject) return null;
      const cell = ws.getRange(SETTINGS_CELL);
      cell.load('values');
      await context.sync();
      return parseSettings(cell.values[0]?.[0]);
    });
  }

  /** Settings live in a very hidden sheet, as in every host (src/core/settings-store.ts). Adding it cannot be grouped. */
  async saveSettings(settings: WorkbookSettings): Promise<void> {
    await run(this.capabilities, async (context) => {
      const sheets = context.workbook.worksheets;
      let ws = sheets.getItemOrNullObject(SETTINGS_SHEET);
      ws.load('name');
      await context.sync();
      if (ws.isNullObject) {
        ws = sheets.add(SETTINGS_SHEET);
        ws.visibility = 'VeryHidden';
      }
      const cell = ws.getRange(SETTINGS_CELL);
      cell.numberFormat = [['@']];
      cell.values = [[serializeSettings(settings)]];
      await context.sync();
    });
  }
}
