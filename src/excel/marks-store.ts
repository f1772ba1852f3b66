/**
 * The record of painted cells as the Excel host keeps it: the very hidden MARKS_SHEET (format in
 * src/core/marks.ts), read and written inside the caller's batches so that it costs no round trip
 * of its own.
 *
 * Records are keyed by worksheet id (a renamed sheet keeps its marks) and follow their cells when
 * rows or columns are inserted or deleted: the change events' shifts are kept here and applied to
 * the record the next time a batch reads it (and so written back with that batch's write) — never
 * written from inside the event handler, which would put an undo step of ours between the user's
 * insert and their Ctrl+Z.
 *
 * Adding and deleting the sheet cannot be part of an undo group (UndoNotSupported), so the sheet is
 * created in the ungrouped reading batch of a paint; under undo grouping an emptied record is left
 * as an empty very hidden sheet and removed the next time a host starts (probe).
 */
import {
  MARKS_SHEET,
  marksToRows,
  resolveSheets,
  rowsToMarks,
  shiftMarks,
  type MarkRecord,
  type StructuralChange,
} from '../core/marks';
import { fill2d } from './addresses';
import { run, errorCode } from './batch';
import type { ExcelFeatures } from './capabilities';

export interface SheetInfo {
  id: string;
  name: string;
  visibility: string;
  protected: boolean;
}

export interface MarksRead {
  /** Records of sheets that exist, under their current names, shifted by pending row/column changes. */
  records: MarkRecord[];
  /** Records whose sheet is gone (dropped at the next write). */
  orphans: MarkRecord[];
  /** Size of the record as it is on the sheet (to clear what a shorter rewrite leaves). */
  rows: number;
  cols: number;
  sheets: SheetInfo[];
  /** Whether the stored record differs from `records` (shifts, renames, orphans): worth writing back. */
  stale: boolean;
}

export class MarksStore {
  /** Whether the marks sheet exists, as last seen. */
  exists = false;
  /** The records as this host last read or wrote them (null: not known yet). */
  cached: MarkRecord[] | null = null;
  private pending: { sheetId: string; change: StructuralChange }[] = [];

  constructor(private readonly features: Pick<ExcelFeatures, 'undoGrouping'>) {}

  /** Looks whether the marks sheet exists (one sync); an empty one left by a grouped clear is removed. */
  async probe(): Promise<void> {
    const empty = await run(this.features, async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
      ws.load('name');
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('address');
      try {
        await context.sync();
      } catch {
        // the used range of a null sheet: look again without it
        const again = context.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
        again.load('name');
        await context.sync();
        this.exists = !again.isNullObject;
        return false;
      }
      this.exists = !ws.isNullObject;
      return this.exists && used.isNullObject;
    });
    if (empty) await this.deleteSheet();
  }

  /** Removes the (empty) marks sheet in an ungrouped batch of its own. */
  async deleteSheet(): Promise<void> {
    await run(this.features, async (context) => {
      const ws = context.workbook.worksheets.getItem(MARKS_SHEET);
      ws.visibility = 'Hidden'; // a very hidden sheet cannot be deleted
      ws.delete();
      await context.sync();
    });
    this.exists = false;
    this.cached = [];
  }

  /** Rows/columns were inserted or deleted on a sheet (from a change event). */
  shift(sheetId: string, sheetName: string, change: StructuralChange): void {
    this.pending.push({ sheetId, change });
    if (this.cached) this.cached = shiftMarks(this.cached, { id: sheetId, name: sheetName }, change).records;
  }

  /** The number of shifts waiting; `settle(n)` after a successful write drops them. */
  get pendingCount(): number {
    return this.pending.length;
  }

  settle(count: number): void {
    this.pending.splice(0, count);
  }

  /** Queues the creation of the marks sheet (only in an ungrouped batch). */
  queueCreate(context: Excel.RequestContext): void {
    if (this.exists) return;
    const ws = context.workbook.worksheets.add(MARKS_SHEET);
    ws.visibility = 'VeryHidden';
    this.exists = true;
  }

  /** Queues the read of the record and of the sheets (id, name, visibility, protection). */
  queueRead(context: Excel.RequestContext): () => MarksRead {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name, items/id, items/visibility, items/protection/protected');
    let used: Excel.Range | null = null;
    if (this.exists) {
      used = sheets.getItem(MARKS_SHEET).getUsedRangeOrNullObject(true);
      used.load('values, rowCount, columnCount');
    }
    const pending = this.pending.slice();
    return () => {
      const infos: SheetInfo[] = sheets.items.map((s) => ({
        id: s.id,
        name: s.name,
        visibility: s.visibility,
        protected: Boolean(s.protection?.protected),
      }));
      const stored = used && !used.isNullObject ? rowsToMarks(used.values) : [];
      const rows = used && !used.isNullObject ? used.rowCount : 0;
      const cols = used && !used.isNullObject ? used.columnCount : 0;
      const resolved = resolveSheets(stored, infos);
      const orphans = resolved.orphans;
      let live = resolved.live;
      for (const p of pending) {
        const sheet = infos.find((s) => s.id === p.sheetId);
        if (sheet) live = shiftMarks(live, sheet, p.change).records;
      }
      const stale = orphans.length > 0 || JSON.stringify(live) !== JSON.stringify(stored);
      this.cached = live;
      return { records: live, orphans, rows, cols, sheets: infos, stale };
    };
  }

  /**
   * Queues the rewrite of the whole record. An empty record deletes the sheet when `canDelete`
   * (an ungrouped batch), else leaves it empty.
   */
  queueWrite(
    context: Excel.RequestContext,
    records: MarkRecord[],
    old: { rows: number; cols: number },
    canDelete: boolean,
  ): void {
    const sheets = context.workbook.worksheets;
    this.cached = records;
    if (!this.exists) {
      if (records.length === 0) return;
      throw new Error('the marks sheet must be created in an ungrouped batch first');
    }
    const ws = sheets.getItem(MARKS_SHEET);
    if (records.length === 0) {
      if (canDelete) {
        ws.visibility = 'Hidden';
        ws.delete();
        this.exists = false;
      } else if (old.rows > 0) ws.getRangeByIndexes(0, 0, old.rows, Math.max(old.cols, 1)).clear('Contents');
      return;
    }
    const rows = marksToRows(records);
    const width = rows[0].length;
    const range = ws.getRangeByIndexes(0, 0, rows.length, width);
    range.numberFormat = fill2d(rows.length, width, '@'); // sheet names such as "2026" stay text
    range.values = rows;
    if (old.rows > rows.length)
      ws.getRangeByIndexes(rows.length, 0, old.rows - rows.length, Math.max(old.cols, width)).clear('Contents');
    if (old.cols > width) ws.getRangeByIndexes(0, width, rows.length, old.cols - width).clear('Contents');
  }

  /**
   * Runs an operation that reads or writes the marks sheet. If another runtime (the ribbon
   * command, a second pane) created or removed the sheet meanwhile, or a remembered cell's sheet
   * was deleted, the batch fails on getItem/add: probe again, forget the remembered cells, retry once.
   */
  async withMarks<T>(operation: () => Promise<T>): Promise<T> {
    const believed = this.exists;
    try {
      return await operation();
    } catch (e) {
      const code = errorCode(e);
      if (code !== 'ItemNotFound' && code !== 'ItemAlreadyExists') throw e;
      // the cells this host remembered may be on a sheet deleted since: forget them too
      const hadCache = this.cached !== null;
      this.cached = null;
      await this.probe();
      if (believed === this.exists && !hadCache) throw e;
      return operation();
    }
  }
}
