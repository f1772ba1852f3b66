/**
 * Builders for completion tests: targets parsed by the target module, rows with defaults.
 */
import type { ParsedTarget, RawValue } from '../../../src/core/types';
import { parseTargetText } from '../../../src/core/target/parse';
import type { CellInput, CompletionRowInput } from '../../../src/core/completion';

export function target(text: string, year: number | null = 2021): ParsedTarget {
  return parseTargetText(text, { year });
}

export const NA_TARGET: ParsedTarget = {
  kind: 'na',
  normalized: '不适用',
  op: null,
  value: null,
  writtenNumber: null,
  multiplier: 1,
  unit: '',
  displayUnit: '',
  unitSource: 'none',
};

/** A text cell, or a typed cell when value/format are given. */
export function cell(text: string | number, format?: string, shown?: string): CellInput {
  if (typeof text === 'number')
    return { value: text as RawValue, text: shown ?? String(text), format: format ?? 'General' };
  return { value: text, text };
}

let nextRow = 13;

export function row(
  targetText: string | ParsedTarget,
  actual: string | CellInput | null,
  extra: Partial<CompletionRowInput> = {},
): CompletionRowInput {
  const t = typeof targetText === 'string' ? target(targetText) : targetText;
  return {
    row: nextRow++,
    level1: '产出指标',
    level2: '数量指标',
    level3: '指标',
    level1HeadingWeight: null,
    target: t,
    reverse: false,
    cost: false,
    actual: actual === null ? null : typeof actual === 'string' ? (actual === '' ? null : cell(actual)) : actual,
    unitColumn: null,
    reason: '',
    weight: null,
    score: null,
    ...extra,
  };
}
