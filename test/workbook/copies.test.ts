/**
 * The fixed copy (src/workbook/copies.ts), shared by `jixiao fix` and the preview's download: every
 * safe fix written, each change listed once per cell with the text before and after and its rule;
 * meaning-changing fixes and filled cells of other kinds left alone; the sheets checked can be chosen.
 */
import * as ExcelJS from 'exceljs';
import { applySafeFixes } from '../../src/workbook/copies';
import { isCellEmpty } from '../../src/workbook/apply-patch';

function declaration(wb: ExcelJS.Workbook, name: string, targets: string[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.getCell('A1').value = '财政项目支出绩效目标申报表';
  ws.getCell('A3').value = '项目名称';
  ws.getCell('B3').value = '测试项目';
  ['一级指标', '二级指标', '三级指标', '指标目标值'].forEach((h, i) => (ws.getCell(13, 2 + i).value = h));
  targets.forEach((t, i) => {
    ws.getCell(14 + i, 2).value = '产出指标';
    ws.getCell(14 + i, 3).value = '数量指标';
    ws.getCell(14 + i, 4).value = `培训人次${i + 1}`;
    ws.getCell(14 + i, 5).value = t;
  });
  return ws;
}

test('safe fixes are written and listed; a fix that changes the meaning is not', () => {
  const wb = new ExcelJS.Workbook();
  const ws = declaration(wb, '申报表', ['=>150人次', '≥200人次', '100人次', '≥80%%']);
  const changes = applySafeFixes(wb, { lang: 'zh' });
  expect(changes.map((c) => [c.cell, c.before, c.after, c.rule])).toEqual([
    ['E14', '=>150人次', '≥150人次', 'target.reversed-operator'],
    ['E17', '≥80%%', '≥80%', 'target.double-percent'],
  ]);
  expect(changes.every((c) => c.sheet === '申报表' && c.message !== '')).toBe(true);
  expect([14, 15, 16, 17].map((r) => ws.getCell(r, 5).value)).toEqual(['≥150人次', '≥200人次', '100人次', '≥80%']);
  // nothing left to fix: a second run changes nothing
  expect(applySafeFixes(wb, { lang: 'zh' })).toEqual([]);
});

test('only the chosen sheets are checked (the preview: the sheets the pane shows)', () => {
  const wb = new ExcelJS.Workbook();
  declaration(wb, '甲', ['=>150人次']);
  const hidden = declaration(wb, '乙', ['=>9人次']);
  hidden.state = 'hidden';
  const changes = applySafeFixes(wb, { lang: 'zh', sheets: (ws) => ws.state === 'visible' });
  expect(changes.map((c) => `${c.sheet}!${c.cell}`)).toEqual(['甲!E14']);
  expect(hidden.getCell('E14').value).toBe('=>9人次');
});

test('"is this cell empty" for exceljs cells: a formula is content whatever it shows; blank rich text is empty', () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('s');
  ws.getCell('A1').value = { formula: 'B1&""', result: '' } as ExcelJS.CellFormulaValue;
  ws.getCell('A2').value = { richText: [{ text: ' ' }] };
  ws.getCell('A3').value = '  ';
  ws.getCell('A4').value = 0;
  ws.getCell('A5').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  expect(['A1', 'A2', 'A3', 'A4', 'A5', 'A6'].map((a) => isCellEmpty(ws.getCell(a)))).toEqual([
    false,
    true,
    true,
    false,
    false,
    true,
  ]);
});
