/**
 * Node-only entry of the workbook adapter: read an .xlsx file from disk (read-only) into grid snapshots.
 */
import { systemReason } from './reasons';
import { constants as fsConstants, promises as fsp } from 'fs';
import * as path from 'path';
import { WorkbookReadError } from './errors';
import { readWorkbookBuffer, useWorkbookClass, type ReadLimits, type ReadWorkbookResult } from './read';
import { excelWorkbookClass } from './exceljs-node';

// exceljs's document model only: not its streaming reader and writer, which reading never uses
useWorkbookClass(excelWorkbookClass());

export type { ReadWorkbookResult, ReadLimits } from './read';

/** The largest file read at all (a workbook of forms is a few MB; this is generous). */
const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** O_NONBLOCK where it exists: opening a FIFO must not wait for a writer. */
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

function readFailure(filePath: string, err: unknown): WorkbookReadError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new WorkbookReadError('file.not-found', { path: filePath });
  if (code === 'ERR_FS_FILE_TOO_LARGE' || code === 'ERR_STRING_TOO_LONG') {
    return new WorkbookReadError('file.too-large', { size: '—', limit: Math.round(MAX_INPUT_BYTES / 1048576) });
  }
  return new WorkbookReadError('file.unreadable', { detail: systemReason(err) });
}

/**
 * The bytes of an input file, opened read-only. Only a regular file is read: a folder, FIFO, socket
 * or device (/dev/zero) is refused in one sentence before a byte is read — what is opened is checked,
 * not the name, so nothing can be swapped in between — and so is a file larger than MAX_INPUT_BYTES.
 */
export async function readInputBytes(filePath: string, maxBytes = MAX_INPUT_BYTES): Promise<Buffer> {
  let handle;
  try {
    handle = await fsp.open(filePath, OPEN_FLAGS);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EISDIR')
      throw new WorkbookReadError('file.unreadable', { detail: 'reason.is-folder' });
    throw readFailure(filePath, err);
  }
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw new WorkbookReadError('file.unreadable', { detail: 'reason.is-folder' });
    if (!st.isFile()) throw new WorkbookReadError('file.unreadable', { detail: 'reason.not-regular-file' });
    if (st.size > maxBytes) {
      throw new WorkbookReadError('file.too-large', {
        size: Math.ceil(st.size / 1048576),
        limit: Math.round(maxBytes / 1048576),
      });
    }
    // exactly the size the file had when opened: a file that grows meanwhile is not read without end
    const bytes = Buffer.alloc(st.size);
    let done = 0;
    while (done < st.size) {
      const { bytesRead } = await handle.read(bytes, done, st.size - done, done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return done === st.size ? bytes : bytes.subarray(0, done);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    throw readFailure(filePath, err);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Read a workbook file. Never writes to it (opened read-only).
 * Throws WorkbookReadError only: file.not-found, file.unreadable {detail}, file.too-large, or any code of readWorkbookBuffer.
 */
export async function readWorkbookFile(
  filePath: string,
  limits: Partial<ReadLimits> = {},
): Promise<ReadWorkbookResult> {
  const bytes = await readInputBytes(filePath);
  return readWorkbookBuffer(bytes, path.basename(filePath), limits);
}
