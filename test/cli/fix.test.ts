/**
 * `jixiao fix`: a corrected copy with every safe fix and a 修改记录 sheet; the input is never modified,
 * and everything outside the fixed cells — values, styles, merges, column widths, other sheets — survives.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { defaultFixOutput, runFix } from '../../src/cli/fix';
import { analyzeWorkbook } from '../../src/core/analyze';
import { readWorkbookFile } from '../../src/workbook/node';
import { FIXTURES_DIR } from '../helpers/shared';
import { dump } from './cells';
import { jixiao } from './run';

jest.setTimeout(120_000);

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-fix-'));
  fs.copyFileSync(path.join(FIXTURES_DIR, 'malformed-targets.xlsx'), path.join(dir, '徐汇区.xlsx'));
  // the fixture plus styles, a note, a formula, a date, another sheet with merges and widths
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(FIXTURES_DIR, 'malformed-targets.xlsx'));
  const ws = wb.worksheets[0];
  ws.getCell('E18').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('E18').font = { bold: true, color: { argb: 'FF0000FF' } };
  ws.getCell('D14').note = '填报人的批注';
  const other = wb.addWorksheet('附表');
  other.getCell('A1').value = '说明';
  other.getCell('A1').font = { size: 14, bold: true };
  other.mergeCells('A1:C1');
  other.getCell('A2').value = { formula: 'SUM(B3:B4)', result: 3 } as ExcelJS.CellFormulaValue;
  other.getCell('B3').value = 1;
  other.getCell('B4').value = 2;
  other.getCell('C3').value = new Date(Date.UTC(2021, 11, 31));
  other.getCell('C3').numFmt = 'yyyy"年"m"月"d"日"';
  other.getCell('A5').value = '=不是公式';
  other.getColumn(1).width = 33;
  other.getRow(2).height = 28;
  await wb.xlsx.writeFile(path.join(dir, '带格式.xlsx'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

test('the copy: safe fixes only, a 修改记录 sheet, everything else as it was; the input untouched', async () => {
  const input = path.join(dir, '带格式.xlsx');
  const bytes = fs.readFileSync(input);
  const r = await jixiao(['fix', input]);
  expect(r.code).toBe(0);
  const out = path.join(dir, '带格式.修正.xlsx');
  expect(r.stdout).toContain('已写入修正副本');
  expect(r.stdout).toContain('绩效目标申报表!E21：100%% → 100%');
  expect(fs.readFileSync(input).equals(bytes)).toBe(true);

  // what the engine says the safe fixes are
  const model = analyzeWorkbook(await readWorkbookFile(input));
  // each fix as core decided the fixed cell (fixedCellWrite): its number and format, or its text
  const safe = new Map<string, { value: string | number; format?: string }>();
  const shownText = new Map<string, string>();
  for (const i of model.issues) {
    if (!i.fix || !i.cell || i.fix.safety !== 'safe' || safe.has(`${i.sheet}!${i.cell}`)) continue;
    shownText.set(`${i.sheet}!${i.cell}`, i.fix.text);
    safe.set(
      `${i.sheet}!${i.cell}`,
      i.fix.value !== undefined ? { value: i.fix.value, format: i.fix.format } : { value: i.fix.text },
    );
  }
  expect(safe.size).toBeGreaterThan(0);

  const before = await load(input);
  const after = await load(out);
  expect(after.worksheets.map((w) => w.name)).toEqual([...before.worksheets.map((w) => w.name), '修改记录']);
  for (const ws of before.worksheets) {
    const copy = after.getWorksheet(ws.name)!;
    const a = dump(ws);
    const b = dump(copy);
    for (const [addr, cell] of Object.entries(a)) {
      const key = `${ws.name}!${addr}`;
      const fixed = safe.get(key);
      if (fixed) {
        expect(copy.getCell(addr).value).toBe(fixed.value);
        const style = (cell as { style: Record<string, unknown> }).style;
        expect((b[addr] as { style: unknown }).style).toEqual(
          fixed.format === undefined ? style : { ...style, numFmt: fixed.format },
        );
      } else {
        expect([key, b[addr]]).toEqual([key, cell]);
      }
    }
    expect(Object.keys(b).filter((k) => !(k in a))).toEqual([]);
    expect([...(copy.model.merges ?? [])].sort()).toEqual([...(ws.model.merges ?? [])].sort());
    const widths = (w: ExcelJS.Worksheet) => (w.columns ?? []).map((c) => c.width ?? null);
    expect(widths(copy)).toEqual(widths(ws));
    expect(copy.getRow(2).height).toBe(ws.getRow(2).height);
  }
  expect(after.getWorksheet('附表')!.getCell('A2').formula).toBe('SUM(B3:B4)');
  expect(after.getWorksheet('附表')!.getCell('A5').value).toBe('=不是公式');

  // 修改记录: sheet, cell, before, after, rule — one row per fix
  const log = after.getWorksheet('修改记录')!;
  const rows: string[][] = [];
  log.eachRow((row, n) => {
    if (n > 1) rows.push([1, 2, 3, 4, 5].map((c) => String(row.getCell(c).value ?? '')));
  });
  expect((log.getRow(1).values as unknown[]).slice(1, 6)).toEqual(['工作表', '单元格', '修改前', '修改后', '规则']);
  expect(rows).toHaveLength(safe.size);
  expect(rows).toContainEqual(['绩效目标申报表', 'E18', '=>150件', '≥150件', 'target.reversed-operator']);
  expect(log.getCell('C2').type).toBe(ExcelJS.ValueType.String);
  // the record's "after" is what the cell shows: the fix's text
  for (const [sheet, cell, , after2] of rows) {
    const fixed = safe.get(`${sheet}!${cell}`);
    expect(
      fixed?.value === undefined
        ? undefined
        : typeof fixed.value === 'number'
          ? shownText.get(`${sheet}!${cell}`)
          : fixed.value,
    ).toBe(after2);
  }

  // checking the copy again: no safe fix left
  const again = analyzeWorkbook(await readWorkbookFile(out));
  expect(again.issues.filter((i) => i.fix?.safety === 'safe')).toEqual([]);
});

test('--out names the copy; the output may not be the input; a missing file is one line', async () => {
  const input = path.join(dir, '徐汇区.xlsx');
  const out = path.join(dir, 'sub-修正.xlsx');
  const r = await runFix(input, { out, lang: 'zh' });
  expect(r.out).toBe(out);
  expect(fs.existsSync(out)).toBe(true);
  expect(defaultFixOutput('/x/徐汇区.xlsm')).toBe(path.join('/x', '徐汇区.修正.xlsx'));

  const same = await jixiao(['fix', input, '--out', input]);
  expect(same.code).toBe(2);
  expect(same.stderr.trim()).toBe(`jixiao: 输出文件不能与输入文件相同：“${input}”（输入文件不会被修改）`);

  const missing = await jixiao(['fix', path.join(dir, 'nope.xlsx')]);
  expect(missing.code).toBe(2);
  expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  expect(missing.stderr).toContain('找不到文件');

  fs.writeFileSync(
    path.join(dir, '旧版.xlsx'),
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
  );
  const legacy = await jixiao(['fix', path.join(dir, '旧版.xlsx')]);
  expect(legacy.code).toBe(2);
  expect(legacy.stderr).toContain('另存为');
  expect(fs.existsSync(path.join(dir, '旧版.修正.xlsx'))).toBe(false);
});

test('fix --help', async () => {
  const r = await jixiao(['fix', '--help']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('--out');
});
