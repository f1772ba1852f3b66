/**
 * writeTemplate: buildTemplate()'s definition rendered with exceljs — styles by role, merges, widths,
 * defined names, dropdowns and guidance, print setup, the hidden list sheet — and read back by the engine.
 */
import * as ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/core/analyze';
import {
  LEVEL1_LIST_NAME,
  LIST_SHEET_NAME,
  TEMPLATE_SHEET_NAMES,
  buildTemplate,
  type TemplateLayout,
} from '../../src/core/template';
import { readWorkbookBuffer } from '../../src/workbook/read';
import { writeTemplate } from '../../src/workbook/write-template';

async function roundTrip(layout: TemplateLayout): Promise<{ wb: ExcelJS.Workbook; buf: Buffer }> {
  const wb = new ExcelJS.Workbook();
  const ws = writeTemplate(wb, buildTemplate({ layout, year: 2026 }));
  expect(ws.name).toBe(TEMPLATE_SHEET_NAMES[layout]);
  const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf as unknown as ArrayBuffer);
  return { wb: back, buf };
}

describe.each(['declaration', 'self-evaluation', 'split'] as const)('%s template', (layout) => {
  const def = buildTemplate({ layout, year: 2026 });
  const [formDef, listDef] = def.sheets;

  test('cells, styles by role, merges, widths, heights', async () => {
    const { wb } = await roundTrip(layout);
    const ws = wb.getWorksheet(formDef.name)!;
    expect(wb.worksheets[0].name).toBe(formDef.name);
    const title = ws.getCell('A1');
    expect(title.value).toBe(formDef.cells[0].value);
    expect(title.font).toMatchObject({ bold: true, size: 16 });
    expect(title.alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('A2').value).toBe('(2026年度)');
    const label = formDef.cells.find((c) => c.style === 'label')!;
    expect(ws.getCell(label.cell).font).toMatchObject({ bold: true });
    expect(ws.getCell(label.cell).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    const header = formDef.cells.find((c) => c.style === 'header')!;
    expect(ws.getCell(header.cell).alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    const input = `${def.table.columns.target}${def.table.firstRow}`;
    expect(ws.getCell(input).border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(ws.getCell(input).alignment).toMatchObject({ wrapText: true });
    for (const c of formDef.cells.filter((x) => x.numberFormat)) expect(ws.getCell(c.cell).numFmt).toBe(c.numberFormat);
    for (const c of formDef.cells.filter((x) => x.formula)) expect(ws.getCell(c.cell).formula).toBe(c.formula);
    expect([...(ws.model.merges ?? [])].sort()).toEqual([...formDef.merges].sort());
    formDef.columnWidths.forEach((w, i) => expect(ws.getColumn(i + 1).width).toBe(w));
    for (const [row, h] of Object.entries(formDef.rowHeights)) expect(ws.getRow(Number(row)).height).toBe(h);
  });

  test('defined names, dropdowns (一级 → 二级 by INDIRECT), guidance, print setup, hidden list sheet', async () => {
    const { wb } = await roundTrip(layout);
    const names = wb.definedNames.model.filter((n) => !n.name.startsWith('_xlnm'));
    expect(names.map((n) => n.name).sort()).toEqual(def.names.map((n) => n.name).sort());
    // a one-cell range ($E$2:$E$2) is written as the cell ($E$2)
    const single = (ref: string) => ref.replace(/\$([A-Z]+)\$(\d+):\$\1\$\2$/, '$$$1$$$2');
    for (const n of def.names) expect(names.find((x) => x.name === n.name)?.ranges).toEqual([single(n.refersTo)]);

    const ws = wb.getWorksheet(formDef.name)!;
    const { columns, firstRow, lastRow } = def.table;
    const l1 = ws.getCell(`${columns.level1}${firstRow}`).dataValidation;
    expect(l1).toMatchObject({ type: 'list', formulae: [LEVEL1_LIST_NAME], showErrorMessage: true });
    const l2 = ws.getCell(`${columns.level2}${lastRow}`).dataValidation;
    expect(l2).toMatchObject({ type: 'list', formulae: [`INDIRECT($${columns.level1}${firstRow})`] });
    const target = ws.getCell(`${columns.target}${firstRow + 3}`).dataValidation;
    expect(target).toMatchObject({ showInputMessage: true, promptTitle: '指标目标值' });
    expect(target.type ?? 'any').toBe('any');
    if (layout === 'split') {
      expect(ws.getCell(`${columns.nature}${firstRow}`).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"≥,≤,>,<,=,定性,不适用"'],
      });
    }

    const print = formDef.print!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: print.printArea,
      printTitlesRow: print.printTitleRows,
    });

    const list = wb.getWorksheet(LIST_SHEET_NAME)!;
    expect(list.state).toBe('hidden');
    for (const c of listDef.cells) expect(list.getCell(c.cell).value).toBe(c.value);
  });

  test('the engine finds the blank form on the form sheet and nothing on the list sheet', async () => {
    const { buf } = await roundTrip(layout);
    const model = analyzeWorkbook(await readWorkbookBuffer(buf, 't.xlsx'));
    expect(model.forms.map((f) => [f.sheet, f.layout])).toEqual([
      [formDef.name, layout === 'split' ? 'declaration-split' : layout],
    ]);
  });
});

test('writing a template twice into the same workbook replaces its sheets and names', () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('原有');
  writeTemplate(wb, buildTemplate({ layout: 'declaration', year: 2025 }));
  writeTemplate(wb, buildTemplate({ layout: 'declaration', year: 2026 }));
  expect(wb.worksheets.map((w) => w.name)).toEqual(['原有', '绩效目标申报表', LIST_SHEET_NAME]);
  expect(wb.getWorksheet('绩效目标申报表')!.getCell('A2').value).toBe('(2026年度)');
});
