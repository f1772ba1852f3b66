/**
 * A command that cannot go on: one line from the message catalog, and the exit status.
 */
import { message, messageOf } from '../core/messages';
import type { Lang } from '../core/types';
import { WorkbookReadError } from '../workbook/errors';
import { OutputWriteError } from '../workbook/node-write';

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
/** A file could not be read, or the output could not be written. */
export const EXIT_UNREADABLE = 2;

export class CliError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;
  readonly exitCode: number;
  constructor(code: string, params: Record<string, string | number> = {}, exitCode = EXIT_UNREADABLE) {
    super(code);
    this.name = 'CliError';
    this.code = code;
    this.params = params;
    this.exitCode = exitCode;
  }
}

/** The one line a failure is reported in, or null for an unexpected error (a bug: let it surface). */
export function failureLine(err: unknown, lang: Lang): { line: string; exitCode: number } | null {
  if (err instanceof CliError) return { line: messageOf(err.code, lang, err.params), exitCode: err.exitCode };
  if (err instanceof WorkbookReadError) return { line: message(err.code, lang, err.params), exitCode: EXIT_UNREADABLE };
  if (err instanceof OutputWriteError) {
    return {
      line: message('cli.output-unwritable', lang, { path: err.path, detail: err.detail }),
      exitCode: EXIT_UNREADABLE,
    };
  }
  return null;
}

/**
 * A reason.* code for a failure that is not the file's fault as such (a crashed worker, memory, the
 * stack): never the raw engine text ("Worker terminated…", "Maximum call stack size exceeded").
 */
export function crashReason(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown } | null | undefined;
  const code = typeof e?.code === 'string' ? e.code : '';
  const text = typeof e?.message === 'string' ? e.message : typeof err === 'string' ? err : '';
  if (code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap limit|allocation failed/i.test(text))
    return 'reason.out-of-memory';
  if (/call stack/i.test(text)) return 'reason.stack-overflow';
  if (/worker .*(terminated|exited)|exited with code/i.test(text)) return 'reason.worker-exited';
  return 'reason.unknown';
}
