/** @jest-environment jsdom */
import './dom-setup';
import { act, fireEvent } from '@testing-library/react';
import { FakeHost } from './fake-host';
import { DECLARATION_SHEET, declarationGrid, selfEvaluationGrid } from './forms';
import { renderPane, screen, settle } from './render';

// Fluent's DOM is large: role queries in jsdom are slow on a loaded machine
jest.setTimeout(60_000);

afterEach(() => {
  jest.useRealTimers();
});

async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await act(async () => {
      await Promise.resolve();
    });
  }
}

test('"标记 5 个单元格" applies the patch of every issue cell; "清除标记" clears through the host', async () => {
  const host = new FakeHost([declarationGrid()]);
  await renderPane(host);
  // in Excel nothing is painted before the user asks, and the button says how many cells it marks
  expect(host.calls.applyPatch).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: '标记 5 个单元格' }));
  await settle();
  expect(host.calls.applyPatch).toHaveLength(1);
  const ops = host.calls.applyPatch[0].ops;
  expect(
    ops
      .filter((o) => o.kind === 'highlight')
      .map((o) => o.cell)
      .sort(),
  ).toEqual(['C15', 'E11', 'E12', 'E13', 'E14']);
  const note = ops.find((o) => o.kind === 'note' && o.cell === 'E11');
  expect(note && 'text' in note ? note.text : '').toContain('比较符号书写错误');
  expect(screen.getByText('已标记 5 个单元格')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
  await settle();
  expect(host.calls.clearMarks).toEqual([undefined]);
  expect(host.paintedList()).toEqual([]);
  expect(screen.getByText('已清除标记')).toBeTruthy();
});

test("painting twice replaces the sheet's earlier marks in the same call (one undo step)", async () => {
  const host = new FakeHost([declarationGrid()]);
  await renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: '标记 5 个单元格' }));
  await settle();
  fireEvent.click(screen.getByRole('button', { name: '标记 5 个单元格' }));
  await settle();
  expect(host.calls.log).toEqual(['applyPatch', `applyPatch:replace:${DECLARATION_SHEET}`]);
});

test('live check: an edit re-checks only the changed sheet after the quiet period, and repaints it', async () => {
  const host = new FakeHost([declarationGrid()]);
  await renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: '标记 5 个单元格' }));
  await settle();
  expect(screen.getByRole('button', { name: 'E12：指标值为空' })).toBeTruthy();
  const reads = host.calls.readSheet.length;

  jest.useFakeTimers();
  host.edit(DECLARATION_SHEET, 'E12', '≥24场', { emit: true });
  host.emitChange(DECLARATION_SHEET, 'E12'); // a burst of events: one re-check
  act(() => {
    jest.advanceTimersByTime(599);
  });
  await flushMicrotasks();
  expect(host.calls.readSheet.length).toBe(reads);

  act(() => {
    jest.advanceTimersByTime(1);
  });
  await flushMicrotasks();
  jest.useRealTimers();
  await settle();

  expect(host.calls.readSheet.slice(reads)).toEqual([DECLARATION_SHEET]);
  expect(screen.queryByRole('button', { name: 'E12：指标值为空' })).toBeNull();
  // repainted: that sheet's marks replaced by the new patch (without E12) in one call
  expect(host.calls.log.slice(-1)).toEqual([`applyPatch:replace:${DECLARATION_SHEET}`]);
  const repaint = host.calls.applyPatch.at(-1)!;
  expect(
    repaint.ops
      .filter((o) => o.kind === 'highlight')
      .map((o) => o.cell)
      .sort(),
  ).toEqual(['C15', 'E11', 'E13', 'E14']);
});

test('live check without painted marks re-checks but paints nothing; other sheets are not read', async () => {
  const host = new FakeHost([declarationGrid(), selfEvaluationGrid()]);
  await renderPane(host, { liveDelayMs: 600 });
  const reads = host.calls.readSheet.length;
  jest.useFakeTimers();
  host.edit(DECLARATION_SHEET, 'E11', '≥150人次', { emit: true });
  act(() => {
    jest.advanceTimersByTime(600);
  });
  await flushMicrotasks();
  jest.useRealTimers();
  await settle();
  expect(host.calls.readSheet.slice(reads)).toEqual([DECLARATION_SHEET]);
  expect(host.calls.applyPatch).toEqual([]);
  expect(host.calls.clearMarks).toEqual([]);
  expect(screen.queryByRole('button', { name: 'E11：比较符号书写错误' })).toBeNull();
});

test('the pane unsubscribes from changes when it is closed', async () => {
  const host = new FakeHost([declarationGrid()]);
  const { unmount } = await renderPane(host);
  expect(host.subscribers).toBe(1);
  unmount();
  expect(host.subscribers).toBe(0);
});

test('marks painted in an earlier session are repainted by the live check', async () => {
  const host = new FakeHost([declarationGrid()], { painted: [{ sheet: DECLARATION_SHEET, cell: 'E11' }] });
  await renderPane(host);
  host.edit(DECLARATION_SHEET, 'E11', '≥150人次', { emit: true });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 700));
  });
  await settle();
  expect(host.calls.log).toEqual([`applyPatch:replace:${DECLARATION_SHEET}`]);
  expect(host.calls.applyPatch[0].ops.some((o) => o.cell === 'E11')).toBe(false);
});
