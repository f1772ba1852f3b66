/**
 * An in-memory WorkbookHost over grid snapshots, for the pane tests.
 * It records every call the pane makes (writeCells, applyPatch, clearMarks, selectCell, …), emits
 * onChanged only when a test asks (`edit(..., { emit: true })` or `emitChange`), and takes its
 * capabilities and language from the constructor.
 *
 * Not modelled: cell formats and number formats of written cells (a numeric text is stored as a
 * number shown as written), merges created by writes, the look of painted cells (only which cells
 * are painted is kept), undo.
 */
import type {
  CellWrite,
  ClearResult,
  HostCapabilities,
  PaintResult,
  SheetChange,
  WorkbookHost,
  WorkbookSettings,
  WriteResult,
} from '../../src/host/types';
import type { SheetPatch } from '../../src/core/patch';
import { buildTemplate, type TemplateOptions } from '../../src/core/template';
import { parseAddress } from '../../src/core/grid';
import type { GridCell, GridSnapshot, Lang } from '../../src/core/types';

export const FULL_CAPABILITIES: HostCapabilities = {
  notes: true,
  mergedAreas: true,
  undoGrouping: true,
  limitations: [],
};

export interface FakeHostOptions {
  lang?: Lang;
  capabilities?: Partial<HostCapabilities>;
  /** Active sheet (the first by default). */
  active?: string;
  settings?: WorkbookSettings | null;
  /** Cells painted before the pane opened (the workbook's marks record). */
  painted?: { sheet: string; cell: string }[];
}

/** Deep copy of plain data (jsdom's global has no structuredClone). */
function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

type ChangeHandler = (change: SheetChange) => void;

export class FakeHost implements WorkbookHost {
  readonly kind = 'preview' as const;
  readonly capabilities: HostCapabilities;
  readonly lang: Lang;
  private readonly sheets = new Map<string, GridSnapshot>();
  active: string;
  settings: WorkbookSettings | null;
  private readonly painted = new Map<string, { sheet: string; cell: string }>();
  private readonly handlers = new Set<ChangeHandler>();
  private readonly activatedHandlers = new Set<(sheet: string) => void>();
  /** Sheets the host reports as protected (painting them is refused, as the Excel host does). */
  readonly protectedSheets = new Set<string>();
  /** readSheet of these sheets throws the given error. */
  readonly readFailures = new Map<string, Error>();
  /** The next applyPatch throws this. */
  failNext: Error | null = null;

  readonly calls = {
    readSheet: [] as (string | undefined)[],
    listSheets: 0,
    writeCells: [] as { writes: CellWrite[]; options: { onlyIfEmpty: boolean } }[],
    applyPatch: [] as SheetPatch[],
    clearMarks: [] as (string | undefined)[],
    selectCell: [] as { sheet: string; cell: string }[],
    insertTemplate: [] as TemplateOptions[],
    saveSettings: [] as WorkbookSettings[],
    /** Every workbook-changing call in order, for asserting sequences. */
    log: [] as string[],
  };

  constructor(grids: GridSnapshot[], options: FakeHostOptions = {}) {
    for (const g of grids) this.sheets.set(g.sheet, clone(g));
    this.lang = options.lang ?? 'zh';
    this.capabilities = { ...FULL_CAPABILITIES, ...(options.capabilities ?? {}) };
    this.active = options.active ?? grids[0]?.sheet ?? 'Sheet1';
    this.settings = options.settings ?? null;
    for (const p of options.painted ?? []) this.painted.set(`${p.sheet}!${p.cell}`, p);
  }

  // ---- test helpers ----

  /** The displayed text of a cell now. */
  text(sheet: string, a1: string): string {
    const { row, col } = parseAddress(a1);
    return this.sheets.get(sheet)?.cells.find((c) => c.row === row && c.col === col)?.text ?? '';
  }

  /** Sets a cell as a person typing would; with `emit`, fires onChanged like the real host. */
  edit(sheet: string, a1: string, text: string, options: { emit?: boolean } = {}): void {
    this.put(sheet, a1, text);
    if (options.emit) this.emitChange(sheet, a1);
  }

  emitChange(sheet: string, address: string, extra: Partial<SheetChange> = {}): void {
    for (const h of this.handlers) h({ sheet, address, ...extra });
  }

  /** The user opens another sheet's tab. */
  activate(sheet: string): void {
    this.active = sheet;
    for (const h of this.activatedHandlers) h(sheet);
  }

  get subscribers(): number {
    return this.handlers.size;
  }

  paintedList(): { sheet: string; cell: string }[] {
    return [...this.painted.values()];
  }

  private put(sheet: string, a1: string, text: string): void {
    const grid = this.sheets.get(sheet);
    if (!grid) throw new Error(`no sheet ${sheet}`);
    const { row, col } = parseAddress(a1);
    grid.cells = grid.cells.filter((c) => !(c.row === row && c.col === col));
    if (text === '') return;
    const numeric = /^-?\d+(\.\d+)?$/.test(text);
    const cell: GridCell = numeric
      ? { row, col, value: Number(text), text, format: 'General' }
      : { row, col, value: text, text };
    grid.cells.push(cell);
  }

  // ---- WorkbookHost ----

  async listSheets(): Promise<{ names: string[]; active: string }> {
    this.calls.listSheets++;
    return { names: [...this.sheets.keys()], active: this.active };
  }

  async readSheet(name?: string): Promise<GridSnapshot> {
    this.calls.readSheet.push(name);
    const failure = this.readFailures.get(name ?? this.active);
    if (failure) throw failure;
    const sheet = this.sheets.get(name ?? this.active);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return clone(sheet);
  }

  async applyPatch(patch: SheetPatch, options: { replace?: string[] } = {}): Promise<PaintResult> {
    this.calls.applyPatch.push(clone(patch));
    this.calls.log.push(options.replace?.length ? `applyPatch:replace:${options.replace.join(',')}` : 'applyPatch');
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = null;
      throw e;
    }
    const locked = patch.ops.map((o) => o.sheet).filter((s) => this.protectedSheets.has(s));
    if (locked.length > 0) return { protectedSheets: [...new Set(locked)] };
    for (const sheet of options.replace ?? [])
      for (const [k, p] of this.painted) if (p.sheet === sheet) this.painted.delete(k);
    for (const op of patch.ops) {
      if (op.kind === 'highlight') this.painted.set(`${op.sheet}!${op.cell}`, { sheet: op.sheet, cell: op.cell });
      if (op.kind === 'value') this.put(op.sheet, op.cell, op.text);
    }
    return { protectedSheets: [] };
  }

  async clearMarks(sheet?: string): Promise<ClearResult> {
    this.calls.clearMarks.push(sheet);
    this.calls.log.push(sheet === undefined ? 'clearMarks' : `clearMarks:${sheet}`);
    for (const [key, p] of this.painted) if (sheet === undefined || p.sheet === sheet) this.painted.delete(key);
    return { protectedSheets: [], leftAlone: [] };
  }

  async paintedCells(): Promise<{ sheet: string; cell: string }[]> {
    return this.paintedList();
  }

  async writeCells(writes: CellWrite[], options: { onlyIfEmpty: boolean }): Promise<WriteResult> {
    this.calls.writeCells.push({ writes: clone(writes), options: { ...options } });
    this.calls.log.push(`writeCells:${options.onlyIfEmpty ? 'onlyIfEmpty' : 'overwrite'}`);
    const result: WriteResult = { written: [], skipped: [] };
    for (const w of writes) {
      const current = this.text(w.sheet, w.cell);
      if (options.onlyIfEmpty && w.overwrite !== true && current.trim() !== '') {
        result.skipped.push({ ...w, current });
        continue;
      }
      this.put(w.sheet, w.cell, w.text);
      result.written.push(w);
    }
    return result;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.calls.selectCell.push({ sheet, cell });
  }

  async insertTemplate(options: TemplateOptions): Promise<string> {
    this.calls.insertTemplate.push({ ...options });
    this.calls.log.push('insertTemplate');
    const def = buildTemplate(options);
    const form = def.sheets[0];
    let name = form.name;
    for (let n = 2; this.sheets.has(name); n++) name = `${form.name} (${n})`;
    const cells: GridCell[] = [];
    for (const c of form.cells) {
      if (c.value === null || c.value === '') continue;
      const { row, col } = parseAddress(c.cell);
      cells.push({ row, col, value: c.value, text: String(c.value) });
    }
    this.sheets.set(name, { sheet: name, cells, merges: [...form.merges] });
    this.active = name;
    return name;
  }

  async onChanged(handler: ChangeHandler): Promise<() => void> {
    this.handlers.add(handler);
    return () => {
      this.handlers.delete(handler);
    };
  }

  async onActivated(handler: (sheet: string) => void): Promise<() => void> {
    this.activatedHandlers.add(handler);
    return () => {
      this.activatedHandlers.delete(handler);
    };
  }

  async loadSettings(): Promise<WorkbookSettings | null> {
    return this.settings ? clone(this.settings) : null;
  }

  async saveSettings(settings: WorkbookSettings): Promise<void> {
    this.calls.saveSettings.push(clone(settings));
    this.settings = clone(settings);
  }
}
