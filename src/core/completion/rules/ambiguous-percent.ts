/**
 * completion.ambiguous-percent — a bare number in (0, 1] taken against a % target (its unit from the
 * 度量单位 or the target) is read as percentage points: 0.98 under ≥95% is 0.98%, not 98% (§4 "Reading the
 * actual"). The reading stands; the finding asks the person to confirm it.
 */
import type { ActualReading } from '../actual';
import type { CompletionRule } from './types';

/** A bare number in (0, 1] that took the unit %. */
export function isAmbiguousPercent(reading: ActualReading): boolean {
  const written = reading.parsed?.writtenNumber ?? null;
  return (
    reading.kind === 'number' && reading.bare && reading.unit === '%' && written !== null && written > 0 && written <= 1
  );
}

export const ambiguousPercent: CompletionRule<'actual'> = {
  meta: {
    code: 'completion.ambiguous-percent',
    severity: 'warning',
    description: 'A bare actual of at most 1 under a % target, read as percentage points',
    fixable: null,
    docs: 'docs/rules/completion.ambiguous-percent.md',
  },
  code: 'completion.ambiguous-percent',
  severity: 'warning',
  phase: 'actual',
  check({ reading }) {
    if (!isAmbiguousPercent(reading)) return [];
    return [{ code: this.code, severity: this.severity, params: { value: reading.parsed?.writtenNumber as number } }];
  },
};
