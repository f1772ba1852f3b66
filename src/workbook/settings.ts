/**
 * The add-in's settings kept in an exceljs workbook, the way every host keeps them
 * (src/core/settings-store.ts): JSON in one cell of a very hidden sheet, so they travel with the file.
 *
 * Browser-safe: exceljs Workbook objects only, no Node imports.
 */
import type * as ExcelJS from 'exceljs';
import {
  SETTINGS_CELL,
  SETTINGS_SHEET,
  parseSettings,
  serializeSettings,
  type StoredSettings,
} from '../core/settings-store';

export function loadWorkbookSettings(wb: ExcelJS.Workbook): StoredSettings | null {
  return parseSettings(wb.getWorksheet(SETTINGS_SHEET)?.getCell(SETTINGS_CELL).value);
}

export function saveWorkbookSettings(wb: ExcelJS.Workbook, settings: StoredSettings): void {
  const ws = wb.getWorksheet(SETTINGS_SHEET) ?? wb.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  ws.getCell(SETTINGS_CELL).value = serializeSettings(settings);
}
