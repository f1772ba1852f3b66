/**
 * `jixiao check` end to end: the compiled command on real files, exit codes, text and JSON output,
 * bad input reported per file while the others are still checked.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { renderReport, runCheck } from '../../src/cli/check';
import type { Report } from '../../src/core/report';
import { buildWorkbook } from '../helpers/build-workbook';
import { FIXTURES_DIR } from '../helpers/shared';

const run = promisify(execFile);
const BIN = path.resolve(__dirname, '../../bin/jixiao.js');

async function jixiao(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-cli-'));
  fs.mkdirSync(path.join(dir, 'returned', '徐汇区'), { recursive: true });
  fs.copyFileSync(path.join(FIXTURES_DIR, 'seed-2021-sfj.xlsx'), path.join(dir, 'returned', '司法局.xlsx'));
  fs.copyFileSync(
    path.join(FIXTURES_DIR, 'malformed-targets.xlsx'),
    path.join(dir, 'returned', '徐汇区', '徐汇区.xlsx'),
  );
  fs.writeFileSync(path.join(dir, 'returned', '~$司法局.xlsx'), 'lock file');
  fs.writeFileSync(path.join(dir, 'returned', 'readme.txt'), 'not a workbook');
  fs.writeFileSync(path.join(dir, 'returned', '空文件.xlsx'), '');
  const clean = await buildWorkbook([
    {
      name: '申报表',
      rows: [
        ['财政项目支出绩效目标申报表'],
        ['项目名称', '干净的项目', '项目类别', '经常性项目'],
        ['主管部门', '某局', '实施单位', '某中心'],
        ['项目资金（万元）', '项目资金总额', 100],
        ['一级指标', '二级指标', '三级指标', '指标目标值'],
        ['产出指标', '数量指标', '培训人次', '≥200人次'],
        ['效益指标', '社会效益指标', '群众知晓率', '≥90%'],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
      ],
    },
  ]);
  fs.writeFileSync(path.join(dir, 'clean.xlsx'), clean);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a folder is searched recursively; lock files and other extensions are skipped', async () => {
  const { report } = await runCheck([path.join(dir, 'returned')], { format: 'json', lang: 'zh' });
  expect(report.files.map((f) => path.relative(dir, f.file)).sort()).toEqual(
    [
      path.join('returned', '司法局.xlsx'),
      path.join('returned', '徐汇区', '徐汇区.xlsx'),
      path.join('returned', '空文件.xlsx'),
    ].sort(),
  );
});

test('exit 0 when there is no error, and the text report names the project and funds', async () => {
  const r = await jixiao(['check', path.join(dir, 'clean.xlsx')]);
  expect(r.stdout).toContain('干净的项目');
  expect(r.stdout).toContain('1,000,000 元');
  expect(r.code).toBe(0);
});

test('exit 1 when errors are found; each issue is printed with its cell, in Chinese', async () => {
  const r = await jixiao(['check', path.join(FIXTURES_DIR, 'malformed-targets.xlsx')]);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('绩效目标申报表!E16');
  expect(r.stdout).toContain('指标值为空');
  expect(r.stdout).toContain('建议：≥150件');
});

test('--lang en prints the messages in English', async () => {
  const r = await jixiao(['check', path.join(FIXTURES_DIR, 'malformed-targets.xlsx'), '--lang', 'en']);
  expect(r.stdout).toContain('The target value is empty');
});

test('exit 2 when a file cannot be read; the other files are still checked and reported', async () => {
  const r = await jixiao(['check', path.join(dir, 'returned'), '--format', 'json']);
  expect(r.code).toBe(2);
  const report = JSON.parse(r.stdout) as Report;
  const empty = report.files.find((f) => f.file.endsWith('空文件.xlsx'));
  expect(empty?.error?.code).toBe('file.empty');
  expect(empty?.error?.message).toMatch(/文件为空/);
  const ok = report.files.filter((f) => f.error === null);
  expect(ok.map((f) => f.forms.length).sort()).toEqual([1, 2]);
});

test('a path that does not exist is reported, not thrown', async () => {
  const r = await jixiao(['check', path.join(dir, 'nope.xlsx'), path.join(dir, 'clean.xlsx'), '--format', 'json']);
  expect(r.code).toBe(2);
  const report = JSON.parse(r.stdout) as Report;
  expect(report.files.map((f) => f.error?.code ?? null)).toEqual(['file.not-found', null]);
});

test('--format json prints exactly the report document on stdout', async () => {
  const r = await jixiao(['check', path.join(FIXTURES_DIR, 'seed-2021-sfj.xlsx'), '--format', 'json']);
  const report = JSON.parse(r.stdout) as Report;
  expect(report.schema).toBe('jixiao.report/1');
  const [file] = report.files;
  expect(Object.keys(file)).toEqual(['file', 'error', 'forms', 'issues']);
  const form = file.forms[0];
  expect(form).toMatchObject({
    sheet: '12348公共法律服务平台',
    range: 'A1:E37',
    layout: 'declaration',
    headerRow: 13,
    project: {
      name: '12348公共法律服务平台政府购买法律咨询服务',
      nameCell: 'B3',
      category: '经常性项目',
      department: '上海市司法局',
      implementingUnit: '上海市司法局',
      startDate: '2021-01-01',
      endDate: '2021-12-31',
      totalFunds: 15371720,
      totalFundsCell: 'C6',
      fundsUnit: '元',
    },
  });
  expect(form.indicators[0]).toEqual({
    row: 14,
    cell: 'E14',
    level1: '产出指标',
    level2: '数量指标',
    level3: '非工作时间热线律师咨询接答量',
    level1Canonical: '产出指标',
    level2Canonical: '数量指标',
    target: { text: '>=29万', kind: 'quantitative', op: '>=', value: 290000, unit: '', nature: null },
    verdict: expect.stringMatching(/^(ok|warning)$/),
    actual: null,
    weight: null,
    completion: null,
  });
  for (const issue of file.issues) {
    expect(Object.keys(issue)).toEqual(['code', 'severity', 'sheet', 'cell', 'row', 'message', 'suggestion']);
  }
});

test('--help lists the check command and its options', async () => {
  const r = await jixiao(['check', '--help']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('--format');
  expect(r.stdout).toContain('--lang');
});

test('--help is in the language of --lang', async () => {
  const zh = await jixiao(['check', '--help']);
  const en = await jixiao(['check', '--help', '--lang', 'en']);
  expect(zh.stdout).toContain('检查工作簿');
  expect(en.stdout).toContain('Check workbooks');
  expect(en.stdout).not.toMatch(/[\u4e00-\u9fff]/);
});

test('an unknown option is refused with a non-zero exit', async () => {
  const r = await jixiao(['check', '--bogus', 'x.xlsx']);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/bogus/);
});

test('the text rendering ends with the totals line', async () => {
  const { report } = await runCheck([path.join(dir, 'clean.xlsx')], { format: 'text', lang: 'zh' });
  expect(renderReport(report, { format: 'text', lang: 'zh' })).toMatch(/共检查 1 个文件、1 张表：0 个错误/);
});

test('the input files are never written to', async () => {
  const file = path.join(dir, 'returned', '司法局.xlsx');
  const before = fs.readFileSync(file);
  const mtime = fs.statSync(file).mtimeMs;
  await runCheck([file], { format: 'json', lang: 'zh' });
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  expect(fs.statSync(file).mtimeMs).toBe(mtime);
});
