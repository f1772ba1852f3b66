/**
 * Issue #12 at the sizes people use: the main flows of the pane and the preview at 1366×768 and
 * 1440×900 (a laptop and a desktop), and the views not yet covered at Excel's narrowest task pane,
 * 320 px — the hierarchy, the template dialog and the whole pane in English — with nothing cut off.
 * Debian's Chromium against the production bundle (test/browser/harness.js).
 */
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { messageOf } from '../../src/core/messages';
import { launch, serve, useBrowser } from './harness';
import { fixture, overflowing, paneIdle } from './pane';

jest.setTimeout(180_000);

let server: Awaited<ReturnType<typeof serve>>;
let browser: Awaited<ReturnType<typeof launch>>;
const pageErrors: string[] = [];
const external: string[] = [];

useBrowser((s, b) => {
  server = s;
  browser = b;
});

async function openPage(width: number, height: number, query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${server.origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))
      external.push(url);
  });
  await page.setViewportSize({ width, height });
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('td[data-cell="A1"]', { timeout: 60_000 });
  await paneIdle(page);
  return page;
}

async function openFile(page: Page, file: string): Promise<void> {
  await page.setInputFiles('input[type="file"]', file);
  await page.waitForFunction(
    (name) => document.querySelector('.jx-filename strong')?.textContent === name,
    path.basename(file),
    {
      timeout: 60_000,
    },
  );
  await paneIdle(page);
}

/** The cells of the shown sheet that carry a mark of the given severity (error and warning by default). */
async function markedCells(page: Page, severity?: 'error' | 'warning'): Promise<string[]> {
  const selector = severity ? `td[data-cell][data-severity="${severity}"]` : 'td[data-cell][data-severity]';
  return (
    await page.locator(selector).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cell as string))
  ).sort();
}

/** The page itself never scrolls sideways: the sheet and the pane share the window. */
async function pageFits(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

/**
 * The severity filter (错误 / 警告 / 提示) hides a severity and shows it again; then, with 全部工作表 on a
 * workbook of several forms, one line per form with its counts — only the first form with findings open —
 * that expands on request. Nothing sticks out of the pane at any point.
 */
async function filterAndForms(page: Page): Promise<void> {
  const filter = page.locator('[data-pane] [data-severity-filter]');
  expect(
    await filter.locator('[data-filter]').evaluateAll((els) => els.map((e) => e.getAttribute('data-filter'))),
  ).toEqual(['error', 'warning', 'info']);
  const errors = filter.locator('[data-filter="error"]');
  expect(await errors.getAttribute('aria-pressed')).toBe('true');
  expect(await errors.textContent()).toMatch(/^错误 \d+$/);
  const errorCount = Number(/\d+/.exec((await errors.textContent()) as string)![0]);
  await errors.click();
  expect(await errors.getAttribute('aria-pressed')).toBe('false');
  expect(await page.locator('[data-pane] [data-severity-group="error"]').count()).toBe(0);
  expect(await overflowing(page, '[data-pane]')).toEqual([]);
  await errors.click();
  if (errorCount > 0) await page.waitForSelector('[data-pane] [data-severity-group="error"] [data-issue-item]');
  else expect(await page.locator('[data-pane] [data-severity-group="error"]').count()).toBe(0);
  expect(await errors.getAttribute('aria-pressed')).toBe('true');

  await openFile(page, fixture('seed-2021-sfj.xlsx').xlsx);
  await page.selectOption('#pane-scope', 'all');
  await paneIdle(page);
  await page.waitForSelector('[data-pane] [data-form-issues]');
  expect(await page.locator('[data-pane] article[data-form]').count()).toBe(0);
  expect(await page.locator('[data-pane] [data-forms-total]').textContent()).toMatch(
    /^共 \d+ 张表：错误 \d+，警告 \d+$/,
  );
  const sections = page.locator('[data-pane] [data-form-issues]');
  const n = await sections.count();
  expect(n).toBeGreaterThan(1);
  const open: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const section = sections.nth(i);
    expect(await section.locator('[data-form-counts]').textContent()).toMatch(/^错误 \d+ · 警告 \d+ · 提示 \d+$/);
    const isOpen = (await section.locator('[data-form-toggle]').getAttribute('aria-expanded')) === 'true';
    open.push(isOpen);
    if (!isOpen) expect(await section.locator('[data-issue-item]').count()).toBe(0);
  }
  expect(open.filter(Boolean).length).toBeLessThanOrEqual(1);
  expect(await overflowing(page, '[data-pane]')).toEqual([]);
  const closed = open.indexOf(false);
  expect(closed).toBeGreaterThanOrEqual(0);
  const toggle = sections.nth(closed).locator('[data-form-toggle]');
  await toggle.click();
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  await sections.nth(closed).locator('[data-severity-group]').first().waitFor();
  expect(await overflowing(page, '[data-pane]')).toEqual([]);
}

const paintButton = (page: Page) => page.locator('[data-pane] [data-action="paint"]');

// ---------------------------------------------------------------------------
// 1366×768 and 1440×900: open → quiet list → 详情 → fix → Ctrl+Z, marks present from the start
// ---------------------------------------------------------------------------

describe.each([
  [1366, 768],
  [1440, 900],
])('at %i×%i', (width, height) => {
  const { xlsx, expected } = fixture('malformed-targets.xlsx');
  const sheet = expected.indicators[0].sheet;
  const errorCells = expected.indicators.filter((i) => i.verdict === 'error' && i.sheet === sheet).map((i) => i.cell);
  const eitherCells = expected.indicators.filter((i) => i.verdict === 'either' && i.sheet === sheet).map((i) => i.cell);
  const target = expected.indicators.find((i) => i.target === '=>150件') as { cell: string };
  let page: Page;

  beforeAll(async () => {
    page = await openPage(width, height);
  });
  afterAll(async () => page?.close());

  test('the sample is marked as soon as the page opens, and the page fits the window', async () => {
    expect((await markedCells(page)).length).toBeGreaterThan(0);
    expect(await paintButton(page).getAttribute('data-marks-follow')).toBe('');
    await pageFits(page);
    expect(await overflowing(page, '[data-pane]')).toEqual([]);
  });

  test('opening a file marks its issues at once: exactly the expected error cells, the button says how many', async () => {
    await openFile(page, xlsx);
    const errors = await markedCells(page, 'error');
    expect(errorCells.filter((c) => !errors.includes(c))).toEqual([]);
    expect(errors.filter((c) => !errorCells.includes(c) && !eitherCells.includes(c))).toEqual([]);
    const all = await markedCells(page);
    await expect(paintButton(page).textContent()).resolves.toBe(
      messageOf('pane.action.marks-shown', 'zh', { count: all.length }),
    );
    expect(await paintButton(page).getAttribute('data-mark-count')).toBe(String(all.length));
    expect(await paintButton(page).getAttribute('aria-disabled')).toBe('true');
    await pageFits(page);
  });

  test('the issues are quiet by default: errors first, then warnings, notes collapsed under their count', async () => {
    const groups = await page
      .locator('[data-pane] [data-severity-group]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.severityGroup));
    expect(groups[0]).toBe('error');
    expect(groups.indexOf('warning') === -1 || groups.indexOf('warning') > groups.indexOf('error')).toBe(true);
    if (groups.includes('info')) {
      expect(groups.at(-1)).toBe('info');
      const toggle = page.locator('[data-pane] [data-notes-toggle]');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await toggle.textContent()).toMatch(/^提示（\d+）$/);
      expect(await page.locator('[data-pane] [data-severity-group="info"] [data-issue-item]').count()).toBe(0);
    }
    // every error cell of the sheet is listed
    const listed = await page
      .locator('[data-pane] [data-severity-group="error"] [data-issue-item]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cell as string));
    expect(errorCells.filter((c) => !listed.includes(c))).toEqual([]);
    expect(await overflowing(page, '[data-pane]')).toEqual([]);
  });

  test('详情 opens the explanation inside the pane, and closes again', async () => {
    const item = page
      .locator(`[data-pane] [data-severity-group="error"] li:has([data-issue-item][data-cell="${target.cell}"])`)
      .first();
    const toggle = item.locator('[data-details-toggle]');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const details = item.locator('[data-details]');
    await details.waitFor();
    // what it says is the explanation's own business (src/taskpane/state/explain.ts): here, that it is there
    expect(((await details.locator('[data-explanation]').textContent()) ?? '').trim()).not.toBe('');
    expect(await details.textContent()).toContain(
      messageOf('pane.details.code', 'zh', { code: (await item.getAttribute('data-code')) as string }),
    );
    // inside the pane and the window, nothing cut off
    const box = (await details.boundingBox())!;
    const pane = (await page.locator('[data-pane]').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(pane.x);
    expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(await overflowing(page, '[data-pane]')).toEqual([]);
    await toggle.click();
    expect(await item.locator('[data-details]').count()).toBe(0);
  });

  test('a fix changes the cell, and its mark and its issue go', async () => {
    const fix = page
      .locator('[data-pane]')
      .getByRole('button', { name: new RegExp(`^修正 ${target.cell}：`) })
      .first();
    await fix.click();
    const dialog = page.getByRole('dialog');
    if (await dialog.isVisible().catch(() => false)) await dialog.getByRole('button', { name: /应用/ }).click();
    await paneIdle(page);
    await page.waitForFunction(
      (a1) => document.querySelector(`td[data-cell="${a1}"]`)?.textContent === '≥150件',
      target.cell,
    );
    await page.waitForFunction(
      (a1) => !document.querySelector(`[data-pane] [data-issue-item][data-cell="${a1}"]`),
      target.cell,
    );
    await page.waitForFunction(
      (a1) => !document.querySelector(`td[data-cell="${a1}"]`)?.hasAttribute('data-severity'),
      target.cell,
    );
    // the button follows: one cell fewer marked
    const all = await markedCells(page);
    await expect(paintButton(page).textContent()).resolves.toBe(
      messageOf('pane.action.marks-shown', 'zh', { count: all.length }),
    );
  });

  test('Ctrl+Z takes the fix back: the text, the error, its mark and its issue return', async () => {
    await page.locator('td[data-cell="A1"]').click();
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      (a1) => document.querySelector(`td[data-cell="${a1}"]`)?.textContent === '=>150件',
      target.cell,
    );
    await expect(page.locator('.jx-status').textContent()).resolves.toBe(
      messageOf('preview.undone', 'zh', { cells: target.cell }),
    );
    await page.waitForFunction(
      (a1) => document.querySelector(`td[data-cell="${a1}"]`)?.getAttribute('data-severity') === 'error',
      target.cell,
      { timeout: 30_000 },
    );
    await page.waitForSelector(
      `[data-pane] [data-severity-group="error"] [data-issue-item][data-cell="${target.cell}"]`,
      { timeout: 30_000 },
    );
    await paneIdle(page);
    expect(await markedCells(page, 'error')).toEqual(expect.arrayContaining(errorCells));
    await pageFits(page);
  });

  test('清除标记 takes every mark off and they stay off through a re-check; 标记 N 个单元格 brings them back', async () => {
    const all = await markedCells(page);
    await page.locator('[data-pane]').getByRole('button', { name: '清除标记', exact: true }).click();
    await paneIdle(page);
    expect(await markedCells(page)).toEqual([]);
    await expect(paintButton(page).textContent()).resolves.toBe(
      messageOf('pane.action.paint-count', 'zh', { count: all.length }),
    );
    await page.locator('[data-pane]').getByRole('button', { name: '重新检查', exact: true }).click();
    await paneIdle(page);
    expect(await markedCells(page)).toEqual([]);
    await paintButton(page).click();
    await paneIdle(page);
    expect(await markedCells(page)).toEqual(all);
    expect(await paintButton(page).getAttribute('data-marks-follow')).toBe('');
  });

  test('the severity filter hides and shows a severity; with 全部工作表, one line per form that expands', async () => {
    await filterAndForms(page);
    await pageFits(page);
  });
});

// ---------------------------------------------------------------------------
// 320 px: the hierarchy, the template dialog, the pane in English
// ---------------------------------------------------------------------------

/** Excel's narrowest task pane: the preview's pane set to 320 px. */
async function narrowPane(page: Page): Promise<void> {
  await page.addStyleTag({ content: '.jx-pane { width: 320px !important; box-sizing: border-box; }' });
  expect(await page.locator('[data-pane]').evaluate((el) => el.getBoundingClientRect().width)).toBe(320);
}

describe('at 320 px', () => {
  test('the hierarchy view fits: every level, target and verdict inside the pane', async () => {
    const page = await openPage(1366, 768);
    await openFile(page, fixture('seed-2021-sfj.xlsx').xlsx);
    await narrowPane(page);
    await page.locator('[data-pane]').getByRole('tab', { name: '指标层级' }).click();
    await page.waitForSelector('[data-pane] [data-level1]');
    expect(await page.locator('[data-pane] [data-verdict]').count()).toBeGreaterThan(5);
    expect(await overflowing(page, '[data-pane]')).toEqual([]);
    // with 全部工作表: every form's tree
    await page.selectOption('#pane-scope', 'all');
    await paneIdle(page);
    expect(await page.locator('[data-pane] section[aria-label] [data-level1]').count()).toBeGreaterThan(3);
    expect(await overflowing(page, '[data-pane]')).toEqual([]);
    await page.close();
  });

  test('the severity filter and the one-line forms of 全部工作表 fit', async () => {
    const page = await openPage(1366, 768);
    await openFile(page, fixture('malformed-targets.xlsx').xlsx);
    await narrowPane(page);
    await filterAndForms(page);
    await page.close();
  });

  test('the template dialog fits a 320-px-wide task pane: every field and button inside it', async () => {
    // in Excel the pane is the whole page: a 320-px window, the pane filling it
    const page = await openPage(1366, 768);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.addStyleTag({
      content:
        '.jx-sheet, .jx-toolbar { display: none !important; } .jx-pane { width: 320px !important; box-sizing: border-box; }',
    });
    await page.locator('[data-pane]').getByRole('button', { name: '插入标准模板', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '插入', exact: true }).waitFor();
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await overflowing(page, '[role="dialog"]')).toEqual([]);
    for (const name of ['插入', '取消']) {
      const b = (await dialog.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(box.x);
      expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width);
    }
    const year = (await dialog.getByRole('spinbutton').or(dialog.getByRole('textbox')).first().boundingBox())!;
    expect(year.x + year.width).toBeLessThanOrEqual(box.x + box.width);
    // and it works at that width: the template goes in as an empty form
    await dialog.getByRole('button', { name: '插入', exact: true }).click();
    await paneIdle(page);
    expect(await overflowing(page, '[data-pane]')).toEqual([]);
    // an empty form, said as a note: no error
    expect(await page.locator('[data-pane] [data-severity-group="error"]').count()).toBe(0);
    await page.locator('[data-pane] [data-notes-toggle]').click();
    await page.locator('[data-pane] li[data-code="form.empty-template"]').waitFor();
    expect(await page.locator('[data-pane] li[data-code="form.no-indicators"]').count()).toBe(0);
    expect(await overflowing(page, '[data-pane]')).toEqual([]);
    await page.close();
  });

  describe('the pane in English (display language en)', () => {
    let page: Page;
    beforeAll(async () => {
      page = await openPage(1366, 768, '?lang=en');
      await openFile(page, fixture('seed-2021-sfj-selfeval.xlsx').xlsx);
      await narrowPane(page);
    });
    afterAll(async () => page?.close());

    test('the issues, the toolbar and the summary fit, in English', async () => {
      expect(await page.locator('[data-pane] h1').textContent()).toBe(messageOf('pane.title', 'en'));
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await expect(paintButton(page).textContent()).resolves.toMatch(/^\d+ cells? marked$|^Nothing to mark$/);
      expect(await overflowing(page, '[data-pane]')).toEqual([]);
      // notes opened, and an explanation opened: still inside
      const notes = page.locator('[data-pane] [data-notes-toggle]');
      if (await notes.count()) await notes.first().click();
      const details = page.locator('[data-pane] [data-details-toggle]');
      if (await details.count()) await details.first().click();
      expect(await overflowing(page, '[data-pane]')).toEqual([]);
    });

    test.each([
      ['Hierarchy', '[data-level1]'],
      ['Completion', 'table'],
    ])('the %s tab fits, in English', async (tab, content) => {
      await page.locator('[data-pane]').getByRole('tab', { name: tab }).click();
      await page.waitForSelector(`[data-pane] ${content}`);
      expect(await overflowing(page, '[data-pane]')).toEqual([]);
    });

    test('the settings fit, in English', async () => {
      await page.locator('[data-pane]').getByRole('button', { name: 'Settings', exact: true }).click();
      await page.waitForSelector('[data-pane] fieldset', { timeout: 60_000 });
      expect(await overflowing(page, '[data-pane]')).toEqual([]);
      await page.locator('[data-pane]').getByRole('button', { name: 'Back', exact: true }).click();
    });
  });
});

test('no page script failed and no request left the origin', () => {
  expect(pageErrors).toEqual([]);
  expect(external).toEqual([]);
});
