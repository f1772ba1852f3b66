/**
 * form.no-satisfaction-indicator — the form has indicator rows and none of them is a 满意度指标 (nor a
 * 服务对象满意度指标 under another 一级) (§6). A note: not every project has people to ask.
 */
import { LEVEL1 } from '../../glossary/framework';
import { coverageFinding } from '../coverage';
import type { FormCoverageRule } from './types';

export const noSatisfactionIndicator: FormCoverageRule = {
  meta: {
    code: 'form.no-satisfaction-indicator',
    severity: 'info',
    description: 'The form has no satisfaction indicator',
    fixable: null,
    docs: 'docs/rules/form.no-satisfaction-indicator.md',
  },
  code: 'form.no-satisfaction-indicator',
  severity: 'info',
  phase: 'coverage',
  check(ctx) {
    return coverageFinding(ctx, this, LEVEL1.satisfaction);
  },
};
