/**
 * `jixiao check`: reads each workbook, runs the engine, prints the report (text or JSON).
 * Exit status: 0 no errors, 1 errors found, 2 at least one file could not be read.
 */
import { analyzeWorkbook } from '../core/analyze';
import { message } from '../core/messages';
import { report, reportFile, reportUnreadableFile, type Report, type ReportFile } from '../core/report';
import type { CheckOptions, Lang } from '../core/types';
import { WorkbookReadError } from '../workbook/errors';
import { readWorkbookFile } from '../workbook/node';
import { collectFiles } from './files';
import { formatTextReport } from './text-output';

export interface CheckCommandOptions {
  format: 'text' | 'json';
  lang: Lang;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNREADABLE = 2;

/** Checks one file; never throws for a bad workbook — the failure becomes the file's `error`. */
export async function checkFile(file: string, options: Partial<CheckOptions> & { lang: Lang }): Promise<ReportFile> {
  try {
    const workbook = await readWorkbookFile(file);
    const model = analyzeWorkbook(workbook, options);
    const result = reportFile(file, model);
    for (const w of workbook.warnings ?? []) {
      result.issues.unshift({
        code: w.code,
        severity: 'info',
        sheet: String(w.params.sheet ?? ''),
        cell: null,
        row: null,
        message: message(w.code, options.lang, w.params),
        suggestion: null,
      });
    }
    return result;
  } catch (err) {
    if (err instanceof WorkbookReadError) return reportUnreadableFile(file, err.code, err.params, options.lang);
    const detail = err instanceof Error ? err.message : String(err);
    return reportUnreadableFile(file, 'file.unreadable', { detail }, options.lang);
  }
}

export async function runCheck(paths: string[], options: CheckCommandOptions): Promise<{ report: Report; exitCode: number }> {
  const targets = await collectFiles(paths);
  const files: ReportFile[] = [];
  for (const t of targets) {
    if (t.missing) files.push(reportUnreadableFile(t.path, 'file.not-found', { path: t.path }, options.lang));
    else files.push(await checkFile(t.path, { lang: options.lang }));
  }
  const result = report(files);
  return { report: result, exitCode: exitCodeFor(result) };
}

export function exitCodeFor(r: Report): number {
  if (r.files.some((f) => f.error !== null)) return EXIT_UNREADABLE;
  if (r.files.some((f) => f.issues.some((i) => i.severity === 'error'))) return EXIT_ERRORS_FOUND;
  return EXIT_OK;
}

export function renderReport(r: Report, options: CheckCommandOptions): string {
  return options.format === 'json' ? JSON.stringify(r, null, 2) + '\n' : formatTextReport(r, options.lang);
}
