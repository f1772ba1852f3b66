/**
 * Calendar helpers: Excel serial numbers and the loose date texts found in header blocks.
 */
import {
  FULL_DATE,
  PERIOD_HYPHEN,
  PERIOD_MARK,
  PERIOD_SEPARATOR,
  YEAR_MONTH,
  YEAR_ONLY,
} from './glossary/date-notation';

const MS_PER_DAY = 86_400_000;
/** 9999-12-31, the last date Excel shows. */
const MAX_EXCEL_SERIAL = 2_958_465;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Excel serial number → yyyy-mm-dd (1900 system with its phantom 1900-02-29, or the 1904 system). */
export function serialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_EXCEL_SERIAL) return null;
  const whole = Math.floor(serial);
  let ms: number;
  if (date1904) ms = Date.UTC(1904, 0, 1) + whole * MS_PER_DAY;
  else {
    if (whole === 60) return '1900-02-29'; // Excel's phantom leap day; keep it printable
    ms = Date.UTC(1899, 11, whole < 60 ? 31 : 30) + whole * MS_PER_DAY;
  }
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * A date written in a header cell: 2021-01-01, 2021/1/1, 2021.01.01, 2021年1月1日, 20210101,
 * or a month only (2021.01, 2021年1月) — then the first or last day of it, as `edge` asks.
 */
export function parseLooseDate(text: string, edge: 'start' | 'end' = 'start'): string | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  let m = FULL_DATE.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = YEAR_MONTH.exec(t);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return isoDate(y, mo, edge === 'start' ? 1 : daysInMonth(y, mo));
  }
  m = YEAR_ONLY.exec(t);
  if (m) return edge === 'start' ? `${m[1]}-01-01` : `${m[1]}-12-31`;
  return null;
}

/** A period written in one cell: "2021.01-2021.12", "2021年1月1日至2021年12月31日", "2021-2023". */
export function parseLoosePeriod(text: string): { start: string; end: string } | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  // a hyphen between a digit (or 日/月/年) and a digit separates the two ends; marked with a capture,
  // not a lookbehind, which Edge Legacy (the webview of Office 2019) cannot parse
  const parts = t.replace(PERIOD_HYPHEN, `$1${PERIOD_MARK}`).split(PERIOD_SEPARATOR);
  if (parts.length !== 2) return null;
  const start = parseLooseDate(parts[0], 'start');
  const end = parseLooseDate(parts[1], 'end');
  return start && end ? { start, end } : null;
}
