/**
 * Node-only file writing for the command line: atomic writes (a temporary file in the same folder,
 * then a rename — nothing half-written is ever left under the target name), and loading a workbook
 * for editing into an exceljs Workbook (the input file is only read).
 */
import { systemReason } from './reasons';
import * as fs from 'fs';
import { constants as fsConstants, promises as fsp } from 'fs';
import * as path from 'path';
import type * as ExcelJS from 'exceljs';
import { excelStreamWriterClass, excelWorkbookClass } from './exceljs-node';
import { describeParseFailure } from './errors';
import { readInputBytes } from './node';
import {
  DEFAULT_READ_LIMITS,
  hookLoad,
  quietly,
  readWorkbookBuffer,
  type ReadLimits,
  type ReadWorkbookResult,
} from './read';

/** The output could not be written. `detail` is a short plain-words reason. */
export class OutputWriteError extends Error {
  readonly path: string;
  readonly detail: string;
  constructor(filePath: string, detail: string) {
    super(`${filePath}: ${detail}`);
    this.name = 'OutputWriteError';
    this.path = filePath;
    this.detail = detail;
  }
}

let counter = 0;

// ---------------------------------------------------------------------------
// Temporary files: removed on failure, on SIGINT/SIGTERM, and — when a killed run left them — on the
// next run's start
// ---------------------------------------------------------------------------

/** Temporary files and folders of this process that are not renamed into place or removed yet. */
const live = new Set<string>();

/** Registers a temporary path to remove if the process is interrupted; returns a function that forgets it. */
export function trackTemporary(p: string): () => void {
  live.add(p);
  return () => void live.delete(p);
}

/** Removes every temporary path of this process at once (synchronously: for a signal handler). */
export function removeTemporariesSync(): void {
  for (const p of live) {
    try {
      fs.rmSync(p, { recursive: true, force: true });
    } catch {
      /* nothing more can be done while exiting */
    }
  }
  live.clear();
}

/** Is process `pid` still running? (A process of another user counts as running.) */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function temporaryName(target: string): string {
  const dir = path.dirname(path.resolve(target));
  return path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}${(counter++).toString(36)}.tmp`,
  );
}

const TEMP_PATTERN = /^\.(.+)\.(\d+)\.[0-9a-z]+\.tmp$/;

/**
 * Removes the temporary files an interrupted run left beside `target` (`.<name>.<pid>.<stamp>.tmp`
 * whose process is gone). Quiet: a folder that cannot be listed is left alone.
 */
export async function removeStaleTemporaries(target: string): Promise<string[]> {
  const dir = path.dirname(path.resolve(target));
  const base = path.basename(target);
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP_PATTERN.exec(name);
    if (!m || m[1] !== base || processAlive(Number(m[2]))) continue;
    const full = path.join(dir, name);
    const st = await fsp.lstat(full).catch(() => null);
    if (!st?.isFile()) continue;
    await fsp.unlink(full).then(
      () => removed.push(full),
      () => undefined,
    );
  }
  return removed;
}

/** An existing target must be a regular file (a device node, FIFO or socket is never replaced). */
async function assertReplaceable(target: string): Promise<void> {
  const st = await fsp.stat(target).catch(() => null);
  if (!st) return;
  if (st.isDirectory()) throw new OutputWriteError(target, 'reason.is-folder');
  if (!st.isFile()) throw new OutputWriteError(target, 'reason.not-regular-file');
}

/**
 * Writes `data` to `target` atomically: a temporary file next to it (same folder, so the rename
 * never crosses file systems), flushed, then renamed over the target. On any failure the temporary
 * file is removed and OutputWriteError is thrown; the target is untouched. A target that is a folder
 * or not a regular file is never replaced.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | (() => Promise<Uint8Array>)): Promise<void> {
  if (target === '') throw new OutputWriteError(target, 'reason.empty-path');
  await assertReplaceable(target);
  const tmp = temporaryName(target);
  const forget = trackTemporary(tmp);
  let handle: import('fs').promises.FileHandle | null = null;
  try {
    const bytes = typeof data === 'function' ? await data() : data;
    handle = await fsp.open(tmp, 'wx');
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = null;
    await assertReplaceable(target); // once more, just before the rename
    await fsp.rename(tmp, target);
  } catch (err) {
    if (handle) await handle.close().catch(() => undefined);
    await fsp.unlink(tmp).catch(() => undefined);
    if (err instanceof OutputWriteError) throw err;
    throw new OutputWriteError(target, systemReason(err));
  } finally {
    forget();
  }
}

/**
 * Checks, before any work, that `target` can be written: its folder exists and is writable and the
 * target is not a folder. Throws OutputWriteError with a reason.* code; writes nothing.
 */
export async function assertWritable(target: string): Promise<void> {
  if (target.trim() === '') throw new OutputWriteError(target, 'reason.empty-path');
  const dir = path.dirname(path.resolve(target));
  try {
    const st = await fsp.stat(dir);
    if (!st.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await fsp.access(dir, fsConstants.W_OK);
  } catch (err) {
    throw new OutputWriteError(target, systemReason(err));
  }
  await assertReplaceable(target);
}

/** Serialises an exceljs Workbook and writes it atomically. */
export async function writeWorkbookAtomic(wb: ExcelJS.Workbook, target: string): Promise<void> {
  await writeFileAtomic(target, async () => new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/**
 * Writes a workbook with exceljs's streaming writer (rows flushed as they are committed) to a
 * temporary file in the target's folder, then renames it into place. For outputs with many rows.
 */
export async function writeStreamedWorkbookAtomic(
  target: string,
  build: (wb: ExcelJS.stream.xlsx.WorkbookWriter) => void | Promise<void>,
): Promise<void> {
  if (target === '') throw new OutputWriteError(target, 'reason.empty-path');
  await assertReplaceable(target);
  const tmp = temporaryName(target);
  const forget = trackTemporary(tmp);
  try {
    // open the file first: a missing or read-only folder fails here, before any work
    const handle = await fsp.open(tmp, 'wx');
    await handle.close();
    const WorkbookWriter = excelStreamWriterClass();
    const wb = new WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: true });
    wb.creator = 'jixiao';
    await build(wb);
    await wb.commit();
    const h = await fsp.open(tmp, 'r+');
    await h.sync();
    await h.close();
    await assertReplaceable(target); // once more, just before the rename
    await fsp.rename(tmp, target);
  } catch (err) {
    await fsp.unlink(tmp).catch(() => undefined);
    if (err instanceof OutputWriteError) throw err;
    throw new OutputWriteError(target, systemReason(err));
  } finally {
    forget();
  }
}

export interface EditableWorkbook {
  /** The engine's snapshot (as `jixiao check` reads it). */
  snapshot: ReadWorkbookResult;
  /** The same file as an exceljs Workbook, to change and write as a copy. */
  workbook: ExcelJS.Workbook;
}

/**
 * Reads a workbook file for a command that writes a copy. Throws WorkbookReadError (file.* codes).
 * The file is opened read-only.
 */
export async function readWorkbookForEdit(
  filePath: string,
  limits: Partial<ReadLimits> = {},
): Promise<EditableWorkbook> {
  const bytes = await readInputBytes(filePath);
  // the snapshot first: it refuses wrong file kinds, zip bombs and oversized sheets before exceljs builds a workbook
  const snapshot = await readWorkbookBuffer(bytes, path.basename(filePath), limits);
  const Workbook = excelWorkbookClass();
  const workbook = new Workbook();
  // keeps the zh-CN built-in formats exceljs leaves undefined (so they survive a copy), and takes the
  // merged ranges out of exceljs's quadratic, per-cell load: they are applied below, clipped, in linear time
  hookLoad(workbook, { ...DEFAULT_READ_LIMITS, ...limits });
  try {
    await quietly(() => workbook.xlsx.load(bytes as unknown as ArrayBuffer));
  } catch (err) {
    throw describeParseFailure(err);
  }
  return { snapshot, workbook };
}
