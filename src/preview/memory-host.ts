/**
 * The preview's WorkbookHost: an exceljs Workbook held in the browser. The task pane talks to it
 * exactly as to Excel (src/excel/); painting, clearing, fixes, completion fill and the template go
 * through the same sheet patch and the same record of marks kept inside the workbook, so the file
 * downloaded from the preview behaves in Excel (and in `jixiao`) as one checked there.
 *
 * Beyond the interface it offers what the preview's own layout needs: events for the grid view,
 * the active sheet and selection, the cell looks to render, and the workbook as .xlsx bytes.
 */
import type * as ExcelJS from 'exceljs';
import { MARKS_SHEET, SEVERITY_FILL } from '../core/marks';
import type { SheetPatch } from '../core/patch';
import { buildTemplate, type TemplateOptions } from '../core/template';
import type { GridSnapshot, Lang, Severity } from '../core/types';
import type {
  CellWrite,
  ClearResult,
  HostCapabilities,
  PaintResult,
  SheetChange,
  WorkbookHost,
  WorkbookSettings,
  WriteResult,
} from '../host/types';
import { sheetToGrid } from '../workbook/read';
import { loadWorkbook, saveWorkbook } from './load';
import {
  applyPatchToWorkbook,
  clearMarksInWorkbook,
  hexToArgb,
  isCellEmpty,
  readMarkRecords,
} from '../workbook/apply-patch';
import { applySafeFixes } from '../workbook/copies';
import { loadWorkbookSettings, saveWorkbookSettings } from '../workbook/settings';
import { insertTemplateInto } from '../workbook/write-template';
import { masterCell, typedValue } from './paint';

export type HostEvent =
  | { type: 'changed'; sheet: string | null }
  | { type: 'active'; sheet: string }
  | { type: 'select'; sheet: string; cell: string };

/** One cell as it was or became: its value and its style object (exceljs replaces, never mutates, them here). */
interface CellState {
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
}

/** One undoable step: the cells one edit, fix or fill wrote, before and after. */
export interface UndoStep {
  cells: { sheet: string; cell: string; before: CellState; after: CellState }[];
}

/** How many steps Ctrl+Z can go back (the oldest are dropped beyond). */
const UNDO_LIMIT = 100;

export class MemoryHost implements WorkbookHost {
  readonly kind = 'preview' as const;
  readonly capabilities: HostCapabilities = { notes: true, mergedAreas: true, undoGrouping: false, limitations: [] };
  readonly lang: Lang;
  /** The name of the file the workbook came from (used for downloads). */
  readonly fileName: string;

  private active: string;
  private selected: { sheet: string; cell: string } | null = null;
  private readonly listeners = new Set<(e: HostEvent) => void>();
  private readonly changeHandlers = new Set<(change: SheetChange) => void>();
  private readonly gridCache = new Map<string, GridSnapshot>();
  private readonly undoStack: UndoStep[] = [];
  private readonly redoStack: UndoStep[] = [];

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    fileName: string,
    lang: Lang,
  ) {
    this.fileName = fileName;
    this.lang = lang;
    const visible = this.visibleSheets();
    const tab = (workbook.views?.[0] as { activeTab?: number } | undefined)?.activeTab;
    const byTab = typeof tab === 'number' ? workbook.worksheets[tab] : undefined;
    this.active = byTab && visible.includes(byTab.name) ? byTab.name : (visible[0] ?? workbook.worksheets[0].name);
  }

  /** Opens .xlsx bytes. Throws WorkbookReadError (file.* codes) for anything that is not a readable workbook. */
  static async open(data: ArrayBuffer | Uint8Array, fileName: string, lang: Lang): Promise<MemoryHost> {
    const wb = await loadWorkbook(data, fileName);
    return new MemoryHost(wb, fileName, lang);
  }

  // -------------------------------------------------------------------------
  // Events for the preview layout
  // -------------------------------------------------------------------------

  subscribe(listener: (e: HostEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: HostEvent): void {
    if (e.type === 'changed') {
      if (e.sheet) this.gridCache.delete(e.sheet);
      else this.gridCache.clear();
    }
    for (const l of [...this.listeners]) l(e);
  }

  get activeSheet(): string {
    return this.active;
  }

  get selection(): { sheet: string; cell: string } | null {
    return this.selected;
  }

  setActiveSheet(name: string): void {
    if (!this.workbook.getWorksheet(name) || name === this.active) return;
    this.active = name;
    this.emit({ type: 'active', sheet: name });
  }

  /** Sheets a person sees (our record sheets and hidden list sheets are not shown). */
  visibleSheets(): string[] {
    return this.workbook.worksheets
      .filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden')
      .map((ws) => ws.name);
  }

  worksheet(name: string): ExcelJS.Worksheet | undefined {
    return this.workbook.getWorksheet(name);
  }

  /** The grid snapshot of a sheet (cached until the sheet changes). */
  grid(name: string): GridSnapshot {
    let g = this.gridCache.get(name);
    if (!g) {
      const ws = this.workbook.getWorksheet(name);
      if (!ws) throw new Error(`no sheet ${name}`);
      g = sheetToGrid(ws, this.date1904);
      this.gridCache.set(name, g);
    }
    return g;
  }

  private get date1904(): boolean {
    return Boolean(this.workbook.properties && (this.workbook.properties as { date1904?: boolean }).date1904);
  }

  /** Displayed text of one cell. */
  cellText(sheet: string, a1: string): string {
    const g = this.grid(sheet);
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) return '';
    const cell = masterCell(ws, a1);
    const found = g.cells.find((c) => c.row === Number(cell.row) && c.col === Number(cell.col));
    return found ? found.text : '';
  }

  /** Painted cells of a sheet with the severity their fill shows. */
  paintedSeverities(sheet: string): Map<string, Severity> {
    const out = new Map<string, Severity>();
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) return out;
    for (const r of readMarkRecords(this.workbook)) {
      if (r.sheet !== sheet) continue;
      const fill = masterCell(ws, r.cell).fill;
      const argb = fill && fill.type === 'pattern' ? fill.fgColor?.argb : undefined;
      const sev = severityOfArgb(argb);
      if (sev) out.set(r.cell, sev);
    }
    return out;
  }

  /** The workbook as .xlsx bytes (highlights and the record of marks included). */
  async toBytes(): Promise<Uint8Array> {
    return saveWorkbook(this.workbook);
  }

  /**
   * A copy with every safe fix applied and no highlights: re-opened from the current bytes, marks
   * cleared, and the safe fixes of the visible sheets written as `jixiao fix` writes them
   * (src/workbook/copies.ts). `fixed` is the number of cells changed.
   */
  async fixedCopyBytes(): Promise<{ bytes: Uint8Array; fixed: number }> {
    const copy = await MemoryHost.open(await this.toBytes(), this.fileName, this.lang);
    await copy.clearMarks();
    const visible = new Set(copy.visibleSheets());
    const changes = applySafeFixes(copy.workbook, { lang: this.lang, sheets: (ws) => visible.has(ws.name) });
    return { bytes: await copy.toBytes(), fixed: changes.length };
  }

  // -------------------------------------------------------------------------
  // WorkbookHost
  // -------------------------------------------------------------------------

  async listSheets(): Promise<{ names: string[]; active: string }> {
    return { names: this.visibleSheets(), active: this.active };
  }

  async readSheet(name?: string): Promise<GridSnapshot> {
    const g = this.grid(name ?? this.active);
    return { ...g, cells: g.cells.slice(), merges: g.merges.slice() };
  }

  async applyPatch(patch: SheetPatch, options: { replace?: string[] } = {}): Promise<PaintResult> {
    const touched = new Set(patch.ops.map((o) => o.sheet));
    for (const sheet of options.replace ?? []) {
      clearMarksInWorkbook(this.workbook, sheet);
      touched.add(sheet);
    }
    applyPatchToWorkbook(this.workbook, patch);
    for (const s of touched) this.emit({ type: 'changed', sheet: s });
    this.emit({ type: 'changed', sheet: MARKS_SHEET });
    for (const op of patch.ops) if (op.kind === 'value') this.notifyChanged(op.sheet, op.cell);
    return { protectedSheets: [] };
  }

  async clearMarks(sheet?: string): Promise<ClearResult> {
    clearMarksInWorkbook(this.workbook, sheet);
    this.emit({ type: 'changed', sheet: null });
    return { protectedSheets: [], leftAlone: [] };
  }

  async paintedCells(): Promise<{ sheet: string; cell: string }[]> {
    return readMarkRecords(this.workbook).map((r) => ({ sheet: r.sheet, cell: r.cell }));
  }

  async writeCells(writes: CellWrite[], options: { onlyIfEmpty: boolean }): Promise<WriteResult> {
    const result: WriteResult = { written: [], skipped: [] };
    const step: UndoStep = { cells: [] };
    for (const w of writes) {
      const ws = this.workbook.getWorksheet(w.sheet);
      if (!ws) continue;
      const cell = masterCell(ws, w.cell);
      if (options.onlyIfEmpty && w.overwrite !== true && !isCellEmpty(cell)) {
        result.skipped.push({ ...w, current: this.cellText(w.sheet, w.cell) });
        continue;
      }
      const before: CellState = { value: cell.value, style: cell.style };
      // a fix's number as core decided it (fixedCellWrite); a typed text otherwise
      cell.value = w.value !== undefined ? w.value : typedValue(w.text);
      // exceljs shares one style object between cells of the same style: give this cell its own
      if (w.value !== undefined && w.format !== undefined) cell.style = { ...cell.style, numFmt: w.format };
      step.cells.push({ sheet: w.sheet, cell: cell.address, before, after: { value: cell.value, style: cell.style } });
      this.emit({ type: 'changed', sheet: w.sheet });
      result.written.push(w);
    }
    if (step.cells.length > 0) {
      this.undoStack.push(step);
      if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
      this.redoStack.length = 0;
    }
    for (const w of result.written) this.notifyChanged(w.sheet, w.cell);
    return result;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Ctrl+Z: puts back the cells of the last edit, fix or fill; the live check re-runs. Null when there is nothing to undo. */
  undo(): UndoStep | null {
    const step = this.undoStack.pop();
    if (!step) return null;
    this.restore(step, 'before');
    this.redoStack.push(step);
    return step;
  }

  /** Ctrl+Y: writes again what the last undo took back. */
  redo(): UndoStep | null {
    const step = this.redoStack.pop();
    if (!step) return null;
    this.restore(step, 'after');
    this.undoStack.push(step);
    return step;
  }

  private restore(step: UndoStep, which: 'before' | 'after'): void {
    const cells = which === 'before' ? [...step.cells].reverse() : step.cells;
    const sheets = new Set<string>();
    for (const c of cells) {
      const ws = this.workbook.getWorksheet(c.sheet);
      if (!ws) continue;
      const cell = ws.getCell(c.cell);
      cell.value = c[which].value;
      // an edit or fix changes the value and at most the number format; the fill and note belong to
      // the marks (painted, repainted, cleared since) and their record: putting back the fill the cell
      // had then would leave a mark the record does not know, which "清除标记" could never take off
      const style: Partial<ExcelJS.Style> = { ...cell.style };
      const numFmt = c[which].style?.numFmt;
      if (numFmt === undefined) delete style.numFmt;
      else style.numFmt = numFmt;
      cell.style = style;
      sheets.add(c.sheet);
    }
    for (const s of sheets) this.emit({ type: 'changed', sheet: s });
    for (const c of step.cells) this.notifyChanged(c.sheet, c.cell);
  }

  /** A person typed into a cell of the grid view. */
  async editCell(sheet: string, cell: string, text: string): Promise<void> {
    await this.writeCells([{ sheet, cell, text }], { onlyIfEmpty: false });
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    if (this.workbook.getWorksheet(sheet)) this.setActiveSheet(sheet);
    this.selected = { sheet, cell };
    this.emit({ type: 'select', sheet, cell });
  }

  async insertTemplate(options: TemplateOptions): Promise<string> {
    const name = insertTemplateInto(this.workbook, buildTemplate(options));
    this.emit({ type: 'changed', sheet: null });
    this.active = name;
    this.emit({ type: 'active', sheet: name });
    return name;
  }

  async onChanged(handler: (change: SheetChange) => void): Promise<() => void> {
    this.changeHandlers.add(handler);
    return () => {
      this.changeHandlers.delete(handler);
    };
  }

  /** The user opened another sheet's tab in the preview (also after insertTemplate / selectCell). */
  async onActivated(handler: (sheet: string) => void): Promise<() => void> {
    return this.subscribe((e) => {
      if (e.type === 'active') handler(e.sheet);
    });
  }

  private notifyChanged(sheet: string, address: string): void {
    for (const h of [...this.changeHandlers]) h({ sheet, address });
  }

  async loadSettings(): Promise<WorkbookSettings | null> {
    return loadWorkbookSettings(this.workbook);
  }

  async saveSettings(settings: WorkbookSettings): Promise<void> {
    saveWorkbookSettings(this.workbook, settings);
  }
}

const SEVERITY_ARGB: Record<string, Severity> = Object.fromEntries(
  (Object.entries(SEVERITY_FILL) as [Severity, string][]).map(([sev, hex]) => [hexToArgb(hex), sev]),
);

function severityOfArgb(argb: string | undefined): Severity | null {
  if (!argb) return null;
  return SEVERITY_ARGB[argb.toUpperCase()] ?? null;
}
