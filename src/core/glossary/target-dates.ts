/**
 * Glossary: how a target value writes a date or a period (domain §3.2 date, period) — 2021年6月底,
 * 2021年上半年, 第三季度, 2021年12月31日前完成, 2021年1月-12月 — and the range separators. The target
 * grammar (src/core/target/grammar.ts) uses these; header dates are in date-notation.ts.
 */

/** The separators written as words between the two ends of a range or period (the dashes and tildes aside). */
export const SEPARATOR_WORDS: readonly string[] = ['至', '到'];

/** Every date form holds one of these (a quick test before the patterns below). */
export const DATE_FORM_CHARS = /[年月季\-./]/;
/** YYYY[-./]M[-./]D (the same separator twice), 日 allowed at the end. */
export const NUMERIC_DATE = /^(\d{4})([-./])(\d{1,2})\2(\d{1,2})日?$/;
/** YYYY年M月 [D日 | D号 | 底 | 末 | 初]. */
export const YEAR_MONTH_DAY = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})[日号]|(底|末|初))?$/;
/** 初 after a month: its first ten days (底 and 末: its last day). */
export const MONTH_START = '初';
/** M月 (D日 | D号 | 底 | 末) without a year. */
export const MONTH_DAY = /^(\d{1,2})月(?:(\d{1,2})[日号]|(底|末))$/;
/**
 * M月 alone is a date only before a date suffix: 9月前, 11月之前 (金寨 2023) read as 2023年9月前 does — the whole month
 * of the form's year, so a deadline falls on its last day. Without a suffix (9月) it stays what it was.
 */
export const MONTH_BEFORE_SUFFIX = /^(\d{1,2})月$/;
/** [YYYY年] 年底 | 年末 | 年内 | 年中 | 上半年 | 下半年 | 第N季度 (also 2021年底, 2021年上半年). */
export const YEAR_PART =
  /^(?:(\d{4})(?:年(?=上半年|下半年|第|年)|(?=年)))?(年底|年末|年内|年中|上半年|下半年|第([1-4一二三四])季度)$/;
/** The words of YEAR_PART, by what they cover. */
export const YEAR_PART_WORDS = {
  yearEnd: ['年底', '年末'],
  withinYear: '年内',
  secondHalf: '下半年',
  firstHalf: '上半年',
  midYear: '年中',
} as const;
/** The quarter of 第N季度. */
export const QUARTERS: Readonly<Record<string, number>> = {
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
};
/** YYYY年 / YYYY年度 / YYYY年全年: the whole year. */
export const WHOLE_YEAR = /^(\d{4})年(?:度|全年)?$/;
/** Words after a date: by (≤) or from (≥) it. Longest first. */
export const DATE_SUFFIXES: ReadonlyArray<readonly [string, '<=' | '>=']> = [
  ['之前', '<='],
  ['以前', '<='],
  ['以后', '>='],
  ['之后', '>='],
  ['前', '<='],
  ['内', '<='],
  ['后', '>='],
];
/** 完成 after a date (2021年底前完成): no change to the date. */
export const DATE_DONE_WORD = '完成';
/** The right end of a period given as a month only, which takes the left end's year: 2021年1月-12月, 2021.01-12. */
export const PERIOD_END_MONTH = /^(\d{1,2})月?$/;
/** …when the left end is a date in one of these notations. */
export const DATED_LEFT_END = /[年.\-/]/;
