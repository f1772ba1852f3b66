/** target.dash-separator (info) — "-" used as a range (or period) separator; some systems reject it. Fix (safe): 至. */
import { RANGE_SEPARATOR } from '../../glossary/target-vocabulary';
import { findSeparator } from '../grammar';
import type { Fix } from '../../types';
import { NO_FINDINGS } from '../../types';
import type { TargetRule } from './types';

export const dashSeparator: TargetRule = {
  meta: {
    code: 'target.dash-separator',
    severity: 'info',
    description: 'A "-" used as a range or period separator; the fix writes the word for "to" instead',
    fixable: 'safe',
    docs: 'docs/rules/target.dash-separator.md',
  },
  code: 'target.dash-separator',
  severity: 'info',
  phase: 'post',
  check(ctx, state) {
    const t = state.target;
    if (t.kind !== 'range' && !(t.kind === 'date' && t.date?.start)) return NO_FINDINGS;
    const sep = findSeparator(state.valueCore, { year: ctx.year });
    if (!sep || sep.sep !== '-') return NO_FINDINGS;
    const rest = state.valueClean.slice(state.valueCore.length);
    const fix: Fix = { text: `${sep.left}${RANGE_SEPARATOR}${sep.right}${rest}`, safety: 'safe', cell: 'value' };
    return [{ code: this.code, severity: this.severity, fix }];
  },
};
