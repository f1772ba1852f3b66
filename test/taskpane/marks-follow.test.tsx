/** @jest-environment jsdom */
/**
 * Issue #12, marks: in Excel the marks are painted on request and the button says how many cells it
 * marks (none: disabled); in the preview (markOnCheck) the issues are painted as soon as a sheet is
 * checked and the marks follow every check and re-check without piling up, until "清除标记".
 */
import './dom-setup';
import { act, fireEvent, render } from '@testing-library/react';
import { TaskPane } from '../../src/taskpane';
import { FakeHost } from './fake-host';
import { DECLARATION_SHEET, SELF_SHEET, declarationGrid, selfEvaluationGrid } from './forms';
import { screen, settle } from './render';

jest.setTimeout(60_000);

async function renderFollowing(host: FakeHost): Promise<void> {
  render(<TaskPane host={host} liveDelayMs={20} markOnCheck />);
  await settle();
}

function paintButton(): HTMLButtonElement {
  return document.querySelector('[data-action="paint"]') as HTMLButtonElement;
}

/** Disabled as Fluent does it: the disabled attribute, or aria-disabled for a focusable disabled button. */
function isDisabled(button: HTMLButtonElement): boolean {
  return button.disabled || button.getAttribute('aria-disabled') === 'true';
}

async function waitLive(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 120));
  });
  await settle();
}

const highlights = (host: FakeHost, n: number) =>
  host.calls.applyPatch[n].ops
    .filter((o) => o.kind === 'highlight')
    .map((o) => o.cell)
    .sort();

describe('in Excel: marks on request, the button counts them', () => {
  test('the count follows the issues; one cell in English is "Mark 1 cell"; none is disabled', async () => {
    const host = new FakeHost([declarationGrid()], { lang: 'en' });
    render(<TaskPane host={host} />);
    await settle();
    expect(paintButton().textContent).toBe('Mark 5 cells');
    expect(isDisabled(paintButton())).toBe(false);
    for (const [cell, text] of [
      ['E11', '≥150人次'],
      ['E12', '≥24场'],
      ['E13', '≥95%'],
      ['E14', '≥98%'],
    ]) {
      host.edit(DECLARATION_SHEET, cell, text);
    }
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    await settle();
    expect(paintButton().textContent).toBe('Mark 1 cell');
    expect(paintButton().dataset.markCount).toBe('1');
    host.edit(DECLARATION_SHEET, 'C15', '社会效益指标');
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    await settle();
    expect(paintButton().textContent).toBe('Nothing to mark');
    expect(isDisabled(paintButton())).toBe(true);
    expect(host.calls.applyPatch).toEqual([]);
  });

  test('a re-check does not paint; 全部工作表 counts the cells of every sheet', async () => {
    const host = new FakeHost([declarationGrid(), selfEvaluationGrid()]);
    render(<TaskPane host={host} />);
    await settle();
    const one = Number(paintButton().dataset.markCount);
    fireEvent.click(screen.getByRole('button', { name: '重新检查' }));
    await settle();
    expect(host.calls.applyPatch).toEqual([]);
    fireEvent.change(document.querySelector('#pane-scope') as HTMLSelectElement, { target: { value: 'all' } });
    await settle();
    const all = Number(paintButton().dataset.markCount);
    expect(all).toBeGreaterThan(one);
    expect(paintButton().textContent).toBe(`标记 ${all} 个单元格`);
    fireEvent.click(paintButton());
    await settle();
    // the button marked as many cells as it said
    expect(host.paintedList()).toHaveLength(all);
    expect(screen.getByText(`已标记 ${all} 个单元格`)).toBeTruthy();
  });
});

describe('in the preview (markOnCheck): the marks follow the checks', () => {
  test('painted as soon as the sheet is checked; the button says how many are shown and is disabled', async () => {
    const host = new FakeHost([declarationGrid()]);
    await renderFollowing(host);
    expect(host.calls.log).toEqual(['applyPatch']);
    expect(highlights(host, 0)).toEqual(['C15', 'E11', 'E12', 'E13', 'E14']);
    expect(host.paintedList()).toHaveLength(5);
    expect(paintButton().textContent).toBe('已标记 5 个单元格');
    expect(isDisabled(paintButton())).toBe(true);
    // no notice for marks the user did not ask for
    expect(document.querySelector('[data-notice]')).toBeNull();
  });

  test('re-checks keep the marks current without piling up: an unchanged sheet is not repainted', async () => {
    const host = new FakeHost([declarationGrid()]);
    await renderFollowing(host);
    for (let i = 0; i < 3; i++) {
      fireEvent.click(screen.getByRole('button', { name: '重新检查' }));
      await settle();
    }
    expect(host.calls.log).toEqual(['applyPatch']);
    // a change outside the pane, then a re-check: the sheet's marks replaced in one call
    host.edit(DECLARATION_SHEET, 'E11', '≥150人次');
    fireEvent.click(screen.getByRole('button', { name: '重新检查' }));
    await settle();
    expect(host.calls.log).toEqual(['applyPatch', `applyPatch:replace:${DECLARATION_SHEET}`]);
    expect(
      host
        .paintedList()
        .map((p) => p.cell)
        .sort(),
    ).toEqual(['C15', 'E12', 'E13', 'E14']);
    expect(paintButton().textContent).toBe('已标记 4 个单元格');
  });

  test('an edit is re-checked live and its mark goes; a sheet left with nothing to mark is cleared', async () => {
    const host = new FakeHost([declarationGrid()]);
    await renderFollowing(host);
    host.edit(DECLARATION_SHEET, 'E12', '≥24场', { emit: true });
    await waitLive();
    expect(host.calls.log.at(-1)).toBe(`applyPatch:replace:${DECLARATION_SHEET}`);
    expect(host.paintedList().some((p) => p.cell === 'E12')).toBe(false);
    for (const [cell, text] of [
      ['E11', '≥150人次'],
      ['E13', '≥95%'],
      ['E14', '≥98%'],
      ['C15', '社会效益指标'],
    ]) {
      host.edit(DECLARATION_SHEET, cell, text, { emit: true });
    }
    await waitLive();
    expect(host.calls.log.at(-1)).toBe(`clearMarks:${DECLARATION_SHEET}`);
    expect(host.paintedList()).toEqual([]);
    expect(paintButton().textContent).toBe('没有要标记的单元格');
  });

  test('a sheet opened later, and every sheet with 全部工作表, is painted too', async () => {
    const host = new FakeHost([declarationGrid(), selfEvaluationGrid()]);
    await renderFollowing(host);
    host.activate(SELF_SHEET);
    await settle();
    expect(new Set(host.paintedList().map((p) => p.sheet))).toEqual(new Set([DECLARATION_SHEET, SELF_SHEET]));
    const calls = host.calls.applyPatch.length;
    fireEvent.change(document.querySelector('#pane-scope') as HTMLSelectElement, { target: { value: 'all' } });
    await settle();
    // both sheets were painted already with the same patches: nothing repainted
    expect(host.calls.applyPatch.length).toBe(calls);
    expect(paintButton().textContent).toBe(`已标记 ${host.paintedList().length} 个单元格`);
  });

  test('"清除标记" takes the marks off and they stay off through re-checks until the user marks again', async () => {
    const host = new FakeHost([declarationGrid()]);
    await renderFollowing(host);
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await settle();
    expect(host.paintedList()).toEqual([]);
    expect(paintButton().textContent).toBe('标记 5 个单元格');
    expect(isDisabled(paintButton())).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: '重新检查' }));
    await settle();
    host.edit(DECLARATION_SHEET, 'E12', '≥24场', { emit: true });
    await waitLive();
    expect(host.calls.log).toEqual(['applyPatch', 'clearMarks']);
    expect(host.paintedList()).toEqual([]);
    // marking again: the marks follow the checks once more
    fireEvent.click(paintButton());
    await settle();
    expect(host.paintedList()).toHaveLength(4);
    expect(paintButton().textContent).toBe('已标记 4 个单元格');
    host.edit(DECLARATION_SHEET, 'E11', '≥150人次', { emit: true });
    await waitLive();
    expect(host.paintedList()).toHaveLength(3);
  });
});
