/**
 * The pane's state modules without React: settings, writes, the debouncer and the controller.
 */
import { DEFAULT_SCORING_OPTIONS } from '../../src/core/types';
import { analyzeSheet } from '../../src/core/analyze';
import { PaneController } from '../../src/taskpane/state/controller';
import { keyDebouncer } from '../../src/taskpane/state/debounce';
import { normalizeSettings } from '../../src/core/settings-store';
import { parseTier } from '../../src/taskpane/state/settings';
import { completionWrites, safeFixChanges, statusColumn } from '../../src/taskpane/state/writes';
import { hierarchyView } from '../../src/taskpane/state/view';
import { issueLines, rowSpan } from '../../src/core/issue-lines';
import type { Issue } from '../../src/core/types';
import { FakeHost } from './fake-host';
import { DECLARATION_SHEET, SELF_SHEET, declarationGrid, selfEvaluationGrid } from './forms';

test('stored settings are merged over the defaults; invalid fields fall back', () => {
  expect(normalizeSettings(null)).toEqual({ scoring: DEFAULT_SCORING_OPTIONS, writeStatusColumn: false });
  const s = normalizeSettings({
    scoring: {
      ...DEFAULT_SCORING_OPTIONS,
      rounding: 'bogus' as never,
      qualitativeTiers: { met: 2, partial: 0.6, notMet: -1 },
    },
    writeStatusColumn: true,
  });
  expect(s.scoring.rounding).toBe('two-decimals');
  expect(s.scoring.qualitativeTiers).toEqual({ met: 1, partial: 0.6, notMet: 0 });
  expect(s.writeStatusColumn).toBe(true);
});

test('tier scores typed in the form', () => {
  expect(parseTier('0.7')).toBe(0.7);
  expect(parseTier(' 1 ')).toBe(1);
  expect(parseTier('0,5')).toBe(0.5);
  expect(parseTier('1.2')).toBeNull();
  expect(parseTier('')).toBeNull();
  expect(parseTier('abc')).toBeNull();
});

test('safe fix changes carry the cell text before the fix', () => {
  const grid = declarationGrid();
  const forms = analyzeSheet(grid);
  const changes = safeFixChanges(
    forms.flatMap((f) => f.issues),
    new Map([[grid.sheet, grid]]),
  );
  expect(changes).toEqual([
    { sheet: DECLARATION_SHEET, cell: 'E11', before: '=>150人次', after: '≥150人次' },
    { sheet: DECLARATION_SHEET, cell: 'E13', before: '100%%', after: '100%', value: 1, format: '0%' },
  ]);
});

test('completion writes: scores, and the status column right of the form, skipping cells already equal', () => {
  const grid = selfEvaluationGrid();
  const forms = analyzeSheet(grid);
  expect(statusColumn(forms[0])).toBe(9);
  const writes = completionWrites(forms, new Map([[grid.sheet, grid]]), { statusColumn: true, lang: 'en' });
  expect(writes.find((w) => w.cell === 'I4')?.text).toBe('Completion status');
  expect(writes.find((w) => w.cell === 'I5')?.text).toBe('not met');
  const withStatus = { ...grid, cells: [...grid.cells, { row: 5, col: 9, value: 'not met', text: 'not met' }] };
  const again = completionWrites(forms, new Map([[grid.sheet, withStatus]]), { statusColumn: true, lang: 'en' });
  expect(again.some((w) => w.cell === 'I5')).toBe(false);
});

test('the hierarchy view groups rows by 一级 and 二级 in sheet order', () => {
  const [form] = analyzeSheet(declarationGrid());
  const view = hierarchyView(form);
  expect(view.tree.map((l1) => [l1.name, l1.level2.map((l2) => [l2.name, l2.leaves.length])])).toEqual([
    [
      '产出指标',
      [
        ['数量指标', 3],
        ['质量指标', 2],
      ],
    ],
    ['效益指标', [['社会效益指掭', 1]]],
    ['满意度指标', [['服务对象满意度指标', 1]]],
  ]);
  expect(view.tree[1].level2[0].leaves[0].hierarchyIssues.map((i) => i.suggestion)).toEqual(['社会效益指标']);
});

test('the debouncer fires once with every key after the quiet period', () => {
  jest.useFakeTimers();
  const fired: string[][] = [];
  const d = keyDebouncer(600, (keys) => fired.push(keys));
  d.schedule('a');
  jest.advanceTimersByTime(500);
  d.schedule('b');
  d.schedule('a');
  jest.advanceTimersByTime(599);
  expect(fired).toEqual([]);
  jest.advanceTimersByTime(1);
  expect(fired).toEqual([['a', 'b']]);
  d.schedule('c');
  d.cancel();
  jest.advanceTimersByTime(1000);
  expect(fired).toHaveLength(1);
  jest.useRealTimers();
});

test('controller: a failing host call becomes an error notice and the queue goes on', async () => {
  const host = new FakeHost([declarationGrid()]);
  const controller = new PaneController(host);
  await controller.start();
  host.applyPatch = async () => {
    throw new Error('the sheet is protected');
  };
  await controller.paint();
  expect(controller.getState().notice).toEqual({ intent: 'error', text: '操作未完成：the sheet is protected' });
  expect(controller.getState().busy).toBe(false);
  await controller.clear();
  expect(host.calls.clearMarks).toEqual([undefined]);
  controller.dispose();
});

test('controller: "全部安全修正" writes nothing until confirmed; cancel clears the confirmation', async () => {
  const host = new FakeHost([declarationGrid()]);
  const controller = new PaneController(host);
  await controller.start();
  controller.fixAll();
  expect(controller.getState().confirm?.kind).toBe('fix-all');
  controller.cancel();
  expect(controller.getState().confirm).toBeNull();
  expect(host.calls.writeCells).toEqual([]);
  controller.fixAll();
  await controller.confirm();
  expect(host.calls.writeCells.map((c) => c.writes.map((w) => w.cell))).toEqual([['E11', 'E13']]);
  expect(controller.safeFixes()).toEqual([]);
  controller.dispose();
});

test('controller: settings from the workbook are used for scoring', async () => {
  const host = new FakeHost([selfEvaluationGrid()], {
    settings: { scoring: { ...DEFAULT_SCORING_OPTIONS, rounding: 'integer' }, writeStatusColumn: false },
  });
  const controller = new PaneController(host);
  await controller.start();
  const row5 = controller.forms()[0].indicators.find((i) => i.row === 5);
  expect(row5?.completion?.score).toBe(19); // 18.6 rounded to an integer
  expect(controller.getState().results[0].sheet).toBe(SELF_SHEET);
  controller.dispose();
});

test('issue lines: identical findings on one cell are one line with their rows; others stay apart', () => {
  const issue = (row: number | null, cell: string | null, code = 'hierarchy.misspelled', message = 'm'): Issue => ({
    code,
    severity: 'error',
    sheet: 'S',
    cell,
    row,
    message,
    suggestion: null,
    fix: null,
  });
  const lines = issueLines([
    issue(4, 'A4'),
    issue(5, 'A4'),
    issue(5, 'E5', 'target.empty'),
    issue(6, 'A4'),
    issue(7, 'A4', 'hierarchy.misspelled', 'other'),
    issue(null, null, 'form.x'),
    issue(null, null, 'form.x'),
  ]);
  expect(lines.map((l) => [l.issue.cell, l.issue.code, l.rows])).toEqual([
    ['A4', 'hierarchy.misspelled', [4, 5, 6]],
    ['E5', 'target.empty', [5]],
    ['A4', 'hierarchy.misspelled', [7]],
    [null, 'form.x', []],
    [null, 'form.x', []],
  ]);
  expect(rowSpan([4, 5, 6], '、')).toBe('4–6');
  expect(rowSpan([6, 4], '、')).toBe('4、6');
  expect(rowSpan([3, 7, 9], ', ')).toBe('3, 7, 9');
});
