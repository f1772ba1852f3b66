/**
 * The names in an OLE2 / Compound File Binary container's directory (MS-CFB), read from the bytes:
 * the header, the FAT (through the DIFAT), the chain of directory sectors. Enough to tell an
 * encrypted .xlsx (streams "EncryptionInfo" and "EncryptedPackage") from an old .xls ("Workbook").
 * Bounded: a cyclic or absurd chain stops the walk.
 *
 * Browser-safe: works on the bytes only.
 */

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
/** More directory sectors than any real file has; a chain longer than this is a loop. */
const MAX_DIR_SECTORS = 4096;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

/** The directory entry names (streams and storages), or null when the container cannot be read. */
export function cfbEntryNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 512) return null;
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectorAt = (s: number) => size + s * size; // the header takes the first 512 bytes (a whole sector for 4096: padded)
  const offset = (s: number) => (shift === 12 ? 4096 + s * size : sectorAt(s));
  const sectors = Math.floor((bytes.length - (shift === 12 ? 4096 : 512)) / size);
  const fatSectorCount = u32(bytes, 0x2c);
  const firstDir = u32(bytes, 0x30);
  // FAT sector numbers: the first 109 in the header, the rest through the DIFAT chain
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatSectorCount; i++) {
    const s = u32(bytes, 0x4c + i * 4);
    if (s === FREE || s === END_OF_CHAIN) break;
    fatSectors.push(s);
  }
  let difat = u32(bytes, 0x44);
  let guard = 0;
  while (fatSectors.length < fatSectorCount && difat < sectors && guard++ < MAX_DIR_SECTORS) {
    const base = offset(difat);
    const per = size / 4 - 1;
    for (let i = 0; i < per && fatSectors.length < fatSectorCount; i++) fatSectors.push(u32(bytes, base + i * 4));
    difat = u32(bytes, base + per * 4);
  }
  const perFat = size / 4;
  const next = (s: number): number => {
    const fs = fatSectors[Math.floor(s / perFat)];
    if (fs === undefined || fs >= sectors) return END_OF_CHAIN;
    return u32(bytes, offset(fs) + (s % perFat) * 4);
  };
  const names: string[] = [];
  let s = firstDir;
  const seen = new Set<number>();
  while (s !== END_OF_CHAIN && s < sectors && !seen.has(s) && seen.size < MAX_DIR_SECTORS) {
    seen.add(s);
    const base = offset(s);
    for (let e = 0; e < size / 128; e++) {
      const at = base + e * 128;
      const len = u16(bytes, at + 0x40); // bytes, with the terminating NUL
      const type = bytes[at + 0x42];
      if (type === 0 || len < 2 || len > 64) continue; // unused entry
      let name = '';
      for (let i = 0; i < len - 2; i += 2) name += String.fromCharCode(u16(bytes, at + i));
      names.push(name);
    }
    s = next(s);
  }
  return names.length > 0 ? names : null;
}

/** Is this container an encrypted OOXML package (a password to open)? null when its directory cannot be read. */
export function cfbIsEncryptedPackage(bytes: Uint8Array): boolean | null {
  const names = cfbEntryNames(bytes);
  if (!names) return null;
  return names.includes('EncryptedPackage') || names.includes('EncryptionInfo');
}
