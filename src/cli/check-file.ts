/**
 * Checks one workbook file: read, analyse, report. Never throws for a bad workbook — the failure
 * becomes the file's `error`. Shared by the in-process path and the worker threads.
 */
import { analyzeWorkbook } from '../core/analyze';
import { messageOf } from '../core/messages';
import { reportFile, reportUnreadableFile, type ReportFile } from '../core/report';
import { normalizeSettings, savedScoringDifferences } from '../core/settings-store';
import type { CheckOptions, Lang } from '../core/types';
import { WorkbookReadError } from '../workbook/errors';
import { readWorkbookFile } from '../workbook/node';
import { crashReason } from './errors';

export async function checkFile(
  file: string,
  options: Partial<CheckOptions> & { lang: Lang; maxCells?: number },
): Promise<ReportFile> {
  try {
    const workbook = await readWorkbookFile(file, options.maxCells ? { maxCells: options.maxCells } : {});
    // scored as the pane scores this workbook: with the scoring settings saved in it, if any
    const scoring = workbook.settings ? normalizeSettings(workbook.settings).scoring : options.scoring;
    const model = analyzeWorkbook(workbook, { ...options, ...(scoring ? { scoring } : {}) });
    const result = reportFile(file, model);
    const saved = scoring && workbook.settings ? savedScoringDifferences(scoring, options.lang) : null;
    // only where there is something scored by them: a self-evaluation form
    if (saved !== null && model.forms.some((f) => f.layout.startsWith('self-evaluation')))
      result.issues.unshift({
        code: 'form.saved-scoring',
        severity: 'info',
        sheet: '',
        cell: null,
        row: null,
        message: messageOf('form.saved-scoring', options.lang, { settings: saved }),
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
