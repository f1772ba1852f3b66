/**
 * target.timeliness-format (info) — a 时效 target that is not a date, period, duration or rate, and not
 * 及时, 按时 or 按期.
 */
import { NO_FINDINGS } from '../../types';
import { LEVEL2 } from '../../glossary/framework';
import { DURATION_UNITS, TIMELINESS_WORDS } from '../../glossary/target-vocabulary';
import type { TargetRule } from './types';

export const timelinessFormat: TargetRule = {
  meta: {
    code: 'target.timeliness-format',
    severity: 'info',
    description: 'A timeliness target that is not a date, a period, a duration or a rate',
    fixable: null,
    docs: 'docs/rules/target.timeliness-format.md',
  },
  code: 'target.timeliness-format',
  severity: 'info',
  phase: 'post',
  check(ctx, state) {
    if (ctx.level2 !== LEVEL2.timeliness) return NO_FINDINGS;
    const t = state.target;
    if (t.kind === 'date' || t.kind === 'invalid') return NO_FINDINGS;
    if (
      (t.kind === 'quantitative' || t.kind === 'range') &&
      (DURATION_UNITS.includes(t.unit) || t.unit === '%' || state.rate)
    )
      return NO_FINDINGS;
    if (t.kind === 'qualitative' && TIMELINESS_WORDS.some((w) => (t.text ?? t.normalized).includes(w)))
      return NO_FINDINGS;
    return [{ code: this.code, severity: this.severity }];
  },
};
