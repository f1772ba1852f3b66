/**
 * Glossary: how dates and periods are written in header cells (项目起止时间, 实施期限 …), with the
 * Chinese date words 年/月/日 and the period words 至/到. The parsers in src/core/dates.ts use these.
 */

/** 2021-01-01, 2021/1/1, 2021.01.01, 2021年1月1日. */
export const FULL_DATE = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/;
/** A month: 2021.01, 2021年1月. */
export const YEAR_MONTH = /^(\d{4})[-./年](\d{1,2})月?$/;
/** A year: 2021, 2021年. */
export const YEAR_ONLY = /^(\d{4})年?$/;
/** A hyphen between a digit (or 日/月/年) and a digit: the code marks it with U+0000 before splitting. */
export const PERIOD_HYPHEN = /([\d日月年])-(?=\d)/g;
/** Between the two ends of a period: 至, 到, ~, dashes, or a hyphen marked by PERIOD_HYPHEN. */
export const PERIOD_SEPARATOR = /至|到|~|〜|—|–|\u0000/;
