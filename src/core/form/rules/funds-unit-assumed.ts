/**
 * form.funds-unit-assumed — a form with amounts (header funds fields or a funds block) that states no
 * unit (金额单位：万元, （万元） in a label, …) and whose amount cells do not name one either: the reader
 * assumes one from the amounts (万元 when they are all small or finely divided, else 元) and says which
 * (params.unit). Found by the reader (src/core/reader/read-forms.ts), on the funds label.
 */
import type { FormReaderRule } from './types';

export const fundsUnitAssumed: FormReaderRule = {
  meta: {
    code: 'form.funds-unit-assumed',
    severity: 'info',
    description: 'The funds unit is not stated, so it is assumed from the amounts',
    fixable: null,
    docs: 'docs/rules/form.funds-unit-assumed.md',
  },
  code: 'form.funds-unit-assumed',
  severity: 'info',
  phase: 'reader',
  check({ form }) {
    return form.findings.filter((f) => f.code === this.code);
  },
};
