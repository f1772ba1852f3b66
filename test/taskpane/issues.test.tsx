/** @jest-environment jsdom */
import './dom-setup';
import { act, fireEvent, within } from '@testing-library/react';
import { RULE_DOCS } from '../../src/core/rule-docs';
import { gridFromRows } from '../helpers/grid';
import { FakeHost } from './fake-host';
import { DECLARATION_SHEET, SELF_SHEET, declarationGrid, selfEvaluationGrid } from './forms';
import { openDialog, pressEnter, pressTab, renderPane, screen, settle, dialogClosed } from './render';

// Fluent's DOM is large: role queries in jsdom are slow on a loaded machine
jest.setTimeout(60_000);

const issueButton = (name: string | RegExp) => screen.getByRole('button', { name });

test('issues are grouped by severity, each a button named by cell and message', async () => {
  await renderPane(new FakeHost([declarationGrid()]));
  const errors = screen.getByRole('region', { name: '错误（4）' });
  const warnings = screen.getByRole('region', { name: '警告（3）' });
  expect(
    within(errors)
      .getAllByRole('button', { name: /^E1\d：/ })
      .map((b) => b.getAttribute('aria-label')),
  ).toEqual(['E11：比较符号书写错误', 'E12：指标值为空', 'E13：百分号重复']);
  expect(within(errors).getByRole('button', { name: 'C15：“社会效益指掭”疑似“社会效益指标”之误' })).toBeTruthy();
  expect(within(warnings).getAllByRole('button', { name: /^E1\d：/ })).toHaveLength(3);
  expect(screen.getByRole('region', { name: '提示（1）' })).toBeTruthy();
});

test('clicking an issue selects its cell', async () => {
  const host = new FakeHost([declarationGrid()]);
  await renderPane(host);
  fireEvent.click(issueButton('E12：指标值为空'));
  await settle();
  expect(host.calls.selectCell).toEqual([{ sheet: DECLARATION_SHEET, cell: 'E12' }]);
});

test('Tab reaches the issues and Enter selects the cell; arrow keys move between issues', async () => {
  const host = new FakeHost([declarationGrid()]);
  await renderPane(host);
  const target = issueButton('E13：百分号重复');
  let focused: HTMLElement | null = null;
  for (let i = 0; i < 60 && focused !== target; i++) focused = pressTab();
  expect(document.activeElement).toBe(target);
  pressEnter();
  await settle();
  expect(host.calls.selectCell).toEqual([{ sheet: DECLARATION_SHEET, cell: 'E13' }]);

  // ArrowDown: the next issue of the list (the 修正 buttons are skipped), ArrowUp back, End the last
  act(() => {
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowDown' });
  });
  expect(document.activeElement).toBe(issueButton('C15：“社会效益指掭”疑似“社会效益指标”之误'));
  act(() => {
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowUp' });
  });
  expect(document.activeElement).toBe(target);
  act(() => {
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'End' });
  });
  // the notes are collapsed: End reaches the last warning; with the notes open, the last note
  expect(document.activeElement?.getAttribute('aria-label')).toBe('E14：比率类指标值缺少%');
  fireEvent.click(screen.getByRole('button', { name: '提示（1）' }));
  await settle();
  act(() => issueButton('E12：指标值为空').focus());
  act(() => {
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'End' });
  });
  expect(document.activeElement?.getAttribute('aria-label')).toBe('E15：定性目标，建议量化');
  pressEnter();
  await settle();
  expect(host.calls.selectCell.at(-1)).toEqual({ sheet: DECLARATION_SHEET, cell: 'E15' });
});

test('a safe fix is written at once into its cell only, and the pane re-checks', async () => {
  const host = new FakeHost([declarationGrid()]);
  await renderPane(host);
  const reads = host.calls.readSheet.length;
  fireEvent.click(screen.getByRole('button', { name: '修正 E11：=>150人次 → ≥150人次' }));
  await settle();
  expect(host.calls.writeCells).toEqual([
    { writes: [{ sheet: DECLARATION_SHEET, cell: 'E11', text: '≥150人次' }], options: { onlyIfEmpty: false } },
  ]);
  expect(host.text(DECLARATION_SHEET, 'E11')).toBe('≥150人次');
  expect(host.calls.readSheet.length).toBe(reads + 1);
  expect(screen.queryByRole('button', { name: 'E11：比较符号书写错误' })).toBeNull();
  expect(screen.getByRole('region', { name: '错误（3）' })).toBeTruthy();
});

test('a fix that changes meaning asks first: cancel writes nothing, confirm writes it', async () => {
  const host = new FakeHost([declarationGrid()]);
  await renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: '修正 C15：社会效益指掭 → 社会效益指标' }));
  let dialog = await openDialog();
  expect(within(dialog).getByText('确认修正')).toBeTruthy();
  expect(within(dialog).getByText('C15：社会效益指掭 → 社会效益指标')).toBeTruthy();
  expect(host.calls.writeCells).toEqual([]);
  fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
  await settle();
  await dialogClosed();
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(host.calls.writeCells).toEqual([]);
  expect(host.text(DECLARATION_SHEET, 'C15')).toBe('社会效益指掭');

  fireEvent.click(screen.getByRole('button', { name: '修正 C15：社会效益指掭 → 社会效益指标' }));
  dialog = await openDialog();
  fireEvent.click(within(dialog).getByRole('button', { name: '应用' }));
  await settle();
  await dialogClosed();
  expect(host.calls.writeCells).toEqual([
    { writes: [{ sheet: DECLARATION_SHEET, cell: 'C15', text: '社会效益指标' }], options: { onlyIfEmpty: false } },
  ]);
  expect(screen.queryByRole('button', { name: /^C15：/ })).toBeNull();
});

test('"全部安全修正" lists the changes, writes nothing before the confirmation, then exactly those cells', async () => {
  const host = new FakeHost([declarationGrid()]);
  await renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: '全部安全修正（2）' }));
  const dialog = await openDialog();
  const list = dialog.querySelector('[data-change-list]') as HTMLElement;
  expect(Array.from(list.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
    'E11：=>150人次 → ≥150人次',
    'E13：100%% → 100%',
  ]);
  expect(host.calls.writeCells).toEqual([]);
  fireEvent.click(within(dialog).getByRole('button', { name: '应用 2 处修正' }));
  await settle();
  await dialogClosed();
  expect(host.calls.writeCells).toEqual([
    {
      writes: [
        { sheet: DECLARATION_SHEET, cell: 'E11', text: '≥150人次' },
        { sheet: DECLARATION_SHEET, cell: 'E13', text: '100%', value: 1, format: '0%' },
      ],
      options: { onlyIfEmpty: false },
    },
  ]);
  // the meaning-changing fixes (E14, C15) were not touched
  expect(host.text(DECLARATION_SHEET, 'E14')).toBe('98');
  expect(host.text(DECLARATION_SHEET, 'C15')).toBe('社会效益指掭');
  expect(screen.getByText('已修正 2 个单元格')).toBeTruthy();
  expect((screen.getByRole('button', { name: /^全部安全修正/ }) as HTMLButtonElement).disabled).toBe(true);
});

test('"全部安全修正" cancelled writes nothing', async () => {
  const host = new FakeHost([declarationGrid()]);
  await renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: '全部安全修正（2）' }));
  fireEvent.click(within(await openDialog()).getByRole('button', { name: '取消' }));
  await settle();
  await dialogClosed();
  expect(host.calls.writeCells).toEqual([]);
  expect(host.text(DECLARATION_SHEET, 'E11')).toBe('=>150人次');
});

test('the hierarchy view shows 一级 → 二级 → 三级 with targets, verdicts and the suggested name', async () => {
  await renderPane(new FakeHost([declarationGrid()]));
  fireEvent.click(screen.getByRole('tab', { name: '指标层级' }));
  await settle();
  const output = document.querySelector('[data-level1="产出指标"]') as HTMLElement;
  const quantity = output.querySelector('[data-level2="数量指标"]') as HTMLElement;
  expect(quantity.querySelectorAll('[data-row]')).toHaveLength(3);
  const row11 = quantity.querySelector('[data-row="11"]') as HTMLElement;
  expect(row11.textContent).toContain('法律咨询接待人次');
  expect(row11.textContent).toContain('=>150人次');
  expect(row11.querySelector('[data-verdict]')?.textContent).toBe('错误');
  expect((quantity.querySelector('[data-row="10"] [data-verdict]') as HTMLElement).textContent).toBe('合格');
  const misspelt = document.querySelector(
    '[data-row="15"] [data-hierarchy-issue="hierarchy.misspelled"]',
  ) as HTMLElement;
  expect(misspelt.textContent).toContain('建议改为“社会效益指标”');
});

test('quiet by default: notes are collapsed under one line with their count, and open on request', async () => {
  await renderPane(new FakeHost([declarationGrid()]));
  const notes = screen.getByRole('region', { name: '提示（1）' });
  const toggle = within(notes).getByRole('button', { name: '提示（1）' });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  expect(notes.querySelectorAll('[data-issue-item]')).toHaveLength(0);
  // errors come first, then warnings, then the notes
  expect(
    Array.from(document.querySelectorAll('[data-severity-group]')).map((s) => s.getAttribute('data-severity-group')),
  ).toEqual(['error', 'warning', 'info']);
  fireEvent.click(toggle);
  await settle();
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  expect(notes.querySelectorAll('[data-issue-item]')).toHaveLength(1);
});

test('the severity filter hides and shows a severity', async () => {
  await renderPane(new FakeHost([declarationGrid()]));
  const filter = screen.getByRole('group', { name: '显示' });
  const errors = within(filter).getByRole('button', { name: '错误 4' });
  expect(errors.getAttribute('aria-pressed')).toBe('true');
  fireEvent.click(errors);
  await settle();
  expect(errors.getAttribute('aria-pressed')).toBe('false');
  expect(screen.queryByRole('region', { name: '错误（4）' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'E12：指标值为空' })).toBeNull();
  expect(screen.getByRole('region', { name: '警告（3）' })).toBeTruthy();
  fireEvent.click(within(filter).getByRole('button', { name: '警告 3' }));
  fireEvent.click(within(filter).getByRole('button', { name: '提示 1' }));
  await settle();
  expect(screen.getByText('所选类别中没有问题')).toBeTruthy();
  fireEvent.click(errors);
  await settle();
  expect(screen.getByRole('button', { name: 'E12：指标值为空' })).toBeTruthy();
});

test('several forms: one line each with its counts, errors first; only the first form with findings is open', async () => {
  const host = new FakeHost([selfEvaluationGrid(), declarationGrid()]);
  await renderPane(host);
  fireEvent.change(screen.getByRole('combobox', { name: '检查范围' }), { target: { value: 'all' } });
  await settle();
  // no card per form before the issues: one line of totals
  expect(document.querySelectorAll('article[data-form]')).toHaveLength(0);
  expect((document.querySelector('[data-forms-total]') as HTMLElement).textContent).toMatch(
    /^共 2 张表：错误 \d+，警告 \d+$/,
  );
  const sections = Array.from(document.querySelectorAll<HTMLElement>('[data-form-issues]'));
  expect(sections.map((s) => s.getAttribute('data-form-issues')?.split('!')[0])).toEqual([
    DECLARATION_SHEET,
    SELF_SHEET,
  ]);
  const [declaration, self] = sections;
  expect(within(declaration).getByText('错误 4 · 警告 3 · 提示 1')).toBeTruthy();
  const selfToggle = within(self).getByRole('button', { name: '社区法律服务' });
  expect(
    within(declaration).getByRole('button', { name: '2021年社区法律顾问服务经费' }).getAttribute('aria-expanded'),
  ).toBe('true');
  expect(selfToggle.getAttribute('aria-expanded')).toBe('false');
  expect(self.querySelectorAll('[data-issue-item]')).toHaveLength(0);
  expect(within(declaration).getByRole('button', { name: `${DECLARATION_SHEET}!E12：指标值为空` })).toBeTruthy();
  fireEvent.click(selfToggle);
  await settle();
  expect(selfToggle.getAttribute('aria-expanded')).toBe('true');
  expect(self.querySelector('[data-field="layout"]')?.textContent).toBe('自评表');
});

test('详情 opens the rule explanation inside the pane: what, why, how, examples from the rule table, code, severity, fix', async () => {
  await renderPane(new FakeHost([declarationGrid()]));
  const toggle = screen.getByRole('button', { name: 'E12 的详情' });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(toggle);
  await settle();
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  const panel = document.getElementById(toggle.getAttribute('aria-controls') as string) as HTMLElement;
  expect(panel.getAttribute('data-details')).toBe('target.empty');
  expect(panel.querySelector('[data-explanation]')?.textContent).toBe('指标值为空');
  expect(panel.querySelector('[data-part="what"]')?.textContent).toBe(`检查什么：${RULE_DOCS.target.empty.what.zh}`);
  expect(panel.querySelector('[data-part="why"]')?.textContent).toBe(`为什么重要：${RULE_DOCS.target.empty.why.zh}`);
  expect(panel.querySelector('[data-part="how"]')?.textContent).toBe(`怎样修改：${RULE_DOCS.target.empty.how.zh}`);
  // cases of the rule's own table: a blank cell is said so
  expect(panel.querySelector('[data-examples="fails"]')?.textContent).toContain('（空白）');
  expect(panel.querySelectorAll('[data-examples="passes"] li').length).toBeGreaterThan(0);
  expect(panel.textContent).toContain('代码：target.empty · 默认级别：错误 · 修正：无自动修正');
  // the English rule description is not shown in the Chinese pane
  expect(panel.textContent).not.toContain('normalising');
  // a hierarchy code: its own explanation, and the cell its fix writes
  fireEvent.click(screen.getByRole('button', { name: 'C15 的详情' }));
  await settle();
  const misspelt = document.querySelector('[data-details="hierarchy.misspelled"]') as HTMLElement;
  expect(misspelt.querySelector('[data-explanation]')?.textContent).toBe('指标名称疑似错别字');
  expect(misspelt.textContent).toContain('提示文字：“…”疑似“…”之误');
  expect(misspelt.querySelector('[data-examples="fails"] [data-example-fix]')?.textContent).toBe(
    ' → 修正为 二级指标 数量指标',
  );
  expect(misspelt.textContent).toContain('默认级别：错误 · 修正：需确认（会改变含义）');
  fireEvent.click(toggle);
  await settle();
  expect(document.querySelector('[data-details="target.empty"]')).toBeNull();
});

test('详情 of a completion finding and of a form finding: severity, fix safety, cases as the cells of the form', async () => {
  // completion: the self-evaluation's unreadable actual (E9 见附件)
  const { unmount } = await renderPane(new FakeHost([selfEvaluationGrid()]));
  fireEvent.click(screen.getByRole('button', { name: 'E9 的详情' }));
  await settle();
  const invalid = document.querySelector('[data-details="completion.invalid"]') as HTMLElement;
  expect(invalid.querySelector('[data-explanation]')?.textContent).toBe('实际完成值无法识别');
  expect(invalid.textContent).toContain('代码：completion.invalid · 默认级别：警告 · 修正：无自动修正');
  const failing = [...invalid.querySelectorAll('[data-examples="fails"] li')].map((li) => li.textContent);
  expect(failing).toContain('指标值 ≥200个 | 实际完成值 #N/A | 分值 90');
  unmount();
  // form: a declaration whose 项目名称 is blank (the finding sits on the label, A3)
  const grid = declarationGrid();
  grid.cells = grid.cells.filter((c) => !(c.row === 3 && c.col === 2));
  await renderPane(new FakeHost([grid]));
  fireEvent.click(screen.getByRole('button', { name: 'A3 的详情' }));
  await settle();
  const field = document.querySelector('[data-details="form.missing-field"]') as HTMLElement;
  expect(field.querySelector('[data-explanation]')?.textContent).toBe('表头项目未填写');
  expect(field.textContent).toContain('代码：form.missing-field · 默认级别：警告 · 修正：无自动修正');
  const cases = [...field.querySelectorAll('[data-examples="fails"] li')].map((li) => li.textContent);
  expect(cases).toContain('项目名称 （空白）');
  expect(field.textContent).not.toContain('left blank');
});

test('Details in English: the same explanation in English, the cells as the form has them', async () => {
  await renderPane(new FakeHost([declarationGrid()], { lang: 'en' }));
  // E13 has two findings: the 详情 of the doubled percent sign
  const toggle = screen
    .getAllByRole('button', { name: 'Details of E13' })
    .find((b) => b.closest('li')?.getAttribute('data-code') === 'target.double-percent');
  fireEvent.click(toggle as HTMLElement);
  await settle();
  const panel = document.querySelector('[data-details="target.double-percent"]') as HTMLElement;
  expect(panel.querySelector('[data-explanation]')?.textContent).toBe('Doubled percent sign');
  expect(panel.querySelector('[data-part="how"]')?.textContent).toBe(
    `How to fix: ${RULE_DOCS.target['double-percent'].how.en}`,
  );
  expect(panel.querySelector('[data-examples="fails"] li')?.textContent).toBe(
    '100%% (产出指标／质量指标／合格率) → fixed to 100%',
  );
  expect(panel.textContent).toContain('Message: The percent sign is doubled');
  expect(panel.textContent).toContain(
    'Code: target.double-percent · Default severity: error · Fix: safe, may be applied as is',
  );
});

test('the same finding on the same cell for several rows is one line that names the rows', async () => {
  // a misspelt 一级 merged over three rows: an error on each row (the fixtures' contract), one cell to correct
  const grid = gridFromRows(
    [
      ['项目支出绩效目标表'],
      ['项目名称', '培训经费'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指际', '数量指标', '培训人数', '≥200人'],
      [null, '质量指标', '合格率', '≥95%'],
      [null, '时效指标', '完成时间', '2023年12月底前'],
    ],
    { sheet: DECLARATION_SHEET, merges: ['A4:A6'] },
  );
  await renderPane(new FakeHost([grid]));
  const errors = screen.getByRole('region', { name: '错误（3）' });
  const lines = within(errors).getAllByRole('button', { name: /^A4：/ });
  expect(lines).toHaveLength(1);
  expect(within(errors).getByText('涉及 3 行：第 4–6 行')).toBeTruthy();
});
