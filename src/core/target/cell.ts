/**
 * §3.1 Reading a cell: displayed text, numeric value (×100 for % formats), dates, Excel errors.
 */
import { serialToIso } from '../dates';
import type { RawValue } from '../types';
import { EXCEL_ERRORS } from '../glossary/target-vocabulary';
import { nfkc } from '../text';

export interface CellInput {
  value: RawValue;
  text: string;
  format?: string;
}

export interface CellReading {
  /** The text as displayed. */
  text: string;
  /** The raw number (×100 when the format has an unquoted %), or null. */
  number: number | null;
  /** The format contains an unquoted %. */
  percent: boolean;
  /** A number shown through a date format. */
  isDate: boolean;
  /** yyyy-mm-dd of a date cell. */
  isoDate: string | null;
  /** The Excel error code (#N/A …) of an error value, or of text that is exactly such a code. */
  error: string | null;
}

const ERROR_SET = new Set(EXCEL_ERRORS.map((e) => e.toUpperCase()));

/** Is the text exactly an Excel error code (ignoring surrounding whitespace and case)? */
export function excelErrorCode(text: string): string | null {
  const t = nfkc(text).trim().toUpperCase();
  return ERROR_SET.has(t) ? t : null;
}

/** Does the number format contain a % outside quotes, escapes and [brackets]? */
export function formatHasPercent(format: string | undefined): boolean {
  if (!format) return false;
  let inQuote = false;
  let inBracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (inQuote) {
      if (ch === '"') inQuote = false;
      continue;
    }
    if (inBracket) {
      if (ch === ']') inBracket = false;
      continue;
    }
    if (ch === '"') inQuote = true;
    else if (ch === '[') inBracket = true;
    else if (ch === '\\' || ch === '_' || ch === '*') i++;
    else if (ch === '%') return true;
  }
  return false;
}

/**
 * Is the number format a date/time format? (numfmt's isDateFormat, reimplemented: numfmt 3.2.5 ships a
 * broken d.ts that breaks tsc when imported.) Looks for y m d h s (and e, 年月日) outside quotes,
 * escapes and [brackets]; [h] [m] [s] elapsed-time brackets count; General, @, and E+ exponents do not.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const section = format.split(';')[0] ?? '';
  if (/^\s*general\s*$/i.test(section) || section.trim() === '@') return false;
  let inQuote = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (inQuote) {
      if (ch === '"') inQuote = false;
      continue;
    }
    if (ch === '"') {
      inQuote = true;
      continue;
    }
    if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
      continue;
    }
    if (ch === '[') {
      const end = section.indexOf(']', i);
      const inner = end < 0 ? '' : section.slice(i + 1, end);
      if (/^(h+|m+|s+)$/i.test(inner)) return true;
      i = end < 0 ? section.length : end;
      continue;
    }
    if (/[eE]/.test(ch) && /[+-]/.test(section[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (/[ymdhsYMDHSeE]/.test(ch)) return true;
    if (ch === 'G' && /^general/i.test(section.slice(i))) {
      i += 6;
      continue;
    }
  }
  return false;
}

/** Excel serial → yyyy-mm-dd (1900 system with its phantom 1900-02-29, or the 1904 system). */
export const serialToIsoDate = serialToIso;

/** Removes binary floating-point noise: 0.973 × 100 → 97.3, not 97.30000000000001. */
export function cleanFloat(n: number): number {
  if (!Number.isFinite(n)) return n;
  return Number(n.toPrecision(12));
}

export function readCell(cell: CellInput | null | undefined, date1904 = false): CellReading {
  const empty: CellReading = { text: '', number: null, percent: false, isDate: false, isoDate: null, error: null };
  if (!cell) return empty;
  const value = cell.value;
  const shown = typeof cell.text === 'string' ? cell.text : '';

  if (value !== null && typeof value === 'object' && 'error' in value) {
    const code = String(value.error);
    return { ...empty, text: shown || code, error: code };
  }

  if (typeof value === 'number' && Number.isFinite(value)) {
    const percent = formatHasPercent(cell.format);
    if (!percent && isDateFormat(cell.format)) {
      const iso = serialToIsoDate(value, date1904);
      if (iso) return { ...empty, text: shown || iso, isDate: true, isoDate: iso };
    }
    const number = percent ? cleanFloat(value * 100) : value;
    const text = shown || (percent ? `${number}%` : String(number));
    return { ...empty, text, number, percent, error: excelErrorCode(text) };
  }

  if (typeof value === 'boolean') {
    return { ...empty, text: shown || (value ? 'TRUE' : 'FALSE') };
  }

  const text = shown || (typeof value === 'string' ? value : '');
  return { ...empty, text, error: excelErrorCode(text) };
}
