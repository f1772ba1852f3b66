/** form.no-output-indicator — the form has indicator rows and none of them is an 产出指标 (§6). */
import { LEVEL1 } from '../../glossary/framework';
import { coverageFinding } from '../coverage';
import type { FormCoverageRule } from './types';

export const noOutputIndicator: FormCoverageRule = {
  meta: {
    code: 'form.no-output-indicator',
    severity: 'warning',
    description: 'The form has no output indicator',
    fixable: null,
    docs: 'docs/rules/form.no-output-indicator.md',
  },
  code: 'form.no-output-indicator',
  severity: 'warning',
  phase: 'coverage',
  check(ctx) {
    return coverageFinding(ctx, this, LEVEL1.output);
  },
};
