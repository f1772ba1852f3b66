/**
 * §3.3 Chinese-numeral rule: 一百零五 → 105, 二十九万 → 29万, 二〇二一 → 2021, 百分之九十五 → 95%,
 * while 一网通办, 一次性通过 and 万无一失 stay text.
 */
import {
  NUMERAL_BIG_UNITS,
  NUMERAL_CHARS,
  NUMERAL_DIGITS,
  NUMERAL_POINT,
  NUMERAL_SMALL_UNITS,
  PERCENT_PREFIX,
  WAN,
  YI,
} from '../glossary/numerals';
import { CHINESE_NUMERAL_UNITS, WORD_OPERATORS_AFTER, WORD_OPERATORS_BEFORE } from '../glossary/target-vocabulary';

const DIGITS = NUMERAL_DIGITS;
const SMALL_UNITS = NUMERAL_SMALL_UNITS;
const BIG_UNITS = NUMERAL_BIG_UNITS;

const RUN = new RegExp(`^[${NUMERAL_CHARS}]+`);

function isDigitChar(ch: string): boolean {
  return Object.prototype.hasOwnProperty.call(DIGITS, ch);
}

/** Converts an integer numeral string (no 点): 一百零五 → 105; 二〇二一 → 2021 (digit by digit). Null if malformed. */
export function chineseIntegerValue(run: string): number | null {
  if (run === '') return null;
  const chars = [...run];
  if (chars.every(isDigitChar)) {
    return Number(chars.map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let number = 0;
  let sawAny = false;
  for (const ch of chars) {
    if (isDigitChar(ch)) {
      number = DIGITS[ch];
      sawAny = true;
    } else if (ch in SMALL_UNITS) {
      const u = SMALL_UNITS[ch];
      if (number === 0 && u !== 10 && !sawAny) return null; // 百 or 千 alone: not a number
      section += (number === 0 && u === 10 ? 1 : number) * u;
      number = 0;
      sawAny = true;
    } else if (ch in BIG_UNITS) {
      if (!sawAny) return null;
      const u = BIG_UNITS[ch];
      if (u === 1e8) {
        total = (total + section + number) * u;
      } else {
        total += (section + number) * u;
      }
      section = 0;
      number = 0;
    } else {
      return null;
    }
  }
  if (!sawAny) return null;
  return total + section + number;
}

/**
 * Converts a numeral run (possibly with 点 and a trailing 万/亿) to Arabic text.
 * 二十九万 → "29万", 九十五点五 → "95.5", 一点二万 → "1.2万". Null if the run is not a number.
 */
function chineseRunToArabic(run: string): string | null {
  let body = run;
  let suffix = '';
  const last = body.slice(-1);
  if ((last === WAN || last === YI) && body.length > 1) {
    // keep a trailing 万/亿 as the multiplier, unless it is part of 亿…万 (三亿五千万 = 35000万)
    suffix = last;
    body = body.slice(0, -1);
  }
  const parts = body.split(NUMERAL_POINT);
  if (parts.length > 2) return null;
  const intPart = parts[0];
  let intValue: number | null;
  if (intPart === '') intValue = parts.length === 2 ? 0 : null;
  else intValue = chineseIntegerValue(intPart);
  if (intValue === null) return null;
  let text = String(intValue);
  if (parts.length === 2) {
    const frac = [...parts[1]];
    if (frac.length === 0 || !frac.every(isDigitChar)) return null;
    text += '.' + frac.map((c) => DIGITS[c]).join('');
  }
  if (suffix === WAN && body.includes(YI)) {
    // 三亿五千万: the value is in units of 万 already computed on the whole run
    const whole = chineseIntegerValue(run);
    if (whole === null) return null;
    return `${whole / 1e4}${WAN}`;
  }
  return text + suffix;
}

export interface NumeralConversion {
  /** The text with the numeral converted (unchanged when there is none). */
  text: string;
  /** A Chinese numeral was found and converted. */
  changed: boolean;
}

const OP_PREFIX = /^[≥≤<>=]/;

/**
 * Applies the Chinese-numeral rule to a normalised target value. The value is
 * [op | word operator] [百分之] run [%] [unit] [word operator after]. Only a run at the start
 * (after the operator) is considered; everything else stays text.
 */
export function convertChineseNumerals(normalized: string): NumeralConversion {
  const unchanged = { text: normalized, changed: false };
  let rest = normalized;
  let prefix = '';
  let hasOp = false;
  const sym = OP_PREFIX.exec(rest);
  if (sym) {
    prefix = sym[0];
    rest = rest.slice(1);
    hasOp = true;
  } else {
    for (const [word] of WORD_OPERATORS_BEFORE) {
      if (rest.startsWith(word)) {
        prefix = word;
        rest = rest.slice(word.length);
        hasOp = true;
        break;
      }
    }
  }
  let percentWord = false;
  if (rest.startsWith(PERCENT_PREFIX)) {
    percentWord = true;
    rest = rest.slice(PERCENT_PREFIX.length);
  }
  const m = RUN.exec(rest);
  if (!m) return unchanged;
  let run = m[0];
  let after = rest.slice(run.length);
  // a trailing 点 is not part of the number
  while (run.endsWith(NUMERAL_POINT)) {
    run = run.slice(0, -1);
    after = NUMERAL_POINT + after;
  }
  if (!run || ![...run].some((c) => isDigitChar(c) || SMALL_UNITS[c] === 10)) return unchanged;
  const arabic = chineseRunToArabic(run);
  if (arabic === null) return unchanged;

  let tail = after;
  let suffixWord = '';
  for (const [word] of WORD_OPERATORS_AFTER) {
    if (tail.endsWith(word) && tail.length >= word.length) {
      suffixWord = word;
      tail = tail.slice(0, tail.length - word.length);
      break;
    }
  }
  const hasPercent = percentWord || tail === '%' || tail === '‰';
  const counts =
    hasOp || hasPercent || tail === '' || CHINESE_NUMERAL_UNITS.includes(tail) || (suffixWord !== '' && tail === '');
  if (!counts) return unchanged;
  if (percentWord && tail !== '') return unchanged; // 百分之九十五个: not a percentage
  const converted = prefix + arabic + (percentWord ? '%' : '') + after;
  return { text: converted, changed: converted !== normalized };
}
