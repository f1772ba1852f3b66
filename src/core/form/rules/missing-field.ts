/**
 * form.missing-field — a required header field (项目名称, 项目类别 on a declaration, 主管部门, 实施单位)
 * whose label is present but whose value is blank, or a form with no 项目名称 at all. Found by the reader
 * (src/core/reader/read-forms.ts; per project on a project list), on the field's label; the field is a param.
 * Not raised on a fresh template, which form.empty-template describes instead.
 */
import { isEmptyForm } from '../empty-form';
import type { FormReaderRule } from './types';

export const missingField: FormReaderRule = {
  meta: {
    code: 'form.missing-field',
    severity: 'warning',
    description: 'A required header field is not filled in',
    fixable: null,
    docs: 'docs/rules/form.missing-field.md',
  },
  code: 'form.missing-field',
  severity: 'warning',
  phase: 'reader',
  check({ form }) {
    // a fresh template (form.empty-template) is blank by design: its blank header is not a finding
    if (form.tables.length > 0 && isEmptyForm(form)) return [];
    return form.findings.filter((f) => f.code === this.code);
  },
};
