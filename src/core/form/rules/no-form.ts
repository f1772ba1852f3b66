/** file.no-form — no sheet of the workbook holds a form; said once, on the first sheet, about the whole file. */
import type { WorkbookRule } from './types';

export const noForm: WorkbookRule = {
  meta: {
    code: 'file.no-form',
    severity: 'error',
    description: 'No performance-target form was found in the workbook',
    fixable: null,
    docs: 'docs/rules/file.no-form.md',
  },
  code: 'file.no-form',
  severity: 'error',
  phase: 'workbook',
  check(ctx) {
    if (ctx.forms > 0) return [];
    return [{ code: this.code, severity: this.severity, sheet: ctx.sheets[0] ?? '', cell: null, row: null }];
  },
};
