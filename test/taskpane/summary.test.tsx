/** @jest-environment jsdom */
import './dom-setup';
import * as path from 'node:path';
import { within } from '@testing-library/react';
import { readWorkbookFile } from '../../src/workbook/node';
import { FIXTURES_DIR } from '../helpers/shared';
import { FakeHost } from './fake-host';
import { declarationGrid, selfEvaluationGrid } from './forms';
import { renderPane, screen } from './render';

// Fluent's DOM is large: role queries in jsdom are slow on a loaded machine
jest.setTimeout(60_000);

function card(name: string): HTMLElement {
  return screen.getByRole('heading', { name }).closest('article') as HTMLElement;
}

test('summary of a declaration form: project, funds in yuan, layout, counts', async () => {
  await renderPane(new FakeHost([declarationGrid()]));
  const form = card('2021年社区法律顾问服务经费');
  const field = (f: string) => (form.querySelector(`[data-field="${f}"]`) as HTMLElement).textContent;
  expect(field('funds')).toBe('1,280,000.00 元');
  expect(field('layout')).toBe('申报表');
  expect(field('indicators')).toBe('7');
  expect(field('errors')).toBe('4');
  expect(field('warnings')).toBe('3');
});

test('summary of the malformed-targets fixture read from its .xlsx', async () => {
  const workbook = await readWorkbookFile(path.join(FIXTURES_DIR, 'malformed-targets.xlsx'));
  await renderPane(new FakeHost(workbook.sheets));
  const form = card('2021年社区法律顾问服务经费');
  expect(within(form).getByText('1,280,000.00 元')).toBeTruthy();
  expect((form.querySelector('[data-field="indicators"]') as HTMLElement).textContent).toBe('24');
  const errors = Number((form.querySelector('[data-field="errors"]') as HTMLElement).textContent);
  expect(errors).toBeGreaterThanOrEqual(9); // the fixture's malformed rows each give at least one error
});

test('a sheet without a form says so', async () => {
  const host = new FakeHost([
    { sheet: '说明', cells: [{ row: 1, col: 1, value: '填报说明', text: '填报说明' }], merges: [] },
  ]);
  await renderPane(host);
  expect(screen.getByText('工作表“说明”中没有找到申报表或自评表')).toBeTruthy();
});

test('without notes the pane says the explanations are shown here, with the host limitations', async () => {
  const host = new FakeHost([declarationGrid()], {
    capabilities: { notes: false, limitations: ['此版本的 Excel 不支持读取合并区域'] },
  });
  await renderPane(host);
  const bar = document.querySelector('[data-limitations]') as HTMLElement;
  expect(bar.textContent).toContain('此环境不能写入单元格批注：问题说明显示在本窗格中。');
  expect(bar.textContent).toContain('此版本的 Excel 不支持读取合并区域');
});

test('with every capability there is no limitations bar', async () => {
  await renderPane(new FakeHost([declarationGrid()]));
  expect(document.querySelector('[data-limitations]')).toBeNull();
});

test('English UI when the host language is en: pane strings and engine messages', async () => {
  const host = new FakeHost([declarationGrid(), selfEvaluationGrid()], { lang: 'en', capabilities: { notes: false } });
  await renderPane(host);
  expect(screen.getByRole('heading', { name: 'Performance target check' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Mark 5 cells' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Clear marks' })).toBeTruthy();
  expect(screen.getByText('1,280,000.00 yuan')).toBeTruthy();
  expect(screen.getByText('declaration')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'E11: The comparison sign is written the wrong way round' })).toBeTruthy();
  expect(screen.getByText(/explanations are shown here in the pane instead/)).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Errors (4)' })).toBeTruthy();
  // no Chinese UI text leaks into the pane's own chrome
  expect(screen.queryByText(/标记/)).toBeNull();
  expect(screen.queryByText('清除标记')).toBeNull();
});
