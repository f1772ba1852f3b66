/**
 * Node-only file writing for the command line: atomic writes (a temporary file in the same folder,
 * then a rename — nothing half-written is ever left under the target name), and loading a workbook
 * for editing into an exceljs Workbook (the input file is only read).
 */
import { systemReason } from './reasons';
import { constants as fsConstants, promises as fsp } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { describeParseFailure, sniffWorkbookBytes, WorkbookReadError } from './errors';
import { hookLoad, readWorkbookBuffer, type ReadWorkbookResult } from './read';

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

/**
 * The temporary file an atomic write goes to: next to the target (same folder, so the rename never
 * crosses file systems), a name of its own. Throws OutputWriteError when the target is a folder.
 */
async function temporaryPathFor(target: string): Promise<string> {
  const dir = path.dirname(path.resolve(target));
  try {
    const st = await fsp.stat(target);
    if (st.isDirectory()) throw new OutputWriteError(target, 'reason.is-folder');
  } catch (err) {
    if (err instanceof OutputWriteError) throw err;
  }
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}${(counter++).toString(36)}.tmp`);
}

/**
 * Writes `data` to `target` atomically: a temporary file next to it (same folder, so the rename
 * never crosses file systems), flushed, then renamed over the target. On any failure the
 * temporary file is removed and OutputWriteError is thrown; the target is untouched.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | (() => Promise<Uint8Array>)): Promise<void> {
  const tmp = await temporaryPathFor(target);
  let handle: import('fs').promises.FileHandle | null = null;
  try {
    const bytes = typeof data === 'function' ? await data() : data;
    handle = await fsp.open(tmp, 'wx');
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = null;
    await fsp.rename(tmp, target);
  } catch (err) {
    if (handle) await handle.close().catch(() => undefined);
    await fsp.unlink(tmp).catch(() => undefined);
    if (err instanceof OutputWriteError) throw err;
    throw new OutputWriteError(target, systemReason(err));
  }
}

/**
 * Checks, before any work, that `target` can be written: its folder exists and is writable and the
 * target is not a folder. Throws OutputWriteError with a reason.* code; writes nothing.
 */
export async function assertWritable(target: string): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  try {
    const st = await fsp.stat(dir);
    if (!st.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await fsp.access(dir, fsConstants.W_OK);
  } catch (err) {
    throw new OutputWriteError(target, systemReason(err));
  }
  const st = await fsp.stat(target).catch(() => null);
  if (st?.isDirectory()) throw new OutputWriteError(target, 'reason.is-folder');
}

/** Serialises an exceljs Workbook and writes it atomically. */
export async function writeWorkbookAtomic(wb: ExcelJS.Workbook, target: string): Promise<void> {
  await writeFileAtomic(target, async () => new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/**
 * Writes a workbook with exceljs's streaming writer (rows flushed as they are committed) to a
 * temporary file in the target's folder, then renames it into place. For outputs with many rows.
 */
export async function writeStreamedWorkbookAtomic(target: string, build: (wb: ExcelJS.stream.xlsx.WorkbookWriter) => void | Promise<void>): Promise<void> {
  const tmp = await temporaryPathFor(target);
  try {
    // open the file first: a missing or read-only folder fails here, before any work
    const handle = await fsp.open(tmp, 'wx');
    await handle.close();
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: true });
    wb.creator = 'jixiao';
    await build(wb);
    await wb.commit();
    const h = await fsp.open(tmp, 'r+');
    await h.sync();
    await h.close();
    await fsp.rename(tmp, target);
  } catch (err) {
    await fsp.unlink(tmp).catch(() => undefined);
    if (err instanceof OutputWriteError) throw err;
    throw new OutputWriteError(target, systemReason(err));
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
export async function readWorkbookForEdit(filePath: string): Promise<EditableWorkbook> {
  let bytes: Buffer;
  try {
    const st = await fsp.stat(filePath);
    if (st.isDirectory()) throw new WorkbookReadError('file.unreadable', { detail: 'reason.is-folder' });
    bytes = await fsp.readFile(filePath, { flag: 'r' });
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new WorkbookReadError('file.not-found', { path: filePath });
    throw new WorkbookReadError('file.unreadable', { detail: systemReason(err) });
  }
  const sniffed = sniffWorkbookBytes(bytes, path.basename(filePath));
  if (sniffed) throw new WorkbookReadError(sniffed);
  const snapshot = await readWorkbookBuffer(bytes, path.basename(filePath));
  const workbook = new ExcelJS.Workbook();
  hookLoad(workbook); // keeps the zh-CN built-in formats exceljs leaves undefined, so they survive a copy
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw describeParseFailure(err);
  }
  return { snapshot, workbook };
}
