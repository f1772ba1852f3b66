/** target.excel-error — an Excel error value, or text that is exactly an error code (§3.1). */
import type { TargetRule } from './types';

export const excelError: TargetRule = {
  code: 'target.excel-error',
  severity: 'error',
  phase: 'gate',
  check(_ctx, state) {
    const error = state.value.error ?? state.nature?.error ?? state.unit?.error ?? null;
    return error ? [{ code: this.code, severity: this.severity, params: { value: error } }] : [];
  },
};
