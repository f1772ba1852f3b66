/**
 * Excel events for the pane: cell changes (live re-check), sheet activation (the 当前工作表 scope
 * follows the tab the user opens), and rows/columns inserted or deleted (the record of marks
 * follows its cells: the shift is handed to the marks store, which applies it with its next batch).
 *
 *  - Worksheet.onChanged (ExcelApi 1.7) per sheet, and on sheets added later (onAdded, 1.7);
 *    WorksheetChangedEventArgs.changeType (1.7) tells edits from row/column inserts and deletes;
 *    triggerSource (1.14) tells our own writes ('ThisLocalAddin'), which need no re-check.
 *  - WorksheetCollection.onActivated (ExcelApi 1.7).
 * Events of our own sheets (the marks record, the settings) are never passed on.
 */
import type { SheetChange } from '../host/types';
import { MARKS_SHEET, structuralChange } from '../core/marks';
import { SETTINGS_SHEET } from '../core/settings-store';
import { localAddress } from './addresses';
import { run } from './batch';
import type { ExcelFeatures } from './capabilities';
import type { MarksStore } from './marks-store';

type Features = Pick<ExcelFeatures, 'undoGrouping'>;
type Subscription = OfficeExtension.EventHandlerResult<unknown>;

const ours = (name: string) => name === MARKS_SHEET || name === SETTINGS_SHEET;

/** The name of a sheet by id; an event's batch, so it waits while the user types in a cell. */
async function sheetNameById(features: Features, id: string): Promise<string | null> {
  return run(
    features,
    async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(id);
      ws.load('name');
      await context.sync();
      return ws.isNullObject ? null : ws.name;
    },
    { wait: true },
  );
}

/** Removes event handlers, each through its own context (the context may be gone with its workbook). */
function unsubscribe(list: Subscription[]): void {
  void (async () => {
    for (const s of list) {
      try {
        await Excel.run(s.context, async (ctx) => {
          s.remove();
          await ctx.sync();
        });
      } catch {
        // the `active` flag already mutes the handler
      }
    }
  })();
}

export async function onChanged(
  features: Features,
  store: MarksStore,
  handler: (change: SheetChange) => void,
): Promise<() => void> {
  const subscriptions: Subscription[] = [];
  let active = true;
  const onSheetChanged = async (args: Excel.WorksheetChangedEventArgs) => {
    if (!active) return;
    const name = await sheetNameById(features, args.worksheetId).catch(() => null);
    if (!active || name === null || ours(name)) return;
    const changeType = typeof args.changeType === 'string' ? args.changeType : undefined;
    const structural = changeType ? structuralChange(changeType, args.address) : null;
    if (structural) store.shift(args.worksheetId, name, structural);
    const change: SheetChange = { sheet: name, address: localAddress(args.address) };
    if (changeType) change.changeType = changeType;
    if ((args as { triggerSource?: string }).triggerSource === 'ThisLocalAddin') change.own = true;
    handler(change);
  };
  await run(features, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    for (const ws of sheets.items) if (!ours(ws.name)) subscriptions.push(ws.onChanged.add(onSheetChanged));
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
    unsubscribe(subscriptions.splice(0));
  };
}

export async function onActivated(features: Features, handler: (sheet: string) => void): Promise<() => void> {
  const subscriptions: Subscription[] = [];
  let active = true;
  await run(features, async (context) => {
    subscriptions.push(
      context.workbook.worksheets.onActivated.add(async (args: Excel.WorksheetActivatedEventArgs) => {
        if (!active) return;
        const name = await sheetNameById(features, args.worksheetId).catch(() => null);
        if (active && name !== null && !ours(name)) handler(name);
      }),
    );
    await context.sync();
  });
  return () => {
    active = false;
    unsubscribe(subscriptions.splice(0));
  };
}
