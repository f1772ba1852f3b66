import type { FieldValue, FormStructure } from '../reader/structure';

/**
 * An empty form (a fresh template): no table row filled in beyond the 一级/二级 framework a template
 * prints, and — when the table has no row at all — nothing in the header fields either. A form whose
 * header is filled in and whose table is missing is not empty: that stays form.no-indicators.
 */
export function isEmptyForm(form: FormStructure): boolean {
  const rows = form.tables.flatMap((t) => t.rows);
  const blankRows = rows.every(
    (r) =>
      r.level3.trim() === '' &&
      Object.entries(r.cells).every(
        ([role, cell]) => role === 'level1' || role === 'level2' || !cell || cell.text.trim() === '',
      ),
  );
  if (!blankRows) return false;
  if (rows.length > 0) return true;
  const filled = (f: FieldValue | null | undefined) => Boolean(f && f.text.trim() !== '');
  // who and what the form is about (a template prints its funds block's 分值 and dashes itself)
  const named =
    filled(form.fields.projectName) || filled(form.fields.department) || filled(form.fields.implementingUnit);
  return !named && !filled(form.expectedGoal) && !filled(form.actualGoal);
}
