/**
 * Expands the paths given on the command line into workbook files: a folder is searched
 * recursively for .xlsx/.xlsm; Excel's "~$" lock files are skipped. A subfolder that cannot be
 * listed (no permission, an I/O error) becomes a target of its own that carries the reason, so it is
 * reported as a row like an unreadable file while the rest of the folder is still checked.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { systemReason } from '../workbook/reasons';

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

export interface FileTarget {
  /** The path as the user gave it (or as found under a folder the user gave). */
  path: string;
  /** Set when the path itself does not exist. */
  missing?: boolean;
  /** Set when the path is a folder that could not be listed: the file.* message to report instead. */
  error?: { code: string; params: Record<string, string | number> };
}

function isLockFile(name: string): boolean {
  return name.startsWith('~$');
}

/** How a folder is listed (a parameter only so tests can make a listing fail as it does for a non-root user). */
export type ListFolder = (dir: string) => Promise<import('node:fs').Dirent[]>;

const listFolder: ListFolder = (dir) => fs.readdir(dir, { withFileTypes: true });

async function walk(dir: string, out: FileTarget[], list: ListFolder): Promise<void> {
  let entries;
  try {
    entries = await list(dir);
  } catch (err) {
    out.push({
      path: dir,
      error: { code: 'file.folder-unreadable', params: { path: dir, detail: systemReason(err) } },
    });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out, list);
    else if (
      entry.isFile() &&
      !isLockFile(entry.name) &&
      WORKBOOK_EXTENSIONS.has(path.extname(entry.name).toLowerCase())
    ) {
      out.push({ path: full });
    }
  }
}

export async function collectFiles(inputs: string[], list: ListFolder = listFolder): Promise<FileTarget[]> {
  const targets: FileTarget[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') targets.push({ path: input, missing: true });
      else targets.push({ path: input, error: { code: 'file.unreadable', params: { detail: systemReason(err) } } });
      continue;
    }
    // walk() appends in place: no spread of an unbounded list onto the call stack
    if (stat.isDirectory()) await walk(input, targets, list);
    else {
      // A file named explicitly is checked whatever its extension: the reader says clearly what it is.
      targets.push({ path: input });
    }
  }
  return targets;
}
