/**
 * target.missing-number — an operator or unit with no number, or [*_xX×?.]+ where the number should be:
 * >=, ≥XX场, ≥**% (§3.3).
 */
import { NO_FINDINGS } from '../../types';
import { WORD_OPERATORS_BEFORE } from '../../glossary/target-vocabulary';
import { parseUnitSpec } from '../grammar';
import type { TargetRule } from './types';

const FILLER = /^[*_xX×?.]+/;

function isMissingNumber(text: string): boolean {
  if (text === '' || /\d/.test(text)) return false;
  let rest = text;
  let op = false;
  let wordOp = false;
  const ops = /^[≥≤<>=]+/.exec(rest);
  if (ops) {
    op = true;
    rest = rest.slice(ops[0].length);
  } else {
    for (const [word] of WORD_OPERATORS_BEFORE) {
      if (rest.startsWith(word)) {
        wordOp = true;
        rest = rest.slice(word.length);
        break;
      }
    }
  }
  const filler = FILLER.exec(rest);
  if (filler) rest = rest.slice(filler[0].length);
  const isPercent = rest === '%' || rest === '‰';
  if (op) return rest === '' || parseUnitSpec(rest) !== null;
  if (filler) return rest === '' || parseUnitSpec(rest) !== null;
  if (wordOp) return isPercent;
  return isPercent;
}

export const missingNumber: TargetRule = {
  meta: {
    code: 'target.missing-number',
    severity: 'error',
    description: 'An operator or a unit with no number, or a filler such as XX where the number should be',
    fixable: null,
    docs: 'docs/rules/target.missing-number.md',
  },
  code: 'target.missing-number',
  severity: 'error',
  phase: 'pre-parse',
  check(_ctx, state) {
    if (state.natureKind === 'qualitative') return NO_FINDINGS;
    return isMissingNumber(state.combined) ? [{ code: this.code, severity: this.severity }] : NO_FINDINGS;
  },
};
