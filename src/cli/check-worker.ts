/**
 * Worker thread entry of the check pool (compiled to dist/cli/check-worker.js): reads and checks
 * one file per message and posts back the ReportFile JSON. Nothing is kept between files.
 */
import { parentPort } from 'node:worker_threads';
import type { Lang } from '../core/types';
import { checkFile } from './check-file';

export interface CheckJob {
  id: number;
  file: string;
  lang: Lang;
  maxCells?: number;
  ignoreSavedSettings?: boolean;
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (job: CheckJob) => {
    checkFile(job.file, { lang: job.lang, maxCells: job.maxCells, ignoreSavedSettings: job.ignoreSavedSettings }).then(
      (result) => port.postMessage({ id: job.id, result }),
      (err: unknown) => port.postMessage({ id: job.id, failure: err instanceof Error ? err.message : String(err) }),
    );
  });
}
