/** Public surface of the target checker. */
export { checkTarget } from './check';
export type { TargetCheck, TargetCellInput, TargetContext } from './check';
export { normalizeTarget } from './normalize';
export type { NormalizedTarget } from './normalize';
export { readCell, serialToIsoDate, formatHasPercent, excelErrorCode } from './cell';
export type { CellReading, CellInput } from './cell';
export { parseValue, parseUnitSpec, findSeparator } from './grammar';
export type { GrammarOptions } from './grammar';
export { convertChineseNumerals, chineseIntegerValue } from './chinese-numerals';
export { isRateIndicator, isReverseName, unitFromName, isCostRow, isSatisfactionRow } from './classify';
export { findWordOperator, wordOperatorOnly } from './word-operators';
export { parseTargetText, cleanTargetText } from './parse';
export { TARGET_RULES } from './rules';
