/**
 * What the task pane needs from the workbook it works on. Two implementations:
 *  - src/excel/   — Excel through office-js (the add-in);
 *  - src/preview/ — an in-memory workbook in the browser (the preview outside Office).
 * The pane (src/taskpane/) only ever talks to this interface, so the same code path serves both.
 * No domain rule lives behind it: it reads grids, applies sheet patches and writes cells.
 */
import type { SheetPatch } from '../core/patch';
import type { StoredSettings } from '../core/settings-store';
import type { GridSnapshot, Lang } from '../core/types';
import type { TemplateOptions } from '../core/template';

export interface HostCapabilities {
  /** Cell notes can be written (ExcelApi 1.18); otherwise explanations stay in the pane. */
  notes: boolean;
  /** Merged areas can be read (ExcelApi 1.13); otherwise merges are inferred as far as possible. */
  mergedAreas: boolean;
  /** Several edits can be grouped into one undo step. */
  undoGrouping: boolean;
  /** A human-readable line per missing capability, shown in the pane. */
  limitations: string[];
}

/** A cell write the pane asks for. */
export interface CellWrite {
  sheet: string;
  cell: string;
  text: string;
  /** A fix's number (core's fixedCellWrite): written instead of `text`, with `format` when set. */
  value?: number;
  format?: string;
  /**
   * Write it even in an `onlyIfEmpty` call: the user chose to replace what this cell holds (填写完成情况 with
   * 覆盖这些单元格 ticked). One call then writes the empty cells and the chosen ones — one undo step.
   */
  overwrite?: boolean;
}

export interface WriteResult {
  /** Cells written. */
  written: CellWrite[];
  /** Cells not written because they were not empty (only when `onlyIfEmpty`), with what they hold. */
  skipped: (CellWrite & { current: string })[];
  /** Sheets not written to at all because they are protected (their writes are in neither list). */
  protectedSheets?: string[];
}

/** What a paint did not do. */
export interface PaintResult {
  /** Sheets left unpainted because they are protected (detected before anything was written). */
  protectedSheets: string[];
}

/** What a clear did not do. */
export interface ClearResult {
  /** Sheets whose marks could not be removed because they are protected (their records are kept). */
  protectedSheets: string[];
  /** Painted cells whose look had changed since we painted them (the user's own fill, a sort): left as they are. */
  leftAlone: { sheet: string; cell: string }[];
}

/** A change of cells reported by the host. */
export interface SheetChange {
  sheet: string;
  address: string;
  /** Excel's WorksheetChangedEventArgs.changeType ('RangeEdited', 'RowInserted', …) where known. */
  changeType?: string;
  /** True when the host knows the change was our own write (Excel's triggerSource, ExcelApi 1.14). */
  own?: boolean;
}

/** Why a host call failed, in terms the pane can word for a person. */
export type HostErrorCode =
  /** The user is typing in a cell (Excel refuses a batch the user asked for while a cell is being edited). */
  | 'cell-edit'
  /** The sheet is protected. */
  | 'protected'
  /** The sheet is too large to read even in bands. */
  | 'too-large';

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    readonly sheet?: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

export function isHostError(e: unknown, code?: HostErrorCode): e is HostError {
  return e instanceof HostError && (code === undefined || e.code === code);
}

/** Settings saved with the workbook (every host stores them the same way: src/core/settings-store.ts). */
export type WorkbookSettings = StoredSettings;

export interface WorkbookHost {
  /** excel: office-js; preview: the in-memory workbook; file: an .xlsx file through exceljs (the CLI's copy path). */
  readonly kind: 'excel' | 'preview' | 'file';
  readonly capabilities: HostCapabilities;
  /** The language of the host's user interface (Office display language, or the browser's). */
  readonly lang: Lang;

  /** Names of the sheets, in tab order, and the active one. */
  listSheets(): Promise<{ names: string[]; active: string }>;
  /**
   * The grid snapshot of one sheet (the active one by default). `live`: a re-check the user did not
   * ask for (after an edit, a tab switch) — it waits while the user types in a cell instead of failing.
   */
  readSheet(name?: string, options?: { live?: boolean }): Promise<GridSnapshot>;

  /**
   * Paints highlights and notes, recording what each cell looked like before (kept in the workbook).
   * With `replace`, our earlier marks on those sheets are removed in the same step (one undo step):
   * a repaint. Protected sheets are left unpainted and listed in the result.
   */
  applyPatch(patch: SheetPatch, options?: { replace?: string[]; live?: boolean }): Promise<PaintResult>;
  /**
   * Restores every painted cell exactly as it was, using the record kept in the workbook; a cell
   * whose look is no longer what we painted is left as it is and listed.
   */
  clearMarks(sheet?: string, options?: { live?: boolean }): Promise<ClearResult>;
  /** Cells currently painted by us, as recorded in the workbook. */
  paintedCells(): Promise<{ sheet: string; cell: string }[]>;

  /**
   * Writes cell texts, as one undo step. With `onlyIfEmpty`, a non-empty cell is left alone and reported in
   * `skipped` — unless its write says `overwrite`.
   */
  writeCells(writes: CellWrite[], options: { onlyIfEmpty: boolean }): Promise<WriteResult>;
  /** Selects (and scrolls to) a cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Adds a new sheet holding the standard blank form; returns its name. */
  insertTemplate(options: TemplateOptions): Promise<string>;

  /** Calls back (debounced by the caller) when cells of a sheet change; returns an unsubscribe. */
  onChanged(handler: (change: SheetChange) => void): Promise<() => void>;
  /** Calls back when the user activates another sheet (tab); returns an unsubscribe. */
  onActivated?(handler: (sheet: string) => void): Promise<() => void>;

  loadSettings(): Promise<WorkbookSettings | null>;
  saveSettings(settings: WorkbookSettings): Promise<void>;
}
