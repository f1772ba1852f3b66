/**
 * Running batches against Excel: Excel.run with the options every batch of the add-in uses, and
 * office-js failures turned into the host errors the pane words for a person.
 *
 *  - delayForCellEdit (Excel.RunOptions), for `wait` batches — the live re-check, which runs while
 *    people type: the batch waits until the user leaves the cell instead of failing. Batches the user
 *    asked for from the pane do not wait: clicking the pane does not end cell editing on Windows
 *    (office-js #806), so a waiting batch would look like a hung pane; they fail at once and the
 *    failure (InvalidOperationInCellEditMode) becomes HostError('cell-edit'), which the pane words.
 *  - mergeUndoGroup (ExcelApi 1.20): an edit's syncs become one undo step. Only batches whose every
 *    API supports undo are grouped (adding, deleting or hiding a sheet does not: Excel throws
 *    UndoNotSupported); when Excel refuses anyway, the batch runs again ungrouped.
 */
import { HostError } from '../host/types';
import type { ExcelFeatures } from './capabilities';

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** office-js errors the pane words itself. */
function translateError(e: unknown, sheet?: string): unknown {
  const code = errorCode(e);
  if (code === 'InvalidOperationInCellEditMode')
    return new HostError('cell-edit', String((e as Error).message ?? code), sheet);
  if (code === 'AccessDenied') return new HostError('protected', String((e as Error).message ?? code), sheet);
  return e;
}

/**
 * Excel.run with delayForCellEdit; with `group`, merged into one undo step where Excel can
 * (falling back to an ungrouped run when Excel answers UndoNotSupported).
 */
export async function run<T>(
  features: Pick<ExcelFeatures, 'undoGrouping'>,
  batch: Batch<T>,
  options: { group?: boolean; wait?: boolean } = {},
): Promise<T> {
  const grouped = Boolean(options.group && features.undoGrouping);
  const base: Excel.RunOptions = options.wait ? { delayForCellEdit: true } : {};
  try {
    return await Excel.run(grouped ? { ...base, mergeUndoGroup: true } : base, batch);
  } catch (e) {
    if (grouped && errorCode(e) === 'UndoNotSupported') {
      try {
        return await Excel.run(base, batch);
      } catch (again) {
        throw translateError(again);
      }
    }
    throw translateError(e);
  }
}

/** A getItem cache for one batch: each sheet's proxy is made once. */
export function sheetCache(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const cache = new Map<string, Excel.Worksheet>();
  return (name) => {
    let ws = cache.get(name);
    if (!ws) cache.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
}

export function groupBy<T>(items: T[], keyOf: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
