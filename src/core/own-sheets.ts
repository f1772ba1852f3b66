/**
 * The sheets jixiao keeps in a workbook itself — the record of painted cells, the settings, the template's 指标库
 * behind the dropdowns: never a form, never re-checked when they change, never reported as skipped when hidden.
 */
import { MARKS_SHEET } from './marks';
import { SETTINGS_SHEET } from './settings-store';
import { LIST_SHEET_NAME } from './template';

const OWN_SHEETS: ReadonlySet<string> = new Set([MARKS_SHEET, SETTINGS_SHEET, LIST_SHEET_NAME]);

export function isOwnSheet(name: string): boolean {
  return OWN_SHEETS.has(name);
}
