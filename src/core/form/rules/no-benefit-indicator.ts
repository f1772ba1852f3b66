/** form.no-benefit-indicator — the form has indicator rows and none of them is a 效益指标 (§6). */
import { LEVEL1 } from '../../glossary/framework';
import { coverageFinding } from '../coverage';
import type { FormCoverageRule } from './types';

export const noBenefitIndicator: FormCoverageRule = {
  meta: {
    code: 'form.no-benefit-indicator',
    severity: 'warning',
    description: 'The form has no benefit indicator',
    fixable: null,
    docs: 'docs/rules/form.no-benefit-indicator.md',
  },
  code: 'form.no-benefit-indicator',
  severity: 'warning',
  phase: 'coverage',
  check(ctx) {
    return coverageFinding(ctx, this, LEVEL1.benefit);
  },
};
