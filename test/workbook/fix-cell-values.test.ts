/**
 * A "safe" fix never changes what the cell shows beyond its text: every fixed cell, written by
 * `jixiao fix`'s path (applyPatchToWorkbook), the preview's fixed copy and the pane's one-click fix
 * (MemoryHost.writeCells), is read back through its number format and re-checked.
 */
import * as ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/core/analyze';
import { fixPatch } from '../../src/core/patch';
import type { Issue } from '../../src/core/types';
import { MemoryHost } from '../../src/preview/memory-host';
import { applyPatchToWorkbook } from '../../src/workbook/apply-patch';
import { readWorkbookBuffer } from '../../src/workbook/read';
import { buildWorkbook } from '../helpers/build-workbook';
import { changesToWrites, fixChange } from '../../src/taskpane/state/writes';

const ROWS = [
  ['项目支出绩效目标申报表'],
  ['项目名称', '某项目', '主管部门', '某局', '实施单位', '某中心'],
  ['一级指标', '二级指标', '三级指标', '指标目标值'],
  ['产出指标', '数量指标', '培训人数', '=>150件'],
  [null, '质量指标', '合格率', { value: '九十', numFmt: '0%' }],
  [null, null, '达标率', { value: '九十五', numFmt: '0.00%' }],
  [null, null, '验收合格率', '100%%'],
  [null, '时效指标', '完成及时率', { value: '百分之九十八', numFmt: '0%' }],
  ['效益指标', '社会效益指标', '知晓率', '≥80%'],
  ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
];
const FIXED = ['D4', 'D5', 'D6', 'D7', 'D8'];
const FIX_CODES = ['target.reversed-operator', 'target.chinese-numeral', 'target.double-percent'];

async function source(): Promise<ArrayBuffer | Uint8Array> {
  return buildWorkbook([{ name: '申报', rows: ROWS as never }]);
}

function textAt(snapshot: Awaited<ReturnType<typeof readWorkbookBuffer>>, a1: string): string {
  const col = a1.charCodeAt(0) - 64;
  const row = Number(a1.slice(1));
  return snapshot.sheets[0].cells.find((c) => c.row === row && c.col === col)?.text ?? '';
}

async function recheck(bytes: ArrayBuffer | Uint8Array, expected: Map<string, string>): Promise<void> {
  const after = await readWorkbookBuffer(bytes, 'fixed.xlsx');
  for (const [cell, text] of expected) expect([cell, textAt(after, cell)]).toEqual([cell, text]);
  const issues = analyzeWorkbook(after).issues.filter((i) => FIX_CODES.includes(i.code));
  expect(issues).toEqual([]);
}

async function safeFixes(): Promise<Issue[]> {
  const model = analyzeWorkbook(await readWorkbookBuffer(await source(), 'src.xlsx'));
  return model.issues.filter((i) => i.fix?.safety === 'safe');
}

test('the safe fixes write what they say: 九十 in a 0% cell becomes 0.9 (shown 90%), never 9000%', async () => {
  const issues = await safeFixes();
  const byCell = new Map(issues.map((i) => [i.cell as string, i.fix]));
  expect([...byCell.keys()].sort()).toEqual(FIXED);
  expect(byCell.get('D5')).toMatchObject({ text: '90%', value: 0.9 });
  expect(byCell.get('D6')).toMatchObject({ text: '95.00%', value: 0.95 });
  expect(byCell.get('D7')).toMatchObject({ text: '100%', value: 1, format: '0%' });
  expect(byCell.get('D8')).toMatchObject({ text: '98%', value: 0.98 });
  expect(byCell.get('D4')?.value).toBeUndefined();
});

test('jixiao fix path (applyPatchToWorkbook): each fixed cell shows the fix text and re-checks clean', async () => {
  const issues = await safeFixes();
  const patch = fixPatch(issues, 'safe');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await source()) as ArrayBuffer);
  applyPatchToWorkbook(wb, patch);
  const bytes = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
  const expected = new Map(patch.ops.map((o) => [o.cell, o.kind === 'value' ? o.text : '']));
  await recheck(bytes, expected);
  // the number is a number: 0.9 in D5, not the text "90%"
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes);
  expect(back.getWorksheet('申报')?.getCell('D5').value).toBe(0.9);
});

test('preview: the fixed copy and a one-click fix (writeCells) write the same values', async () => {
  const host = await MemoryHost.open(await source(), 'src.xlsx', 'zh');
  const { bytes } = await host.fixedCopyBytes();
  const issues = await safeFixes();
  const expected = new Map(issues.map((i) => [i.cell as string, i.fix?.text as string]));
  await recheck(bytes, expected);

  const one = await MemoryHost.open(await source(), 'src.xlsx', 'zh');
  const snapshots = new Map([['申报', await one.readSheet('申报')]]);
  const changes = issues.map((i) => fixChange(i, snapshots)).filter((c) => c !== null);
  await one.writeCells(changesToWrites(changes), { onlyIfEmpty: false });
  await recheck(await one.toBytes(), expected);
});
