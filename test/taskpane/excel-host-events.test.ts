/**
 * Issue #10, the pane's side: following the active sheet, protected sheets in one sentence, no
 * notice while the user is typing in a cell, a sheet that fails in 全部工作表 reported on its own,
 * our own writes not re-checked twice, cells left alone by 清除标记 said so.
 */
import { HostError } from '../../src/host/types';
import { PaneController } from '../../src/taskpane/state/controller';
import { FakeHost } from './fake-host';
import { DECLARATION_SHEET, SELF_SHEET, declarationGrid, selfEvaluationGrid } from './forms';

const settle = () => new Promise((r) => setTimeout(r, 0));

async function started(host: FakeHost, options: { liveDelayMs?: number } = {}): Promise<PaneController> {
  const controller = new PaneController(host, options);
  await controller.start();
  return controller;
}

test("当前工作表: activating another sheet re-checks it; the previous sheet's form is no longer shown", async () => {
  const host = new FakeHost([declarationGrid(), selfEvaluationGrid()]);
  const controller = await started(host);
  expect(controller.getState().results.map((r) => r.sheet)).toEqual([DECLARATION_SHEET]);
  host.activate(SELF_SHEET);
  for (let i = 0; i < 5; i++) await settle();
  expect(host.calls.readSheet.at(-1)).toBe(SELF_SHEET); // read by the activation, not by a re-check
  expect(controller.getState().results.map((r) => r.sheet)).toEqual([SELF_SHEET]);
  expect(controller.getState().notice).toBeNull();
  controller.dispose();
});

test('全部工作表: activation changes nothing; dispose unsubscribes', async () => {
  const host = new FakeHost([declarationGrid(), selfEvaluationGrid()]);
  const controller = await started(host);
  await controller.setScope('all');
  const reads = host.calls.readSheet.length;
  host.activate(SELF_SHEET);
  await settle();
  expect(host.calls.readSheet.length).toBe(reads);
  controller.dispose();
  host.activate(DECLARATION_SHEET);
  await settle();
  expect(host.calls.readSheet.length).toBe(reads);
});

test('a protected sheet: issues listed, nothing painted, one sentence why', async () => {
  const host = new FakeHost([declarationGrid()]);
  host.protectedSheets.add(DECLARATION_SHEET);
  const controller = await started(host);
  await controller.paint();
  expect(controller.issues().length).toBeGreaterThan(0);
  expect(host.paintedList()).toEqual([]);
  expect(controller.getState().paintedSheets).toEqual([]);
  expect(controller.getState().notice).toEqual({
    intent: 'warning',
    text: `工作表“${DECLARATION_SHEET}”受保护，未标记也未写入任何单元格；问题已列在下方。撤销工作表保护后可再标记。`,
  });
  controller.dispose();
});

test('a write refused as protected (HostError) gets the same sentence, not a generic error', async () => {
  const host = new FakeHost([declarationGrid()]);
  const controller = await started(host);
  host.failNext = new HostError('protected', 'AccessDenied', DECLARATION_SHEET);
  await controller.paint();
  expect(controller.getState().notice?.intent).toBe('warning');
  expect(controller.getState().notice?.text).toContain('受保护');
  controller.dispose();
});

test('typing in a cell: a live re-check gives no notice at all; a button says in one sentence what to do', async () => {
  const host = new FakeHost([declarationGrid()]);
  const controller = await started(host, { liveDelayMs: 5 });
  await controller.paint(); // painted: the live re-check repaints
  controller.dismissNotice();
  host.edit(DECLARATION_SHEET, 'E12', '≥24场');
  host.failNext = new HostError('cell-edit', 'Excel is in cell-editing mode.');
  host.emitChange(DECLARATION_SHEET, 'E12');
  await new Promise((r) => setTimeout(r, 40));
  await controller.recheck();
  expect(host.calls.log.at(-1)).toBe(`applyPatch:replace:${DECLARATION_SHEET}`); // the repaint was tried
  expect(controller.getState().notice).toBeNull();
  host.failNext = new HostError('cell-edit', 'Excel is in cell-editing mode.');
  await controller.paint();
  expect(controller.getState().notice).toEqual({
    intent: 'info',
    text: 'Excel 正在编辑单元格：请按 Enter 或点选其他单元格结束编辑，再点一次。',
  });
  expect(controller.getState().busy).toBe(false);
  controller.dispose();
});

test('全部工作表: a sheet that cannot be read is reported on its own; the others are checked', async () => {
  const host = new FakeHost([declarationGrid(), selfEvaluationGrid()]);
  host.readFailures.set(DECLARATION_SHEET, new HostError('too-large', 'too large', DECLARATION_SHEET));
  const controller = new PaneController(host);
  await controller.start(); // the active sheet fails: an error notice, as before
  await controller.setScope('all');
  expect(controller.getState().results.map((r) => r.sheet)).toEqual([SELF_SHEET]);
  expect(controller.getState().failedSheets).toEqual([
    {
      sheet: DECLARATION_SHEET,
      text: `工作表“${DECLARATION_SHEET}”未能检查：工作表太大，Excel 无法分批读出。其他工作表已检查。`,
    },
  ]);
  host.readFailures.clear();
  await controller.recheck();
  expect(controller.getState().failedSheets).toEqual([]);
  controller.dispose();
});

test('our own writes (triggerSource) do not start a second re-check', async () => {
  const host = new FakeHost([declarationGrid()]);
  const controller = await started(host, { liveDelayMs: 5 });
  const reads = host.calls.readSheet.length;
  host.emitChange(DECLARATION_SHEET, 'E11', { own: true });
  await new Promise((r) => setTimeout(r, 30));
  expect(host.calls.readSheet.length).toBe(reads);
  host.emitChange(DECLARATION_SHEET, 'E11', { changeType: 'RowInserted' });
  await new Promise((r) => setTimeout(r, 30));
  await controller.recheck();
  expect(host.calls.readSheet.length).toBeGreaterThan(reads);
  controller.dispose();
});

test('清除标记: cells changed since painting are named in the notice', async () => {
  const host = new FakeHost([declarationGrid()]);
  const controller = await started(host);
  host.clearMarks = async () => ({ protectedSheets: [], leftAlone: [{ sheet: DECLARATION_SHEET, cell: 'E12' }] });
  await controller.clear();
  expect(controller.getState().notice).toEqual({
    intent: 'info',
    text: `已清除标记；有 1 个单元格在标记后被改动过（例如重新填色或排序），已保持原样：${DECLARATION_SHEET}!E12`,
  });
  controller.dispose();
});
