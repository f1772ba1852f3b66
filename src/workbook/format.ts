/**
 * Display text of a cell value through its number format, as Excel shows it (numfmt does the work).
 *
 * Browser-safe: no Node imports.
 */

/**
 * The part of numfmt's API used here. numfmt 3.2.5 ships a broken dist/numfmt.d.ts (it starts with
 * stray debug output, a syntax error that skipLibCheck does not skip), so importing the module's
 * types breaks `tsc`. A plain require() keeps the d.ts out of the program.
 */
export interface NumfmtApi {
  format(pattern: string, value: unknown, options?: Record<string, unknown>): string;
  isDateFormat(pattern: string): boolean;
}
let numfmtModule: NumfmtApi | null = null;
/** numfmt, loaded on first use (≈ 40 ms: a workbook whose numbers are all integers or in the formats below never needs it). */
function loadNumfmt(): NumfmtApi {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (numfmtModule ??= require('numfmt') as NumfmtApi);
}
export const numfmt: NumfmtApi = {
  format: (pattern, value, options) => loadNumfmt().format(pattern, value, options),
  isDateFormat: (pattern) => loadNumfmt().isDateFormat(pattern),
};

/**
 * Built-in number formats whose code depends on the Excel locale, as a zh-CN Excel shows them.
 * exceljs maps ids 27–36 and 50–58 to nothing (the cell then looks like a General number),
 * id 14 to "mm-dd-yy" (zh-CN Excel shows the system short date yyyy/m/d), and id 22 to
 * 'm/d/yy "h":mm' (a quoted h: shows a literal "h"). See installBuiltinFormats in read.ts.
 */
export const ZH_CN_BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  14: 'yyyy/m/d',
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** Days between the 1900 and the 1904 date systems: serial1900 = serial1904 + 1462. */
export const DAYS_1904_OFFSET = 1462;

/** Formats one number as Excel displays it. */
export type NumberFormatter = (value: number) => string;

const NUMFMT_OPTIONS = Object.freeze({
  // Excel's date range (1900–9999): out-of-range dates show ###### rather than a far-future date.
  dateSpanLarge: false,
  dateErrorNumber: false,
  overflow: '######',
  throws: true,
});

function isGeneral(pattern: string): boolean {
  return pattern === '' || pattern === 'General' || pattern.toLowerCase() === 'general';
}

/**
 * Excel's General display. Integers with up to 11 digits are shown as they are; everything else
 * (12+ digit integers → 1.23457E+11, 0.1+0.2 → 0.3) goes through numfmt's General.
 */
export function formatGeneral(value: number): string {
  if (Number.isInteger(value) && value < 1e11 && value > -1e11) return value === 0 ? '0' : String(value);
  return numfmt.format('General', value, NUMFMT_OPTIONS);
}

/** 1234567 → "1,234,567" (a non-negative integer below 1e15). */
function grouped(n: number): string {
  const digits = String(n);
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return out;
}

/** Integers that print exactly, digit for digit. */
const FAST_LIMIT = 1e15;

/**
 * The most common number formats of these forms, for the values whose display is certain — what
 * numfmt shows, without loading it (test/workbook/format-fast.test.ts compares the two): integers in
 * `0` and `#,##0` (funds), and `0%` for values that are a whole percentage within float noise
 * (0.95 → 95%). Anything else returns null and goes to numfmt. These patterns have no text section,
 * so text in such a cell shows unchanged.
 */
const FAST_FORMATS: Readonly<Record<string, (value: number) => string | null>> = {
  '0': (v) => (Number.isInteger(v) && v > -FAST_LIMIT && v < FAST_LIMIT ? String(v) : null),
  '#,##0': (v) =>
    Number.isInteger(v) && v > -FAST_LIMIT && v < FAST_LIMIT ? (v < 0 ? '-' + grouped(-v) : grouped(v)) : null,
  '0%': (v) => {
    if (!(v >= 0 && v < 1e9)) return null;
    const pct = Math.round(v * 100);
    return Math.abs(v * 100 - pct) < 1e-7 ? `${pct}%` : null;
  },
};

function isFastPattern(pattern: string): boolean {
  return Object.prototype.hasOwnProperty.call(FAST_FORMATS, pattern);
}

function compile(pattern: string, date1904: boolean): NumberFormatter {
  if (isGeneral(pattern)) return formatGeneral;
  if (isFastPattern(pattern)) {
    const fast = FAST_FORMATS[pattern];
    let slow: NumberFormatter | null = null;
    return (value: number) => fast(value) ?? (slow ??= compileWithNumfmt(pattern, date1904))(value);
  }
  return compileWithNumfmt(pattern, date1904);
}

function compileWithNumfmt(pattern: string, date1904: boolean): NumberFormatter {
  let isDate: boolean;
  try {
    // Parse once; an invalid pattern throws here and falls back to General.
    numfmt.format(pattern, 0, NUMFMT_OPTIONS);
    isDate = numfmt.isDateFormat(pattern);
  } catch {
    return formatGeneral;
  }
  const shift = isDate && date1904 ? DAYS_1904_OFFSET : 0;
  return (value: number) => {
    try {
      return numfmt.format(pattern, value + shift, NUMFMT_OPTIONS);
    } catch {
      return formatGeneral(value);
    }
  };
}

/**
 * A cache of compiled formatters, one per (format code, date system).
 * Create one per workbook read (or keep one for the process: it only grows with distinct format codes).
 */
export class FormatCache {
  private readonly map1900 = new Map<string, NumberFormatter>();
  private readonly map1904 = new Map<string, NumberFormatter>();
  private readonly textMap = new Map<string, ((s: string) => string) | null>();

  /** The formatter for numbers in `pattern`; a 1904 workbook shifts date serials before formatting. */
  number(pattern: string, date1904: boolean): NumberFormatter {
    const map = date1904 ? this.map1904 : this.map1900;
    let f = map.get(pattern);
    if (!f) {
      f = compile(pattern, date1904);
      map.set(pattern, f);
    }
    return f;
  }

  /**
   * The display of a text value in `pattern`. Text passes through unchanged unless the pattern has a
   * text section with literals (e.g. `@"万元"` shows 29 as "29万元", `;;;` hides it).
   */
  text(pattern: string, value: string): string {
    if (isGeneral(pattern) || pattern === '@' || isFastPattern(pattern)) return value;
    let f = this.textMap.get(pattern);
    if (f === undefined) {
      f = null;
      try {
        // Only patterns that change a probe string need numfmt for text.
        if (numfmt.format(pattern, '\u0001', NUMFMT_OPTIONS) !== '\u0001') {
          f = (s: string) => numfmt.format(pattern, s, NUMFMT_OPTIONS);
        }
      } catch {
        f = null;
      }
      this.textMap.set(pattern, f);
    }
    return f ? f(value) : value;
  }
}
