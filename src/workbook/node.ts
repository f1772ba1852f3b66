/**
 * Node-only entry of the workbook adapter: read an .xlsx file from disk (read-only) into grid snapshots.
 */
import { systemReason } from './reasons';
import { promises as fsp } from 'fs';
import * as path from 'path';
import { WorkbookReadError } from './errors';
import { readWorkbookBuffer, type ReadWorkbookResult } from './read';

export { WorkbookReadError, sniffWorkbookBytes } from './errors';
export { readWorkbookBuffer, sheetToGrid, OVERSIZED_SHEET_ROWS } from './read';
export type { ReadWorkbookResult, ReadWarning } from './read';


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
    throw new WorkbookReadError('file.unreadable', { detail: systemReason(err) });
  }
  if (stat.isDirectory()) throw new WorkbookReadError('file.unreadable', { detail: 'reason.is-folder' });
  if (!stat.isFile()) throw new WorkbookReadError('file.unreadable', { detail: 'reason.not-regular-file' });

  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(filePath, { flag: 'r' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookReadError('file.not-found', { path: filePath });
    throw new WorkbookReadError('file.unreadable', { detail: systemReason(err) });
  }
  return readWorkbookBuffer(bytes, path.basename(filePath));
}
