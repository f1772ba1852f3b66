/**
 * completion.unit-mismatch — the actual is a number with a unit of its own that is not the target's,
 * compared in base units (万元 ≡ 元, but 人次 ≠ 人, % ≠ ‰): the row cannot be judged (status invalid, §4).
 */
import type { CompletionRule } from './types';

const PERCENT_UNITS = new Set(['%', '‰']);

/** Do the actual's base unit and the target's base unit agree? An empty unit agrees with anything but %/‰. */
export function unitsAgree(actualUnit: string, targetUnit: string): boolean {
  const a = actualUnit.toLowerCase();
  const t = targetUnit.toLowerCase();
  if (a === t) return true;
  if (PERCENT_UNITS.has(a) || PERCENT_UNITS.has(t)) return false;
  return a === '' || t === '';
}

export const unitMismatch: CompletionRule<'actual'> = {
  meta: {
    code: 'completion.unit-mismatch',
    severity: 'warning',
    description: "The actual's unit is not the target's (compared in base units)",
    fixable: null,
    docs: 'docs/rules/completion.unit-mismatch.md',
  },
  code: 'completion.unit-mismatch',
  severity: 'warning',
  phase: 'actual',
  check({ reading, target }) {
    if (!reading.unitMismatch || !reading.parsed) return [];
    const q = reading.parsed;
    return [
      {
        code: this.code,
        severity: this.severity,
        params: { actualUnit: q.displayUnit || q.unit, targetUnit: target.displayUnit || target.unit },
      },
    ];
  },
};
