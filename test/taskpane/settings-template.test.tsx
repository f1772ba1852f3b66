/** @jest-environment jsdom */
import './dom-setup';
import { fireEvent, within } from '@testing-library/react';
import { DEFAULT_SCORING_OPTIONS } from '../../src/core/types';
import { gridFromRows } from '../helpers/grid';
import { EVALUATION_LEVEL1_FORM, UNIT_AND_SATISFACTION_FORM } from '../helpers/local-template';
import { FakeHost } from './fake-host';
import { DECLARATION_SHEET, SELF_SHEET, declarationGrid, selfEvaluationGrid } from './forms';
import { openDialog, renderPane, screen, settle, dialogClosed } from './render';

jest.setTimeout(60_000);

async function settingsForm(): Promise<HTMLElement> {
  await settle();
  const form = document.querySelector<HTMLElement>('section[aria-labelledby="pane-settings-title"]');
  if (!form) throw new Error('the settings panel is not shown');
  expect(within(form).getByRole('heading', { name: '检查与评分设置' })).toBeTruthy();
  return form;
}

test('settings are loaded from the workbook, edited, saved with the host, and the form is re-scored', async () => {
  const host = new FakeHost([selfEvaluationGrid()], {
    settings: { scoring: { ...DEFAULT_SCORING_OPTIONS, rounding: 'integer' }, writeStatusColumn: false },
  });
  await renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: '设置' }));
  const form = await settingsForm();
  expect((within(form).getByRole('combobox', { name: '得分取舍' }) as HTMLSelectElement).value).toBe('integer');

  fireEvent.click(within(form).getByRole('radio', { name: '线性扣分法' }));
  fireEvent.change(within(form).getByRole('combobox', { name: '得分取舍' }), { target: { value: 'none' } });
  fireEvent.change(within(form).getByRole('textbox', { name: '部分达成' }), { target: { value: '0.5' } });
  fireEvent.click(within(form).getByRole('switch', { name: /写入“完成状态”列/ }));
  fireEvent.click(within(form).getByRole('button', { name: '保存' }));
  await settle();
  await dialogClosed();

  expect(host.calls.saveSettings).toEqual([
    {
      scoring: {
        ...DEFAULT_SCORING_OPTIONS,
        reverseScoring: 'linear',
        rounding: 'none',
        qualitativeTiers: { met: 1, partial: 0.5, notMet: 0 },
      },
      writeStatusColumn: true,
    },
  ]);
  expect(screen.getByText('设置已保存')).toBeTruthy();
  // re-scored with the new tier: the partial row (weight 15) now scores 7.5
  fireEvent.click(screen.getByRole('tab', { name: '完成情况' }));
  await settle();
  expect(within(document.querySelector('tr[data-row="8"]') as HTMLElement).getByText('7.5')).toBeTruthy();
});

test('a local template with 决策指标 as 一级: accepting the evaluation frameworks’ 一级 is saved and re-checks the sheet', async () => {
  const grid = gridFromRows(EVALUATION_LEVEL1_FORM, { sheet: DECLARATION_SHEET });
  const host = new FakeHost([grid]);
  await renderPane(host);
  const unknown = () => document.querySelectorAll('[data-code="hierarchy.unknown-level1"]').length;
  expect(unknown()).toBeGreaterThan(0);
  expect(document.querySelector('[data-saved-settings]')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: '设置' }));
  const form = await settingsForm();
  const accept = within(form).getByRole('switch', { name: /接受评价类一级指标/ }) as HTMLInputElement;
  expect(accept.checked).toBe(false);
  fireEvent.click(accept);
  fireEvent.click(within(form).getByRole('button', { name: '保存' }));
  await settle();
  await dialogClosed();
  expect(host.calls.saveSettings).toEqual([
    { scoring: DEFAULT_SCORING_OPTIONS, writeStatusColumn: false, acceptEvaluationLevel1: true },
  ]);
  expect(unknown()).toBe(0);
  // the pane says which settings the results follow
  expect(document.querySelector('[data-saved-settings]')?.textContent).toBe(
    '按本工作簿保存的设置检查和计分：接受评价类一级指标',
  );
});

test('a missing unit as an error and another 满意度 floor are saved, and the sheet is re-checked with them', async () => {
  const grid = gridFromRows(UNIT_AND_SATISFACTION_FORM, { sheet: DECLARATION_SHEET });
  const host = new FakeHost([grid]);
  await renderPane(host);
  const codes = () => Array.from(document.querySelectorAll<HTMLElement>('[data-code]')).map((e) => e.dataset.code);
  expect(codes()).toContain('target.missing-unit');
  expect(codes()).not.toContain('target.low-satisfaction');
  fireEvent.click(screen.getByRole('button', { name: '设置' }));
  const form = await settingsForm();
  fireEvent.click(within(form).getByRole('switch', { name: /缺少计量单位视为错误/ }));
  const floor = within(form).getByRole('textbox', { name: '满意度目标低于此值时提示（%）' });
  fireEvent.change(floor, { target: { value: '120' } });
  expect(within(form).getByText('请输入 0 到 100 之间的数')).toBeTruthy();
  expect((within(form).getByRole('button', { name: '保存' }) as HTMLButtonElement).disabled).toBe(true);
  fireEvent.change(floor, { target: { value: '90' } });
  fireEvent.click(within(form).getByRole('button', { name: '保存' }));
  await settle();
  await dialogClosed();
  expect(host.calls.saveSettings).toEqual([
    { scoring: DEFAULT_SCORING_OPTIONS, writeStatusColumn: false, missingUnitError: true, lowSatisfactionPercent: 90 },
  ]);
  // the missing unit is now among the errors; the 85% 满意度 target is noted (the notes open on a click)
  const errors = screen.getByRole('region', { name: /^错误（\d+）$/ });
  expect(errors.querySelector('[data-code="target.missing-unit"]')).not.toBeNull();
  fireEvent.click(screen.getByRole('button', { name: /^提示（\d+）$/ }));
  await settle();
  expect(codes()).toContain('target.low-satisfaction');
});

test('an invalid tier score cannot be saved', async () => {
  const host = new FakeHost([selfEvaluationGrid()]);
  await renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: '设置' }));
  const form = await settingsForm();
  fireEvent.change(within(form).getByRole('textbox', { name: '达成' }), { target: { value: '1.5' } });
  expect(within(form).getByText('请输入 0 到 1 之间的数')).toBeTruthy();
  const save = within(form).getByRole('button', { name: '保存' }) as HTMLButtonElement;
  expect(save.disabled).toBe(true);
  fireEvent.click(save);
  await settle();
  expect(host.calls.saveSettings).toEqual([]);
});

test('"插入标准模板" inserts the chosen layout and year, then checks the new sheet', async () => {
  const host = new FakeHost([declarationGrid()]);
  await renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: '插入标准模板' }));
  const dialog = await openDialog('dialog');
  fireEvent.click(within(dialog).getByRole('radio', { name: '绩效自评表' }));
  fireEvent.change(within(dialog).getByRole('textbox', { name: '年度' }), { target: { value: '2026' } });
  fireEvent.click(within(dialog).getByRole('button', { name: '插入' }));
  await settle();
  await dialogClosed();
  expect(host.calls.insertTemplate).toEqual([{ layout: 'self-evaluation', year: 2026 }]);
  expect(host.calls.readSheet.at(-1)).toBe('绩效自评表');
  expect(screen.getByText('已插入工作表“绩效自评表”')).toBeTruthy();
  // the blank template is a self-evaluation form with no indicators yet
  expect(screen.getByText('自评表')).toBeTruthy();
  expect(screen.queryByText('2021年社区法律顾问服务经费')).toBeNull();
  // #12: a fresh template is an empty form, said as a note — no error (the header's blanks are warnings), no 指标表中没有任何指标
  expect(document.querySelector('[data-severity-group="error"]')).toBeNull();
  const notes = document.querySelector('[data-severity-group="info"]') as HTMLElement;
  fireEvent.click(within(notes).getByRole('button', { name: /^提示（\d+）$/ }));
  await settle();
  expect(Array.from(notes.querySelectorAll('li[data-code]')).map((e) => e.getAttribute('data-code'))).toContain(
    'form.empty-template',
  );
  expect(screen.queryByText(/指标表中没有任何指标/)).toBeNull();
});

test('a template year outside 2000–2100 is refused', async () => {
  const host = new FakeHost([declarationGrid()]);
  await renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: '插入标准模板' }));
  const dialog = await openDialog('dialog');
  fireEvent.change(within(dialog).getByRole('textbox', { name: '年度' }), { target: { value: '26' } });
  expect(within(dialog).getByText('请输入 2000 到 2100 之间的年份')).toBeTruthy();
  expect((within(dialog).getByRole('button', { name: '插入' }) as HTMLButtonElement).disabled).toBe(true);
  expect(host.calls.insertTemplate).toEqual([]);
});

test('scope "全部工作表" reads every sheet and shows each form; issues name their sheet', async () => {
  const host = new FakeHost([declarationGrid(), selfEvaluationGrid()]);
  await renderPane(host);
  expect(screen.queryByText('社区法律服务')).toBeNull();
  fireEvent.change(screen.getByRole('combobox', { name: '检查范围' }), { target: { value: 'all' } });
  await settle();
  expect(host.calls.listSheets).toBeGreaterThan(0);
  expect(host.calls.readSheet).toEqual([undefined, DECLARATION_SHEET, SELF_SHEET]);
  expect(screen.getByRole('heading', { name: '社区法律服务' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: '2021年社区法律顾问服务经费' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: `${DECLARATION_SHEET}!E12：指标值为空` }));
  await settle();
  expect(host.calls.selectCell).toEqual([{ sheet: DECLARATION_SHEET, cell: 'E12' }]);
});
