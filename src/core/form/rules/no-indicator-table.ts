/**
 * form.no-indicator-table — a form (a title, or a header block) with no indicator table header
 * (一级指标 / 二级指标 / 三级指标 / 指标值 …) below it. Found by the reader while it reads the form's
 * layout (src/core/reader/read-forms.ts), on the title (else the 项目名称 label); the title is a param.
 */
import type { FormReaderRule } from './types';

export const noIndicatorTable: FormReaderRule = {
  meta: {
    code: 'form.no-indicator-table',
    severity: 'error',
    description: 'A form has no indicator table under its header',
    fixable: null,
    docs: 'docs/rules/form.no-indicator-table.md',
  },
  code: 'form.no-indicator-table',
  severity: 'error',
  phase: 'reader',
  check({ form }) {
    return form.findings.filter((f) => f.code === this.code);
  },
};
