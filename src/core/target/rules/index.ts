/** The target rules, in the §3.2 check order. */
import { bareNumber } from './bare-number';
import { chineseNumeral } from './chinese-numeral';
import { costOverBudget } from './cost-over-budget';
import { dashSeparator } from './dash-separator';
import { directionSuspect } from './direction-suspect';
import { doublePercent } from './double-percent';
import { embeddedNumber } from './embedded-number';
import { empty } from './empty';
import { excelError } from './excel-error';
import { lowSatisfaction } from './low-satisfaction';
import { missingNote } from './missing-note';
import { missingNumber } from './missing-number';
import { missingUnit } from './missing-unit';
import { notApplicable } from './not-applicable';
import { over100Percent } from './over-100-percent';
import { placeholder } from './placeholder';
import { qualitative } from './qualitative';
import { qualitativeInQuantity } from './qualitative-in-quantity';
import { rangeReversed } from './range-reversed';
import { rateMissingPercent } from './rate-missing-percent';
import { reversedOperator } from './reversed-operator';
import { textInValue } from './text-in-value';
import { timelinessFormat } from './timeliness-format';
import { unknownOperator } from './unknown-operator';
import { unparseable } from './unparseable';
import { vague } from './vague';
import { wordOperator } from './word-operator';
import type { TargetRule } from './types';

export const TARGET_RULES: readonly TargetRule[] = [
  // 1. gates: the first match stops checking
  excelError,
  empty,
  placeholder,
  notApplicable,
  vague,
  // 2. notation: recorded, fixed internally
  reversedOperator,
  doublePercent,
  chineseNumeral,
  wordOperator,
  unknownOperator,
  // 3. before parsing: a finding stops checking
  textInValue,
  missingNumber,
  // 4. the grammar's outcome
  unparseable,
  embeddedNumber,
  // 5. accumulating checks
  over100Percent,
  bareNumber,
  rateMissingPercent,
  missingUnit,
  qualitativeInQuantity,
  directionSuspect,
  costOverBudget,
  rangeReversed,
  missingNote,
  qualitative,
  lowSatisfaction,
  timelinessFormat,
  dashSeparator,
];

export type { TargetRule } from './types';
