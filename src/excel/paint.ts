/**
 * Painting and clearing through office-js (writing cells: write-cells.ts). What to paint is decided by the core
 * (the sheet patch); this module only reads the cells' current looks, records them and writes.
 *
 * Every operation is one ungrouped READING batch (the record, the sheets with their protection,
 * the current fills and notes; the marks sheet is created here when needed, since adding a sheet
 * cannot be grouped) and one WRITING batch merged into one undo step (ExcelApi 1.20), so Ctrl+Z
 * after 标记问题 / 清除标记 takes back the whole paint or clear, record included:
 *   applyPatch   2 syncs (3 when the record holds cells this host has not seen: painted by another
 *                runtime, or before the pane opened)
 *   clearMarks   2 syncs (3 as above); without undo grouping an emptied record sheet is deleted in
 *                the writing batch, with it the sheet stays empty until the next host starts
 *
 * A painted cell is restored only while it still shows exactly the fill we painted; a cell the
 * user has filled since (or that a sort moved another cell onto) is left as it is and reported.
 * Protected sheets are detected in the reading batch and left alone.
 */
import { isEmptyContent } from '../core/cell-content';
import type { ClearResult, PaintResult } from '../host/types';
import type { PatchOp, SheetPatch } from '../core/patch';
import {
  MARKS_SHEET,
  NO_FILL,
  SEVERITY_FILL,
  paintedFill,
  sameFill,
  type CellLook,
  type FillLook,
  type MarkRecord,
} from '../core/marks';
import { SETTINGS_SHEET } from '../core/settings-store';
import { message } from '../core/messages';
import { chunkAddressList, columnRuns, compactAddresses, localAddress } from './addresses';
import { groupBy, run, sheetCache } from './batch';
import type { ExcelFeatures } from './capabilities';
import type { MarksStore, SheetInfo } from './marks-store';

/** Between the user's own note text and ours, when a cell already had a note. */
const NOTE_SEPARATOR = '\n\n';
const OUR_COLORS = new Set<string>(Object.values(SEVERITY_FILL));

/** Something whose format can be set: a Range, or (ExcelApi 1.9) a RangeAreas. */
export type FormatTarget = Excel.Range | Excel.RangeAreas;

type Features = Pick<ExcelFeatures, 'notes' | 'batchFormats' | 'undoGrouping'>;

export interface Cell {
  sheet: string;
  cell: string;
}

function key(sheet: string, cell: string): string {
  return `${sheet}!${localAddress(cell)}`;
}

/** Format targets covering `cells` of a sheet: RangeAreas of ≤250-character lists (1.9), else one Range per run. */
function formatTargets(
  features: Pick<ExcelFeatures, 'batchFormats'>,
  ws: Excel.Worksheet,
  cells: Iterable<string>,
): FormatTarget[] {
  const runs = compactAddresses(cells);
  if (runs.length === 0) return [];
  if (features.batchFormats) return chunkAddressList(runs).map((list) => ws.getRanges(list));
  return runs.map((a) => ws.getRange(a));
}

// -------------------------------------------------------------------------------------------------
// Reading looks
// -------------------------------------------------------------------------------------------------

interface Looks {
  fill(sheet: string, cell: string): FillLook;
  note(sheet: string, cell: string): string | null;
  has(sheet: string, cell: string): boolean;
}

/**
 * Queues the read of the fills (and, with notes, the notes) of `cells`: with ExcelApi 1.9 one
 * getCellProperties per column run; before, the fill colour of each cell.
 */
function queueLooks(features: Features, sheet: (name: string) => Excel.Worksheet, cells: Cell[]): () => Looks {
  const unique = [
    ...new Map(cells.map((c) => [key(c.sheet, c.cell), { sheet: c.sheet, cell: localAddress(c.cell) }])).values(),
  ];
  const bySheet = groupBy(unique, (c) => c.sheet);
  const fills = new Map<string, () => FillLook>();
  if (features.batchFormats) {
    for (const [name, list] of bySheet) {
      for (const runOf of columnRuns(
        list.map((c) => c.cell),
        2,
      )) {
        const result = sheet(name)
          .getRange(runOf.address)
          .getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true } } });
        for (const c of list) {
          const { row, col } = parseA1(c.cell);
          if (col !== runOf.col || row < runOf.top || row > runOf.bottom) continue;
          fills.set(key(name, c.cell), () => {
            const fill = result.value[row - runOf.top]?.[0]?.format?.fill;
            return fill ? fillLook(fill.color, fill.pattern, fill.patternColor) : NO_FILL;
          });
        }
      }
    }
  } else {
    for (const c of unique) {
      const fill = sheet(c.sheet).getRange(c.cell).format.fill;
      fill.load('color');
      fills.set(key(c.sheet, c.cell), () => fillLook(fill.color, undefined, undefined));
    }
  }
  const notes = new Map<string, Excel.Note>();
  if (features.notes) {
    for (const c of unique) {
      const note = sheet(c.sheet).notes.getItemOrNullObject(c.cell);
      note.load('content');
      notes.set(key(c.sheet, c.cell), note);
    }
  }
  return () => ({
    fill: (s, c) => fills.get(key(s, c))?.() ?? NO_FILL,
    note: (s, c) => {
      const n = notes.get(key(s, c));
      return n && !n.isNullObject ? n.content : null;
    },
    has: (s, c) => fills.has(key(s, c)),
  });
}

function mergeLooks(a: Looks, b: Looks): Looks {
  return {
    fill: (s, c) => (a.has(s, c) ? a.fill(s, c) : b.fill(s, c)),
    note: (s, c) => (a.has(s, c) ? a.note(s, c) : b.note(s, c)),
    has: (s, c) => a.has(s, c) || b.has(s, c),
  };
}

/** Whether a recorded cell still shows what we painted (old records without a painted fill: one of our colours). */
function stillOurs(r: MarkRecord, fill: FillLook): boolean {
  if (r.painted) return sameFill(r.painted, fill);
  return fill.color !== null && OUR_COLORS.has(fill.color) && fill.pattern === null;
}

// -------------------------------------------------------------------------------------------------
// Writing looks
// -------------------------------------------------------------------------------------------------

interface Restore {
  record: MarkRecord;
  /** The note now on the cell (null: none). */
  currentNote: string | null;
}

function queueRestores(features: Features, sheet: (name: string) => Excel.Worksheet, restores: Restore[]): void {
  const byLook = groupBy(restores, (r) => `${r.record.sheet}\u0000${JSON.stringify(r.record.before.fill)}`);
  for (const list of byLook.values()) {
    const look = list[0].record.before.fill;
    for (const target of formatTargets(
      features,
      sheet(list[0].record.sheet),
      list.map((r) => r.record.cell),
    )) {
      const fill = target.format.fill;
      fill.clear();
      if (look.color === null) continue;
      fill.color = look.color;
      if (features.batchFormats && look.pattern) fill.pattern = look.pattern as Excel.FillPattern;
      if (features.batchFormats && look.patternColor) fill.patternColor = look.patternColor;
    }
  }
  if (!features.notes) return;
  for (const { record: r, currentNote } of restores) {
    const notes = sheet(r.sheet).notes;
    if (currentNote === null) {
      if (r.before.note !== null) notes.add(r.cell, r.before.note);
      continue;
    }
    if (!isOurNote(currentNote)) continue; // never ours, or rewritten by the user since: leave it
    if (r.before.note === null) notes.getItem(r.cell).delete();
    else notes.getItem(r.cell).content = r.before.note;
  }
}

// -------------------------------------------------------------------------------------------------
// applyPatch
// -------------------------------------------------------------------------------------------------

type Highlight = Extract<PatchOp, { kind: 'highlight' }>;
type NoteOp = Extract<PatchOp, { kind: 'note' }>;
type ValueOp = Extract<PatchOp, { kind: 'value' }>;

const isOurs = (sheet: string) => sheet === MARKS_SHEET || sheet === SETTINGS_SHEET;

export async function applyPatch(
  features: Features,
  store: MarksStore,
  patch: SheetPatch,
  options: { replace?: string[]; live?: boolean } = {},
): Promise<PaintResult> {
  const wait = Boolean(options.live);
  const ops = patch.ops.filter((o) => !isOurs(o.sheet));
  const highlights = ops.filter((o): o is Highlight => o.kind === 'highlight');
  const noteOps = features.notes ? ops.filter((o): o is NoteOp => o.kind === 'note') : [];
  const valueOps = ops.filter((o): o is ValueOp => o.kind === 'value');
  const replace = new Set(options.replace ?? []);
  if (highlights.length + noteOps.length + valueOps.length === 0 && replace.size === 0) return { protectedSheets: [] };

  return store.withMarks(async () => {
    const pendingBefore = store.pendingCount;
    let created = false;
    // ---- reading batch (ungrouped): record, sheets, looks, guarded values; the record sheet is made here
    const plan = await run(
      features,
      async (context) => {
        const sheet = sheetCache(context);
        if (highlights.length + noteOps.length > 0 && !store.exists) {
          store.queueCreate(context);
          created = true;
        }
        const marks = store.queueRead(context);
        const targets: Cell[] = [...highlights, ...noteOps].map((o) => ({
          sheet: o.sheet,
          cell: localAddress(o.cell),
        }));
        const known = (store.cached ?? []).filter((r) => replace.has(r.sheet));
        const readLooks = queueLooks(features, sheet, [...targets, ...known]);
        const guarded = queueValues(
          sheet,
          valueOps.filter((o) => o.onlyIfEmpty),
        );
        await context.sync();
        const m = marks();
        let looks = readLooks();
        const locked = new Set(m.sheets.filter((s) => s.protected).map((s) => s.name));
        const old = m.records.filter((r) => replace.has(r.sheet) && !locked.has(r.sheet));
        const missing = old.filter((r) => !looks.has(r.sheet, r.cell));
        if (missing.length > 0) {
          const more = queueLooks(features, sheet, missing);
          await context.sync();
          looks = mergeLooks(looks, more());
        }
        return { m, looks, locked, guarded: guarded() };
      },
      { wait },
    );

    const { m, looks, locked } = plan;
    const idOf = new Map(m.sheets.map((s: SheetInfo) => [s.name, s.id]));
    const protectedSheets = [...new Set(ops.map((o) => o.sheet).filter((s) => locked.has(s)))];
    const live = (s: string) => !locked.has(s);

    // ---- what to write
    const recorded = new Map(m.records.map((r) => [key(r.sheet, r.cell), r]));
    const newTargets = new Map<string, { sheet: string; cell: string; fill?: FillLook }>();
    for (const h of highlights)
      if (live(h.sheet))
        newTargets.set(key(h.sheet, h.cell), {
          sheet: h.sheet,
          cell: localAddress(h.cell),
          fill: paintedFill(SEVERITY_FILL[h.severity]),
        });
    for (const n of noteOps)
      if (live(n.sheet) && !newTargets.has(key(n.sheet, n.cell)))
        newTargets.set(key(n.sheet, n.cell), { sheet: n.sheet, cell: localAddress(n.cell) });

    const restores: Restore[] = [];
    const dropped = new Set<string>();
    for (const r of m.records) {
      if (!replace.has(r.sheet) || locked.has(r.sheet)) continue;
      const k = key(r.sheet, r.cell);
      if (newTargets.has(k)) continue; // painted again below: keeps its record
      dropped.add(k);
      if (stillOurs(r, looks.fill(r.sheet, r.cell)))
        restores.push({ record: r, currentNote: looks.note(r.sheet, r.cell) });
    }
    const records: MarkRecord[] = [];
    for (const r of m.records) {
      const k = key(r.sheet, r.cell);
      if (dropped.has(k)) continue;
      const t = newTargets.get(k);
      if (!t) {
        records.push(r);
        continue;
      }
      // painted before and again now: the user's look stays the first one — unless the user changed the cell since
      const now = looks.fill(r.sheet, r.cell);
      const before = stillOurs(r, now) ? r.before : { fill: now, note: r.before.note };
      records.push({ ...r, before, painted: t.fill ?? now });
    }
    for (const [k, t] of newTargets) {
      if (recorded.has(k)) continue;
      const before: CellLook = { fill: looks.fill(t.sheet, t.cell), note: looks.note(t.sheet, t.cell) };
      const record: MarkRecord = { sheet: t.sheet, cell: t.cell, before, painted: t.fill ?? before.fill };
      const id = idOf.get(t.sheet);
      if (id !== undefined) record.sheetId = id;
      records.push(record);
    }
    const userNoteOf = new Map(records.map((r) => [key(r.sheet, r.cell), r.before.note]));
    const writeRecord = newTargets.size > 0 || dropped.size > 0 || m.stale;
    const valueWrites = valueOps.filter(
      (o) => live(o.sheet) && !(o.onlyIfEmpty && !plan.guarded(o.sheet, o.cell).empty),
    );

    if (!writeRecord && restores.length === 0 && valueWrites.length === 0) {
      if (created) await store.deleteSheet(); // everything was on protected sheets
      return { protectedSheets };
    }

    // ---- writing batch: one undo step
    await run(
      features,
      async (context) => {
        const sheet = sheetCache(context);
        queueRestores(features, sheet, restores);
        const bySeverity = groupBy(
          highlights.filter((h) => live(h.sheet)),
          (h) => `${h.sheet}\u0000${SEVERITY_FILL[h.severity]}`,
        );
        for (const [k, list] of bySeverity) {
          const [sheetName, color] = k.split('\u0000');
          for (const target of formatTargets(
            features,
            sheet(sheetName),
            list.map((h) => h.cell),
          )) {
            target.format.fill.clear();
            target.format.fill.color = color;
          }
        }
        const noted = new Set<string>();
        for (const op of noteOps) {
          if (!live(op.sheet)) continue;
          const k = key(op.sheet, op.cell);
          if (noted.has(k)) continue; // one write per cell
          noted.add(k);
          const userNote = userNoteOf.get(k) ?? null;
          const content = userNote ? `${userNote}${NOTE_SEPARATOR}${op.text}` : op.text;
          const cell = localAddress(op.cell);
          // (a cell painted again is never among the restores: its note is rewritten in place)
          if (looks.note(op.sheet, cell) !== null) sheet(op.sheet).notes.getItem(cell).content = content;
          else sheet(op.sheet).notes.add(cell, content);
        }
        for (const op of valueWrites) writeRange(sheet(op.sheet).getRange(localAddress(op.cell)), op);
        if (writeRecord) store.queueWrite(context, records, m, false);
        await context.sync();
      },
      { group: true, wait },
    );
    store.settle(pendingBefore);
    return { protectedSheets };
  });
}

// -------------------------------------------------------------------------------------------------
// clearMarks
// -------------------------------------------------------------------------------------------------

export async function clearMarks(
  features: Features,
  store: MarksStore,
  sheetName?: string,
  options: { live?: boolean } = {},
): Promise<ClearResult> {
  const wait = Boolean(options.live);
  return store.withMarks(async () => {
    const pendingBefore = store.pendingCount;
    if (!store.exists) await store.probe(); // another runtime (the ribbon command) may have painted since
    if (!store.exists) return { protectedSheets: [], leftAlone: [] };
    const plan = await run(
      features,
      async (context) => {
        const sheet = sheetCache(context);
        const marks = store.queueRead(context);
        const known = (store.cached ?? []).filter((r) => sheetName === undefined || r.sheet === sheetName);
        const readLooks = queueLooks(features, sheet, known);
        await context.sync();
        const m = marks();
        let looks = readLooks();
        const locked = new Set(m.sheets.filter((s) => s.protected).map((s) => s.name));
        const mine = m.records.filter(
          (r) => (sheetName === undefined || r.sheet === sheetName) && !locked.has(r.sheet),
        );
        const missing = mine.filter((r) => !looks.has(r.sheet, r.cell));
        if (missing.length > 0) {
          const more = queueLooks(features, sheet, missing);
          await context.sync();
          looks = mergeLooks(looks, more());
        }
        return { m, looks, locked, mine };
      },
      { wait },
    );
    const { m, looks, locked, mine } = plan;
    const protectedSheets = [
      ...new Set(
        m.records
          .filter((r) => (sheetName === undefined || r.sheet === sheetName) && locked.has(r.sheet))
          .map((r) => r.sheet),
      ),
    ];
    if (mine.length === 0 && !m.stale) return { protectedSheets, leftAlone: [] };

    const restores: Restore[] = [];
    const leftAlone: { sheet: string; cell: string }[] = [];
    for (const r of mine) {
      if (stillOurs(r, looks.fill(r.sheet, r.cell)))
        restores.push({ record: r, currentNote: looks.note(r.sheet, r.cell) });
      else leftAlone.push({ sheet: r.sheet, cell: r.cell });
    }
    const cleared = new Set(mine.map((r) => key(r.sheet, r.cell)));
    const remaining = m.records.filter((r) => !cleared.has(key(r.sheet, r.cell)));
    // without undo grouping the emptied record sheet goes in the same batch; with it, it stays
    // empty (deleting a sheet cannot be grouped) and the next host to start removes it
    const canDelete = !features.undoGrouping;
    await run(
      features,
      async (context) => {
        const sheet = sheetCache(context);
        queueRestores(features, sheet, restores);
        store.queueWrite(context, remaining, m, canDelete);
        await context.sync();
      },
      { group: true, wait },
    );
    store.settle(pendingBefore);
    return { protectedSheets, leftAlone };
  });
}

export async function paintedCells(features: Features, store: MarksStore): Promise<Cell[]> {
  if (!store.exists) await store.probe();
  if (!store.exists) return [];
  return store.withMarks(() =>
    run(features, async (context) => {
      const marks = store.queueRead(context);
      await context.sync();
      return marks().records.map((r) => ({ sheet: r.sheet, cell: r.cell }));
    }),
  );
}

// -------------------------------------------------------------------------------------------------

/** Queues the read of the cells that must be empty before a write; the function tells after the sync. */
export function queueValues(
  sheet: (name: string) => Excel.Worksheet,
  cells: Cell[],
): () => (sheetName: string, cell: string) => { empty: boolean; text: string } {
  const ranges = new Map<string, Excel.Range>();
  for (const c of cells) {
    const k = key(c.sheet, c.cell);
    if (ranges.has(k)) continue;
    const range = sheet(c.sheet).getRange(localAddress(c.cell));
    range.load('formulas, text');
    ranges.set(k, range);
  }
  return () => (sheetName, cell) => {
    const range = ranges.get(key(sheetName, cell));
    if (!range) return { empty: true, text: '' };
    // formulas holds a formula's text, else the value: empty by the one rule of core/cell-content.ts
    return { empty: isEmptyContent(range.formulas[0][0]), text: String(range.text[0][0] ?? '') };
  };
}

function parseA1(cell: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/i.exec(localAddress(cell));
  if (!m) return { row: 0, col: 0 };
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/** A host-neutral fill from what Excel reports. "No fill" reads as pattern None (1.9), or as white before 1.9. */
export function fillLook(
  color: string | null | undefined,
  pattern: string | null | undefined,
  patternColor: string | null | undefined,
): FillLook {
  const rgb = normalizeColor(color);
  if (pattern === 'None' || rgb === null) return NO_FILL;
  if (pattern === undefined || pattern === null)
    return rgb === '#FFFFFF' ? NO_FILL : { color: rgb, pattern: null, patternColor: null };
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

/** A write as core decided it (fixedCellWrite): a fix's number and format when it has one, else the text. */
export function writeRange(range: Excel.Range, w: { text: string; value?: number; format?: string }): void {
  if (w.value === undefined) {
    range.values = [[w.text]];
    return;
  }
  if (w.format !== undefined) range.numberFormat = [[w.format]];
  range.values = [[w.value]];
}
