/**
 * What the running Excel supports, from Office.context.requirements.isSetSupported.
 * The manifest asks for ExcelApi 1.7 (used unconditionally: getUsedRangeOrNullObject 1.4,
 * getItemOrNullObject 1.4, names.add 1.4, Worksheet.visibility 1.2, Worksheet.id 1.1,
 * Worksheet.protection.protected 1.2, getRangeByIndexes 1.7, onChanged with changeType 1.7,
 * WorksheetCollection.onActivated 1.7; RunOptions.delayForCellEdit, which hosts without it ignore);
 * everything newer is detected here and degraded when missing. WorksheetChangedEventArgs.triggerSource
 * (1.14) is read when present and needs no flag: without it our own writes are simply re-checked.
 */
import type { HostCapabilities } from '../host/types';
import { message } from '../core/messages';
import type { Lang } from '../core/types';

export interface ExcelFeatures extends HostCapabilities {
  /** ExcelApi 1.8: data validation (the template's dropdowns and input guidance). */
  dataValidation: boolean;
  /**
   * ExcelApi 1.9: Worksheet.getRanges (formats written by RangeAreas), Range.getCellProperties
   * (fills read by range), fill pattern/patternColor, pageLayout (print setup).
   */
  batchFormats: boolean;
}

function isExcelApiSupported(version: string): boolean {
  try {
    return Boolean(Office.context.requirements.isSetSupported('ExcelApi', version));
  } catch {
    return false;
  }
}

export function detectFeatures(lang: Lang): ExcelFeatures {
  const dataValidation = isExcelApiSupported('1.8');
  const batchFormats = isExcelApiSupported('1.9');
  const mergedAreas = isExcelApiSupported('1.13');
  const notes = isExcelApiSupported('1.18');
  const undoGrouping = isExcelApiSupported('1.20');
  const limitations: string[] = [];
  if (!batchFormats) limitations.push(message('excel.no-batch-formats', lang));
  if (!dataValidation) limitations.push(message('excel.no-validation', lang));
  if (!mergedAreas) limitations.push(message('excel.no-merged-areas', lang));
  if (!notes) limitations.push(message('excel.no-notes', lang));
  if (!undoGrouping) limitations.push(message('excel.no-undo-grouping', lang));
  return { notes, mergedAreas, undoGrouping, limitations, dataValidation, batchFormats };
}

/** 'zh' when Office's display language is Chinese (zh-CN, zh-TW, …), 'en' otherwise. */
export function displayLang(): Lang {
  let tag = '';
  try {
    tag = Office.context.displayLanguage ?? '';
  } catch {
    tag = '';
  }
  return /^zh\b/i.test(tag) ? 'zh' : 'en';
}
