/**
 * The ribbon's function command (manifest.xml: <FunctionName>runCheck</FunctionName>, loaded from
 * commands.html): checks the active sheet and paints its findings without opening the pane.
 * The old marks of that sheet are replaced in the same step (one undo step), so the sheet shows
 * exactly the current findings.
 *
 * Bundle entry: `commands` → commands.html, from src/excel/commands.ts.
 */
import { analyzeSheet } from '../core/analyze';
import { buildPatch } from '../core/patch';
import type { WorkbookHost } from '../host/types';
import { createExcelHost } from './excel-host';

export const COMMAND_ID = 'runCheck';

/** Check the active sheet and paint; the counts let a caller (and the tests) see what happened. */
export async function checkActiveSheet(host: WorkbookHost): Promise<{ sheet: string; forms: number; painted: number }> {
  const settings = await host.loadSettings();
  const snapshot = await host.readSheet();
  const forms = analyzeSheet(snapshot, { lang: host.lang, ...(settings ? { scoring: settings.scoring } : {}) });
  const patch = buildPatch(forms, { lang: host.lang });
  const { protectedSheets } = await host.applyPatch(patch, { replace: [snapshot.sheet] });
  const painted = protectedSheets.includes(snapshot.sheet) ? 0 : patch.ops.filter((o) => o.kind === 'highlight').length;
  return { sheet: snapshot.sheet, forms: forms.length, painted };
}

/** The function command: never leaves the ribbon button spinning, even on failure. */
export async function runCheck(event?: { completed(options?: unknown): void }): Promise<void> {
  try {
    await checkActiveSheet(await createExcelHost());
  } catch (e) {
    // a function command has no UI of its own; the console is what a developer sees in F12 tools
    console.error('jixiao: check failed', e);
  } finally {
    event?.completed();
  }
}

export function registerCommands(): void {
  // Office.actions.associate is the current way; the global name serves older function-file hosts.
  (globalThis as Record<string, unknown>)[COMMAND_ID] = runCheck;
  if (typeof Office !== 'undefined' && Office.actions && typeof Office.actions.associate === 'function') {
    Office.actions.associate(COMMAND_ID, runCheck);
  }
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(() => registerCommands());
}
