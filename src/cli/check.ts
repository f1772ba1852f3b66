/**
 * `jixiao check`: reads each workbook, runs the engine, prints the report (text or JSON); with
 * `--out` also writes the 汇总 workbook. Files are checked in parallel worker threads.
 * Exit status: 0 no errors, 1 errors found, 2 at least one file could not be read (or the summary
 * could not be written).
 */
import * as path from 'node:path';
import { report, reportUnreadableFile, type Report, type ReportFile } from '../core/report';
import type { Lang } from '../core/types';
import { writeStreamedWorkbookAtomic } from '../workbook/node-write';
import { writeSummary } from '../workbook/write-summary';
import { EXIT_ERRORS_FOUND, EXIT_OK, EXIT_UNREADABLE } from './errors';
import { collectFiles } from './files';
import { checkFiles } from './pool';
import { formatTextReport } from './text-output';

export { checkFile } from './check-file';
export { EXIT_ERRORS_FOUND, EXIT_OK, EXIT_UNREADABLE } from './errors';

export interface CheckCommandOptions {
  format: 'text' | 'json';
  lang: Lang;
  /** Worker threads (default: available cores). */
  jobs?: number;
  /** Called once the files are known, then after each file. */
  onStart?: (total: number) => void;
  onFile?: (result: ReportFile) => void;
  /** Files never to check (e.g. the summary being written into the same folder). */
  exclude?: string[];
}

export async function runCheck(paths: string[], options: CheckCommandOptions): Promise<{ report: Report; exitCode: number }> {
  const excluded = new Set((options.exclude ?? []).map((p) => path.resolve(p)));
  const targets = (await collectFiles(paths)).filter((t) => !excluded.has(path.resolve(t.path)));
  options.onStart?.(targets.length);
  const present = targets.map((t, i) => ({ t, i })).filter((x) => !x.t.missing);
  const files: ReportFile[] = new Array(targets.length);
  targets.forEach((t, i) => {
    if (t.missing) {
      files[i] = reportUnreadableFile(t.path, 'file.not-found', { path: t.path }, options.lang);
      options.onFile?.(files[i]);
    }
  });
  const checked = await checkFiles(
    present.map((x) => x.t.path),
    { lang: options.lang, jobs: options.jobs, onFile: (r) => options.onFile?.(r) },
  );
  checked.forEach((r, k) => {
    files[present[k].i] = r;
  });
  const result = report(files);
  return { report: result, exitCode: exitCodeFor(result) };
}

export function exitCodeFor(r: Report): number {
  if (r.files.some((f) => f.error !== null)) return EXIT_UNREADABLE;
  if (r.files.some((f) => f.issues.some((i) => i.severity === 'error'))) return EXIT_ERRORS_FOUND;
  return EXIT_OK;
}

export function renderReport(r: Report, options: Pick<CheckCommandOptions, 'format' | 'lang'>): string {
  return options.format === 'json' ? JSON.stringify(r, null, 2) + '\n' : formatTextReport(r, options.lang);
}

/**
 * A hyperlink from the summary at `summaryPath` to a cell of `file`: the file's path relative to the
 * summary's folder (so the folder can move as a whole), with the cell as the location.
 */
export function cellLink(summaryPath: string, file: string, sheet: string, cell: string | null): string {
  let rel = path.relative(path.dirname(path.resolve(summaryPath)), path.resolve(file)).split(path.sep).join('/');
  rel = rel.replace(/%/g, '%25').replace(/#/g, '%23');
  if (!sheet) return rel;
  const where = `'${sheet.replace(/'/g, "''")}'!${cell ?? 'A1'}`;
  return `${rel}#${where}`;
}

/** Writes the 汇总 workbook of a report (atomically). Throws OutputWriteError. */
export async function writeSummaryFile(r: Report, out: string, lang: Lang): Promise<void> {
  const base = path.dirname(path.resolve(out));
  // streamed: a summary of thousands of files has hundreds of thousands of cells
  await writeStreamedWorkbookAtomic(out, (wb) =>
    writeSummary(wb, r, {
      lang,
      link: (file, sheet, cell) => cellLink(out, file, sheet, cell),
      displayName: (file) => {
        const rel = path.relative(base, path.resolve(file));
        return rel.startsWith('..') ? file : rel;
      },
    }),
  );
}
