/**
 * The exceljs copy path as a WorkbookHost: every call opens the .xlsx file the way `jixiao fix` and
 * `jixiao score --out` open their input (readWorkbookForEdit), changes it with the same functions
 * they use (applyPatchToWorkbook, clearMarksInWorkbook, value ops with onlyIfEmpty, the template
 * and settings writers) and writes it back with writeWorkbookAtomic. So whatever the conformance
 * suite asks of it goes through a save and a load — what survives is what the file keeps.
 */
import * as ExcelJS from 'exceljs';
import type { SheetPatch } from '../../src/core/patch';
import { buildTemplate, type TemplateOptions } from '../../src/core/template';
import type { GridSnapshot, Lang } from '../../src/core/types';
import type {
  CellWrite,
  ClearResult,
  HostCapabilities,
  PaintResult,
  WorkbookHost,
  WorkbookSettings,
  WriteResult,
} from '../../src/host/types';
import { applyPatchToWorkbook, clearMarksInWorkbook, readMarkRecords } from '../../src/workbook/apply-patch';
import { snapshotOf } from '../../src/workbook/copies';
import { readWorkbookForEdit, writeWorkbookAtomic } from '../../src/workbook/node-write';
import { loadWorkbookSettings, saveWorkbookSettings } from '../../src/workbook/settings';
import { insertTemplateInto } from '../../src/workbook/write-template';

const visible = (ws: ExcelJS.Worksheet) => ws.state !== 'hidden' && ws.state !== 'veryHidden';

export class FileHost implements WorkbookHost {
  readonly kind = 'file' as const;
  readonly capabilities: HostCapabilities = { notes: true, mergedAreas: true, undoGrouping: false, limitations: [] };
  readonly lang: Lang = 'zh';

  constructor(readonly file: string) {}

  /** The workbook as the file holds it now. */
  async open(): Promise<ExcelJS.Workbook> {
    return (await readWorkbookForEdit(this.file)).workbook;
  }

  private async edit<T>(change: (wb: ExcelJS.Workbook) => T): Promise<T> {
    const wb = await this.open();
    const result = change(wb);
    await writeWorkbookAtomic(wb, this.file);
    return result;
  }

  async listSheets(): Promise<{ names: string[]; active: string }> {
    const wb = await this.open();
    const names = wb.worksheets.filter(visible).map((ws) => ws.name);
    const tab = (wb.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
    return { names, active: wb.worksheets[tab]?.name ?? names[0] };
  }

  async readSheet(name?: string): Promise<GridSnapshot> {
    const wb = await this.open();
    const sheet = name ?? (await this.listSheets()).active;
    const grid = snapshotOf(wb, (ws) => ws.name === sheet).sheets[0];
    if (!grid) throw new Error(`no sheet ${sheet}`);
    return grid;
  }

  async applyPatch(patch: SheetPatch, options: { replace?: string[] } = {}): Promise<PaintResult> {
    await this.edit((wb) => {
      for (const sheet of options.replace ?? []) clearMarksInWorkbook(wb, sheet);
      applyPatchToWorkbook(wb, patch);
    });
    return { protectedSheets: [] };
  }

  async clearMarks(sheet?: string): Promise<ClearResult> {
    await this.edit((wb) => clearMarksInWorkbook(wb, sheet));
    return { protectedSheets: [], leftAlone: [] };
  }

  async paintedCells(): Promise<{ sheet: string; cell: string }[]> {
    return readMarkRecords(await this.open()).map((r) => ({ sheet: r.sheet, cell: r.cell }));
  }

  /** Writes as the CLI writes: value ops of a sheet patch (onlyIfEmpty keeps a filled cell, reported). */
  async writeCells(writes: CellWrite[], options: { onlyIfEmpty: boolean }): Promise<WriteResult> {
    const ops = writes.map((w) => ({
      kind: 'value' as const,
      ...w,
      onlyIfEmpty: options.onlyIfEmpty && w.overwrite !== true,
      reason: 'fix' as const,
    }));
    const result = await this.edit((wb) => applyPatchToWorkbook(wb, { ops }));
    const skipped = new Map(result.skipped.map((s) => [`${s.sheet}!${s.cell}`, s.current]));
    return {
      written: writes.filter((w) => !skipped.has(`${w.sheet}!${w.cell}`)),
      skipped: writes
        .filter((w) => skipped.has(`${w.sheet}!${w.cell}`))
        .map((w) => ({ ...w, current: skipped.get(`${w.sheet}!${w.cell}`) ?? '' })),
    };
  }

  async selectCell(): Promise<void> {
    // a file has no selection
  }

  async insertTemplate(options: TemplateOptions): Promise<string> {
    return this.edit((wb) => insertTemplateInto(wb, buildTemplate(options)));
  }

  async onChanged(): Promise<() => void> {
    return () => undefined; // nobody edits a file while the CLI holds it
  }

  async loadSettings(): Promise<WorkbookSettings | null> {
    return loadWorkbookSettings(await this.open());
  }

  async saveSettings(settings: WorkbookSettings): Promise<void> {
    await this.edit((wb) => saveWorkbookSettings(wb, settings));
  }
}
