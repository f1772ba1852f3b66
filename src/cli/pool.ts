/**
 * Checks many files in parallel with node:worker_threads: a small pool (default: one worker per
 * available core), each worker reads and checks one file at a time and sends back the ReportFile
 * JSON, so no workbook outlives its check.
 *
 * Results are handed on in the order of the input, as soon as a result and all before it are in.
 * Memory does not grow with the number of files: at most `window` files (2 × the pool size) are
 * dispatched beyond the last one handed on, so the reorder buffer of results that came back early
 * holds at most that many; and a slow consumer (`onResult` returning a promise, e.g. stdout
 * draining) holds back the dispatch of further files.
 *
 * The worker entry is the compiled dist/cli/check-worker.js. When this module runs from TypeScript
 * sources (ts-jest), or one worker is asked for, files are checked in-process, one after another
 * (or, with an injected `check` function — a test hook — up to `jobs` at a time).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { reportUnreadableFile, type ReportFile } from '../core/report';
import type { Lang } from '../core/types';
import { checkFile } from './check-file';
import type { CheckJob } from './check-worker';
import { crashReason } from './errors';

/** Checks one file; never rejects for a bad workbook (the failure is the file's `error`). */
export type FileChecker = (file: string, index: number) => Promise<ReportFile>;

export interface PoolOptions {
  lang: Lang;
  /** Number of worker threads (default: available cores). 1 checks in-process. */
  jobs?: number;
  /** Called after each file, in completion order (e.g. the progress bar). */
  onFile?: (result: ReportFile, index: number) => void;
  /** Called with each result in input order; a returned promise is awaited before the next. */
  onResult?: (result: ReportFile, index: number) => void | Promise<void>;
  /** Files dispatched beyond the last one handed on (default: 2 × the pool size). */
  window?: number;
  /** Checks files in-process with this function instead of worker threads (a test hook). */
  check?: FileChecker;
  /** Cells one sheet may hold (the reader's cell budget); default DEFAULT_READ_LIMITS.maxCells. */
  maxCells?: number;
  /** Check every file by the default settings, not by those saved in it. */
  ignoreSavedSettings?: boolean;
}

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

const WORKER_FILE = path.join(__dirname, 'check-worker.js');

/** True when the compiled worker entry sits next to this (compiled) module. */
function workersAvailable(): boolean {
  return __filename.endsWith('.js') && fs.existsSync(WORKER_FILE);
}

/** Runs checks on worker threads, one file per worker at a time; a worker that dies is replaced. */
class WorkerExecutor {
  private idle: Worker[] = [];
  private readonly all = new Set<Worker>();

  constructor(
    private readonly files: string[],
    private readonly lang: Lang,
    private readonly maxCells?: number,
    private readonly ignoreSavedSettings?: boolean,
  ) {}

  run(index: number): Promise<ReportFile> {
    const worker = this.idle.pop() ?? this.spawn();
    const file = this.files[index];
    return new Promise<ReportFile>((resolve) => {
      let settled = false;
      const settle = (r: ReportFile, healthy: boolean) => {
        if (settled) return;
        settled = true;
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (healthy) this.idle.push(worker);
        else {
          // the worker died on this file (e.g. out of memory): report the file, go on with a fresh worker
          this.all.delete(worker);
          void worker.terminate();
        }
        resolve(r);
      };
      const onMessage = (m: { id: number; result?: ReportFile; failure?: string }) => {
        if (m.id !== index) return;
        settle(
          m.result ??
            reportUnreadableFile(file, 'file.check-crashed', { detail: crashReason(m.failure ?? '') }, this.lang),
          true,
        );
      };
      const onError = (err: Error) =>
        settle(reportUnreadableFile(file, 'file.check-crashed', { detail: crashReason(err) }, this.lang), false);
      const onExit = () =>
        settle(reportUnreadableFile(file, 'file.check-crashed', { detail: 'reason.worker-exited' }, this.lang), false);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      const job: CheckJob = {
        id: index,
        file,
        lang: this.lang,
        maxCells: this.maxCells,
        ignoreSavedSettings: this.ignoreSavedSettings,
      };
      worker.postMessage(job);
    });
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_FILE);
    this.all.add(worker);
    // a worker that dies between files is dropped (the run() listeners handle a death during a file)
    const drop = () => {
      this.all.delete(worker);
      this.idle = this.idle.filter((w) => w !== worker);
    };
    worker.on('error', drop);
    worker.on('exit', drop);
    return worker;
  }

  async close(): Promise<void> {
    const workers = [...this.all];
    this.all.clear();
    this.idle = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Runs `run(i)` for i = 0 … n-1, at most `size` at a time and at most `window` beyond the last
 * result handed to `emit`; hands the results to `emit` in index order, one at a time.
 */
export function schedule(
  n: number,
  size: number,
  window: number,
  run: (index: number) => Promise<ReportFile>,
  emit: (result: ReportFile, index: number) => void | Promise<void>,
  onDone?: (result: ReportFile, index: number) => void,
): Promise<void> {
  if (n === 0) return Promise.resolve();
  window = Math.max(size, window);
  const early = new Map<number, ReportFile>();
  let next = 0; // next index to dispatch
  let emitted = 0; // results handed on (and their promises settled)
  let inFlight = 0;
  let emitting = false;
  return new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      reject(err);
    };
    const pump = () => {
      while (!failed && inFlight < size && next < n && next < emitted + window) {
        const i = next++;
        inFlight++;
        run(i).then((r) => {
          inFlight--;
          early.set(i, r);
          onDone?.(r, i);
          void flush();
          pump();
        }, fail);
      }
    };
    const flush = async () => {
      if (emitting) return;
      emitting = true;
      try {
        while (!failed && early.has(emitted)) {
          const r = early.get(emitted)!;
          early.delete(emitted);
          await emit(r, emitted);
          emitted++;
          pump();
        }
      } catch (err) {
        fail(err);
      } finally {
        emitting = false;
      }
      if (!failed && emitted === n) resolve();
    };
    pump();
  });
}

/**
 * Checks `files`, handing each result to `options.onResult` in input order as soon as it and every
 * earlier file are done. Resolves once every result has been handed on.
 */
export async function checkFilesStreaming(files: string[], options: PoolOptions): Promise<void> {
  const emit = options.onResult ?? (() => undefined);
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const size = Math.min(files.length, jobs);
  const window = options.window ?? 2 * size;
  if (options.check) {
    const check = options.check;
    return schedule(files.length, Math.max(1, size), window, (i) => check(files[i], i), emit, options.onFile);
  }
  if (size <= 1 || !workersAvailable()) {
    for (let i = 0; i < files.length; i++) {
      const r = await checkFile(files[i], {
        lang: options.lang,
        maxCells: options.maxCells,
        ignoreSavedSettings: options.ignoreSavedSettings,
      });
      options.onFile?.(r, i);
      await emit(r, i);
    }
    return;
  }
  const executor = new WorkerExecutor(files, options.lang, options.maxCells, options.ignoreSavedSettings);
  try {
    await schedule(files.length, size, window, (i) => executor.run(i), emit, options.onFile);
  } finally {
    await executor.close();
  }
}
