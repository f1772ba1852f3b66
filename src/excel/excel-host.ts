/**
 * The WorkbookHost over office-js (the add-in). A thin translation layer: grid snapshots out,
 * sheet patches / cell writes / the template definition in. No domain rule lives here — what to
 * paint and what to write is decided by src/core.
 *
 * Round trips are constant, whatever the size of the sheet:
 *   readSheet    1 sync  (values, text, number formats, value types and merged areas in one load;
 *                3 when the sheet has more than 512 merged areas, which Excel will not return at once)
 *   applyPatch   2 syncs (read current fills/notes + the marks record; write record, fills, notes)
 *   clearMarks   2 syncs, 3 with notes (record; current notes; restore)
 *   writeCells   2 syncs with onlyIfEmpty (current values; writes), 1 without
 * Formats are written by range: cells are grouped into column runs, and with ExcelApi 1.9 the
 * runs of one look are written through one Worksheet.getRanges per ≤250-character address list.
 *
 * Only the global `Excel` / `Office` namespaces are used (typed by @types/office-js); tests inject
 * a fake through globalThis.
 */
import type { CellWrite, WorkbookHost, WorkbookSettings, WriteResult } from '../host/types';
import type { PatchOp, SheetPatch } from '../core/patch';
import type { GridCell, GridSnapshot, Lang, RawValue } from '../core/types';
import type { TemplateOptions } from '../core/template';
import { SETTINGS_CELL, SETTINGS_SHEET, parseSettings, serializeSettings } from '../core/settings-store';
import { MARKS_SHEET, NO_FILL, SEVERITY_FILL, marksToRows, mergeMarks, rowsToMarks } from '../core/marks';
import type { CellLook, FillLook, MarkRecord } from '../core/marks';
import { message } from '../core/messages';
import { parseRange, rangeAddress, type CellRange } from '../core/grid';
import { buildTemplate } from '../core/template';
import { chunkAddressList, columnRuns, compactAddresses, fill2d, localAddress, splitAreas } from './addresses';
import { detectFeatures, displayLang, type ExcelFeatures } from './capabilities';
import { renderTemplate } from './template-writer';

/** Rows per getMergedAreasOrNullObject call when the whole sheet holds more than Excel returns at once. */
export const MERGE_BAND_ROWS = 100;
/** Between the user's own note text and ours, when a cell already had a note. */
const NOTE_SEPARATOR = '\n\n';

/** Something whose format can be set: a Range, or (ExcelApi 1.9) a RangeAreas. */
export type FormatTarget = Excel.Range | Excel.RangeAreas;

export async function createExcelHost(): Promise<WorkbookHost> {
  if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') await Office.onReady();
  const lang = displayLang();
  const host = new ExcelHost(detectFeatures(lang), lang);
  await host.probeMarks();
  return host;
}

export class ExcelHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  /** Whether the marks sheet exists, as last seen (probed at creation, kept up to date by our own writes). */
  private marksExist = false;

  constructor(
    readonly capabilities: ExcelFeatures,
    readonly lang: Lang,
  ) {}

  // ---------------------------------------------------------------------------------------------
  // Batches
  // ---------------------------------------------------------------------------------------------

  /** Excel.run, merged into one undo step where Excel can (ExcelApi 1.20). */
  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>, editing = false): Promise<T> {
    if (editing && this.capabilities.undoGrouping) return Excel.run({ mergeUndoGroup: true }, batch);
    return Excel.run(batch);
  }

  /** Looks whether the marks sheet exists (one sync). */
  async probeMarks(): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
      ws.load('name');
      await context.sync();
      this.marksExist = !ws.isNullObject;
    });
  }

  /**
   * Runs an edit that reads or writes the marks sheet. If another runtime (the ribbon command, a
   * second pane) created or removed the sheet meanwhile, the batch fails on getItem/add: probe
   * again and retry once.
   */
  private async withMarks<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const believed = this.marksExist;
    try {
      return await this.run(batch, true);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code !== 'ItemNotFound' && code !== 'ItemAlreadyExists') throw e;
      await this.probeMarks();
      if (believed === this.marksExist) throw e;
      return this.run(batch, true);
    }
  }

  /** Queues the read of the marks record; the returned function gives it after the sync. */
  private queueMarksRead(context: Excel.RequestContext): () => { records: MarkRecord[]; rows: number } {
    if (!this.marksExist) return () => ({ records: [], rows: 0 });
    const used = context.workbook.worksheets.getItem(MARKS_SHEET).getUsedRangeOrNullObject(true);
    used.load('values, rowCount');
    return () => (used.isNullObject ? { records: [], rows: 0 } : { records: rowsToMarks(used.values), rows: used.rowCount });
  }

  /** Queues the rewrite of the marks record (all of it; `oldRows` rows were there before). */
  private queueMarksWrite(context: Excel.RequestContext, records: MarkRecord[], oldRows: number): void {
    const sheets = context.workbook.worksheets;
    if (records.length === 0) {
      if (this.marksExist) {
        const ws = sheets.getItem(MARKS_SHEET);
        ws.visibility = 'Hidden'; // a very hidden sheet cannot be deleted
        ws.delete();
        this.marksExist = false;
      }
      return;
    }
    let ws: Excel.Worksheet;
    if (this.marksExist) ws = sheets.getItem(MARKS_SHEET);
    else {
      ws = sheets.add(MARKS_SHEET);
      ws.visibility = 'VeryHidden';
      this.marksExist = true;
    }
    const rows = marksToRows(records);
    const range = ws.getRangeByIndexes(0, 0, rows.length, 3);
    range.numberFormat = fill2d(rows.length, 3, '@'); // sheet names such as "2026" stay text
    range.values = rows;
    if (oldRows > rows.length) ws.getRangeByIndexes(rows.length, 0, oldRows - rows.length, 3).clear('Contents');
  }

  /** Format targets covering `cells` of a sheet: RangeAreas of ≤250-character lists (1.9), else one Range per run. */
  formatTargets(ws: Excel.Worksheet, cells: Iterable<string>): FormatTarget[] {
    const runs = compactAddresses(cells);
    if (runs.length === 0) return [];
    if (this.capabilities.batchFormats) return chunkAddressList(runs).map((list) => ws.getRanges(list));
    return runs.map((a) => ws.getRange(a));
  }

  // ---------------------------------------------------------------------------------------------
  // Reading
  // ---------------------------------------------------------------------------------------------

  async listSheets(): Promise<{ names: string[]; active: string }> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name, items/visibility');
      const active = sheets.getActiveWorksheet();
      active.load('name');
      await context.sync();
      const names = sheets.items.filter((s) => s.visibility === 'Visible' && s.name !== MARKS_SHEET).map((s) => s.name);
      return { names, active: active.name };
    });
  }

  /**
   * One sync: values, text, number formats, value types and (1.13) the merged areas of the whole
   * sheet. Excel refuses getMergedAreasOrNullObject over more than 512 merged areas, which fails the
   * batch: then the sheet is read again, the merged areas by bands of MERGE_BAND_ROWS rows of the
   * used range in a second sync of their own (if that still fails, the snapshot has no merges).
   */
  async readSheet(name?: string): Promise<GridSnapshot> {
    if (!this.capabilities.mergedAreas) return this.readSheetOnce(name, 'none');
    try {
      return await this.readSheetOnce(name, 'sheet');
    } catch (e) {
      if ((e as { code?: string }).code === 'ItemNotFound') throw e; // no such sheet: not about merges
      return this.readSheetOnce(name, 'bands');
    }
  }

  private async readSheetOnce(name: string | undefined, merges: 'none' | 'sheet' | 'bands'): Promise<GridSnapshot> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const ws = name === undefined ? sheets.getActiveWorksheet() : sheets.getItem(name);
      ws.load('name');
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('values, text, numberFormat, valueTypes, rowIndex, columnIndex');
      let merged: Excel.RangeAreas | null = null;
      if (merges === 'sheet') {
        merged = ws.getRange().getMergedAreasOrNullObject();
        merged.load('address');
      }
      await context.sync();
      const cells: GridCell[] = [];
      if (!used.isNullObject) {
        const { values, text, numberFormat, valueTypes, rowIndex, columnIndex } = used;
        for (let r = 0; r < values.length; r++) {
          for (let c = 0; c < values[r].length; c++) {
            const type = valueTypes[r][c];
            const shown = String(text[r][c] ?? '');
            if (type === 'Empty' && shown === '') continue;
            const cell: GridCell = { row: rowIndex + r + 1, col: columnIndex + c + 1, value: rawValue(values[r][c], type, shown), text: shown };
            const format = numberFormat[r][c];
            if (typeof format === 'string' && format !== '') cell.format = format;
            cells.push(cell);
          }
        }
      }
      let areas: string[] = merged && !merged.isNullObject && merged.address ? splitAreas(merged.address) : [];
      if (merges === 'bands' && !used.isNullObject && used.values.length > 0) {
        const rows = used.values.length;
        const last = used.rowIndex + rows;
        const bands: Excel.RangeAreas[] = [];
        for (let first = used.rowIndex + 1; first <= last; first += MERGE_BAND_ROWS) {
          // whole rows (a merged area right of the last value column is still reported), and one
          // row more than the step, shared with the next band: see stitchBands
          const band = ws.getRange(`${first}:${Math.min(first + MERGE_BAND_ROWS, last)}`);
          const m = band.getMergedAreasOrNullObject();
          m.load('address');
          bands.push(m);
        }
        try {
          await context.sync();
          areas = stitchBands(bands.map((m) => (!m.isNullObject && m.address ? splitAreas(m.address) : [])));
        } catch {
          areas = []; // still too many merged areas in a band: the core infers what it can
        }
      }
      return { sheet: ws.name, cells, merges: areas };
    });
  }

  async paintedCells(): Promise<{ sheet: string; cell: string }[]> {
    return this.withMarks(async (context) => {
      const marks = this.queueMarksRead(context);
      await context.sync();
      return marks().records.map((r) => ({ sheet: r.sheet, cell: r.cell }));
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Painting
  // ---------------------------------------------------------------------------------------------

  async applyPatch(patch: SheetPatch): Promise<void> {
    const notes = this.capabilities.notes;
    const highlights = patch.ops.filter((o): o is Extract<PatchOp, { kind: 'highlight' }> => o.kind === 'highlight');
    const noteOps = notes ? patch.ops.filter((o): o is Extract<PatchOp, { kind: 'note' }> => o.kind === 'note') : [];
    const valueOps = patch.ops.filter((o): o is Extract<PatchOp, { kind: 'value' }> => o.kind === 'value');
    if (highlights.length + noteOps.length + valueOps.length === 0) return;

    await this.withMarks(async (context) => {
      const sheets = context.workbook.worksheets;
      const wsCache = new Map<string, Excel.Worksheet>();
      const sheet = (name: string) => {
        let ws = wsCache.get(name);
        if (!ws) wsCache.set(name, (ws = sheets.getItem(name)));
        return ws;
      };

      // -- sync 1: the marks record, current fills and notes of the cells we change, values to guard
      const marks = this.queueMarksRead(context);
      const targets = new Map<string, { sheet: string; cell: string }>();
      for (const op of [...highlights, ...noteOps]) targets.set(key(op.sheet, op.cell), { sheet: op.sheet, cell: localAddress(op.cell) });
      const fills = this.queueFillRead(sheet, [...targets.values()]);
      const currentNotes = new Map<string, Excel.Note>();
      for (const op of noteOps) {
        const k = key(op.sheet, op.cell);
        if (currentNotes.has(k)) continue;
        const note = sheet(op.sheet).notes.getItemOrNullObject(localAddress(op.cell));
        note.load('content');
        currentNotes.set(k, note);
      }
      const guarded = this.queueValueRead(sheet, valueOps.filter((o) => o.onlyIfEmpty));
      await context.sync();

      // -- sync 2: record first, then paint
      const { records: existing, rows } = marks();
      const recorded = new Map(existing.map((r) => [key(r.sheet, r.cell), r]));
      const added: MarkRecord[] = [];
      for (const [k, t] of targets) {
        if (recorded.has(k)) continue;
        const note = currentNotes.get(k);
        const before: CellLook = { fill: fills(t.sheet, t.cell), note: note && !note.isNullObject ? note.content : null };
        added.push({ sheet: t.sheet, cell: t.cell, before });
      }
      if (added.length > 0) this.queueMarksWrite(context, mergeMarks(existing, added), rows);

      const bySeverity = new Map<string, string[]>();
      for (const h of highlights) {
        const k = `${h.sheet}\u0000${SEVERITY_FILL[h.severity]}`;
        const list = bySeverity.get(k);
        if (list) list.push(h.cell);
        else bySeverity.set(k, [h.cell]);
      }
      for (const [k, cells] of bySeverity) {
        const [sheetName, color] = k.split('\u0000');
        for (const target of this.formatTargets(sheet(sheetName), cells)) {
          target.format.fill.clear();
          target.format.fill.color = color;
        }
      }

      for (const op of noteOps) {
        const k = key(op.sheet, op.cell);
        const userNote = recorded.get(k)?.before.note ?? added.find((a) => key(a.sheet, a.cell) === k)?.before.note ?? null;
        const content = userNote ? `${userNote}${NOTE_SEPARATOR}${op.text}` : op.text;
        const note = currentNotes.get(k) as Excel.Note;
        if (!note.isNullObject) note.content = content;
        else sheet(op.sheet).notes.add(localAddress(op.cell), content);
        currentNotes.delete(k); // one write per cell
      }

      for (const op of valueOps) {
        if (op.onlyIfEmpty && !guarded(op.sheet, op.cell).empty) continue;
        writeRange(sheet(op.sheet).getRange(localAddress(op.cell)), op);
      }
      await context.sync();
    });
  }

  /**
   * Queues the read of the fills of `cells`: with ExcelApi 1.9, one getCellProperties per column
   * run (pattern and pattern colour included); before 1.9, the fill colour of each cell.
   */
  private queueFillRead(
    sheet: (name: string) => Excel.Worksheet,
    cells: { sheet: string; cell: string }[],
  ): (sheetName: string, cell: string) => FillLook {
    const bySheet = groupBy(cells, (c) => c.sheet);
    if (this.capabilities.batchFormats) {
      const reads: { sheet: string; col: number; top: number; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
      for (const [name, list] of bySheet) {
        for (const run of columnRuns(list.map((c) => c.cell), 2)) {
          const result = sheet(name)
            .getRange(run.address)
            .getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true } } });
          reads.push({ sheet: name, col: run.col, top: run.top, result });
        }
      }
      return (sheetName, cell) => {
        const { row, col } = parseA1(cell);
        const read = reads.find((r) => r.sheet === sheetName && r.col === col && row >= r.top && row - r.top < r.result.value.length);
        const fill = read?.result.value[row - read.top][0].format?.fill;
        return fill ? fillLook(fill.color, fill.pattern, fill.patternColor) : NO_FILL;
      };
    }
    const fills = new Map<string, Excel.RangeFill>();
    for (const [name, list] of bySheet) {
      for (const c of list) {
        const fill = sheet(name).getRange(c.cell).format.fill;
        fill.load('color');
        fills.set(key(name, c.cell), fill);
      }
    }
    return (sheetName, cell) => {
      const fill = fills.get(key(sheetName, cell));
      return fill ? fillLook(fill.color, undefined, undefined) : NO_FILL;
    };
  }

  /** Queues the read of the cells that must be empty before a write; the function tells after the sync. */
  private queueValueRead(
    sheet: (name: string) => Excel.Worksheet,
    cells: { sheet: string; cell: string }[],
  ): (sheetName: string, cell: string) => { empty: boolean; text: string } {
    const ranges = new Map<string, Excel.Range>();
    for (const c of cells) {
      const k = key(c.sheet, c.cell);
      if (ranges.has(k)) continue;
      const range = sheet(c.sheet).getRange(localAddress(c.cell));
      range.load('formulas, text');
      ranges.set(k, range);
    }
    return (sheetName, cell) => {
      const range = ranges.get(key(sheetName, cell));
      if (!range) return { empty: true, text: '' };
      const f = range.formulas[0][0];
      return { empty: f === '' || f === null || f === undefined, text: String(range.text[0][0] ?? '') };
    };
  }

  async clearMarks(sheetName?: string): Promise<void> {
    await this.withMarks(async (context) => {
      const sheets = context.workbook.worksheets;
      // -- sync 1: the record and which sheets still exist
      const marks = this.queueMarksRead(context);
      sheets.load('items/name');
      await context.sync();
      const { records, rows } = marks();
      const present = new Set(sheets.items.map((s) => s.name));
      const mine = records.filter((r) => sheetName === undefined || r.sheet === sheetName);
      if (mine.length === 0) return;
      const restorable = mine.filter((r) => present.has(r.sheet));
      const wsCache = new Map<string, Excel.Worksheet>();
      const sheet = (name: string) => {
        let ws = wsCache.get(name);
        if (!ws) wsCache.set(name, (ws = sheets.getItem(name)));
        return ws;
      };

      // -- sync 2 (notes only): the notes now on the painted cells
      const currentNotes = new Map<string, Excel.Note>();
      if (this.capabilities.notes && restorable.length > 0) {
        for (const r of restorable) {
          const note = sheet(r.sheet).notes.getItemOrNullObject(r.cell);
          note.load('content');
          currentNotes.set(key(r.sheet, r.cell), note);
        }
        await context.sync();
      }

      // -- last sync: restore fills (grouped by look), notes, then the record without these cells
      const byLook = groupBy(restorable, (r) => `${r.sheet}\u0000${JSON.stringify(r.before.fill)}`);
      for (const list of byLook.values()) {
        const look = list[0].before.fill;
        for (const target of this.formatTargets(sheet(list[0].sheet), list.map((r) => r.cell))) {
          const fill = target.format.fill;
          fill.clear();
          if (look.color === null) continue;
          fill.color = look.color;
          if (this.capabilities.batchFormats && look.pattern) fill.pattern = look.pattern as Excel.FillPattern;
          if (this.capabilities.batchFormats && look.patternColor) fill.patternColor = look.patternColor;
        }
      }
      for (const r of restorable) {
        const note = currentNotes.get(key(r.sheet, r.cell));
        if (!note) continue;
        if (note.isNullObject) {
          if (r.before.note !== null) sheet(r.sheet).notes.add(r.cell, r.before.note);
          continue;
        }
        if (!isOurNote(note.content)) continue; // never ours, or rewritten by the user since: leave it
        if (r.before.note === null) note.delete();
        else note.content = r.before.note;
      }
      const cleared = new Set(mine.map((r) => key(r.sheet, r.cell)));
      this.queueMarksWrite(context, records.filter((r) => !cleared.has(key(r.sheet, r.cell))), rows);
      await context.sync();
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Writing, selecting, the template
  // ---------------------------------------------------------------------------------------------

  async writeCells(writes: CellWrite[], options: { onlyIfEmpty: boolean }): Promise<WriteResult> {
    const result: WriteResult = { written: [], skipped: [] };
    if (writes.length === 0) return result;
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const wsCache = new Map<string, Excel.Worksheet>();
      const sheet = (name: string) => {
        let ws = wsCache.get(name);
        if (!ws) wsCache.set(name, (ws = sheets.getItem(name)));
        return ws;
      };
      let current: (s: string, c: string) => { empty: boolean; text: string } = () => ({ empty: true, text: '' });
      if (options.onlyIfEmpty) {
        current = this.queueValueRead(sheet, writes);
        await context.sync();
      }
      const done = new Set<string>();
      for (const w of writes) {
        const now = current(w.sheet, w.cell);
        if (!now.empty) {
          result.skipped.push({ ...w, current: now.text });
          continue;
        }
        writeRange(sheet(w.sheet).getRange(localAddress(w.cell)), w);
        done.add(key(w.sheet, w.cell));
        result.written.push(w);
      }
      if (done.size > 0) await context.sync();
    }, true);
    return result;
  }

  async selectCell(sheetName: string, cell: string): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      ws.activate();
      ws.getRange(localAddress(cell)).select();
      await context.sync();
    });
  }

  async insertTemplate(options: TemplateOptions): Promise<string> {
    const definition = buildTemplate(options);
    return this.run((context) => renderTemplate(context, definition, this.capabilities), true);
  }

  // ---------------------------------------------------------------------------------------------
  // Events and settings
  // ---------------------------------------------------------------------------------------------

  async onChanged(handler: (change: { sheet: string; address: string }) => void): Promise<() => void> {
    const subscriptions: OfficeExtension.EventHandlerResult<unknown>[] = [];
    let active = true;
    const onSheetChanged = async (args: Excel.WorksheetChangedEventArgs) => {
      if (!active) return;
      const name = await this.sheetNameById(args.worksheetId);
      if (!active || name === null || name === MARKS_SHEET || name === SETTINGS_SHEET) return;
      handler({ sheet: name, address: localAddress(args.address) });
    };
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      for (const ws of sheets.items) if (ws.name !== MARKS_SHEET && ws.name !== SETTINGS_SHEET) subscriptions.push(ws.onChanged.add(onSheetChanged));
      subscriptions.push(
        sheets.onAdded.add(async (args: Excel.WorksheetAddedEventArgs) => {
          if (!active) return;
          await Excel.run(async (ctx) => {
            const added = ctx.workbook.worksheets.getItem(args.worksheetId);
            subscriptions.push(added.onChanged.add(onSheetChanged));
            await ctx.sync();
          });
        }),
      );
      await context.sync();
    });
    return () => {
      active = false;
      const list = subscriptions.splice(0);
      void (async () => {
        for (const s of list) {
          try {
            await Excel.run(s.context, async (ctx) => {
              s.remove();
              await ctx.sync();
            });
          } catch {
            // the context may be gone with its workbook; the `active` flag already mutes the handler
          }
        }
      })();
    };
  }

  private async sheetNameById(id: string): Promise<string | null> {
    return Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(id);
      ws.load('name');
      await context.sync();
      return ws.isNullObject ? null : ws.name;
    });
  }

  async loadSettings(): Promise<WorkbookSettings | null> {
    return Excel.run(async (context) => {
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

  /** Settings live in a very hidden sheet, as in every host (src/core/settings-store.ts). */
  async saveSettings(settings: WorkbookSettings): Promise<void> {
    await this.run(async (context) => {
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
    }, true);
  }
}

// -------------------------------------------------------------------------------------------------

/**
 * Merged areas read by overlapping row bands, made whole again. Bands share their boundary row, so
 * an area Excel reports clipped to each band comes back as pieces that overlap on that row, and
 * merged areas never overlap one another: overlapping pieces with the same columns are one area.
 * An area reported whole by two bands is kept once.
 */
export function stitchBands(bands: string[][]): string[] {
  const rects = [...new Set(bands.flat())].map((a) => parseRange(a));
  rects.sort((x, y) => x.left - y.left || x.right - y.right || x.top - y.top);
  const out: CellRange[] = [];
  for (const r of rects) {
    const prev = out[out.length - 1];
    if (prev && prev.left === r.left && prev.right === r.right && r.top <= prev.bottom) prev.bottom = Math.max(prev.bottom, r.bottom);
    else out.push({ ...r });
  }
  return out.map((r) => rangeAddress(r));
}

function key(sheet: string, cell: string): string {
  return `${sheet}!${localAddress(cell)}`;
}

function parseA1(cell: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/i.exec(localAddress(cell));
  if (!m) return { row: 0, col: 0 };
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

function groupBy<T>(items: T[], keyOf: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The raw value the core expects from office-js's value and value type. */
function rawValue(value: unknown, type: Excel.RangeValueType | string, text: string): RawValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: typeof value === 'string' && value ? value : text };
    case 'Boolean':
      return Boolean(value);
    case 'Integer':
    case 'Double':
      return typeof value === 'number' ? value : Number(value);
    case 'String':
      return String(value ?? '');
    default:
      // RichValue / Unknown: what Excel shows
      return typeof value === 'number' || typeof value === 'boolean' ? value : text;
  }
}

/** A host-neutral fill from what Excel reports. "No fill" reads as pattern None (1.9), or as white before 1.9. */
export function fillLook(color: string | null | undefined, pattern: string | null | undefined, patternColor: string | null | undefined): FillLook {
  const rgb = normalizeColor(color);
  if (pattern === 'None' || rgb === null) return NO_FILL;
  if (pattern === undefined || pattern === null) return rgb === '#FFFFFF' ? NO_FILL : { color: rgb, pattern: null, patternColor: null };
  if (pattern === 'Solid') return { color: rgb, pattern: null, patternColor: null };
  return { color: rgb, pattern, patternColor: normalizeColor(patternColor) };
}

function normalizeColor(color: string | null | undefined): string | null {
  if (typeof color !== 'string' || color === '') return null;
  return /^#[0-9a-f]{6}$/i.test(color) ? color.toUpperCase() : color;
}

/** A note we wrote: it holds our title line (in either language). */
export function isOurNote(content: string): boolean {
  return content.includes(message('ui.note-title', 'zh')) || content.includes(message('ui.note-title', 'en'));
}

/** A write as core decided it: a fix's number (and format) when it has one, else the text. */
function writeRange(range: Excel.Range, w: { text: string; value?: number; format?: string }): void {
  if (w.value === undefined) {
    range.values = [[w.text]];
    return;
  }
  if (w.format !== undefined) range.numberFormat = [[w.format]];
  range.values = [[w.value]];
}
