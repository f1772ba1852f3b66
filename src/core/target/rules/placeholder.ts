/** target.placeholder — the whole value is 待定, /, XX, 见附件 … (§3.3). */
import { PLACEHOLDERS } from '../../glossary/target-vocabulary';
import type { TargetRule } from './types';

const SET = new Set(PLACEHOLDERS.map((p) => p.toUpperCase()));

export function isPlaceholder(normalized: string): boolean {
  return normalized !== '' && SET.has(normalized.toUpperCase());
}

export const placeholder: TargetRule = {
  code: 'target.placeholder',
  severity: 'error',
  phase: 'gate',
  check(_ctx, state) {
    if (state.natureKind === 'na') return [];
    return isPlaceholder(state.valueNorm.text) ? [{ code: this.code, severity: this.severity }] : [];
  },
};
