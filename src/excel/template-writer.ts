/**
 * Renders the core's template definition (src/core/template.ts) with office-js: cells and formulas
 * in one block write per sheet, number formats and styles by range, merges, column widths, row
 * heights, defined names, data validation (1.8), print setup (1.9) and the hidden list sheet.
 * Two syncs: one to see which sheet names and defined names exist, one to write.
 *
 * A second template in the same workbook gets a unique sheet name ("绩效目标申报表 (2)") and reuses
 * the list sheet and names already there; names that exist are never redefined.
 */
import type { TemplateDefinition, TemplateSheet, TemplateStyle, TemplateValidation } from '../core/template';
import { LIST_SHEET_NAME } from '../core/template';
import { parseAddress, parseRange } from '../core/grid';
import {
  columnAddress,
  compactAddresses,
  chunkAddressList,
  fill2d,
  quoteSheet,
  rangeSize,
  uniqueSheetName,
} from './addresses';
import type { ExcelFeatures } from './capabilities';

type Features = Pick<ExcelFeatures, 'dataValidation' | 'batchFormats'>;

interface StyleLook {
  bold?: boolean;
  size?: number;
  fill?: string;
  horizontal?: 'Left' | 'Center';
  vertical?: 'Top' | 'Center';
  wrap?: boolean;
}

/** How each template role looks. */
const STYLE_LOOKS: Record<TemplateStyle, StyleLook> = {
  title: { bold: true, size: 16, horizontal: 'Center', vertical: 'Center' },
  subtitle: { horizontal: 'Center', vertical: 'Center' },
  label: { bold: true, fill: '#F2F2F2', horizontal: 'Center', vertical: 'Center', wrap: true },
  header: { bold: true, fill: '#D9E1F2', horizontal: 'Center', vertical: 'Center', wrap: true },
  input: { vertical: 'Center', wrap: true },
  goal: { horizontal: 'Left', vertical: 'Top', wrap: true },
  total: { bold: true, horizontal: 'Center', vertical: 'Center' },
};

/** Excel character units (column width as the template gives it) to points (what office-js sets). */
function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** The list source office-js expects: a quoted literal list becomes "a,b,c"; a name or formula gets "=". */
function validationSource(source: string): string {
  return /^".*"$/.test(source) ? source.slice(1, -1) : `=${source}`;
}

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

export async function renderTemplate(
  context: Excel.RequestContext,
  definition: TemplateDefinition,
  features: Features,
): Promise<string> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load('items/name');
  workbook.names.load('items/name');
  await context.sync();

  const takenSheets = sheets.items.map((s) => s.name);
  const takenNames = new Set(workbook.names.items.map((n) => n.name.toLowerCase()));
  const [formDef, ...listDefs] = definition.sheets;
  const missingNames = definition.names.filter((n) => !takenNames.has(n.name.toLowerCase()));

  // the list sheet: created only when some of its names are missing (a second template reuses it)
  let listName = LIST_SHEET_NAME;
  if (missingNames.length > 0) {
    for (const listDef of listDefs) {
      listName = uniqueSheetName(listDef.name, takenSheets);
      takenSheets.push(listName);
      writeSheet(sheets.add(listName), listDef, features);
    }
    for (const n of missingNames) {
      const refersTo = n.refersTo.split(`${quoteSheet(LIST_SHEET_NAME)}!`).join(`${quoteSheet(listName)}!`);
      workbook.names.add(n.name, `=${refersTo}`);
    }
  }

  const formName = uniqueSheetName(formDef.name, takenSheets);
  const form = sheets.add(formName);
  writeSheet(form, formDef, features);
  form.activate();
  form.getRange('A1').select();
  await context.sync();
  return formName;
}

function writeSheet(ws: Excel.Worksheet, def: TemplateSheet, features: Features): void {
  // cells and formulas: one block from A1
  let rows = 0;
  let cols = 0;
  for (const c of def.cells) {
    const { row, col } = parseAddress(c.cell);
    rows = Math.max(rows, row);
    cols = Math.max(cols, col);
  }
  if (rows > 0) {
    const block: (string | number)[][] = fill2d(rows, cols, '');
    for (const c of def.cells) {
      const { row, col } = parseAddress(c.cell);
      block[row - 1][col - 1] = c.formula ? `=${c.formula}` : (c.value ?? '');
    }
    ws.getRangeByIndexes(0, 0, rows, cols).formulas = block;
  }

  // number formats, by run
  const byFormat = new Map<string, string[]>();
  for (const c of def.cells)
    if (c.numberFormat) byFormat.set(c.numberFormat, [...(byFormat.get(c.numberFormat) ?? []), c.cell]);
  for (const [format, cells] of byFormat) {
    for (const a of compactAddresses(cells)) {
      const size = rangeSize(a);
      ws.getRange(a).numberFormat = fill2d(size.rows, size.cols, format);
    }
  }

  // styles, by role
  const byStyle = new Map<TemplateStyle, string[]>();
  for (const c of def.cells) byStyle.set(c.style, [...(byStyle.get(c.style) ?? []), c.cell]);
  for (const [style, cells] of byStyle) {
    const look = STYLE_LOOKS[style];
    for (const target of formatTargets(ws, cells, features)) {
      const format = target.format;
      if (look.bold) format.font.bold = true;
      if (look.size) format.font.size = look.size;
      if (look.fill) format.fill.color = look.fill;
      if (look.horizontal) format.horizontalAlignment = look.horizontal;
      if (look.vertical) format.verticalAlignment = look.vertical;
      if (look.wrap) format.wrapText = true;
    }
  }

  // thin borders around and inside the form (everything below the title lines)
  const boxed = def.cells.filter((c) => c.style !== 'title' && c.style !== 'subtitle');
  if (boxed.length > 0 && !def.hidden) {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const c of boxed) {
      const { row, col } = parseAddress(c.cell);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    const box = ws.getRangeByIndexes(top - 1, left - 1, bottom - top + 1, right - left + 1);
    for (const edge of BORDER_EDGES) {
      if (edge === 'InsideVertical' && left === right) continue;
      if (edge === 'InsideHorizontal' && top === bottom) continue;
      const border = box.format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }

  for (const m of def.merges) ws.getRange(m).merge(false);
  def.columnWidths.forEach((w, i) => {
    ws.getRange(columnAddress(i + 1)).format.columnWidth = widthToPoints(w);
  });
  for (const [row, height] of Object.entries(def.rowHeights)) ws.getRange(`${row}:${row}`).format.rowHeight = height;

  if (features.dataValidation) for (const v of def.validations) applyValidation(ws, v);

  if (def.print && features.batchFormats) {
    const layout = ws.pageLayout;
    layout.paperSize = 'A4';
    layout.orientation = def.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    // fit all columns on one page wide, as many pages tall as needed
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.setPrintArea(def.print.printArea);
    const [first, last] = def.print.printTitleRows.split(':');
    layout.setPrintTitleRows(`$${first}:$${last ?? first}`);
  }

  if (def.hidden) ws.visibility = 'Hidden';
}

function applyValidation(ws: Excel.Worksheet, v: TemplateValidation): void {
  // validate the range address early: parseRange throws on a malformed one
  parseRange(v.range);
  const dv = ws.getRange(v.range).dataValidation;
  if (v.kind === 'list') {
    dv.rule = { list: { inCellDropDown: true, source: validationSource(v.source) } };
    dv.errorAlert = { showAlert: true, style: 'Stop', title: v.error.title, message: v.error.message };
    if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
  } else {
    dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
  }
}

function formatTargets(ws: Excel.Worksheet, cells: string[], features: Features): (Excel.Range | Excel.RangeAreas)[] {
  const runs = compactAddresses(cells);
  if (features.batchFormats) return chunkAddressList(runs).map((list) => ws.getRanges(list));
  return runs.map((a) => ws.getRange(a));
}
