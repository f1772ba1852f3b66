/**
 * `jixiao template`: a template filled with the rows of the seed forms reads back exactly through
 * `jixiao check`. `jixiao score`: totals and grades printed; --out fills what core's write plan lists
 * (each row's 得分, the 预算执行率 得分, the total), EMPTY cells only.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/core/analyze';
import { buildTemplate } from '../../src/core/template';
import { DEFAULT_SCORING_OPTIONS } from '../../src/core/types';
import type { WorkbookModel } from '../../src/core/model';
import type { Report, ReportIndicator } from '../../src/core/report';
import { readWorkbookFile } from '../../src/workbook/node';
import { FIXTURES_DIR } from '../helpers/shared';
import { dump } from './cells';
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

/** The 总分 of each form, as `jixiao score` prints them. */
function totalsIn(stdout: string): number[] {
  return [...stdout.matchAll(/总分 ([\d.]+)/g)].map((m) => Number(m[1]));
}

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
          if (
            src.completion?.weight !== null &&
            src.completion?.weight !== undefined &&
            !src.completion.weightProposed
          ) {
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
        expect(got.indicators.map((i) => i.completion?.status)).toEqual(
          form.indicators.map((i) => i.completion?.status),
        );
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

  test("prints each form's total, grade, budget execution and completion", async () => {
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
    expect(r.stdout).toContain(
      `${model.forms[0].sheet}!${userCell} 已填得分 1.5，未替换（计算得分 ${scored[0].completion!.score}）`,
    );
    expect(fs.readFileSync(input).equals(bytes)).toBe(true);

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const ws = copy.getWorksheet(model.forms[0].sheet)!;
    expect(ws.getCell(userCell).value).toBe(1.5);
    for (const i of scored.slice(1)) expect(ws.getCell(i.cells.score!).value).toBe(i.completion!.score);
    const written = Number(/填入 (\d+) 个|(\d+) 个空白/.exec(r.stdout)?.slice(1).find(Boolean));
    const all = model.forms.flatMap((f) => f.indicators).filter((i) => i.completion?.score !== null && i.cells.score);
    // the forms are incomplete (actuals pending): their 预算执行率 得分 is written, their total is not
    for (const f of model.forms) {
      expect(copy.getWorksheet(f.sheet)!.getCell(f.score!.cells!.budgetScore!).value).toBe(f.score!.budget!.score);
      expect(copy.getWorksheet(f.sheet)!.getCell(f.score!.cells!.total!).value).toBeNull();
      expect(r.stdout).toContain(`总分不完整，${f.sheet}!${f.score!.cells!.total!} 不写入`);
    }
    expect(written).toBe(all.length - 1 + model.forms.length);
  });

  async function load(file: string): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb;
  }

  /** The seed self-evaluation with its pending actuals filled in: complete, its 预算执行率 得分 and totals empty. */
  async function completeInput(
    name: string,
    edit?: (wb: ExcelJS.Workbook, model: WorkbookModel) => void,
  ): Promise<string> {
    const wb = await load(fixture);
    const model = analyzeWorkbook(await readWorkbookFile(fixture));
    for (const f of model.forms) {
      for (const i of f.indicators)
        if (i.completion?.status === 'pending') wb.getWorksheet(f.sheet)!.getCell(i.cells.actual!).value = '达成';
    }
    edit?.(wb, model);
    const file = path.join(dir, name);
    await wb.xlsx.writeFile(file);
    return file;
  }

  /** The cells of each sheet that differ between two workbooks (cell by cell: value, style, note, type). */
  async function changed(before: string, after: string): Promise<Map<string, string[]>> {
    const [a, b] = [await load(before), await load(after)];
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    const out = new Map<string, string[]>();
    for (const ws of a.worksheets) {
      const x = dump(ws);
      const y = dump(b.getWorksheet(ws.name)!);
      const cells = [...new Set([...Object.keys(x), ...Object.keys(y)])].filter(
        (c) => JSON.stringify(x[c]) !== JSON.stringify(y[c]),
      );
      out.set(ws.name, cells.sort());
    }
    return out;
  }

  /** What the score cells of a form should hold: each row's computed 得分, and the report's 预算执行率 得分 and total. */
  function planned(model: WorkbookModel, report: Report): Map<string, Map<string, number>> {
    const out = new Map<string, Map<string, number>>();
    model.forms.forEach((f, k) => {
      const json = report.files[0].forms[k].score!;
      const cells = new Map<string, number>();
      for (const i of f.indicators)
        if (i.completion?.score != null && i.cells.score) cells.set(i.cells.score, i.completion.score);
      expect(json.budgetScore).not.toBeNull();
      expect(json.total).not.toBeNull();
      cells.set(f.score!.cells!.budgetScore!, json.budgetScore!);
      cells.set(f.score!.cells!.total!, json.total!);
      out.set(f.sheet, cells);
    });
    return out;
  }

  test('--out on complete forms writes the 预算执行率 得分 and the total too, as the JSON report scores them; nothing else changes', async () => {
    const input = await completeInput('完整.xlsx');
    const bytes = fs.readFileSync(input);
    const report = await checkJson(input);
    const model = analyzeWorkbook(await readWorkbookFile(input));
    expect(model.forms.length).toBe(2);
    expect(model.forms.every((f) => f.score?.complete)).toBe(true);
    const expected = planned(model, report);

    const out = path.join(dir, '完整.得分.xlsx');
    const r = await jixiao(['score', input, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('未替换');
    expect(r.stdout).not.toContain('不写入');
    expect(fs.readFileSync(input).equals(bytes)).toBe(true);
    const cells = [...expected.values()].reduce((n, m) => n + m.size, 0);
    expect(r.stdout).toContain(`${cells} 个空白得分单元格已填入计算得分`);

    const copy = await load(out);
    const diff = await changed(input, out);
    for (const f of model.forms) {
      const want = expected.get(f.sheet)!;
      const ws = copy.getWorksheet(f.sheet)!;
      for (const [cell, value] of want) expect([cell, ws.getCell(cell).value]).toEqual([cell, value]);
      // exactly the planned cells changed, cell by cell
      expect(diff.get(f.sheet)).toEqual([...want.keys()].sort());
    }
    // the copy checks back with the same scores
    const again = (await checkJson(out)).files[0].forms.map((f) => f.score);
    expect(again).toEqual(report.files[0].forms.map((f) => f.score));
  });

  test('--round 0 on complete forms: no 得分 over its 分值, the total is what the written scores add up to, at most 100', async () => {
    // regression: each proposed 分值 of 3.85 rounded up to 4 and the first form totalled 102; then the proposed 分值
    // stayed 3.85 (capped: 98.25); now blank 分值 are proposed in whole points: 99 (budget 10 + 89, one 部分达成 row
    // scoring 3 of its 4)
    const input = await completeInput('整数.xlsx');
    const out = path.join(dir, '整数.得分.xlsx');
    const r = await jixiao(['score', input, '--round', '0', '--out', out]);
    expect(r.code).toBe(0);
    const totals = totalsIn(r.stdout);
    expect(totals).toEqual([99, 96]); // were 102 and 96, then 98.25 and 96
    const model = analyzeWorkbook(await readWorkbookFile(input), {
      scoring: { ...DEFAULT_SCORING_OPTIONS, rounding: 'integer' },
    });
    const copy = await load(out);
    model.forms.forEach((f, k) => {
      const ws = copy.getWorksheet(f.sheet)!;
      let sum = Number(ws.getCell(f.score!.cells!.budgetScore!).value);
      expect(sum).toBeLessThanOrEqual(f.score!.budget!.weight);
      for (const i of f.indicators) {
        const v = ws.getCell(i.cells.score!).value;
        if (typeof v !== 'number') continue;
        expect([i.cells.score, v <= i.completion!.weight!]).toEqual([i.cells.score, true]);
        sum += v;
      }
      const total = ws.getCell(f.score!.cells!.total!).value as number;
      expect(total).toBeCloseTo(sum, 9);
      expect(total).toBeLessThanOrEqual(100);
      expect(totals[k]).toBe(total);
    });
  });

  test('--round 0 --out: the copy says how it was scored, so checking or scoring it again agrees with what was written', async () => {
    const input = await completeInput('取整.xlsx');
    const out = path.join(dir, '取整.得分.xlsx');
    const r = await jixiao(['score', input, '--round', '0', '--out', out]);
    expect(r.code).toBe(0);
    const written = totalsIn(r.stdout);
    expect(written).toEqual([99, 96]);
    // the copy keeps the rounding in jixiao's settings sheet, as the pane keeps its settings
    const snapshot = await readWorkbookFile(out);
    expect(snapshot.settings?.scoring.rounding).toBe('integer');
    expect((await readWorkbookFile(input)).settings).toBeNull();
    // checked: the written 得分 are what it computes (no score-mismatch), and its totals are the written ones
    const report = await checkJson(out);
    expect(report.files[0].issues.filter((i) => i.code === 'completion.score-mismatch')).toEqual([]);
    // and says, once for the file, that it scored with the workbook's own settings
    expect(report.files[0].issues.filter((i) => i.code === 'form.saved-settings').map((i) => i.message)).toEqual([
      '工作簿中保存了助手设置（得分取舍：取整数），按此检查和计分',
    ]);
    expect((await checkJson(input)).files[0].issues.some((i) => i.code === 'form.saved-settings')).toBe(false);
    expect(report.files[0].forms.map((f) => f.score?.total)).toEqual(written);
    // scored again without --round: the saved setting, the same totals; --round 2 still decides over it
    const again = await jixiao(['score', out]);
    expect(again.stdout).toContain(
      '按工作簿中保存的评分设置计分：得分舍入“取整数”，反向指标“比值法：分值 × 目标值 ÷ 实际值”',
    );
    expect(r.stdout).not.toContain('保存的评分设置');
    expect(totalsIn(again.stdout)).toEqual(written);
    const twoDp = await jixiao(['score', out, '--round', '2']);
    expect(totalsIn(twoDp.stdout)).not.toEqual(written);
  });

  test("--out: a filled total is left untouched and reported — the user's number, or any other text", async () => {
    const input = await completeInput('已填总分.xlsx', (wb, model) => {
      wb.getWorksheet(model.forms[0].sheet)!.getCell(model.forms[0].score!.cells!.total!).value = 88;
      wb.getWorksheet(model.forms[1].sheet)!.getCell(model.forms[1].score!.cells!.total!).value = '见附件';
    });
    const report = await checkJson(input);
    const model = analyzeWorkbook(await readWorkbookFile(input));
    const expected = planned(model, report);
    const [t0, t1] = model.forms.map((f) => f.score!.cells!.total!);
    const [s0, s1] = report.files[0].forms.map((f) => f.score!.total);

    const out = path.join(dir, '已填总分.得分.xlsx');
    const r = await jixiao(['score', input, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${model.forms[0].sheet}!${t0} 已填得分 88，未替换（计算得分 ${s0}）`);
    expect(r.stdout).toContain(`${model.forms[1].sheet}!${t1} 已有内容“见附件”，未替换（计算得分 ${s1}）`);

    const copy = await load(out);
    expect(copy.getWorksheet(model.forms[0].sheet)!.getCell(t0).value).toBe(88);
    expect(copy.getWorksheet(model.forms[1].sheet)!.getCell(t1).value).toBe('见附件');
    const diff = await changed(input, out);
    for (const [k, f] of model.forms.entries()) {
      const want = expected.get(f.sheet)!;
      want.delete(k === 0 ? t0 : t1);
      const ws = copy.getWorksheet(f.sheet)!;
      for (const [cell, value] of want) expect([cell, ws.getCell(cell).value]).toEqual([cell, value]);
      expect(diff.get(f.sheet)).toEqual([...want.keys()].sort());
    }
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
