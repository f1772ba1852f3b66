/**
 * `jixiao check <folder> --out 汇总.xlsx`: the summary workbook (汇总 / 问题清单 / 指标明细), links to
 * cells, unreadable files, formula-looking texts kept as text, worker threads = in-process results,
 * an unwritable output reported in one line with nothing left behind.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { cellLink, runCheck } from '../../src/cli/check';
import type { Report } from '../../src/core/report';
import { buildWorkbook } from '../helpers/build-workbook';
import { FIXTURES_DIR } from '../helpers/shared';
import { jixiao } from './run';

jest.setTimeout(120_000);

let dir: string;
let folder: string;

const INJECTION_NAME = '=HYPERLINK("http://x","点我")';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-batch-'));
  folder = path.join(dir, '返回表');
  fs.mkdirSync(path.join(folder, '区县'), { recursive: true });
  fs.copyFileSync(path.join(FIXTURES_DIR, 'seed-2021-sfj.xlsx'), path.join(folder, '司法局.xlsx'));
  fs.copyFileSync(path.join(FIXTURES_DIR, 'malformed-targets.xlsx'), path.join(folder, '区县', '徐汇区.xlsx'));
  fs.copyFileSync(path.join(FIXTURES_DIR, 'seed-2021-sfj-selfeval.xlsx'), path.join(folder, '自评.xlsx'));
  fs.writeFileSync(path.join(folder, '坏文件.xlsx'), 'a,b,c\n1,2,3\n');
  const hostile = await buildWorkbook([
    {
      name: '+申报表',
      rows: [
        ['财政项目支出绩效目标申报表'],
        ['项目名称', INJECTION_NAME, '项目类别', '经常性项目'],
        ['主管部门', '@SUM(1,2)', '实施单位', '-1+2'],
        ['项目资金（万元）', '项目资金总额', 100],
        ['一级指标', '二级指标', '三级指标', '指标目标值'],
        ['产出指标', '数量指标', '=1+1', '≥200人次'],
        ['效益指标', '社会效益指标', '群众知晓率', '-5%'],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
      ],
    },
  ]);
  fs.writeFileSync(path.join(folder, '注入.xlsx'), hostile);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function rows(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const out: ExcelJS.Row[] = [];
  ws.eachRow((r, n) => {
    if (n > 1) out.push(r);
  });
  return out;
}

function text(v: ExcelJS.CellValue): string {
  if (v && typeof v === 'object' && 'text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  return v === null || v === undefined ? '' : String(v);
}

describe('the summary workbook', () => {
  let report: Report;
  let wb: ExcelJS.Workbook;
  let result: { code: number; stdout: string; stderr: string };
  const out = () => path.join(folder, '汇总.xlsx');

  beforeAll(async () => {
    // written into the folder being checked: the summary itself is not checked
    result = await jixiao(['check', folder, '--out', out(), '--format', 'json']);
    report = JSON.parse(result.stdout) as Report;
    wb = await load(out());
  });

  test('--format json still prints the report; exit 2 (a file could not be read); the summary is not checked', () => {
    expect(result.code).toBe(2);
    expect(report.files).toHaveLength(5);
    expect(report.files.some((f) => f.file.endsWith('汇总.xlsx'))).toBe(false);
    expect(result.stderr).toContain('已写入汇总表');
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('four sheets, header frozen, autofilter, widths', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '部门汇总', '问题清单', '指标明细']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toMatch(/^A1:[A-Z]+\d+$/);
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(ws.getColumn(1).width).toBeGreaterThan(10);
    }
  });

  test('汇总: one row per form, the unreadable file with its reason in red', () => {
    const ws = wb.getWorksheet('汇总')!;
    const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
    expect(header).toEqual(
      expect.arrayContaining([
        '文件',
        '工作表',
        '主管部门',
        '实施单位',
        '项目名称',
        '项目资金（元）',
        '表类型',
        '指标数',
        '错误',
        '警告',
        '达成',
        '自评得分',
        '等级',
      ]),
    );
    const all = rows(ws);
    const body = all.slice(0, -1); // then the 合计 row
    expect(text(all[all.length - 1].getCell(1).value)).toBe('合计');
    const forms = report.files.reduce((s, f) => s + Math.max(1, f.forms.length), 0);
    expect(body).toHaveLength(forms);
    const col = (name: string) => header.indexOf(name) + 1;
    const sfj = body.filter((r) => text(r.getCell(col('文件')).value) === '司法局.xlsx');
    expect(sfj.map((r) => r.getCell(col('工作表')).value)).toEqual(['12348公共法律服务平台', '司法行政其他业务支出']);
    expect(sfj[0].getCell(col('项目资金（元）')).value).toBe(15371720);
    expect(sfj[0].getCell(col('项目资金（元）')).numFmt).toBe('#,##0.00');
    expect(sfj[0].getCell(col('指标数')).value).toBe(24);
    const selfEval = body.filter((r) => text(r.getCell(col('文件')).value) === '自评.xlsx');
    expect(selfEval[0].getCell(col('自评得分')).value).toBe(90.62);
    expect(selfEval[0].getCell(col('达成')).value).toBe(17);
    const bad = body.find((r) => text(r.getCell(col('文件')).value) === '坏文件.xlsx')!;
    expect(text(bad.getCell(col('读取情况')).value)).toContain('CSV');
    expect(bad.getCell(col('读取情况')).font?.color?.argb).toBe('FFC00000');
    const xuhui = body.find((r) => text(r.getCell(col('文件')).value) === path.join('区县', '徐汇区.xlsx'))!;
    expect(Number(xuhui.getCell(col('错误')).value)).toBeGreaterThan(0);
    expect(xuhui.getCell(col('错误')).font?.color?.argb).toBe('FFC00000');
  });

  test('问题清单: one row per issue, linked to the cell, errors in red', () => {
    const ws = wb.getWorksheet('问题清单')!;
    const body = rows(ws);
    const total = report.files.reduce((s, f) => s + f.issues.length + (f.error ? 1 : 0), 0);
    expect(body).toHaveLength(total);
    const e16 = body.find(
      (r) => text(r.getCell(1).value).endsWith('徐汇区.xlsx') && text(r.getCell(3).value) === 'E16',
    )!;
    expect(e16.getCell(3).value).toMatchObject({ text: 'E16', hyperlink: "区县/徐汇区.xlsx#'绩效目标申报表'!E16" });
    expect(e16.getCell(5).value).toBe('错误');
    expect(e16.getCell(6).font?.color?.argb).toBe('FFC00000');
    expect(text(e16.getCell(6).value)).toContain('指标值为空');
    const bad = body.find((r) => text(r.getCell(1).value) === '坏文件.xlsx')!;
    expect(bad.getCell(4).value).toBe('file.csv');
  });

  test('指标明细: one row per indicator, as written and canonical, target, verdict, completion', () => {
    const ws = wb.getWorksheet('指标明细')!;
    const body = rows(ws);
    expect(body).toHaveLength(
      report.files.reduce((s, f) => s + f.forms.reduce((t, fm) => t + fm.indicators.length, 0), 0),
    );
    const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
    const col = (name: string) => header.indexOf(name) + 1;
    const first = body.find((r) => text(r.getCell(1).value) === '司法局.xlsx')!;
    expect(text(first.getCell(col('单元格')).value)).toBe('E14');
    expect(first.getCell(col('三级指标')).value).toBe('非工作时间热线律师咨询接答量');
    expect(first.getCell(col('一级指标（规范）')).value).toBe('产出指标');
    expect(first.getCell(col('指标值')).value).toBe('>=29万');
    expect(first.getCell(col('数值（基本单位）')).value).toBe(290000);
    const scored = body.find((r) => text(r.getCell(1).value) === '自评.xlsx')!;
    expect(scored.getCell(col('完成情况')).value).toBe('达成');
    expect(scored.getCell(col('自评得分')).value).toBe(3.85);
    expect(scored.getCell(col('完成率')).numFmt).toBe('0.00%');
  });

  test('texts beginning with = + - @ are written as text, never as formulas', () => {
    const seen: string[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((r) =>
        r.eachCell((c) => {
          expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(c.formula).toBeUndefined();
          const t = text(c.value);
          if (/^[=+\-@]/.test(t)) seen.push(t);
        }),
      );
    }
    expect(seen).toEqual(expect.arrayContaining([INJECTION_NAME, '@SUM(1,2)', '-1+2', '=1+1', '+申报表', '-5%']));
    // and in the XML: shared strings, no <f> element anywhere
    const summary = wb.getWorksheet('汇总')!;
    const injected = rows(summary).find((r) => r.getCell(7).value === INJECTION_NAME);
    expect(injected?.getCell(7).type).toBe(ExcelJS.ValueType.String);
  });
});

test('worker threads give the same report as one thread, in the same order', async () => {
  const one = await jixiao(['check', folder, '--format', 'json', '--jobs', '1']);
  const many = await jixiao(['check', folder, '--format', 'json', '--jobs', '3']);
  expect(many.code).toBe(one.code);
  expect(JSON.parse(many.stdout)).toEqual(JSON.parse(one.stdout));
  // and the same as the in-process runner under jest
  const { report } = await runCheck([folder], { format: 'json', lang: 'zh' });
  expect(JSON.parse(one.stdout)).toEqual(JSON.parse(JSON.stringify(report)));
});

test('no progress bar when stderr is not a terminal', async () => {
  const r = await jixiao(['check', folder, '--jobs', '2']);
  expect(r.stderr).not.toMatch(/个文件 \|/);
  expect(r.stderr).toBe('');
});

test('an unwritable output: one clear line, exit 2, nothing half-written left behind', async () => {
  const blocker = path.join(dir, '是文件');
  fs.writeFileSync(blocker, 'x');
  const target = path.join(blocker, '汇总.xlsx'); // its "folder" is a file
  const r = await jixiao(['check', path.join(folder, '司法局.xlsx'), '--out', target]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe(''); // refused before any file is checked, not after
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^jixiao: 无法写入“.*汇总\.xlsx”：/);

  const missing = path.join(dir, '没有这个文件夹', '汇总.xlsx');
  const r2 = await jixiao(['check', path.join(folder, '司法局.xlsx'), '--out', missing]);
  expect(r2.code).toBe(2);
  expect(r2.stderr.trim()).toMatch(/无法写入.*文件夹不存在/);
  expect(r2.stdout).toBe('');
  expect(fs.existsSync(path.dirname(missing))).toBe(false);
  expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('links are relative to the summary, sheet names quoted', () => {
  expect(cellLink('/a/b/汇总.xlsx', '/a/b/c/x.xlsx', "O'Neil 表", 'E14')).toBe("c/x.xlsx#'O''Neil 表'!E14");
  expect(cellLink('/a/汇总.xlsx', '/a/50%#1.xlsx', 'S', null)).toBe("50%25%231.xlsx#'S'!A1");
});
