/**
 * completion.invalid — the actual cannot be read or cannot be judged (§4 "Status": invalid): as read, an
 * Excel error value or a range ("90%-95%"); as judged, words that give no verdict against the target
 * ("很多" for 提升), or a number or a date against a qualitative target (a date target against a number).
 * An actual whose unit is not the target's, or one under a target that is itself wrong, is invalid too
 * but explained by that finding (completion.unit-mismatch, the target's own finding), not by this one.
 */
import type { CompletionRule } from './types';

export const invalid: CompletionRule<'actual' | 'status'> = {
  meta: {
    code: 'completion.invalid',
    severity: 'warning',
    description: 'The actual value cannot be read or cannot be judged against the target',
    fixable: null,
    docs: 'docs/rules/completion.invalid.md',
  },
  code: 'completion.invalid',
  severity: 'warning',
  phase: ['actual', 'status'],
  check(ctx) {
    const found =
      ctx.phase === 'actual'
        ? ctx.reading.unreadable
        : ctx.judged === 'mismatch' || (ctx.judged === 'text' && ctx.status === 'invalid');
    return found ? [{ code: this.code, severity: this.severity }] : [];
  },
};
