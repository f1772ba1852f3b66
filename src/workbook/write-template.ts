/**
 * Renders the standard blank form (buildTemplate()'s definition, src/core/template.ts) into an
 * exceljs Workbook: cells with styles by role, merges, column widths, row heights, defined names,
 * data validations (dropdowns and input guidance), print setup and the hidden list sheet.
 *
 * Browser-safe: exceljs Workbook objects only, no Node imports.
 */
import type * as ExcelJS from 'exceljs';
import { quoteSheet, uniqueSheetName } from '../core/sheet-names';
import {
  LIST_SHEET_NAME,
  type TemplateDefinition,
  type TemplateSheet,
  type TemplateStyle,
  type TemplateValidation,
} from '../core/template';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const FONT = 'SimSun';
const LABEL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

/** The style of a role; a fresh object per cell (exceljs styles are mutable). */
function templateStyle(role: TemplateStyle): Partial<ExcelJS.Style> {
  switch (role) {
    case 'title':
      return {
        font: { name: FONT, size: 16, bold: true },
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      };
    case 'subtitle':
      return {
        font: { name: FONT, size: 11 },
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      };
    case 'label':
      return {
        font: { name: FONT, size: 11, bold: true },
        fill: { ...LABEL_FILL },
        border: { ...THIN },
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      };
    case 'header':
      return {
        font: { name: FONT, size: 11, bold: true },
        fill: { ...HEADER_FILL },
        border: { ...THIN },
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      };
    case 'input':
      return { font: { name: FONT, size: 11 }, border: { ...THIN }, alignment: { vertical: 'middle', wrapText: true } };
    case 'goal':
      return {
        font: { name: FONT, size: 11 },
        border: { ...THIN },
        alignment: { horizontal: 'left', vertical: 'top', wrapText: true },
      };
    case 'total':
      return {
        font: { name: FONT, size: 11, bold: true },
        border: { ...THIN },
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      };
  }
}

function validationModel(v: TemplateValidation): ExcelJS.DataValidation {
  if (v.kind === 'list') {
    return {
      type: 'list',
      allowBlank: true,
      formulae: [v.source],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: v.error.title,
      error: v.error.message,
      ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message } : {}),
    };
  }
  // no restriction: exceljs writes type 'any' as a validation without a type, i.e. only the input message
  return {
    type: 'any' as ExcelJS.DataValidation['type'],
    allowBlank: true,
    formulae: [],
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
  };
}

function writeSheet(wb: ExcelJS.Workbook, def: TemplateSheet): ExcelJS.Worksheet {
  const existing = wb.getWorksheet(def.name);
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(def.name, { state: def.hidden ? 'hidden' : 'visible' });
  def.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const [row, height] of Object.entries(def.rowHeights)) ws.getRow(Number(row)).height = height;
  for (const c of def.cells) {
    const cell = ws.getCell(c.cell);
    const style = templateStyle(c.style);
    if (c.numberFormat) style.numFmt = c.numberFormat;
    cell.style = style;
    if (c.formula) cell.value = { formula: c.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
    else if (c.value !== null) cell.value = c.value;
  }
  for (const range of def.merges) ws.mergeCells(range);
  // exceljs's DataValidations takes a range key ("B14:B33") and writes it as one sqref; the typings omit it
  const dv = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  for (const v of def.validations) dv.add(v.range, validationModel(v));
  if (def.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: def.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: def.print.printArea,
      printTitlesRow: def.print.printTitleRows,
      horizontalCentered: true,
    };
  }
  return ws;
}

/**
 * Writes the template's sheets into `wb` (replacing sheets of the same names) and its defined names.
 * Returns the form sheet (the first sheet of the definition).
 */
export function writeTemplate(wb: ExcelJS.Workbook, def: TemplateDefinition): ExcelJS.Worksheet {
  const sheets = def.sheets.map((s) => writeSheet(wb, s));
  for (const n of def.names) {
    // the definition is "'Sheet'!$A$2:$A$5"; exceljs takes the same
    wb.definedNames.remove(n.refersTo, n.name);
    wb.definedNames.add(n.refersTo, n.name);
  }
  const form = sheets[0];
  const index = wb.worksheets.indexOf(form);
  if (index >= 0) wb.views = [{ activeTab: index, firstSheet: 0, visibility: 'visible' } as ExcelJS.WorkbookView];
  return form;
}

/**
 * Inserts the template into a workbook a person is working on, the way the Excel host does
 * (src/excel/template-writer.ts): nothing of theirs is replaced. The form goes to a new sheet under a
 * name of its own (uniqueSheetName: "绩效目标申报表 (2)" beside an existing one); the list sheet and
 * its defined names are added only when one of the names is missing — under a free name, the names
 * pointing at it — so a second template reuses them, and a sheet of the person's own named 指标库 is
 * left as it is. Returns the form sheet's name; the form becomes the active sheet.
 */
export function insertTemplateInto(wb: ExcelJS.Workbook, def: TemplateDefinition): string {
  const taken = wb.worksheets.map((ws) => ws.name);
  const existing = new Set(
    ((wb.definedNames as unknown as { model: { name: string }[] }).model ?? []).map((n) => n.name.toLowerCase()),
  );
  const [formDef, ...listDefs] = def.sheets;
  const missing = def.names.filter((n) => !existing.has(n.name.toLowerCase()));
  if (missing.length > 0) {
    let listName = LIST_SHEET_NAME;
    for (const listDef of listDefs) {
      listName = uniqueSheetName(listDef.name, taken);
      taken.push(listName);
      writeSheet(wb, { ...listDef, name: listName });
    }
    for (const n of missing) {
      const refersTo = n.refersTo.split(`${quoteSheet(LIST_SHEET_NAME)}!`).join(`${quoteSheet(listName)}!`);
      wb.definedNames.add(refersTo, n.name);
    }
  }
  const formName = uniqueSheetName(formDef.name, taken);
  const form = writeSheet(wb, { ...formDef, name: formName });
  const index = wb.worksheets.indexOf(form);
  if (index >= 0) wb.views = [{ activeTab: index, firstSheet: 0, visibility: 'visible' } as ExcelJS.WorkbookView];
  return formName;
}
