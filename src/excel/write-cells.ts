/**
 * Writing cell texts through office-js (fixes, completion fill): one undo step per call.
 *   writeCells   2 syncs with onlyIfEmpty (protection and current values; writes), 1 without; a write that says
 *                `overwrite` replaces a filled cell in the same batch
 *                (2 more when a protected sheet refuses the write: see which, write the others)
 * Protected sheets are never written to; their cells are listed in the result's protectedSheets.
 */
import type { CellWrite, WriteResult } from '../host/types';
import { localAddress } from './addresses';
import { errorCode, run, sheetCache } from './batch';
import type { ExcelFeatures } from './capabilities';
import { queueValues, writeRange } from './paint';

type Features = Pick<ExcelFeatures, 'undoGrouping'>;

function queueProtection(context: Excel.RequestContext): () => Set<string> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name, items/protection/protected');
  return () => new Set(sheets.items.filter((s) => s.protection?.protected).map((s) => s.name));
}

export async function writeCells(
  features: Features,
  writes: CellWrite[],
  options: { onlyIfEmpty: boolean },
): Promise<WriteResult> {
  const result: WriteResult = { written: [], skipped: [] };
  if (writes.length === 0) return result;
  const write = async (locked: Set<string>, current: (s: string, c: string) => { empty: boolean; text: string }) =>
    run(
      features,
      async (context) => {
        const sheet = sheetCache(context);
        const out: WriteResult = { written: [], skipped: [] };
        const blocked = new Set<string>();
        for (const w of writes) {
          if (locked.has(w.sheet)) {
            blocked.add(w.sheet);
            continue;
          }
          const now = current(w.sheet, w.cell);
          if (!now.empty && w.overwrite !== true) {
            out.skipped.push({ ...w, current: now.text });
            continue;
          }
          writeRange(sheet(w.sheet).getRange(localAddress(w.cell)), w);
          out.written.push(w);
        }
        if (blocked.size > 0) out.protectedSheets = [...blocked];
        if (out.written.length > 0) await context.sync();
        return out;
      },
      { group: true },
    );

  if (options.onlyIfEmpty) {
    const read = await run(features, async (context) => {
      const sheet = sheetCache(context);
      const locked = queueProtection(context);
      const values = queueValues(sheet, writes);
      await context.sync();
      return { locked: locked(), values: values() };
    });
    return write(read.locked, read.values);
  }
  const empty = () => ({ empty: true, text: '' });
  try {
    return await write(new Set(), empty);
  } catch (e) {
    if (errorCode(e) !== 'AccessDenied' && !(e instanceof Error && e.name === 'HostError')) throw e;
    // a protected sheet refused the batch: see which, and write the others
    const locked = await run(features, async (context) => {
      const l = queueProtection(context);
      await context.sync();
      return l();
    });
    if (locked.size === 0) throw e;
    return write(locked, empty);
  }
}
