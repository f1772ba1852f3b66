/**
 * form.empty-template — an indicator table with no indicator on a form with nothing filled in: no table
 * row beyond the 一级/二级 framework a template prints and, when the table has no row, no project name,
 * department, implementing unit or goal either (a fresh template). A note instead of form.no-indicators.
 */
import { isEmptyForm } from '../empty-form';
import { rowNumber } from '../issues';
import type { FormTablesRule } from './types';

export const emptyTemplate: FormTablesRule = {
  meta: {
    code: 'form.empty-template',
    severity: 'info',
    description: 'The form is an empty template with nothing filled in yet',
    fixable: null,
    docs: 'docs/rules/form.empty-template.md',
  },
  code: 'form.empty-template',
  severity: 'info',
  phase: 'tables',
  check({ form, indicators, anchor }) {
    if (form.tables.length === 0 || indicators > 0 || !isEmptyForm(form)) return [];
    return [{ code: this.code, severity: this.severity, cell: anchor, row: rowNumber(anchor) }];
  },
};
