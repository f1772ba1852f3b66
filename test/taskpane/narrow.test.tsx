/** @jest-environment jsdom */
/**
 * Excel's task pane can be 320 px wide (issue #12). jsdom has no layout, so these tests read the
 * CSS Fluent's makeStyles puts on the elements (the rules Griffel inserts, matched against each
 * element) and check what makes each wide view fit: a fieldset and grid tracks allowed to shrink
 * below their content, figures on one line with the names wrapping, a scrolling box as the last
 * resort. The real width is checked in a browser by the preview tests.
 */
import './dom-setup';
import { fireEvent } from '@testing-library/react';
import { FakeHost } from './fake-host';
import { selfEvaluationGrid } from './forms';
import { renderPane, screen, settle } from './render';

jest.setTimeout(60_000);

/** The values the page's style rules give `property` on `el` (in rule order; the last one wins). */
function declared(el: Element, property: string): string[] {
  const out: string[] = [];
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) {
        let matches = false;
        try {
          matches = el.matches(rule.selectorText);
        } catch {
          matches = false;
        }
        const value = rule.style.getPropertyValue(property);
        if (matches && value) out.push(value.trim());
      } else if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) visit(sheet.cssRules);
  return out;
}
const last = (el: Element, property: string) => declared(el, property).at(-1);

test('settings at 320 px: the tier fieldset and its inputs may shrink, the tiers wrap into the width', async () => {
  await renderPane(new FakeHost([selfEvaluationGrid()]));
  fireEvent.click(screen.getByRole('button', { name: '设置' }));
  await settle();
  const fieldset = document.querySelector('fieldset') as HTMLElement;
  expect(fieldset).toBeTruthy();
  // a fieldset's default min-inline-size is its min-content: the cause of the ~220 px overflow
  expect(last(fieldset, 'min-width')).toBe('0');
  const grid = fieldset.querySelector('div') as HTMLElement;
  expect(last(grid, 'display')).toBe('grid');
  expect(last(grid, 'grid-template-columns')).toMatch(/^repeat\(auto-fit, minmax\(min\(100%, [\d.]+em\), 1fr\)\)$/);
  const input = screen.getByRole('textbox', { name: '未达成' });
  expect(last(input, 'width')).toBe('100%');
  expect(last(input, 'min-width')).toBe('0');
  const inputRoot = input.parentElement as HTMLElement;
  expect(last(inputRoot, 'min-width')).toBe('0');
  expect(last(inputRoot, 'width')).toBe('100%');
  const buttons = screen.getByRole('button', { name: '保存' }).parentElement as HTMLElement;
  expect(last(buttons, 'flex-wrap')).toBe('wrap');
});

test('completion at 320 px: names wrap anywhere, figures stay on one line, the table scrolls in its own box', async () => {
  await renderPane(new FakeHost([selfEvaluationGrid()]));
  fireEvent.click(screen.getByRole('tab', { name: '完成情况' }));
  await settle();
  const table = document.querySelector('table') as HTMLElement;
  expect(last(table.parentElement as HTMLElement, 'overflow-x')).toBe('auto');
  const row = document.querySelector('tr[data-row="5"]') as HTMLElement;
  expect(last(row.querySelector('th') as HTMLElement, 'overflow-wrap')).toBe('anywhere');
  const figures = Array.from(row.querySelectorAll('td')).slice(1);
  expect(figures.length).toBe(3);
  for (const td of figures) expect(last(td, 'white-space')).toBe('nowrap');
});
