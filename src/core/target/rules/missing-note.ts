/** target.missing-note — 定量（其他） requires a 指标值说明 (§6). */
import { NO_FINDINGS } from '../../types';
import type { TargetRule } from './types';

export const missingNote: TargetRule = {
  meta: {
    code: 'target.missing-note',
    severity: 'warning',
    description: 'A quantitative (other) target without the value note it requires',
    fixable: null,
    docs: 'docs/rules/target.missing-note.md',
  },
  code: 'target.missing-note',
  severity: 'warning',
  phase: 'post',
  check(ctx, state) {
    if (state.natureKind !== 'other') return NO_FINDINGS;
    const note = (ctx.note ?? '').replace(/\s+/g, '');
    return note === '' ? [{ code: this.code, severity: this.severity }] : NO_FINDINGS;
  },
};
