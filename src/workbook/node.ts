/**
 * Node-only entry of the workbook adapter: read an .xlsx file from disk (read-only) into grid snapshots.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import { WorkbookReadError } from './errors';
import { readWorkbookBuffer, type ReadWorkbookResult } from './read';

export { WorkbookReadError, sniffWorkbookBytes } from './errors';
export { readWorkbookBuffer, sheetToGrid, OVERSIZED_SHEET_ROWS } from './read';
export type { ReadWorkbookResult, ReadWarning } from './read';

function plainReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EBUSY':
      return 'the file is locked by another program';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return code ? `system error ${code}` : 'unknown error';
  }
}

/**
 * Read a workbook file. Never writes to it (opened read-only).
 * Throws WorkbookReadError only: file.not-found, file.unreadable {detail}, or any code of readWorkbookBuffer.
 */
export async function readWorkbookFile(filePath: string): Promise<ReadWorkbookResult> {
  let stat;
  try {
    stat = await fsp.stat(filePath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new WorkbookReadError('file.not-found', { path: filePath });
    throw new WorkbookReadError('file.unreadable', { detail: plainReason(err) });
  }
  if (stat.isDirectory()) throw new WorkbookReadError('file.unreadable', { detail: 'it is a folder, not a file' });
  if (!stat.isFile()) throw new WorkbookReadError('file.unreadable', { detail: 'it is not a regular file' });

  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(filePath, { flag: 'r' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookReadError('file.not-found', { path: filePath });
    throw new WorkbookReadError('file.unreadable', { detail: plainReason(err) });
  }
  return readWorkbookBuffer(bytes, path.basename(filePath));
}
