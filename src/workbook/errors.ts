/**
 * File-level read errors of the workbook adapter, and a byte sniffer that recognises
 * the usual wrong inputs (old .xls, WPS .et, password-protected, CSV/text, not a zip)
 * before exceljs is even tried.
 *
 * Browser-safe: no Node imports.
 */
import type { MessageCode } from '../core/messages';

import { cfbIsEncryptedPackage } from './cfb';

/** A file could not be read as a workbook. `code` is a message code of src/core/messages.ts (file.*). */
export class WorkbookReadError extends Error {
  readonly code: MessageCode;
  readonly params: Record<string, string | number>;

  constructor(code: MessageCode, params: Record<string, string | number> = {}, message?: string) {
    super(message ?? (Object.keys(params).length ? `${code}: ${JSON.stringify(params)}` : code));
    this.name = 'WorkbookReadError';
    this.code = code;
    this.params = params;
  }
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04]; // PK\x03\x04
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06]; // PK\x05\x06 (a zip with no entries)

/** How many leading bytes the text heuristic looks at. */
const TEXT_SNIFF_BYTES = 4096;

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

function utf16le(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(c & 0xff, c >> 8);
  }
  return out;
}

const ENCRYPTED_PACKAGE = utf16le('EncryptedPackage');
const ENCRYPTION_INFO = utf16le('EncryptionInfo');

/** True when `needle` occurs in `hay` (plain byte search; the first byte is found with the native indexOf). */
function containsBytes(hay: Uint8Array, needle: readonly number[]): boolean {
  if (needle.length === 0) return true;
  const first = needle[0];
  const last = hay.length - needle.length;
  let i = hay.indexOf(first);
  while (i !== -1 && i <= last) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
    i = hay.indexOf(first, i + 1);
  }
  return false;
}

function extensionOf(fileName: string | undefined): string {
  if (!fileName) return '';
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/**
 * Does the start of the file look like text (CSV, TSV, plain text)?
 * Accepts UTF-8 (with or without BOM), GBK/GB18030 (bytes ≥ 0x80 are allowed) and UTF-16 with a BOM.
 * Binary data is recognised by NUL and other control bytes.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return true; // UTF-8 BOM
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true; // UTF-16 BOM ("Unicode text" export)
  const n = Math.min(bytes.length, TEXT_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  // Allow a stray control byte or two (e.g. an escape in pasted text), not binary noise.
  return control <= Math.max(1, n / 200);
}

/** Markup (HTML or the old "XML Spreadsheet 2003") saved with an Excel extension. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x3c; // '<'
}

/**
 * Recognise a file that is certainly not a readable .xlsx from its bytes alone.
 * Returns a file.* message code, or null when the bytes start like a zip (an .xlsx candidate).
 */
export function sniffWorkbookBytes(bytes: Uint8Array, fileName?: string): MessageCode | null {
  if (bytes.length === 0) return 'file.empty';
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return null;
  if (startsWith(bytes, CFB_SIGNATURE)) {
    // An encrypted .xlsx is a CFB container whose directory lists the EncryptionInfo and
    // EncryptedPackage streams; an old .xls lists "Workbook". The directory is read, not searched:
    // the words inside a cell of an .xls do not make it "encrypted". Only a directory that cannot be
    // read falls back to looking for the names anywhere in the bytes.
    const encrypted = cfbIsEncryptedPackage(bytes);
    if (encrypted === true) return 'file.encrypted';
    if (encrypted === null && (containsBytes(bytes, ENCRYPTED_PACKAGE) || containsBytes(bytes, ENCRYPTION_INFO)))
      return 'file.encrypted';
    if (extensionOf(fileName) === 'et') return 'file.wps-et';
    return 'file.legacy-xls';
  }
  if (startsWith(bytes, ZIP_EMPTY_ARCHIVE)) return 'file.not-xlsx';
  if (looksLikeText(bytes)) return looksLikeMarkup(bytes) ? 'file.not-xlsx' : 'file.csv';
  return 'file.not-xlsx';
}

/**
 * Turn an exceljs/JSZip/SAX failure on a zip into file.corrupt (or file.not-xlsx) with a short
 * plain-words detail. Never exposes a stack trace.
 */
export function describeParseFailure(err: unknown): WorkbookReadError {
  if (err instanceof WorkbookReadError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  let detail: string;
  if (
    /central directory|corrupted zip|end of data|is this a zip|invalid (?:code|distance|block|stored)|unexpected end|missing \d+ bytes|crc32|compression|zip/i.test(
      msg,
    )
  ) {
    detail = 'reason.zip-damaged';
  } else if (
    /unclosed|unexpected close|invalid character|unmatched|non-whitespace|attribute|text data outside|xml|sax/i.test(
      msg,
    )
  ) {
    detail = 'reason.bad-xml';
  } else if (/already merged/i.test(msg)) {
    detail = 'reason.overlapping-merges';
  } else {
    detail = 'reason.bad-structure';
  }
  return new WorkbookReadError('file.corrupt', { detail });
}
