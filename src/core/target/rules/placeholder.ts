/** target.placeholder — the whole value is 待定, /, XX, 见附件 … (§3.3). */
import { NO_FINDINGS } from '../../types';
import { PLACEHOLDERS } from '../../glossary/target-vocabulary';
import { blankTarget } from '../grammar';
import type { TargetRule } from './types';

const SET = new Set(PLACEHOLDERS.map((p) => p.toUpperCase()));

function isPlaceholder(normalized: string): boolean {
  return normalized !== '' && SET.has(normalized.toUpperCase());
}

export const placeholder: TargetRule = {
  meta: {
    code: 'target.placeholder',
    severity: 'error',
    description: 'A placeholder (to be decided, /, XX, see attachment …) instead of a target',
    fixable: null,
    docs: 'docs/rules/target.placeholder.md',
  },
  code: 'target.placeholder',
  severity: 'error',
  phase: 'gate',
  check(_ctx, state) {
    if (state.natureKind === 'na') return NO_FINDINGS;
    return isPlaceholder(state.valueNorm.text) ? [{ code: this.code, severity: this.severity }] : NO_FINDINGS;
  },
  /** The check stops here: the value is not a target. */
  outcome(_ctx, state) {
    return blankTarget(state.combined, 'invalid');
  },
};
