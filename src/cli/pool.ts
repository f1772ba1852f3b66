/**
 * Checks many files in parallel with node:worker_threads: a small pool (default: one worker per
 * available core), each worker reads and checks one file at a time and sends back the ReportFile
 * JSON, so no workbook outlives its check. Results come back in the order of the input.
 *
 * The worker entry is the compiled dist/cli/check-worker.js. When this module runs from TypeScript
 * sources (ts-jest), or one worker is asked for, files are checked in-process, one after another.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { reportUnreadableFile, type ReportFile } from '../core/report';
import type { Lang } from '../core/types';
import { checkFile } from './check-file';
import type { CheckJob } from './check-worker';

export interface PoolOptions {
  lang: Lang;
  /** Number of worker threads (default: available cores). 1 checks in-process. */
  jobs?: number;
  /** Called after each file, in completion order. */
  onFile?: (result: ReportFile, index: number) => void;
}

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

const WORKER_FILE = path.join(__dirname, 'check-worker.js');

/** True when the compiled worker entry sits next to this (compiled) module. */
export function workersAvailable(): boolean {
  return __filename.endsWith('.js') && fs.existsSync(WORKER_FILE);
}

async function checkInProcess(files: string[], options: PoolOptions): Promise<ReportFile[]> {
  const out: ReportFile[] = [];
  for (let i = 0; i < files.length; i++) {
    const r = await checkFile(files[i], { lang: options.lang });
    out.push(r);
    options.onFile?.(r, i);
  }
  return out;
}

export async function checkFiles(files: string[], options: PoolOptions): Promise<ReportFile[]> {
  const size = Math.min(files.length, Math.max(1, Math.floor(options.jobs ?? defaultJobs())));
  if (size <= 1 || !workersAvailable()) return checkInProcess(files, options);

  const results: (ReportFile | undefined)[] = new Array(files.length);
  let next = 0;
  let done = 0;
  return new Promise<ReportFile[]>((resolve) => {
    const workers = new Set<Worker>();
    const finish = (index: number, r: ReportFile) => {
      if (results[index]) return;
      results[index] = r;
      done++;
      options.onFile?.(r, index);
      if (done === files.length) {
        for (const w of workers) void w.terminate();
        resolve(results as ReportFile[]);
      }
    };
    const start = () => {
      const worker = new Worker(WORKER_FILE);
      workers.add(worker);
      let current = -1;
      const feed = () => {
        if (next >= files.length) {
          current = -1;
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        current = next++;
        const job: CheckJob = { id: current, file: files[current], lang: options.lang };
        worker.postMessage(job);
      };
      worker.on('message', (m: { id: number; result?: ReportFile; failure?: string }) => {
        finish(m.id, m.result ?? reportUnreadableFile(files[m.id], 'file.unreadable', { detail: m.failure ?? 'unknown error' }, options.lang));
        feed();
      });
      worker.on('error', (err) => {
        // the worker died on this file (e.g. out of memory): report the file, go on with a fresh worker
        workers.delete(worker);
        if (current >= 0) finish(current, reportUnreadableFile(files[current], 'file.unreadable', { detail: err.message }, options.lang));
        if (next < files.length) start();
      });
      worker.on('exit', (code) => {
        if (workers.has(worker) && current >= 0 && !results[current]) {
          workers.delete(worker);
          finish(current, reportUnreadableFile(files[current], 'file.unreadable', { detail: `worker exited with code ${code}` }, options.lang));
          if (next < files.length) start();
        }
      });
      feed();
    };
    for (let i = 0; i < size; i++) start();
  });
}
