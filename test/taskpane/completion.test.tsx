/** @jest-environment jsdom */
import './dom-setup';
import { fireEvent, within } from '@testing-library/react';
import { FakeHost } from './fake-host';
import { DEFAULT_SCORING_OPTIONS } from '../../src/core/types';
import { SELF_SHEET, declarationGrid, selfEvaluationGrid } from './forms';
import { openDialog, renderPane, screen, settle, dialogClosed } from './render';

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
  expect((document.querySelector('[data-grade]') as HTMLElement).textContent).toMatch(/^Grade: (Excellent|Good|Fair|Poor)$/);
});

test('"填写完成情况" writes computed scores only into empty cells when none is filled', async () => {
  const host = new FakeHost([selfEvaluationGrid()]);
  await renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: '填写完成情况' }));
  await settle();
  expect(host.calls.writeCells).toHaveLength(1);
  expect(host.calls.writeCells[0].options).toEqual({ onlyIfEmpty: true });
  expect(host.calls.writeCells[0].writes.map((w) => [w.cell, w.text])).toEqual([
    ['G5', '18.6'],
    ['G6', '20'],
    ['G8', '10.5'],
  ]);
  expect(host.text(SELF_SHEET, 'G7')).toBe('18'); // the user's own score stays
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(screen.getByText('已填写 3 个单元格')).toBeTruthy();
});

test('"填写完成情况" never overwrites a filled cell without confirmation, and lists those cells', async () => {
  const host = new FakeHost([selfEvaluationGrid()]);
  // the person typed something (not a number) into a score cell after the pane read the sheet
  await renderPane(host);
  host.edit(SELF_SHEET, 'G6', '待定');
  fireEvent.click(screen.getByRole('button', { name: '填写完成情况' }));
  let dialog = await openDialog();
  expect(host.text(SELF_SHEET, 'G6')).toBe('待定');
  expect(host.text(SELF_SHEET, 'G5')).toBe('18.6'); // empty cells were filled
  expect(within(dialog).getByText('覆盖已填写的单元格？')).toBeTruthy();
  expect(Array.from(dialog.querySelectorAll('[data-change-list] li')).map((li) => li.textContent)).toEqual(['G6：待定 → 20']);

  fireEvent.click(within(dialog).getByRole('button', { name: '保留原值' }));
  await settle();
  await dialogClosed();
  expect(host.text(SELF_SHEET, 'G6')).toBe('待定');
  expect(host.calls.writeCells.every((c) => c.options.onlyIfEmpty)).toBe(true);
  expect(screen.getByText('保留了 1 个已填写的单元格')).toBeTruthy();

  // asked again and confirmed: exactly that cell is overwritten
  fireEvent.click(screen.getByRole('button', { name: '填写完成情况' }));
  dialog = await openDialog();
  fireEvent.click(within(dialog).getByRole('button', { name: '覆盖这些单元格' }));
  await settle();
  await dialogClosed();
  expect(host.calls.writeCells.at(-1)).toEqual({
    writes: [{ sheet: SELF_SHEET, cell: 'G6', text: '20' }],
    options: { onlyIfEmpty: false },
  });
  expect(host.text(SELF_SHEET, 'G6')).toBe('20');
});

test('with the status column setting, the status of each row is written right of the form', async () => {
  const host = new FakeHost([selfEvaluationGrid()], {
    settings: { scoring: DEFAULT_SCORING_OPTIONS, writeStatusColumn: true },
  });
  await renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: '填写完成情况' }));
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

test('a declaration form has no completion tab and no fill button', async () => {
  await renderPane(new FakeHost([declarationGrid()]));
  expect(screen.queryByRole('tab', { name: '完成情况' })).toBeNull();
  expect(screen.queryByRole('button', { name: '填写完成情况' })).toBeNull();
});
