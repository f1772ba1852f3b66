/**
 * The command line of issue #12: --version, usage errors in the user's language with one line of
 * usage, a path with no workbook (warning, exit 2), English counts with plurals, the text output
 * (a one-line summary per file first, notes only with --notes), the 汇总 workbook for a director
 * (合计 rows, 部门汇总, Chinese values, values and units that agree, print setup), the HTML report
 * (the same numbers, relative links only, nothing external). `jixiao explain`: test/cli/explain.test.ts.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { escapeHtml, fileHref } from '../../src/cli/html-report';
import type { Report, ReportIndicator } from '../../src/core/report';
import { countOf } from '../../src/workbook/counts';
import { departmentOf, SummaryAggregate } from '../../src/workbook/summary-aggregate';
import type { ReportFile } from '../../src/core/report';
import { valueAndUnit } from '../../src/workbook/write-summary';
import { buildWorkbook } from '../helpers/build-workbook';
import { FIXTURES_DIR } from '../helpers/shared';
import { jixiao } from './run';

jest.setTimeout(120_000);

let dir: string;
let folder: string;

function form(department: string, project: string, targets: [string, string, string, string][]): (string | number)[][] {
  return [
    ['财政项目支出绩效目标申报表'],
    ['项目名称', project, '项目类别', '经常性项目'],
    ['主管部门', department, '实施单位', `${department}中心`],
    ['项目资金（万元）', '项目资金总额', 100],
    ['一级指标', '二级指标', '三级指标', '指标目标值'],
    ...targets,
  ];
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-director-'));
  folder = path.join(dir, '返回表');
  fs.mkdirSync(path.join(folder, '区县'), { recursive: true });
  fs.mkdirSync(path.join(dir, '空文件夹'));
  fs.mkdirSync(path.join(dir, '只有文本'));
  fs.writeFileSync(path.join(dir, '只有文本', 'readme.txt'), 'no workbook here');
  fs.copyFileSync(path.join(FIXTURES_DIR, 'seed-2021-sfj.xlsx'), path.join(folder, '司法局.xlsx'));
  fs.copyFileSync(path.join(FIXTURES_DIR, 'seed-2021-sfj-selfeval.xlsx'), path.join(folder, '司法局自评.xlsx'));
  fs.copyFileSync(path.join(FIXTURES_DIR, 'malformed-targets.xlsx'), path.join(folder, '区县', '徐汇区.xlsx'));
  fs.writeFileSync(path.join(folder, '区县', '坏文件.xlsx'), 'a,b,c\n1,2,3\n');
  const clean = await buildWorkbook([
    {
      name: '申报表',
      rows: form('教育局', '干净的项目', [
        ['产出指标', '数量指标', '培训人次', '≥200人次'],
        ['效益指标', '社会效益指标', '群众知晓率', '≥90%'],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
      ]),
    },
  ]);
  fs.writeFileSync(path.join(folder, '教育局.xlsx'), clean);
  const one = await buildWorkbook([
    {
      name: '申报表',
      rows: form('卫健委', '一个错误的项目', [
        ['产出指标', '数量指标', '培训人次', '≥200人次'],
        ['效益指标', '社会效益指标', '群众知晓率', '≥90%%'],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
      ]),
    },
  ]);
  fs.writeFileSync(path.join(dir, '一个错误.xlsx'), one);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function text(v: ExcelJS.CellValue): string {
  if (v && typeof v === 'object' && 'text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  return v === null || v === undefined ? '' : String(v);
}

/** A sheet as objects keyed by its header, header row excluded. */
function table(ws: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const out: Record<string, ExcelJS.CellValue>[] = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const o: Record<string, ExcelJS.CellValue> = {};
    header.forEach((h, i) => (o[h] = r.getCell(i + 1).value));
    out.push(o);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// The command line itself
// ---------------------------------------------------------------------------------------------

describe('the command line', () => {
  test('--version prints the package version', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as {
      version: string;
    };
    for (const flag of ['--version', '-V']) {
      const r = await jixiao([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(pkg.version);
    }
  });

  test.each([
    [
      ['check', 'x.xlsx', '--bogus'],
      'jixiao: 未知选项 --bogus',
      '用法：jixiao check [options] <paths...>（jixiao check --help 列出全部选项）',
    ],
    [
      ['check', 'x.xlsx', '--format', 'xml'],
      'jixiao: 选项 --format 的值“xml”无效，可选：text, json',
      '用法：jixiao check',
    ],
    [['check', 'x.xlsx', '--jobs', '0'], 'jixiao: 选项 --jobs 的值“0”无效，应为 1 到 256 的整数', '用法：jixiao check'],
    [['check'], 'jixiao: 缺少参数 <paths>', '用法：jixiao check'],
    [['check', 'x.xlsx', '--out'], 'jixiao: 选项 -o, --out <file> 需要一个值', '用法：jixiao check'],
    [['template'], 'jixiao: 缺少必需的选项 -o, --out <file>', '用法：jixiao template [options]'],
    [['fix', 'a.xlsx', 'b.xlsx'], 'jixiao: 多余的参数：b.xlsx', '用法：jixiao fix [options] <file>'],
    [
      ['chek', 'x'],
      'jixiao: 未知命令“chek”（可用命令：check、fix、template、score、explain）',
      '用法：jixiao <command> [options]（jixiao --help 列出全部选项）',
    ],
    [[], 'jixiao: 请指定命令：check、fix、template、score 或 explain', '用法：jixiao <command> [options]'],
    [
      ['check', 'x.xlsx', '--bogus', '--lang', 'en'],
      'jixiao: Unknown option --bogus.',
      'Usage: jixiao check [options] <paths...> (jixiao check --help lists every option).',
    ],
    [
      ['check', 'x.xlsx', '--lang=en', '--format', 'xml'],
      'jixiao: Invalid value "xml" for --format; choose one of: text, json.',
      'Usage: jixiao check',
    ],
    [
      ['score', 'x.xlsx', '--lang', 'en', '--round', '3'],
      'jixiao: Invalid value "3" for --round; choose one of: 2, 0, none.',
      'Usage: jixiao score',
    ],
  ])('usage error %j: one line in the user language and one line of usage, exit 2', async (args, first, second) => {
    const r = await jixiao(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(first);
    expect(lines[1].startsWith(second)).toBe(true);
    expect(r.stderr).not.toMatch(/error:|Options:|display help/);
  });

  test('an empty folder, or one with no workbook, is a warning and exit 2 (JSON still printed)', async () => {
    const empty = await jixiao(['check', path.join(dir, '空文件夹')]);
    expect(empty.code).toBe(2);
    expect(empty.stderr.trim()).toBe(
      `jixiao: 警告：“${path.join(dir, '空文件夹')}”中没有工作簿（.xlsx 或 .xlsm 文件）`,
    );
    expect(empty.stdout).toContain('共检查 0 个文件、0 张表');
    const txt = await jixiao(['check', path.join(dir, '只有文本'), '--format', 'json', '--lang', 'en']);
    expect(txt.code).toBe(2);
    expect(txt.stderr.trim()).toBe(
      `jixiao: Warning: there is no workbook (.xlsx or .xlsm file) in "${path.join(dir, '只有文本')}".`,
    );
    expect(JSON.parse(txt.stdout)).toEqual({ schema: 'jixiao.report/1', files: [] });
  });

  test('a folder with no workbook next to a good file: the file is checked, the warning given, exit 2', async () => {
    const r = await jixiao(['check', path.join(dir, '空文件夹'), path.join(folder, '教育局.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有工作簿');
    expect(r.stdout).toContain('干净的项目');
    const ok = await jixiao(['check', path.join(folder, '教育局.xlsx')]);
    expect(ok.code).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Text output
// ---------------------------------------------------------------------------------------------

describe('text output', () => {
  test('English counts take the right plural, sentences end with a period', async () => {
    expect(countOf('errors', 1, 'en')).toBe('1 error');
    expect(countOf('errors', 0, 'en')).toBe('0 errors');
    expect(countOf('files', 2, 'en')).toBe('2 files');
    expect(countOf('files', 1200, 'en')).toBe('1,200 files');
    expect(countOf('errors', 1, 'zh')).toBe('1 个错误');
    expect(countOf('safe-fixes', 1, 'en')).toBe('1 safe fix');
    expect(countOf('pending', 2, 'en')).toBe('2 actuals pending');
    const score = await jixiao(['score', path.join(folder, '司法局自评.xlsx'), '--lang', 'en']);
    expect(score.stdout).toContain('(incomplete: 2 actuals pending)');
    const r = await jixiao(['check', path.join(dir, '一个错误.xlsx'), '--lang', 'en']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `File ${path.join(dir, '一个错误.xlsx')}: 1 form, 3 indicators, 1 error, 0 warnings, 0 notes`,
    );
    expect(r.stdout).toContain('    3 indicators, 1 error, 0 warnings, 0 notes\n');
    expect(lines[lines.length - 1]).toBe('Checked 1 file and 1 form: 1 error, 0 warnings, 0 notes.');
    const two = await jixiao([
      'check',
      path.join(dir, '一个错误.xlsx'),
      path.join(folder, '司法局.xlsx'),
      '--lang',
      'en',
    ]);
    expect(two.stdout).toMatch(
      /^Checked 2 files and 3 forms: 1 error, 3 warnings, \d+ notes\.\n\d+ notes not listed \(add --notes to list them\)\.\n$/m,
    );
    expect(r.stdout).not.toMatch(/\b1 (errors|files|forms|notes|warnings)\b/);
  });

  test('each file begins with its one-line summary; notes are counted, listed only with --notes', async () => {
    const file = path.join(folder, '司法局.xlsx');
    const plain = await jixiao(['check', file]);
    const withNotes = await jixiao(['check', file, '--notes']);
    const json = JSON.parse((await jixiao(['check', file, '--format', 'json'])).stdout) as Report;
    const issues = json.files[0].issues;
    const notes = issues.filter((i) => i.severity === 'info').length;
    const warnings = issues.filter((i) => i.severity === 'warning').length;
    expect(notes).toBeGreaterThan(0);
    const first = plain.stdout.split('\n')[0];
    expect(first).toBe(`文件 ${file}：2 张表，53 个指标，0 个错误，${warnings} 个警告，${notes} 个提示`);
    expect(plain.stdout).not.toContain('[target.qualitative]');
    expect(plain.stdout).toContain(`${notes} 个提示未列出（加 --notes 列出）`);
    expect(withNotes.stdout).toContain('[target.qualitative]');
    expect(withNotes.stdout).not.toContain('未列出');
    const listed = (s: string) => s.split('\n').filter((l) => /\[[a-z]+\.[a-z0-9-]+\]$|\]\s+建议：/.test(l)).length;
    expect(listed(withNotes.stdout) - listed(plain.stdout)).toBe(notes);
    expect(plain.stdout.split('\n')[0]).toBe(withNotes.stdout.split('\n')[0]);
  });

  test('an unreadable file: its first line says so', async () => {
    const r = await jixiao(['check', path.join(folder, '区县', '坏文件.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n')[0]).toBe(`文件 ${path.join(folder, '区县', '坏文件.xlsx')}：无法读取`);
    expect(r.stdout).toContain('；1 个文件无法读取');
  });
});

// ---------------------------------------------------------------------------------------------
// 汇总.xlsx and the HTML report: the same numbers as the JSON report
// ---------------------------------------------------------------------------------------------

describe('汇总.xlsx for a director and the HTML report', () => {
  let report: Report;
  let wb: ExcelJS.Workbook;
  let html: string;
  let result: { code: number; stdout: string; stderr: string };
  const out = () => path.join(dir, '汇总.xlsx');
  const htmlOut = () => path.join(dir, '报告.html');

  beforeAll(async () => {
    result = await jixiao(['check', folder, '--out', out(), '--html', htmlOut(), '--format', 'json', '--jobs', '2']);
    report = JSON.parse(result.stdout) as Report;
    wb = await load(out());
    html = fs.readFileSync(htmlOut(), 'utf8');
  });

  const forms = () => report.files.flatMap((f) => f.forms);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  test('both written, said on stderr', () => {
    expect(result.code).toBe(2); // 坏文件.xlsx
    expect(result.stderr).toContain(`已写入汇总表“${out()}”：5 个文件、6 张表、`);
    expect(result.stderr).toContain(`已写入检查报告“${htmlOut()}”`);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '部门汇总', '问题清单', '指标明细']);
  });

  test('汇总 ends with a 合计 row equal to the JSON report', () => {
    const rows = table(wb.getWorksheet('汇总')!);
    const total = rows[rows.length - 1];
    expect(total['文件']).toBe('合计');
    const noForm = report.files.filter((f) => !f.error && f.forms.length === 0);
    const bySeverity = (s: string) =>
      sum(forms().map((f) => (s === 'error' ? f.counts.errors : f.counts.warnings))) +
      sum(noForm.map((f) => f.issues.filter((i) => i.severity === s).length));
    expect(total['指标数']).toBe(sum(forms().map((f) => f.counts.indicators)));
    expect(total['错误']).toBe(bySeverity('error'));
    expect(total['警告']).toBe(bySeverity('warning'));
    expect(total['项目资金（元）']).toBe(sum(forms().map((f) => f.project.totalFunds ?? 0)));
    expect(total['达成']).toBe(
      sum(
        forms()
          .filter((f) => f.layout.startsWith('self'))
          .map((f) => f.counts.completion.met ?? 0),
      ),
    );
    expect(text(total['读取情况'])).toBe('5 个文件、6 张表，1 个文件无法读取');
    // and the sum of the rows above it
    expect(total['错误']).toBe(sum(rows.slice(0, -1).map((r) => Number(r['错误'] ?? 0))));
    const row = wb.getWorksheet('汇总')!.getRow(rows.length + 1);
    expect(row.getCell(1).font?.bold).toBe(true);
  });

  test('部门汇总: per department forms, indicators, errors, warnings, forms with no error, rates, rank — equal to the JSON report', () => {
    const rows = table(wb.getWorksheet('部门汇总')!);
    expect(Object.keys(rows[0])).toEqual([
      '主管部门',
      '表数',
      '指标数',
      '错误',
      '警告',
      '无错误的表',
      '无错误表占比',
      '指标达成率',
      '平均自评得分',
      '排名',
    ]);
    const depts = new Map<string, (typeof report.files)[number]['forms']>();
    for (const f of forms()) {
      const d = departmentOf(f)!;
      depts.set(d, [...(depts.get(d) ?? []), f]);
    }
    const body = rows.slice(0, -1);
    expect(body.map((r) => r['主管部门']).sort()).toEqual([...depts.keys()].sort());
    for (const r of body) {
      const fs_ = depts.get(String(r['主管部门']))!;
      expect(r['表数']).toBe(fs_.length);
      expect(r['指标数']).toBe(sum(fs_.map((f) => f.counts.indicators)));
      expect(r['错误']).toBe(sum(fs_.map((f) => f.counts.errors)));
      expect(r['警告']).toBe(sum(fs_.map((f) => f.counts.warnings)));
      expect(r['无错误的表']).toBe(fs_.filter((f) => f.counts.errors === 0).length);
      expect(r['无错误表占比']).toBeCloseTo(fs_.filter((f) => f.counts.errors === 0).length / fs_.length, 10);
      const c = (k: string) =>
        sum(fs_.filter((f) => f.layout.startsWith('self')).map((f) => f.counts.completion[k] ?? 0));
      const assessed = c('met') + c('partial') + c('not_met');
      expect(r['指标达成率'] ?? null).toEqual(assessed ? expect.closeTo(c('met') / assessed, 10) : null);
      // the average of the complete self-evaluation totals, as the JSON report scores them
      const totals = fs_.filter((f) => f.score?.complete && f.score.total !== null).map((f) => f.score!.total!);
      expect(r['平均自评得分'] ?? null).toEqual(totals.length ? expect.closeTo(sum(totals) / totals.length, 2) : null);
    }
    // (no form in this folder is completely scored: the average is checked with scores in the aggregate tests below)
    // ranked: no error first; the department with errors last
    const ranks = body.map((r) => Number(r['排名']));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(body[body.length - 1]['主管部门']).toBe('上海市徐汇区司法局');
    expect(body[body.length - 1]['无错误表占比']).toBe(0);
    const total = rows[rows.length - 1];
    expect(total['主管部门']).toBe('合计');
    expect(total['表数']).toBe(forms().length);
    expect(total['错误']).toBe(sum(forms().map((f) => f.counts.errors)));
  });

  test('指标明细: values in Chinese, codes in their own column, value and unit agree', () => {
    const rows = table(wb.getWorksheet('指标明细')!);
    expect(rows).toHaveLength(sum(forms().map((f) => f.indicators.length)));
    const kinds = new Set(rows.map((r) => r['类型']));
    for (const k of kinds) expect(['定量', '定性', '日期', '区间', '不适用', '无法识别']).toContain(k);
    expect(kinds.has('定量')).toBe(true);
    const ops = new Set(rows.map((r) => r['符号']).filter(Boolean));
    for (const o of ops) expect(['≥', '≤', '>', '<', '=']).toContain(o);
    expect(ops.has('≥')).toBe(true);
    for (const r of rows) {
      expect(['正确', '警告', '错误']).toContain(r['判定']);
      if (r['完成情况'] !== null && r['完成情况'] !== undefined)
        expect(['达成', '未达成', '部分达成', '待填', '无法识别', '不适用']).toContain(r['完成情况']);
      expect(['quantitative', 'qualitative', 'date', 'range', 'na', 'invalid']).toContain(r['类型代码']);
      // no multiplied unit next to a value in base units
      if (r['单位']) expect(String(r['单位'])).not.toMatch(/^[万亿]/);
    }
    const tenThousand = rows.find((r) => r['指标值'] === '>=29万')!;
    expect(tenThousand['数值（基本单位）']).toBe(290000);
    expect(tenThousand['符号']).toBe('≥');
  });

  test('value and unit: 万元 in the 度量单位 column becomes 元 beside a value in yuan', () => {
    const ind = (value: number | null, unit: string): ReportIndicator =>
      ({
        target: { text: '', kind: 'quantitative', op: '>=', value, unit, nature: null },
      }) as unknown as ReportIndicator;
    expect(valueAndUnit(ind(3800000, '万元'))).toEqual({ value: 3800000, unit: '元' });
    expect(valueAndUnit(ind(120000, '万人次'))).toEqual({ value: 120000, unit: '人次' });
    expect(valueAndUnit(ind(50000, '万'))).toEqual({ value: 50000, unit: null });
    expect(valueAndUnit(ind(30, '千米'))).toEqual({ value: 30, unit: '千米' });
    expect(valueAndUnit(ind(95, '%'))).toEqual({ value: 95, unit: '%' });
  });

  test('print setup: landscape A4, fitted to the width, the header row on every page', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({
        orientation: 'landscape',
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(ws.pageSetup.printTitlesRow).toBe('1:1');
    }
  });

  test('the HTML report: the same numbers as 汇总.xlsx, relative links only, nothing external', () => {
    const cell = (s: string) =>
      s
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const tbody = /<table class="departments">[\s\S]*?<tbody>([\s\S]*?)<\/tbody><tfoot>([\s\S]*?)<\/tfoot>/.exec(html)!;
    const parse = (tr: string) => [...tr.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => cell(m[1]));
    const htmlRows = [...tbody[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => parse(m[1]));
    const sheet = table(wb.getWorksheet('部门汇总')!);
    const pct = (v: ExcelJS.CellValue) => (typeof v === 'number' ? `${(v * 100).toFixed(2)}%` : '—');
    const expected = sheet
      .slice(0, -1)
      .map((r) => [
        String(r['排名']),
        String(r['主管部门']),
        String(r['表数']),
        String(r['指标数']),
        String(r['错误']),
        String(r['警告']),
        pct(r['无错误表占比']),
        pct(r['指标达成率']),
        typeof r['平均自评得分'] === 'number' ? r['平均自评得分'].toFixed(2) : '—',
      ]);
    expect(htmlRows).toEqual(expected);
    const foot = parse(tbody[2]);
    const t = sheet[sheet.length - 1];
    expect(foot.slice(1, 6)).toEqual([
      '合计',
      String(t['表数']),
      String(t['指标数']),
      String(t['错误']),
      String(t['警告']),
    ]);
    // self-contained: no script, no external reference, a CSP that forbids loading anything
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)="(https?:|\/\/|javascript:|data:)/i);
    expect(html).toContain(`default-src 'none'`);
    // the worst issues first: every error before any warning, each linked to its file and cell
    const worst = /<table class="worst">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1];
    const sev = [...worst.matchAll(/<span class="sev (\w+)">/g)].map((m) => m[1]);
    expect(sev.length).toBeGreaterThan(0);
    expect(sev.lastIndexOf('error')).toBeLessThan(sev.indexOf('warning'));
    const hrefs = [...worst.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
    for (const h of hrefs) expect(h).toMatch(/^\.\.?\//);
    expect(hrefs).toContain(
      `./${encodeURIComponent('返回表')}/${encodeURIComponent('区县')}/${encodeURIComponent('徐汇区.xlsx')}#${encodeURIComponent("'绩效目标申报表'!E16")}`,
    );
    const errors = report.files.reduce(
      (n, f) => n + f.issues.filter((i) => i.severity === 'error').length + (f.error ? 1 : 0),
      0,
    );
    expect(sev.filter((s) => s === 'error')).toHaveLength(errors);
  });

  test('an unwritable --html is refused before any file is checked', async () => {
    const r = await jixiao(['check', folder, '--html', path.join(dir, '没有这个文件夹', '报告.html')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toMatch(/^jixiao: 无法写入“.*报告\.html”：文件夹不存在$/);
  });
});

describe('HTML helpers', () => {
  test('links never carry a URL scheme, whatever the file is called; text is escaped', () => {
    expect(fileHref('/a/报告.html', '/a/javascript:alert(1).xlsx', 'S', 'B2')).toBe(
      `./javascript%3Aalert(1).xlsx#${encodeURIComponent("'S'!B2")}`,
    );
    expect(fileHref('/a/b/报告.html', '/a/x.xlsx', '', null)).toBe('../x.xlsx');
    expect(fileHref('/a/报告.html', '/a/c/50%#1.xlsx', "O'Neil", null)).toBe(
      `./c/50%25%231.xlsx#${encodeURIComponent("'O''Neil'!A1")}`,
    );
    expect(escapeHtml('<script>"x" & \'y\'\u0007</script>')).toBe(
      '&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;',
    );
  });
});

describe('the aggregates behind 合计, 部门汇总 and the HTML report stay bounded', () => {
  const file = (i: number, severity: 'error' | 'warning', dept: string): ReportFile => ({
    file: `f${i}.xlsx`,
    error: null,
    issues: [{ code: `target.x${i % 7}`, severity, sheet: 'S', cell: `E${i}`, row: i, message: 'm', suggestion: null }],
    forms: [
      {
        sheet: 'S',
        range: 'A1:E9',
        layout: 'declaration',
        headerRow: 5,
        title: null,
        titleCell: null,
        project: {
          name: 'p',
          nameCell: null,
          category: null,
          department: dept,
          implementingUnit: null,
          startDate: null,
          endDate: null,
          totalFunds: 10,
          totalFundsCell: null,
          fundsUnit: '元',
          executedFunds: null,
        },
        counts: {
          indicators: 3,
          errors: severity === 'error' ? 1 : 0,
          warnings: severity === 'warning' ? 1 : 0,
          infos: 0,
          completion: {},
        },
        score: null,
        indicators: [],
      },
    ],
  });

  test('平均自评得分 averages the complete totals only; ties share a rank; the total row averages every department', () => {
    const scored = (i: number, dept: string, total: number | null, complete: boolean): ReportFile => {
      const f = file(i, 'warning', dept);
      f.forms[0].layout = 'self-evaluation';
      f.forms[0].score = { total, complete, grade: null, budgetRate: null, budgetScore: null };
      return f;
    };
    const agg = new SummaryAggregate();
    agg.add(scored(1, '甲', 80, true));
    agg.add(scored(2, '甲', 91.5, true));
    agg.add(scored(3, '甲', 10, false)); // incomplete: not averaged
    agg.add(scored(4, '乙', 90, true));
    agg.add(scored(5, '丙', null, false));
    agg.add(scored(6, '丁', 90, true));
    const rows = agg.departmentRows();
    const by = (name: string) => rows.find((r) => r.name === name)!;
    expect(by('甲').averageScore).toBe(85.75);
    expect(by('乙').averageScore).toBe(90);
    expect(by('丙').averageScore).toBeNull();
    // every department error-free: ranked by the average score
    expect(rows.map((r) => [r.name, r.rank])).toEqual([
      ['丁', 1],
      ['乙', 1],
      ['甲', 3],
      ['丙', 4],
    ]);
    expect(agg.totalRow().averageScore).toBeCloseTo((80 + 91.5 + 90 + 90) / 4, 2);
  });

  test('5,000 files: 100 worst issues kept, errors before warnings, the rest counted; one entry per department', () => {
    const agg = new SummaryAggregate();
    // warnings first: the errors that come later must still displace them
    for (let i = 0; i < 4000; i++) agg.add(file(i, 'warning', `部门${i % 3}`));
    for (let i = 4000; i < 5000; i++) agg.add(file(i, i % 2 ? 'error' : 'warning', `部门${i % 3}`));
    const { issues, more } = agg.worstIssues();
    expect(issues).toHaveLength(100);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
    expect(issues[0].cell).toBe('E4001'); // in input order
    expect(more).toBe(5000 - 100);
    expect(agg.departmentRows()).toHaveLength(3);
    expect(agg.codeCounts().length).toBeLessThanOrEqual(7 * 2);
    const t = agg.totalRow();
    expect([t.forms, t.errors, t.warnings, t.funds, t.formsWithoutError]).toEqual([5000, 500, 4500, 50000, 4500]);
    expect(t.errorFreeRate).toBeCloseTo(0.9, 10);
  });

  test('the same finding on one cell for several rows takes one place among the worst issues, and counts for each row', () => {
    const agg = new SummaryAggregate();
    const f = file(1, 'error', '甲');
    const misspelt = { code: 'hierarchy.misspelled', severity: 'error' as const, sheet: 'S', cell: 'B9', message: 'm' };
    f.issues = [9, 10, 11, 12].map((row) => ({ ...misspelt, row, suggestion: '效益指标' }));
    agg.add(f);
    expect(agg.worstIssues().issues.map((i) => [i.cell, i.code])).toEqual([['B9', 'hierarchy.misspelled']]);
    expect(agg.codeCounts()).toEqual([{ code: 'hierarchy.misspelled', severity: 'error', count: 4, example: 'm' }]);
  });
});
