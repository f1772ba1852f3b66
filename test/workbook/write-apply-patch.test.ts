/**
 * applyPatchToWorkbook / clearMarksInWorkbook: paint, record, clear — every cell's look comes back exactly,
 * through a save + reload round trip; onlyIfEmpty values never replace what is there.
 */
import * as ExcelJS from 'exceljs';
import { MARKS_SHEET, SEVERITY_FILL, rowsToMarks } from '../../src/core/marks';
import type { SheetPatch } from '../../src/core/patch';
import { applyPatchToWorkbook, clearMarksInWorkbook } from '../../src/workbook/apply-patch';

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(buf as ArrayBuffer);
  return out;
}

/** Every cell of every visible sheet: value, style, note. */
function snapshot(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    if (ws.name === MARKS_SHEET) continue;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        out[`${ws.name}!${cell.address}`] = { value: cell.value, style: cell.style, note: cell.note ?? null };
      }),
    );
  }
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
}

async function original(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('申报表');
  ws.getCell('A1').value = '一级指标';
  ws.getCell('A1').font = { bold: true, name: 'SimSun', size: 12 };
  ws.getCell('A1').border = { top: { style: 'thin' }, bottom: { style: 'double', color: { argb: 'FF0000FF' } } };
  ws.getCell('E14').value = '>=29万';
  ws.getCell('E14').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.6 } } as ExcelJS.Fill;
  ws.getCell('E14').note = '用户自己的批注';
  ws.getCell('E15').value = '100%%';
  ws.getCell('E15').fill = {
    type: 'pattern',
    pattern: 'gray125',
    fgColor: { argb: 'FF00FF00' },
    bgColor: { argb: 'FFFFFF00' },
  } as ExcelJS.Fill;
  ws.getCell('E15').font = { italic: true, color: { argb: 'FF123456' } };
  ws.getCell('E16').numFmt = '0%';
  ws.getCell('E16').value = 0.95;
  ws.getCell('E17').note = {
    texts: [{ text: '富文本', font: { bold: true, size: 9 } }, { text: '批注' }],
  } as ExcelJS.Comment;
  // E18 is empty with no style at all; E19/E20 share one style with E16 after the reload
  ws.getCell('E19').numFmt = '0%';
  ws.getCell('E20').numFmt = '0%';
  ws.getCell('E20').value = 0.5;
  ws.getColumn(5).width = 24;
  ws.mergeCells('B14:B16');
  const other = wb.addWorksheet('其他');
  other.getCell('A1').value = 'x';
  return reload(wb);
}

const PATCH: SheetPatch = {
  ops: [
    { kind: 'highlight', sheet: '申报表', cell: 'E14', severity: 'warning' },
    { kind: 'note', sheet: '申报表', cell: 'E14', severity: 'warning', text: '绩效目标检查：\n缺少单位' },
    { kind: 'highlight', sheet: '申报表', cell: 'E15', severity: 'error' },
    { kind: 'note', sheet: '申报表', cell: 'E15', severity: 'error', text: '多余的百分号' },
    { kind: 'highlight', sheet: '申报表', cell: 'E16', severity: 'info' },
    { kind: 'note', sheet: '申报表', cell: 'E17', severity: 'error', text: '新批注' },
    { kind: 'highlight', sheet: '申报表', cell: 'E18', severity: 'error' },
    { kind: 'note', sheet: '申报表', cell: 'E18', severity: 'error', text: '指标值为空' },
    { kind: 'highlight', sheet: '申报表', cell: 'A1', severity: 'warning' },
    { kind: 'highlight', sheet: '申报表', cell: 'B14', severity: 'error' },
  ],
};

test('paint then clear restores every cell exactly (fill, font, border, note, value), through save + reload', async () => {
  const wb = await original();
  const before = snapshot(wb);
  const shared = wb.getWorksheet('申报表')!.getCell('E19').fill;
  const result = applyPatchToWorkbook(wb, PATCH);
  expect(result).toEqual({ painted: 7, written: 0, skipped: [] });

  const painted = await reload(wb);
  const ws = painted.getWorksheet('申报表')!;
  expect((ws.getCell('E15').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF' + SEVERITY_FILL.error.slice(1));
  expect((ws.getCell('E16').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF' + SEVERITY_FILL.info.slice(1));
  expect(ws.getCell('E14').note).toBe('绩效目标检查：\n缺少单位');
  // painting E16 must not repaint E19/E20, which shared its style object after loading
  expect(ws.getCell('E19').fill).toEqual(shared);
  expect(ws.getCell('E20').fill).toEqual(shared);
  expect((shared as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe('none');
  const marks = painted.getWorksheet(MARKS_SHEET)!;
  expect(marks.state).toBe('veryHidden');
  const rows: unknown[][] = [];
  marks.eachRow((r) => rows.push([r.getCell(1).value, r.getCell(2).value, r.getCell(3).value]));
  const records = rowsToMarks(rows);
  expect(records.map((r) => r.cell).sort()).toEqual(['A1', 'B14', 'E14', 'E15', 'E16', 'E17', 'E18']);
  expect(records.find((r) => r.cell === 'E14')?.before.note).toBe('用户自己的批注');
  expect(records.find((r) => r.cell === 'E15')?.before.fill).toEqual({
    color: '#FFFF00',
    pattern: 'Gray125',
    patternColor: '#00FF00',
  });

  expect(clearMarksInWorkbook(painted)).toBe(7);
  const cleared = await reload(painted);
  expect(cleared.getWorksheet(MARKS_SHEET)).toBeUndefined();
  expect(snapshot(cleared)).toEqual(before);
  expect(cleared.getWorksheet('申报表')!.getColumn(5).width).toBe(24);
  expect(cleared.getWorksheet('申报表')!.model.merges).toEqual(['B14:B16']);
});

test("painting twice keeps the first look: clearing still gives back the user's own fill and note", async () => {
  const wb = await original();
  const before = snapshot(wb);
  applyPatchToWorkbook(wb, PATCH);
  const again = await reload(wb);
  applyPatchToWorkbook(again, PATCH);
  applyPatchToWorkbook(again, { ops: [{ kind: 'highlight', sheet: '其他', cell: 'A1', severity: 'error' }] });
  const twice = await reload(again);
  // clear one sheet only: the other sheet's record stays
  expect(clearMarksInWorkbook(twice, '其他')).toBe(1);
  expect(twice.getWorksheet(MARKS_SHEET)).toBeDefined();
  expect(clearMarksInWorkbook(twice)).toBe(7);
  expect(snapshot(await reload(twice))).toEqual(before);
  expect(clearMarksInWorkbook(twice)).toBe(0);
});

test('a record written by another host (no exceljs look) is restored from the neutral look', async () => {
  const wb = await original();
  const ws = wb.addWorksheet(MARKS_SHEET, { state: 'veryHidden' });
  ws.addRow(['sheet', 'cell', 'before']);
  ws.addRow([
    '申报表',
    'E18',
    JSON.stringify({ fill: { color: '#ABCDEF', pattern: null, patternColor: null }, note: '原批注' }),
  ]);
  ws.addRow(['申报表', 'E16', 'not json']);
  const s = wb.getWorksheet('申报表')!;
  s.getCell('E18').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
  expect(clearMarksInWorkbook(wb)).toBe(2);
  expect(s.getCell('E18').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFABCDEF' } });
  expect(s.getCell('E18').note).toBe('原批注');
  expect(s.getCell('E16').fill).toBeUndefined();
  expect(s.getCell('E16').note).toBeUndefined();
  expect(wb.getWorksheet(MARKS_SHEET)).toBeUndefined();
});

test('value ops: onlyIfEmpty never replaces a filled cell (reported), scores are numbers, fixes are text', async () => {
  const wb = await original();
  const result = applyPatchToWorkbook(wb, {
    ops: [
      { kind: 'value', sheet: '申报表', cell: 'E18', text: '4.65', onlyIfEmpty: true, reason: 'score' },
      { kind: 'value', sheet: '申报表', cell: 'E16', text: '3', onlyIfEmpty: true, reason: 'score' },
      { kind: 'value', sheet: '申报表', cell: 'E15', text: '=100%', onlyIfEmpty: false, reason: 'fix' },
      { kind: 'value', sheet: '不存在', cell: 'A1', text: '1', onlyIfEmpty: true, reason: 'score' },
    ],
  });
  expect(result.written).toBe(2);
  expect(result.painted).toBe(0);
  expect(result.skipped).toEqual([
    { sheet: '申报表', cell: 'E16', current: '0.95' },
    { sheet: '不存在', cell: 'A1', current: '' },
  ]);
  const back = await reload(wb);
  const ws = back.getWorksheet('申报表')!;
  expect(ws.getCell('E18').value).toBe(4.65);
  expect(ws.getCell('E16').value).toBe(0.95);
  // a fix beginning with "=" is text, never a formula
  expect(ws.getCell('E15').value).toBe('=100%');
  expect(ws.getCell('E15').type).toBe(ExcelJS.ValueType.String);
  expect(back.getWorksheet(MARKS_SHEET)).toBeUndefined();
});
