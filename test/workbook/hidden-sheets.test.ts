/**
 * Hidden sheets are not checked, as in Excel's task pane (src/excel/read.ts lists visible sheets only): a hidden sheet
 * with content is said to be skipped (form.hidden-sheet); jixiao's own hidden sheets (marks, settings, the template's
 * 指标库) and empty hidden sheets are passed over silently.
 */
import ExcelJS from 'exceljs';
import { MARKS_SHEET } from '../../src/core/marks';
import { SETTINGS_SHEET } from '../../src/core/settings-store';
import { LIST_SHEET_NAME } from '../../src/core/template';
import { readWorkbookBuffer } from '../../src/workbook/read';

async function workbook(sheets: { name: string; state?: 'visible' | 'hidden' | 'veryHidden'; text?: string }[]) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? 'visible' });
    if (s.text) ws.getCell('A1').value = s.text;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('a hidden sheet with content is skipped and said so; visible sheets are read', async () => {
  const buf = await workbook([
    { name: '申报表', text: '项目支出绩效目标表' },
    { name: '申报表 (旧)', state: 'hidden', text: '项目支出绩效目标表' },
    { name: '草稿', state: 'veryHidden', text: 'x' },
  ]);
  const r = await readWorkbookBuffer(buf, 'a.xlsx');
  expect(r.sheets.map((s) => s.sheet)).toEqual(['申报表']);
  expect(r.warnings).toEqual([
    { code: 'form.hidden-sheet', params: { sheet: '申报表 (旧)' } },
    { code: 'form.hidden-sheet', params: { sheet: '草稿' } },
  ]);
});

test("jixiao's own hidden sheets and empty hidden sheets are passed over silently", async () => {
  const buf = await workbook([
    { name: '申报表', text: '项目支出绩效目标表' },
    { name: MARKS_SHEET, state: 'veryHidden', text: 'A1' },
    { name: SETTINGS_SHEET, state: 'veryHidden', text: '{}' },
    { name: LIST_SHEET_NAME, state: 'hidden', text: '产出指标' },
    { name: 'Sheet2', state: 'hidden' },
  ]);
  const r = await readWorkbookBuffer(buf, 'b.xlsx');
  expect(r.sheets.map((s) => s.sheet)).toEqual(['申报表']);
  expect(r.warnings).toEqual([]);
});
