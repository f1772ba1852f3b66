/**
 * Expands the paths given on the command line into workbook files: a folder is searched
 * recursively for .xlsx/.xlsm; Excel's "~$" lock files are skipped.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

export interface FileTarget {
  /** The path as the user gave it (or as found under a folder the user gave). */
  path: string;
  /** Set when the path itself does not exist. */
  missing?: boolean;
}

function isLockFile(name: string): boolean {
  return name.startsWith('~$');
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (entry.isFile() && !isLockFile(entry.name) && WORKBOOK_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      out.push(full);
    }
  }
}

export async function collectFiles(inputs: string[]): Promise<FileTarget[]> {
  const targets: FileTarget[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      targets.push({ path: input, missing: true });
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      await walk(input, found);
      targets.push(...found.map((p) => ({ path: p })));
    } else {
      // A file named explicitly is checked whatever its extension: the reader says clearly what it is.
      targets.push({ path: input });
    }
  }
  return targets;
}
