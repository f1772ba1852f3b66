/**
 * What a zip (an .xlsx) says about itself, read from its central directory before anything is
 * inflated: how many entries, how large each becomes, how hard it is compressed. A zip bomb — 3.4 MB
 * declaring 3.5 GB — is refused here, in microseconds, instead of after gigabytes of memory.
 *
 * Browser-safe: works on the bytes only.
 */

export interface ZipLimits {
  /** Total inflated size of all entries. */
  maxInflatedBytes: number;
  /** Inflated/compressed ratio an entry larger than RATIO_FLOOR_BYTES may reach. */
  maxRatio: number;
  /** Number of entries. */
  maxEntries: number;
}

/** Below this inflated size an entry's ratio is not looked at (tiny XML parts compress very well). */
const RATIO_FLOOR_BYTES = 16 * 1024 * 1024;

export interface ZipEntryInfo {
  name: string;
  compressed: number;
  inflated: number;
}

/** Why a zip is refused: a file.* message code and its params, or null when it is within the limits. */
export interface ZipVerdict {
  code: 'file.zip-entries' | 'file.zip-ratio' | 'file.zip-too-large';
  params: Record<string, string | number>;
}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;

function decodeName(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length && i < 256; i++) s += String.fromCharCode(b[i]);
  return s;
}

/**
 * The entries as the central directory declares them, or null when it cannot be read (then the zip
 * reader reports the damage in its own words).
 */
export function zipEntries(bytes: Uint8Array): ZipEntryInfo[] | null {
  const n = bytes.length;
  if (n < 22) return null;
  let eocd = -1;
  for (let i = n - 22; i >= 0 && i >= n - 22 - 0xffff; i--) {
    if (bytes[i] === 0x50 && u32(bytes, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = u16(bytes, eocd + 10);
  let cdOffset = u32(bytes, eocd + 16);
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && u32(bytes, eocd - 20) === ZIP64_LOCATOR) {
    const z = u64(bytes, eocd - 20 + 8);
    if (z + 56 <= n && u32(bytes, z) === ZIP64_EOCD) {
      count = u64(bytes, z + 32);
      cdOffset = u64(bytes, z + 48);
    }
  }
  const entries: ZipEntryInfo[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > n || u32(bytes, p) !== CENTRAL) return entries.length ? entries : null;
    let compressed = u32(bytes, p + 20);
    let inflated = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const name = decodeName(bytes.subarray(p + 46, p + 46 + nameLen));
    // ZIP64: the real sizes are in extra field 0x0001, in this order, for the fields set to 0xFFFFFFFF
    if (inflated === 0xffffffff || compressed === 0xffffffff) {
      let e = p + 46 + nameLen;
      const end = e + extraLen;
      while (e + 4 <= end && e + 4 <= n) {
        const id = u16(bytes, e);
        const size = u16(bytes, e + 2);
        if (id === 0x0001) {
          let f = e + 4;
          if (inflated === 0xffffffff && f + 8 <= n) {
            inflated = u64(bytes, f);
            f += 8;
          }
          if (compressed === 0xffffffff && f + 8 <= n) compressed = u64(bytes, f);
          break;
        }
        e += 4 + size;
      }
    }
    entries.push({ name, compressed, inflated });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

const MB = 1024 * 1024;

/** Refuses a zip whose declared sizes or ratios are beyond the limits; null when it may be inflated. */
export function checkZipLimits(bytes: Uint8Array, limits: ZipLimits): ZipVerdict | null {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  if (entries.length > limits.maxEntries) {
    return { code: 'file.zip-entries', params: { entries: entries.length, limit: limits.maxEntries } };
  }
  let total = 0;
  for (const e of entries) {
    total += e.inflated;
    const ratio = e.compressed > 0 ? e.inflated / e.compressed : e.inflated > 0 ? Infinity : 0;
    if (e.inflated > RATIO_FLOOR_BYTES && ratio > limits.maxRatio) {
      return {
        code: 'file.zip-ratio',
        params: {
          part: e.name,
          size: Math.ceil(e.inflated / MB),
          ratio: Number.isFinite(ratio) ? Math.round(ratio) : '∞',
        },
      };
    }
  }
  if (total > limits.maxInflatedBytes) {
    return {
      code: 'file.zip-too-large',
      params: { size: Math.ceil(total / MB), limit: Math.round(limits.maxInflatedBytes / MB) },
    };
  }
  return null;
}
