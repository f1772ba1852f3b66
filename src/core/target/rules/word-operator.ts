/**
 * target.word-operator — an operator in words: 不低于95%, 95%以上, 3个工作日内 (§3.4). Fix (safe): the symbol;
 * when the words are in 指标性质 the fix writes the symbol into that cell. Params {fix}.
 */
import { OP_DISPLAY } from '../../glossary/target-vocabulary';
import type { Finding } from '../../types';
import type { TargetRule } from './types';

export const wordOperator: TargetRule = {
  meta: {
    code: 'target.word-operator',
    severity: 'warning',
    description: 'An operator written in words (not less than, or more, within …); the fix writes the symbol',
    fixable: 'safe',
    docs: 'docs/rules/target.word-operator.md',
  },
  code: 'target.word-operator',
  severity: 'warning',
  phase: 'notation',
  check(_ctx, state) {
    const out: Finding[] = [];
    if (state.natureKind === 'word' && state.natureOp && /\d/.test(state.valueCore)) {
      const symbol = OP_DISPLAY[state.natureOp];
      out.push({
        code: this.code,
        severity: this.severity,
        params: { fix: symbol },
        fix: { text: symbol, safety: 'safe', cell: 'nature' },
      });
    }
    if (state.word) {
      out.push({
        code: this.code,
        severity: this.severity,
        params: { fix: state.valueClean },
        fix: { text: state.valueClean, safety: 'safe', cell: 'value' },
      });
    }
    return out;
  },
};
