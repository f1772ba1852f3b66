/**
 * Checks one workbook file: read, analyse, report. Never throws for a bad workbook — the failure
 * becomes the file's `error`. Shared by the in-process path and the worker threads.
 */
import { analyzeWorkbook } from '../core/analyze';
import { messageOf } from '../core/messages';
import { reportFile, reportUnreadableFile, type ReportFile } from '../core/report';
import { checkOptionsOf, normalizeSettings, savedSettingsDifferences } from '../core/settings-store';
import type { CheckOptions, Lang } from '../core/types';
import { WorkbookReadError } from '../workbook/errors';
import { readWorkbookFile } from '../workbook/node';
import { crashReason } from './errors';

export async function checkFile(
  file: string,
  options: Partial<CheckOptions> & { lang: Lang; maxCells?: number; ignoreSavedSettings?: boolean },
): Promise<ReportFile> {
  try {
    const workbook = await readWorkbookFile(file, options.maxCells ? { maxCells: options.maxCells } : {});
    // checked and scored as the pane does this workbook: with the settings saved in it, if any
    // (`--ignore-saved-settings`: every file by the defaults, whatever it carries)
    const saved =
      workbook.settings && options.ignoreSavedSettings !== true ? normalizeSettings(workbook.settings) : null;
    const model = analyzeWorkbook(workbook, saved ? { ...options, ...checkOptionsOf(saved) } : options);
    const result = reportFile(file, model);
    const differences = saved ? savedSettingsDifferences(saved, options.lang) : null;
    if (differences !== null && model.forms.length > 0)
      result.issues.unshift({
        code: 'form.saved-settings',
        severity: 'info',
        sheet: '',
        cell: null,
        row: null,
        message: messageOf('form.saved-settings', options.lang, { settings: differences }),
        suggestion: null,
      });
    for (const w of workbook.warnings ?? []) {
      result.issues.unshift({
        code: w.code,
        severity: 'info',
        sheet: String(w.params.sheet ?? ''),
        cell: null,
        row: null,
        message: messageOf(w.code, options.lang, w.params),
        suggestion: null,
      });
    }
    return result;
  } catch (err) {
    if (err instanceof WorkbookReadError) return reportUnreadableFile(file, err.code, err.params, options.lang);
    // not the file's words: a crash of the engine (memory, stack) is said in the catalog's
    return reportUnreadableFile(file, 'file.check-crashed', { detail: crashReason(err) }, options.lang);
  }
}
