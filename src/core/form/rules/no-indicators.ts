/**
 * form.no-indicators — the form has an indicator table (a header row) but no row of it is an indicator
 * (no row at all, or only placeholders), and the form is not an empty template (form.empty-template):
 * something is filled in. Placed on the form's anchor (its title, else its table's header).
 */
import { isEmptyForm } from '../empty-form';
import { rowNumber } from '../issues';
import type { FormTablesRule } from './types';

export const noIndicators: FormTablesRule = {
  meta: {
    code: 'form.no-indicators',
    severity: 'error',
    description: 'The indicator table of a filled-in form holds no indicator',
    fixable: null,
    docs: 'docs/rules/form.no-indicators.md',
  },
  code: 'form.no-indicators',
  severity: 'error',
  phase: 'tables',
  check({ form, indicators, anchor }) {
    if (form.tables.length === 0 || indicators > 0 || isEmptyForm(form)) return [];
    return [{ code: this.code, severity: this.severity, cell: anchor, row: rowNumber(anchor) }];
  },
};
