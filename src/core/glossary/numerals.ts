/**
 * Chinese numerals (domain §3.3) and the multipliers written before a unit (§3.2): 一百零五, 二十九万,
 * 二〇二一, the financial forms 壹贰叁…, 九十五点五, 百分之九十五; 万元, 亿元, 千人次.
 */

/** Digits: 〇 and 两 too, and the financial (大写) forms. */
export const NUMERAL_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

/** 十, 百, 千 and their financial forms: they multiply the digit before them. */
export const NUMERAL_SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};

/** 万 and 亿: they multiply everything before them. */
export const WAN = '万';
export const YI = '亿';
export const NUMERAL_BIG_UNITS: Readonly<Record<string, number>> = { [WAN]: 1e4, [YI]: 1e8 };

/** The decimal point of a numeral: 九十五点五. */
export const NUMERAL_POINT = '点';

/** Every character a numeral run may hold. */
export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点';

/** 百分之九十五 = 95%. */
export const PERCENT_PREFIX = '百分之';

/** A multiplier written before a unit (万元, 亿元, 千人次): 千 only when the unit does not start with it (千米). */
export const QIAN = '千';
export const UNIT_MULTIPLIERS: Readonly<Record<string, number>> = { [WAN]: 1e4, [YI]: 1e8, [QIAN]: 1e3 };
