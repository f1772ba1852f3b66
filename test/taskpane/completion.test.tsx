/** @jest-environment jsdom */
import './dom-setup';
import { act, fireEvent, within } from '@testing-library/react';
import { FakeHost } from './fake-host';
import { DEFAULT_SCORING_OPTIONS } from '../../src/core/types';
import { gridFromRows } from '../helpers/grid';
import { DECLARATION_SHEET, SELF_SHEET, declarationGrid, selfEvaluationGrid } from './forms';
import { openDialog, pressEnter, renderPane, screen, settle, dialogClosed } from './render';

// Fluent's DOM is large: role queries in jsdom are slow on a loaded machine
jest.setTimeout(60_000);

async function openCompletion(host: FakeHost) {
  await renderPane(host);
  fireEvent.click(screen.getByRole('tab', { name: '完成情况' }));
  await settle();
}

const row = (n: number) => document.querySelector(`tr[data-row="${n}"]`) as HTMLElement;

test('completion view: per-row status, ratio and score; totals; incomplete while actuals are pending', async () => {
  await openCompletion(new FakeHost([selfEvaluationGrid()]));
  expect(row(5).dataset.status).toBe('not_met');
  expect(within(row(5)).getByText('未达成')).toBeTruthy();
  expect(within(row(5)).getByText('93%')).toBeTruthy();
  expect(within(row(5)).getByText('18.6')).toBeTruthy();
  expect(within(row(6)).getByText('达成')).toBeTruthy();
  expect(within(row(8)).getByText('部分达成')).toBeTruthy();
  expect(within(row(9)).getByText('无法识别')).toBeTruthy();
  expect(within(row(10)).getByText('待填')).toBeTruthy();
  expect(screen.getByText('总分 69.1')).toBeTruthy();
  expect(screen.getByText('尚有待填指标，得分不完整')).toBeTruthy();
  expect(screen.getByText('达成 2，未达成 1，部分达成 1，待填 1，无法识别 1')).toBeTruthy();
});

test('completion view of a complete form shows the total and the grade', async () => {
  await openCompletion(new FakeHost([selfEvaluationGrid(SELF_SHEET, { complete: true })]));
  const totals = document.querySelector('[data-totals]') as HTMLElement;
  const grade = totals.querySelector('[data-grade]') as HTMLElement;
  expect(['优', '良', '中', '差']).toContain(grade.dataset.grade);
  expect(grade.textContent).toBe(`等级：${grade.dataset.grade}`);
  expect(totals.textContent).not.toContain('得分不完整');
  expect(row(10).dataset.status).toBe('met');
});

test('English completion labels', async () => {
  const host = new FakeHost([selfEvaluationGrid(SELF_SHEET, { complete: true })], { lang: 'en' });
  await renderPane(host);
  fireEvent.click(screen.getByRole('tab', { name: 'Completion' }));
  await settle();
  expect(within(row(5)).getByText('not met')).toBeTruthy();
  expect((document.querySelector('[data-grade]') as HTMLElement).textContent).toMatch(
    /^Grade: (Excellent|Good|Fair|Poor)$/,
  );
});

/** The plan panel 填写完成情况 opens. */
const planPanel = () => document.querySelector('[data-fill-plan]') as HTMLElement | null;
const planRows = (panel: HTMLElement) =>
  Array.from(panel.querySelectorAll<HTMLElement>('[data-plan-writes] tbody tr')).map((tr) => [
    tr.dataset.cell,
    (tr.querySelector('[data-value]') as HTMLElement).textContent,
  ]);

async function openPlan(host: FakeHost): Promise<HTMLElement> {
  await renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: '填写完成情况' }));
  await settle();
  const panel = planPanel();
  if (!panel) throw new Error('no plan shown');
  return panel;
}

test('"填写完成情况" first shows what it will write and on what basis, and writes nothing yet', async () => {
  const host = new FakeHost([selfEvaluationGrid()]);
  const panel = await openPlan(host);
  expect(host.calls.writeCells).toHaveLength(0);
  expect(within(panel).getByRole('heading', { name: '填写完成情况：确认后写入' })).toBeTruthy();
  // the basis: the weights as filled (20+20+20+15+5+10 = 90), the total so far, incomplete
  expect((panel.querySelector('[data-weights]') as HTMLElement).dataset.weights).toBe('filled');
  expect(within(panel).getByText('分值：按表中填写的分值（指标合计 90）')).toBeTruthy();
  expect(within(panel).getByText('总分 69.1')).toBeTruthy();
  expect(within(panel).getByText('尚有待填指标，得分不完整')).toBeTruthy();
  // the cells and their values; the user's own 18 in G7 is kept; the total is not written (pending row)
  expect(planRows(panel)).toEqual([
    ['G5', '18.6'],
    ['G6', '20'],
    ['G8', '10.5'],
  ]);
  expect((panel.querySelector('[data-plan-kept]') as HTMLElement).textContent).toBe('您填写的 1 个得分保留不变：G7 18');
  expect((panel.querySelector('[data-note="total-incomplete"]') as HTMLElement).textContent).toBe(
    '尚有 1 个指标待填，总分不完整，G11 不写入',
  );
  expect(within(panel).getByRole('button', { name: '写入 3 个单元格' })).toBeTruthy();
});

test('cancel writes nothing', async () => {
  const host = new FakeHost([selfEvaluationGrid()]);
  const panel = await openPlan(host);
  fireEvent.click(within(panel).getByRole('button', { name: '取消' }));
  await settle();
  expect(planPanel()).toBeNull();
  expect(host.calls.writeCells).toHaveLength(0);
  expect(host.calls.log.filter((l) => l.startsWith('write'))).toEqual([]);
  expect(host.text(SELF_SHEET, 'G5')).toBe('');
  expect(screen.getByText('已取消，未写入任何单元格')).toBeTruthy();
});

test('confirm writes exactly the planned cells, only if still empty, scores as numbers', async () => {
  const host = new FakeHost([selfEvaluationGrid()]);
  const panel = await openPlan(host);
  fireEvent.click(within(panel).getByRole('button', { name: '写入 3 个单元格' }));
  await settle();
  expect(host.calls.writeCells).toEqual([
    {
      writes: [
        { sheet: SELF_SHEET, cell: 'G5', text: '18.6', value: 18.6 },
        { sheet: SELF_SHEET, cell: 'G6', text: '20', value: 20 },
        { sheet: SELF_SHEET, cell: 'G8', text: '10.5', value: 10.5 },
      ],
      options: { onlyIfEmpty: true },
    },
  ]);
  expect(host.text(SELF_SHEET, 'G5')).toBe('18.6');
  expect(host.text(SELF_SHEET, 'G7')).toBe('18'); // the user's own score stays
  expect(planPanel()).toBeNull();
  expect(screen.getByText('已填写 3 个单元格')).toBeTruthy();
});

test('a complete form: the total and the grade are planned, the total written with the scores', async () => {
  const host = new FakeHost([selfEvaluationGrid(SELF_SHEET, { complete: true })]);
  host.edit(SELF_SHEET, 'G7', ''); // no typed score: the total is the sum of what is written
  const panel = await openPlan(host);
  const grade = panel.querySelector('[data-grade]') as HTMLElement;
  expect(['优', '良', '中', '差']).toContain(grade.dataset.grade);
  const rows = planRows(panel);
  const total = rows.find(([cell]) => cell === 'G11');
  expect(total).toBeTruthy();
  expect((panel.querySelector('[data-total]') as HTMLElement).textContent).toBe(`总分 ${total?.[1]}`);
  expect((panel.querySelector('tr[data-cell="G11"]') as HTMLElement).textContent).toContain('总分');
  fireEvent.click(within(panel).getByRole('button', { name: `写入 ${rows.length} 个单元格` }));
  await settle();
  expect(host.calls.writeCells[0].writes.map((w) => w.cell)).toEqual(rows.map(([cell]) => cell));
  expect(host.text(SELF_SHEET, 'G11')).toBe(total?.[1]);
});

test('typed scores that differ from the computed ones: the total is not written, and the plan says why', async () => {
  const panel = await openPlan(new FakeHost([selfEvaluationGrid(SELF_SHEET, { complete: true })]));
  expect((panel.querySelector('[data-note="total-mismatch"]') as HTMLElement).textContent).toBe(
    '您填写的得分（G7）与计算结果不同，总分 G11 不写入，请先核对',
  );
  expect(panel.querySelector('tr[data-cell="G11"]')).toBeNull();
});

test('the budget line says when its 分值 is the default rather than filled in', async () => {
  const form = (budgetWeight: number | null) =>
    gridFromRows(
      [
        ['项目支出绩效自评表'],
        ['项目名称', '社区法律服务', '主管部门', '某局'],
        ['项目资金（元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['项目资金（元）', '年度资金总额', 1000, 1000, 950, budgetWeight, null, null],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['产出指标', '数量指标', '案例数', '≥200个', '210个', 50, null],
        ['效益指标', '社会效益指标', '知晓率', '≥90%', '95%', 30, null],
        ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, null],
      ],
      { sheet: SELF_SHEET, merges: ['A3:A4'] },
    );
  let panel = await openPlan(new FakeHost([form(null)]));
  expect((panel.querySelector('[data-budget]') as HTMLElement).textContent).toBe(
    '预算执行率 95% × 分值 10（建议） = 9.5',
  );
  document.body.innerHTML = '';
  panel = await openPlan(new FakeHost([form(10)]));
  expect((panel.querySelector('[data-budget]') as HTMLElement).textContent).toBe('预算执行率 95% × 分值 10 = 9.5');
});

test('a filled cell is listed apart and overwritten only when the user ticks it', async () => {
  const host = new FakeHost([selfEvaluationGrid()]);
  host.edit(SELF_SHEET, 'G6', '待定');
  let panel = await openPlan(host);
  expect(planRows(panel).map(([cell]) => cell)).toEqual(['G5', 'G8']);
  const over = panel.querySelector('[data-plan-overwrites]') as HTMLElement;
  expect(Array.from(over.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['G6：待定 → 20']);
  // not ticked: the filled cell is left alone
  fireEvent.click(within(panel).getByRole('button', { name: '写入 2 个单元格' }));
  await settle();
  expect(host.calls.writeCells.map((c) => [c.writes.map((w) => w.cell), c.options.onlyIfEmpty])).toEqual([
    [['G5', 'G8'], true],
  ]);
  expect(host.text(SELF_SHEET, 'G6')).toBe('待定');

  // asked again and ticked: exactly that cell is overwritten
  fireEvent.click(screen.getByRole('button', { name: '填写完成情况' }));
  await settle();
  panel = planPanel() as HTMLElement;
  expect(planRows(panel)).toEqual([]);
  fireEvent.click(within(panel).getByRole('checkbox', { name: '覆盖这些单元格' }));
  await settle();
  fireEvent.click(within(panel).getByRole('button', { name: '写入 1 个单元格' }));
  await settle();
  expect(host.calls.writeCells.at(-1)).toEqual({
    writes: [{ sheet: SELF_SHEET, cell: 'G6', text: '20', value: 20, overwrite: true }],
    options: { onlyIfEmpty: true },
  });
  expect(host.text(SELF_SHEET, 'G6')).toBe('20');
});

test('with 覆盖这些单元格 ticked, the empty cells and the chosen filled one are one write (one undo step in Excel)', async () => {
  const host = new FakeHost([selfEvaluationGrid()]);
  host.edit(SELF_SHEET, 'G6', '待定');
  const panel = await openPlan(host);
  fireEvent.click(within(panel).getByRole('checkbox', { name: '覆盖这些单元格' }));
  await settle();
  fireEvent.click(within(panel).getByRole('button', { name: '写入 3 个单元格' }));
  await settle();
  expect(host.calls.writeCells).toHaveLength(1);
  expect(host.calls.writeCells[0].options).toEqual({ onlyIfEmpty: true });
  expect(host.calls.writeCells[0].writes.map((w) => [w.cell, w.overwrite === true])).toEqual([
    ['G5', false],
    ['G8', false],
    ['G6', true],
  ]);
  expect([host.text(SELF_SHEET, 'G5'), host.text(SELF_SHEET, 'G6'), host.text(SELF_SHEET, 'G8')]).toEqual([
    '18.6',
    '20',
    expect.any(String),
  ]);
  expect(host.text(SELF_SHEET, 'G8')).not.toBe('');
});

test('a cell filled in between the plan and the write is kept, then offered for overwriting', async () => {
  const host = new FakeHost([selfEvaluationGrid()]);
  const panel = await openPlan(host);
  host.edit(SELF_SHEET, 'G6', '待定'); // typed while the plan was open, before the live check saw it
  fireEvent.click(within(panel).getByRole('button', { name: '写入 3 个单元格' }));
  const dialog = await openDialog();
  expect(host.text(SELF_SHEET, 'G6')).toBe('待定');
  expect(host.text(SELF_SHEET, 'G5')).toBe('18.6');
  expect(Array.from(dialog.querySelectorAll('[data-change-list] li')).map((li) => li.textContent)).toEqual([
    'G6：待定 → 20',
  ]);
  fireEvent.click(within(dialog).getByRole('button', { name: '保留原值' }));
  await settle();
  await dialogClosed();
  expect(host.text(SELF_SHEET, 'G6')).toBe('待定');
  expect(host.calls.writeCells.every((c) => c.options.onlyIfEmpty)).toBe(true);
});

test('an open plan follows the sheet: a cell the user fills meanwhile leaves the plan', async () => {
  const host = new FakeHost([selfEvaluationGrid()], {});
  await renderPane(host, { liveDelayMs: 10 });
  fireEvent.click(screen.getByRole('button', { name: '填写完成情况' }));
  await settle();
  host.edit(SELF_SHEET, 'G5', '17', { emit: true });
  await new Promise((r) => setTimeout(r, 50));
  await settle();
  const panel = planPanel() as HTMLElement;
  expect(planRows(panel).map(([cell]) => cell)).toEqual(['G6', 'G8']);
  expect(within(panel).getByRole('button', { name: '写入 2 个单元格' })).toBeTruthy();
});

test('the plan closes, writing nothing, when the pane follows the user to a sheet with no self-evaluation', async () => {
  const host = new FakeHost([selfEvaluationGrid(), declarationGrid()]);
  await openPlan(host);
  host.activate(DECLARATION_SHEET);
  await settle();
  expect(planPanel()).toBeNull();
  expect(host.calls.writeCells).toHaveLength(0);
});

test('with the status column setting, the plan shows and writes the status of each row right of the form', async () => {
  const host = new FakeHost([selfEvaluationGrid()], {
    settings: { scoring: DEFAULT_SCORING_OPTIONS, writeStatusColumn: true },
  });
  const panel = await openPlan(host);
  expect(planRows(panel).filter(([cell]) => cell?.startsWith('I'))).toEqual([
    ['I4', '完成状态'],
    ['I5', '未达成'],
    ['I6', '达成'],
    ['I7', '达成'],
    ['I8', '部分达成'],
    ['I9', '无法识别'],
    ['I10', '待填'],
  ]);
  fireEvent.click(within(panel).getByRole('button', { name: /^写入 \d+ 个单元格$/ }));
  await settle();
  const writes = host.calls.writeCells[0].writes.filter((w) => w.cell.startsWith('I'));
  expect(writes.map((w) => [w.cell, w.text])).toEqual([
    ['I4', '完成状态'],
    ['I5', '未达成'],
    ['I6', '达成'],
    ['I7', '达成'],
    ['I8', '部分达成'],
    ['I9', '无法识别'],
    ['I10', '待填'],
  ]);
});

test('proposed weights are said to be proposed, in the basis and beside each score', async () => {
  // the same form with its 分值 column blank
  const grid = selfEvaluationGrid();
  grid.cells = grid.cells.filter((c) => !(c.col === 6 && c.row >= 5 && c.row <= 10));
  const panel = await openPlan(new FakeHost([grid]));
  expect((panel.querySelector('[data-weights]') as HTMLElement).dataset.weights).toBe('proposed');
  expect((panel.querySelector('[data-weights]') as HTMLElement).textContent).toMatch(
    /^分值：表中未填写，按建议分值计算/,
  );
  const g5 = panel.querySelector('tr[data-cell="G5"]') as HTMLElement;
  expect(g5.querySelector('[data-proposed]')?.textContent).toMatch(/建议$/);
});

test('the plan in English', async () => {
  const host = new FakeHost([selfEvaluationGrid()], { lang: 'en' });
  await renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: 'Fill in completion' }));
  await settle();
  const panel = planPanel() as HTMLElement;
  expect(within(panel).getByText('Weights: the 分值 as filled in (indicators total 90)')).toBeTruthy();
  expect(within(panel).getByRole('button', { name: 'Write cells (3)' })).toBeTruthy();
  fireEvent.click(within(panel).getByRole('button', { name: 'Cancel' }));
  await settle();
  expect(host.calls.writeCells).toHaveLength(0);
});

test('clicking a completion row, or Enter on its name, selects its cell in the sheet', async () => {
  const host = new FakeHost([selfEvaluationGrid()]);
  await openCompletion(host);
  fireEvent.click(within(row(8)).getByText('部分达成'));
  await settle();
  expect(host.calls.selectCell).toEqual([{ sheet: SELF_SHEET, cell: 'E8' }]);
  const name = within(row(10)).getByRole('button', { name: '满意度' });
  expect(name.getAttribute('title')).toBe('在工作表中选中 E10');
  act(() => name.focus());
  pressEnter();
  await settle();
  expect(host.calls.selectCell.at(-1)).toEqual({ sheet: SELF_SHEET, cell: 'E10' });
  expect(host.calls.selectCell).toHaveLength(2);
});

test('a planned cell can be selected in the sheet from the plan', async () => {
  const host = new FakeHost([selfEvaluationGrid()]);
  const panel = await openPlan(host);
  fireEvent.click(within(panel).getByRole('button', { name: 'G8' }));
  await settle();
  expect(host.calls.selectCell).toEqual([{ sheet: SELF_SHEET, cell: 'G8' }]);
  expect(host.calls.writeCells).toHaveLength(0);
});

test('a declaration form has no completion tab and no fill button', async () => {
  await renderPane(new FakeHost([declarationGrid()]));
  expect(screen.queryByRole('tab', { name: '完成情况' })).toBeNull();
  expect(screen.queryByRole('button', { name: '填写完成情况' })).toBeNull();
});
