/**
 * Node-only: is this output one of the inputs? Path strings are not enough — a symlinked folder,
 * `/proc/self/cwd/…`, `..` detours or a hard link name the same file differently. Identity is the
 * device + inode of an existing file; for an output that does not exist yet, the real path of its
 * folder plus its name.
 */
import { promises as fsp, type Stats } from 'fs';
import * as path from 'path';

/** The file system compares names without case on Windows and (by default) macOS. */
const CASELESS = process.platform === 'win32' || process.platform === 'darwin';

async function statOrNull(p: string): Promise<Stats | null> {
  try {
    return await fsp.stat(p);
  } catch {
    return null;
  }
}

/** The real path of `p` (links resolved); for a missing file, the real path of its folder plus its name. */
async function realTarget(p: string): Promise<string> {
  const abs = path.resolve(p);
  try {
    return await fsp.realpath(abs);
  } catch {
    /* missing: resolve the folder */
  }
  let dir = path.dirname(abs);
  try {
    dir = await fsp.realpath(dir);
  } catch {
    /* the folder is missing too: the plain path is all there is */
  }
  return path.join(dir, path.basename(abs));
}

function samePath(a: string, b: string): boolean {
  return CASELESS ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** The identity of a path, to compare against others: device + inode when it exists, else its real target. */
export interface PathIdentity {
  dev: number | null;
  ino: number | null;
  real: string;
}

async function pathIdentity(p: string): Promise<PathIdentity> {
  const st = await statOrNull(p);
  return { dev: st ? st.dev : null, ino: st ? st.ino : null, real: await realTarget(p) };
}

function sameIdentity(a: PathIdentity, b: PathIdentity): boolean {
  if (a.dev !== null && b.dev !== null && a.ino !== null && b.ino !== null) {
    // an inode of 0 is not an identity (some virtual file systems): fall back to the real path
    if (a.ino !== 0 && b.ino !== 0) return a.dev === b.dev && a.ino === b.ino;
  }
  return samePath(a.real, b.real);
}

/** True when `a` and `b` are the same file (or would be, once the missing one is written). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  return sameIdentity(await pathIdentity(a), await pathIdentity(b));
}

/**
 * The first of `inputs` that is the same file as `out`, or null. An output that does not exist yet
 * cannot be any existing input; one that exists is compared by device + inode (hard links included).
 */
export async function findInput(out: string, inputs: Iterable<string>): Promise<string | null> {
  const o = await statOrNull(out);
  if (!o) return null;
  const outIdentity = await pathIdentity(out);
  for (const input of inputs) {
    const st = await statOrNull(input);
    if (!st) continue;
    if (
      st.ino !== 0 && o.ino !== 0
        ? st.dev === o.dev && st.ino === o.ino
        : sameIdentity(outIdentity, await pathIdentity(input))
    )
      return input;
  }
  return null;
}
