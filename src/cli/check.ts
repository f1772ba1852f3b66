/**
 * `jixiao check`: reads each workbook, runs the engine, prints the report (text or JSON); with
 * `--out` also writes the 汇总 workbook. Files are checked in parallel worker threads.
 * Exit status: 0 no errors, 1 errors found, 2 at least one file could not be read (or the summary
 * could not be written).
 */
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { REPORT_SCHEMA, report, reportUnreadableFile, type Report, type ReportFile } from '../core/report';
import type { Lang } from '../core/types';
import { SummaryAggregate } from '../workbook/summary-aggregate';
import {
  OutputWriteError,
  assertWritable,
  processAlive,
  trackTemporary,
  writeStreamedWorkbookAtomic,
} from '../workbook/node-write';
import {
  SUMMARY_SHEETS,
  summaryRows,
  writeSummary,
  writeSummaryRows,
  type SummaryOptions,
  type SummaryRow,
  type SummarySheet,
} from '../workbook/write-summary';
import { EXIT_ERRORS_FOUND, EXIT_OK, EXIT_UNREADABLE } from './errors';
import { collectFiles, type FileTarget } from './files';
import { checkFilesStreaming, type FileChecker } from './pool';
import { formatTextFile, formatTextReport, formatTextTotals, textTotals } from './text-output';

export interface CheckCommandOptions {
  format: 'text' | 'json';
  lang: Lang;
  /** Worker threads (default: available cores). */
  jobs?: number;
  /** Called once the files are known, then after each file (in completion order). */
  onStart?: (total: number) => void;
  onFile?: (result: ReportFile) => void;
  /** Files never to check (e.g. the summary being written into the same folder). */
  exclude?: string[];
  /** Cells one sheet may hold (default: the reader's DEFAULT_READ_LIMITS.maxCells). */
  maxCells?: number;
  /** Check every file by the default settings, not by those saved in it (the pane's). */
  ignoreSavedSettings?: boolean;
  /** The files to check, when the caller has collected them already (`paths` is then not walked again). */
  targets?: FileTarget[];
  /** With `targets`: the paths given that hold no workbook (see collectByPath). */
  emptyPaths?: string[];
  /** Test hook: check in-process with this function, `jobs` files at a time, instead of worker threads. */
  check?: FileChecker;
  /** Text output: list the notes (提示) too. */
  notes?: boolean;
  /** Called for each path given that holds no workbook (an empty folder): a warning, and exit 2. */
  onNoWorkbooks?: (path: string) => void;
}

/** What a streamed check leaves behind: counts, not reports. */
export interface CheckTotals {
  files: number;
  forms: number;
  /** Issues, plus one for each file that could not be read. */
  issues: number;
  unreadable: number;
  /** Files with at least one error-severity issue. */
  withErrors: number;
  /** Paths given that hold no workbook (a folder with no .xlsx/.xlsm). */
  noWorkbooks: number;
}

/** The exit status from the running totals: 2 if any file was unreadable, else 1 if any error, else 0. */
function exitCodeFromTotals(t: CheckTotals): number {
  if (t.unreadable > 0 || t.noWorkbooks > 0) return EXIT_UNREADABLE;
  if (t.withErrors > 0) return EXIT_ERRORS_FOUND;
  return EXIT_OK;
}

/**
 * The files under each path, path by path, so that a path holding no workbook (an empty folder, or one
 * whose only workbook is an excluded output) is said; a missing path is reported as a file.
 */
export async function collectByPath(
  paths: string[],
  exclude: string[] = [],
): Promise<{ targets: FileTarget[]; empty: string[] }> {
  const excluded = new Set(exclude.map((p) => path.resolve(p)));
  const targets: FileTarget[] = [];
  const empty: string[] = [];
  for (const p of paths) {
    const found = (await collectFiles([p])).filter((t) => !excluded.has(path.resolve(t.path)));
    if (found.length === 0) empty.push(p);
    for (const t of found) targets.push(t); // no spread: a folder may hold any number of files
  }
  return { targets, empty };
}

/**
 * Checks every workbook under `paths`, handing each file's result to `onResult` in input order as
 * soon as it and every earlier file are done (a returned promise is awaited: backpressure). Nothing
 * is kept of a result once `onResult` has returned — only the totals — so memory does not grow with
 * the number of files.
 */
export async function streamCheck(
  paths: string[],
  options: CheckCommandOptions & { onResult: (result: ReportFile, index: number) => void | Promise<void> },
): Promise<{ exitCode: number; totals: CheckTotals }> {
  const excluded = new Set((options.exclude ?? []).map((p) => path.resolve(p)));
  const collected = options.targets
    ? { targets: options.targets, empty: options.emptyPaths ?? [] }
    : await collectByPath(paths, options.exclude ?? []);
  const targets = collected.targets.filter((t) => !excluded.has(path.resolve(t.path)));
  const totals: CheckTotals = { files: 0, forms: 0, issues: 0, unreadable: 0, withErrors: 0, noWorkbooks: 0 };
  for (const p of collected.empty) {
    totals.noWorkbooks++;
    options.onNoWorkbooks?.(p);
  }
  options.onStart?.(targets.length);
  let index = 0; // next target to hand on
  const emit = async (r: ReportFile) => {
    totals.files++;
    totals.forms += r.forms.length;
    totals.issues += r.issues.length + (r.error ? 1 : 0);
    if (r.error) totals.unreadable++;
    else if (r.issues.some((i) => i.severity === 'error')) totals.withErrors++;
    await options.onResult(r, index++);
  };
  // a path that does not exist, or a folder that cannot be listed, is reported in its place, between the checked files
  const unchecked = (t: FileTarget) => t.missing === true || t.error !== undefined;
  const failed = (t: FileTarget) =>
    t.error
      ? reportUnreadableFile(t.path, t.error.code, t.error.params, options.lang)
      : reportUnreadableFile(t.path, 'file.not-found', { path: t.path }, options.lang);
  const emitMissingUpTo = async (end: number) => {
    while (index < end && unchecked(targets[index])) await emit(failed(targets[index]));
  };
  for (const t of targets) if (unchecked(t)) options.onFile?.(failed(t));
  const present: number[] = [];
  targets.forEach((t, i) => {
    if (!unchecked(t)) present.push(i);
  });
  await checkFilesStreaming(
    present.map((i) => targets[i].path),
    {
      lang: options.lang,
      jobs: options.jobs,
      check: options.check,
      maxCells: options.maxCells,
      ignoreSavedSettings: options.ignoreSavedSettings,
      onFile: (r) => options.onFile?.(r),
      onResult: async (r, k) => {
        await emitMissingUpTo(present[k]);
        await emit(r);
      },
    },
  );
  await emitMissingUpTo(targets.length);
  return { exitCode: exitCodeFromTotals(totals), totals };
}

/** Checks and collects the whole report (for tests and small inputs: it holds every file's report). */
export async function runCheck(
  paths: string[],
  options: CheckCommandOptions,
): Promise<{ report: Report; exitCode: number }> {
  const files: ReportFile[] = [];
  const { exitCode } = await streamCheck(paths, { ...options, onResult: (r) => void files.push(r) });
  return { report: report(files), exitCode };
}

export function exitCodeFor(r: Report): number {
  if (r.files.some((f) => f.error !== null)) return EXIT_UNREADABLE;
  if (r.files.some((f) => f.issues.some((i) => i.severity === 'error'))) return EXIT_ERRORS_FOUND;
  return EXIT_OK;
}

/** The whole report at once (the reference the streamed output equals, byte for byte). */
export function renderReport(r: Report, options: Pick<CheckCommandOptions, 'format' | 'lang' | 'notes'>): string {
  return options.format === 'json'
    ? JSON.stringify(r, null, 2) + '\n'
    : formatTextReport(r, options.lang, { notes: options.notes });
}

/**
 * The report written piece by piece: begin(), then file() for each file in order, then end(). The
 * pieces concatenated are exactly renderReport() of the whole report — for JSON the same bytes as
 * JSON.stringify(report, null, 2) — while only the running totals are kept.
 */
export interface ReportStream {
  begin(): string;
  file(r: ReportFile): string;
  end(): string;
}

/** JSON.stringify(value, null, 2) with every line after the first indented four more spaces. */
function nestedJson(value: unknown): string {
  const text = JSON.stringify([[value]], null, 2);
  // "[\n  [\n    " + value + "\n  ]\n]"
  return text.slice(10, text.length - 6);
}

export function reportStream(options: Pick<CheckCommandOptions, 'format' | 'lang' | 'notes'>): ReportStream {
  if (options.format === 'json') {
    let count = 0;
    return {
      begin: () => `{\n  "schema": ${JSON.stringify(REPORT_SCHEMA)},\n  "files": [`,
      // two levels deeper than JSON.stringify(file, null, 2), as it sits in the whole document:
      // stringified inside [[…]] and cut out of it (no second pass over the text to indent it)
      file: (r) => `${count++ === 0 ? '\n' : ',\n'}    ${nestedJson(r)}`,
      end: () => `${count > 0 ? '\n  ' : ''}]\n}\n`,
    };
  }
  const totals = textTotals();
  return {
    begin: () => '',
    file: (r) => formatTextFile(r, options.lang, totals, { notes: options.notes }),
    end: () => formatTextTotals(totals, options.lang),
  };
}

/** Writes to a stream, resolving once it may take more (waits for 'drain' when its buffer is full). */
export async function writeTo(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (text && !stream.write(text)) await once(stream, 'drain');
}

/**
 * A hyperlink from the summary at `summaryPath` to a cell of `file`: the file's path relative to the
 * summary's folder (so the folder can move as a whole), with the cell as the location.
 */
export function cellLink(summaryPath: string, file: string, sheet: string, cell: string | null): string {
  let rel = path
    .relative(path.dirname(path.resolve(summaryPath)), path.resolve(file))
    .split(path.sep)
    .join('/');
  rel = rel.replace(/%/g, '%25').replace(/#/g, '%23');
  // control characters encoded; a first segment with a colon ("http:evil.xlsx") would read as a
  // scheme: "./" keeps it a relative path
  // eslint-disable-next-line no-control-regex
  rel = rel.replace(/[\u0000-\u001f\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
  if (rel.split('/', 1)[0].includes(':')) rel = `./${rel}`;
  if (!sheet) return rel;
  const where = `'${sheet.replace(/'/g, "''")}'!${cell ?? 'A1'}`;
  return `${rel}#${where}`;
}

function summaryOptions(out: string, lang: Lang): SummaryOptions {
  const base = path.dirname(path.resolve(out));
  return {
    lang,
    link: (file, sheet, cell) => cellLink(out, file, sheet, cell),
    displayName: (file) => {
      const rel = path.relative(base, path.resolve(file));
      return rel.startsWith('..') ? file : rel;
    },
  };
}

/** Writes the 汇总 workbook of a report (atomically). Throws OutputWriteError. */
export async function writeSummaryFile(r: Report, out: string, lang: Lang): Promise<void> {
  // streamed: a summary of thousands of files has hundreds of thousands of cells
  await writeStreamedWorkbookAtomic(out, (wb) => writeSummary(wb, r, summaryOptions(out, lang)));
}

/** Non-finite numbers do not survive JSON; the summary writes them as their text anyway. */
function rowJson(row: SummaryRow): string {
  return JSON.stringify(row, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
}

/**
 * The 汇总 workbook fed one file at a time: each file's rows of the three sheets are appended to
 * three spool files (JSON lines in a temporary folder) as the file is checked, and write() streams
 * them into the workbook sheet after sheet — so neither the reports nor the rows are held in memory;
 * the 合计 rows and 部门汇总 come from running aggregates.
 */
export class SummarySpool {
  private readonly streams = new Map<SummarySheet, fs.WriteStream>();
  private readonly options: SummaryOptions;
  /** The totals, departments and worst issues of the files added (the 合计 rows, 部门汇总, the HTML report). */
  readonly aggregate = new SummaryAggregate();

  private constructor(
    /** The temporary folder of the spool files (removed by write() and dispose()). */
    readonly dir: string,
    readonly out: string,
    readonly lang: Lang,
  ) {
    this.options = summaryOptions(out, lang);
    for (const sheet of SUMMARY_SHEETS) {
      const stream = fs.createWriteStream(this.file(sheet));
      stream.on('error', (err) => {
        this.failure ??= err;
      });
      this.streams.set(sheet, stream);
    }
  }

  private failure: Error | undefined;

  private check(): void {
    if (this.failure) throw new OutputWriteError(this.out, this.failure.message);
  }

  static async create(out: string, lang: Lang): Promise<SummarySpool> {
    await assertWritable(out); // say so before checking a whole folder, not after
    await removeStaleSpools();
    // the pid in the name: a run killed without a chance to clean up is recognised by the next one
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), `${SPOOL_PREFIX}${process.pid}-`));
    const spool = new SummarySpool(dir, out, lang);
    spool.forget = trackTemporary(dir);
    return spool;
  }

  private forget: () => void = () => undefined;

  private file(sheet: SummarySheet): string {
    return path.join(this.dir, `${sheet}.jsonl`);
  }

  async add(r: ReportFile): Promise<void> {
    this.check();
    this.aggregate.add(r);
    for (const sheet of SUMMARY_SHEETS) {
      const rows = summaryRows(sheet, r, this.options);
      if (rows.length) await writeTo(this.streams.get(sheet)!, rows.map(rowJson).join('\n') + '\n');
    }
  }

  private async closeStreams(): Promise<void> {
    await Promise.all(
      [...this.streams.values()].map((s) =>
        s.writableEnded ? undefined : new Promise<void>((resolve) => s.end(() => resolve())),
      ),
    );
  }

  /** Writes the workbook (atomically; throws OutputWriteError), then removes the spool. */
  async write(): Promise<void> {
    const agg = this.aggregate;
    try {
      await this.closeStreams();
      this.check();
      const rows = (sheet: SummarySheet) => readRows(this.file(sheet));
      await writeStreamedWorkbookAtomic(this.out, (wb) => writeSummaryRows(wb, rows, agg, this.lang));
    } finally {
      await this.dispose();
    }
  }

  /** Removes the spool (also when the check failed). */
  async dispose(): Promise<void> {
    await this.closeStreams();
    await fs.promises.rm(this.dir, { recursive: true, force: true });
    this.forget();
  }
}

const SPOOL_PREFIX = 'jixiao-summary-';

/** Removes the spool folders of runs that were killed (their process is gone). */
async function removeStaleSpools(tmp = os.tmpdir()): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.promises.readdir(tmp);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = /^jixiao-summary-(\d+)-[^/\\]+$/.exec(name);
    if (!m || processAlive(Number(m[1]))) continue;
    const full = path.join(tmp, name);
    const st = await fs.promises.lstat(full).catch(() => null);
    if (!st?.isDirectory()) continue;
    await fs.promises.rm(full, { recursive: true, force: true }).then(
      () => removed.push(full),
      () => undefined,
    );
  }
  return removed;
}

async function* readRows(file: string): AsyncGenerator<SummaryRow> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line) as SummaryRow;
}
