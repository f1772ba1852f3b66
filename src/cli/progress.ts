/**
 * The progress bar of a batch check: on stderr when it is a terminal (files done, errors so far,
 * time left), nothing otherwise — so `--format json > report.json` and pipes stay clean.
 */
import type { SingleBar } from 'cli-progress';
import { message } from '../core/messages';
import type { ReportFile } from '../core/report';
import type { Lang } from '../core/types';

export interface Progress {
  start(total: number): void;
  file(result: ReportFile): void;
  stop(): void;
  /** Runs `write` (output on another stream of the same terminal) with the bar cleared; it is redrawn after. */
  around(write: () => void): void;
}

const QUIET: Progress = { start() {}, file() {}, stop() {}, around: (write) => write() };

export function createProgress(lang: Lang, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return QUIET;
  let bar: SingleBar | null = null;
  let errors = 0;
  return {
    start(total) {
      if (total < 2) return;
      // loaded only when a bar is drawn (a terminal, two files or more): not on every start-up
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { SingleBar: Bar } = require('cli-progress') as typeof import('cli-progress');
      bar = new Bar({
        format: message('cli.progress', lang),
        stream,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 100,
        barsize: 30,
        barCompleteChar: '█',
        barIncompleteChar: '░',
      });
      bar.start(total, 0, { errors });
    },
    file(result) {
      errors += result.error ? 1 : result.issues.filter((i) => i.severity === 'error').length;
      bar?.increment(1, { errors });
    },
    stop() {
      bar?.stop();
      bar = null;
    },
    around(write) {
      if (!bar) return write();
      stream.cursorTo(0);
      stream.clearLine(0);
      write();
      // the bar redraws itself on its next tick only when its text changed: make it draw again
      (bar as unknown as { lastDrawnString: string | null }).lastDrawnString = null;
    },
  };
}
