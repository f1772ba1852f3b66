/** target.excel-error — an Excel error value, or text that is exactly an error code (§3.1). */
import { NO_FINDINGS } from '../../types';
import { blankTarget } from '../grammar';
import type { TargetRule } from './types';

export const excelError: TargetRule = {
  meta: {
    code: 'target.excel-error',
    severity: 'error',
    description: 'An Excel error value (#N/A, #REF! …) where the target should be',
    fixable: null,
    docs: 'docs/rules/target.excel-error.md',
  },
  code: 'target.excel-error',
  severity: 'error',
  phase: 'gate',
  check(_ctx, state) {
    const error = state.value.error ?? state.nature?.error ?? state.unit?.error ?? null;
    return error ? [{ code: this.code, severity: this.severity, params: { value: error } }] : NO_FINDINGS;
  },
  /** The check stops here: the value is not a target. */
  outcome(_ctx, state) {
    return blankTarget(state.combined, 'invalid');
  },
};
