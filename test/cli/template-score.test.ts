/**
 * `jixiao template`: a template filled with the rows of the seed forms reads back exactly through
 * `jixiao check`. `jixiao score`: totals and grades printed; --out fills only EMPTY 得分 cells.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/core/analyze';
import { buildTemplate } from '../../src/core/template';
import type { Report, ReportIndicator } from '../../src/core/report';
import { readWorkbookFile } from '../../src/workbook/node';
import { FIXTURES_DIR } from '../helpers/shared';
import { jixiao } from './run';

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-template-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const essentials = (i: ReportIndicator) => ({
  level1: i.level1,
  level2: i.level2,
  level3: i.level3,
  level1Canonical: i.level1Canonical,
  level2Canonical: i.level2Canonical,
  target: i.target,
  verdict: i.verdict,
});

async function checkJson(file: string): Promise<Report> {
  const r = await jixiao(['check', file, '--format', 'json']);
  return JSON.parse(r.stdout) as Report;
}

describe.each([
  ['declaration', 'seed-2021-sfj.xlsx'],
  ['self-evaluation', 'seed-2021-sfj-selfeval.xlsx'],
] as const)('%s template filled with %s', (layout, fixture) => {
  test('jixiao check reads every row back exactly: levels, 三级, targets, verdicts (and completion)', async () => {
    const model = analyzeWorkbook(await readWorkbookFile(path.join(FIXTURES_DIR, fixture)));
    const seed = (await checkJson(path.join(FIXTURES_DIR, fixture))).files[0].forms;
    expect(seed.length).toBeGreaterThan(0);
    for (const [k, form] of seed.entries()) {
      const n = form.indicators.length;
      const file = path.join(dir, `${layout}-${k}.xlsx`);
      const made = await jixiao(['template', '--layout', layout, '--year', '2021', '--rows', String(n), '--out', file]);
      expect(made.code).toBe(0);
      expect(made.stdout).toContain('已写入标准模板');

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const def = buildTemplate({ layout, year: 2021, indicatorRows: n });
      const ws = wb.worksheets[0];
      const cols = def.table.columns;
      // the header block, as the seed form has it
      const p = form.project;
      ws.getCell('B3').value = p.name;
      if (layout === 'declaration') {
        ws.getCell('E3').value = p.category;
        ws.getCell('B4').value = p.department;
        ws.getCell('E4').value = p.implementingUnit;
        ws.getCell('B5').value = p.startDate;
        ws.getCell('E5').value = p.endDate;
        ws.getCell('C6').value = p.totalFunds;
        ws.getCell('A6').value = '项目资金（元）';
      } else {
        ws.getCell('B4').value = p.department;
        ws.getCell('E4').value = p.implementingUnit;
      }
      const sourceRows = model.forms[k].indicators;
      form.indicators.forEach((ind, j) => {
        const r = def.table.firstRow + j;
        ws.getCell(`${cols.level1}${r}`).value = ind.level1;
        ws.getCell(`${cols.level2}${r}`).value = ind.level2;
        ws.getCell(`${cols.level3}${r}`).value = ind.level3;
        ws.getCell(`${cols.target}${r}`).value = ind.target.text;
        if (layout === 'self-evaluation') {
          const src = sourceRows[j];
          if (ind.actual) ws.getCell(`${cols.actual}${r}`).value = ind.actual.text;
          if (src.completion?.weight !== null && src.completion?.weight !== undefined && !src.completion.weightProposed) {
            ws.getCell(`${cols.weight}${r}`).value = src.completion.weight;
          }
        }
      });
      await wb.xlsx.writeFile(file);

      const back = (await checkJson(file)).files[0];
      expect(back.error).toBeNull();
      expect(back.forms).toHaveLength(1);
      const got = back.forms[0];
      expect(got.layout).toBe(form.layout);
      expect(got.indicators.map(essentials)).toEqual(form.indicators.map(essentials));
      if (layout === 'self-evaluation') {
        expect(got.indicators.map((i) => i.completion?.status)).toEqual(form.indicators.map((i) => i.completion?.status));
        expect(got.indicators.map((i) => i.completion?.score)).toEqual(form.indicators.map((i) => i.completion?.score));
      }
    }
  });
});

test('template: --out is required, --layout is checked, an unwritable path is one line', async () => {
  const noOut = await jixiao(['template']);
  expect(noOut.code).not.toBe(0);
  expect(noOut.stderr).toMatch(/--out/);
  const badLayout = await jixiao(['template', '--layout', 'wide', '--out', path.join(dir, 'x.xlsx')]);
  expect(badLayout.code).not.toBe(0);
  expect(badLayout.stderr).toMatch(/wide/);
  const unwritable = await jixiao(['template', '--out', path.join(dir, 'no', 'such', 'x.xlsx')]);
  expect(unwritable.code).toBe(2);
  expect(unwritable.stderr.trim().split('\n')).toHaveLength(1);
  expect(unwritable.stderr).toContain('无法写入');
  const help = await jixiao(['template', '--help']);
  expect(help.stdout).toMatch(/--layout/);
  expect(help.stdout).toMatch(/--year/);
});

describe('jixiao score', () => {
  const fixture = path.join(FIXTURES_DIR, 'seed-2021-sfj-selfeval.xlsx');

  test('prints each form\'s total, grade, budget execution and completion', async () => {
    const r = await jixiao(['score', fixture]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('12348公共法律服务平台!A1:H37  12348公共法律服务平台政府购买法律咨询服务：总分 90.62');
    expect(r.stdout).toContain('预算执行率 97.49%，得分 9.75');
    expect(r.stdout).toMatch(/司法行政其他业务支出.*总分 89\.37/);
    expect(r.stdout).toContain('尚有 2 个指标待填');
  });

  test('--round 0 and --reverse linear change the computation', async () => {
    const r0 = await jixiao(['score', fixture, '--round', '0']);
    const totals = [...r0.stdout.matchAll(/总分 ([\d.]+)/g)].map((m) => Number(m[1]));
    const two = [...(await jixiao(['score', fixture])).stdout.matchAll(/总分 ([\d.]+)/g)].map((m) => Number(m[1]));
    expect(totals).not.toEqual(two);
    const lin = await jixiao(['score', fixture, '--reverse', 'linear', '--lang', 'en']);
    expect(lin.code).toBe(0);
    expect(lin.stdout).toMatch(/total [\d.]+/);
    const bad = await jixiao(['score', fixture, '--round', '3']);
    expect(bad.code).not.toBe(0);
  });

  test('--out fills EMPTY 得分 cells only; a filled cell is reported, not replaced', async () => {
    const input = path.join(dir, '自评.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixture);
    const model = analyzeWorkbook(await readWorkbookFile(fixture));
    const scored = model.forms[0].indicators.filter((i) => i.completion?.score !== null && i.cells.score);
    const userCell = scored[0].cells.score!;
    wb.getWorksheet(model.forms[0].sheet)!.getCell(userCell).value = 1.5;
    await wb.xlsx.writeFile(input);
    const bytes = fs.readFileSync(input);

    const out = path.join(dir, '自评.得分.xlsx');
    const r = await jixiao(['score', input, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${model.forms[0].sheet}!${userCell} 已填得分 1.5，未替换（计算得分 ${scored[0].completion!.score}）`);
    expect(fs.readFileSync(input).equals(bytes)).toBe(true);

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const ws = copy.getWorksheet(model.forms[0].sheet)!;
    expect(ws.getCell(userCell).value).toBe(1.5);
    for (const i of scored.slice(1)) expect(ws.getCell(i.cells.score!).value).toBe(i.completion!.score);
    const written = Number(/填入 (\d+) 个|(\d+) 个空白/.exec(r.stdout)?.slice(1).find(Boolean));
    const all = model.forms.flatMap((f) => f.indicators).filter((i) => i.completion?.score !== null && i.cells.score);
    expect(written).toBe(all.length - 1);
  });

  test('a file with no self-evaluation form: one line, exit 1; a missing file: exit 2', async () => {
    const r = await jixiao(['score', path.join(FIXTURES_DIR, 'seed-2021-sfj.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('jixiao: 没有找到绩效自评表');
    const missing = await jixiao(['score', path.join(dir, 'nope.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
  });
});
