/**
 * completion.qualitative-actual — the actual of a quantitative target (a quantity or a range) is words,
 * judged by the §4 text rules (已完成 → met …) instead of a number.
 */
import type { CompletionRule } from './types';

export const qualitativeActual: CompletionRule<'status'> = {
  meta: {
    code: 'completion.qualitative-actual',
    severity: 'warning',
    description: 'The actual of a quantitative target is text, not a number',
    fixable: null,
    docs: 'docs/rules/completion.qualitative-actual.md',
  },
  code: 'completion.qualitative-actual',
  severity: 'warning',
  phase: 'status',
  check({ judged, target }) {
    const quantitative = target.kind === 'quantitative' || target.kind === 'range';
    return judged === 'text' && quantitative ? [{ code: this.code, severity: this.severity }] : [];
  },
};
