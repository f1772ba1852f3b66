/**
 * #12 on the preview page, in Chromium against the production bundle, at 1366×768 and 1440×900: a double-click edits the cell
 * under the pointer (also next to the sticky header and at the bottom edge), scroll positions are kept
 * per sheet and start at the top for a new file, a status about one sheet leaves with it, and
 * Ctrl+Z / Ctrl+Y undo and redo edits with the live check following.
 */
import type { Page } from 'playwright-core';
import { messageOf } from '../../src/core/messages';
import { launch, serve, useBrowser } from './harness';
import { fixture, paneIdle } from './pane';

jest.setTimeout(180_000);

let server: Awaited<ReturnType<typeof serve>>;
let browser: Awaited<ReturnType<typeof launch>>;
const pageErrors: string[] = [];

useBrowser((s, b) => {
  server = s;
  browser = b;
});

async function openPreview(width: number, height: number): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.setViewportSize({ width, height });
  await page.goto(server.url);
  await page.waitForSelector('td[data-cell="A1"]', { timeout: 60_000 });
  await paneIdle(page);
  return page;
}

async function openFile(page: Page, file: string): Promise<void> {
  await page.setInputFiles('input[type="file"]', file);
  await page.waitForFunction(
    (name) => document.querySelector('.jx-filename strong')?.textContent === name,
    file.split('/').pop(),
    { timeout: 60_000 },
  );
  await paneIdle(page);
}

async function showSheet(page: Page, sheet: string): Promise<void> {
  await page.locator(`[data-sheet="${sheet}"]`).click();
  await page.waitForSelector(`[data-sheet="${sheet}"][aria-selected="true"]`);
}

async function cellText(page: Page, a1: string): Promise<string> {
  return (await page.locator(`td[data-cell="${a1}"]`).textContent()) ?? '';
}

async function scrollTop(page: Page): Promise<number> {
  return page.locator('.jx-grid-scroll').evaluate((el) => el.scrollTop);
}

/** Scrolls the grid so that the cell sits at the given edge of the visible area, then double-clicks it where it is. */
async function dblclickAtEdge(page: Page, a1: string, edge: 'top' | 'bottom'): Promise<void> {
  await page.locator('.jx-grid-scroll').evaluate(
    (el, [cell, where]) => {
      const td = el.querySelector<HTMLElement>(`td[data-cell="${cell}"]`) as HTMLElement;
      const head = (el.querySelector('thead') as HTMLElement).getBoundingClientRect().height;
      const box = el.getBoundingClientRect();
      const r = td.getBoundingClientRect();
      // top: the cell just below the sticky column header; bottom: its lower part cut off by the edge
      el.scrollTop += where === 'top' ? r.top - box.top - head - 2 : r.bottom - box.bottom + r.height / 3;
    },
    [a1, edge] as const,
  );
  const box = await page.locator(`td[data-cell="${a1}"]`).boundingBox();
  const view = await page.locator('.jx-grid-scroll').boundingBox();
  if (!box || !view) throw new Error(`${a1} not on screen`);
  const y = edge === 'top' ? box.y + box.height / 2 : Math.min(box.y + box.height / 4, view.y + view.height - 4);
  await page.mouse.dblclick(box.x + Math.min(box.width / 2, 20), y);
}

/** The address of the cell being edited (the one holding the input). */
async function editedCell(page: Page): Promise<string | null> {
  await page.waitForSelector('td[data-cell] input', { timeout: 10_000 }).catch(() => null);
  return page.evaluate(
    () => (document.querySelector('td[data-cell] input')?.closest('td') as HTMLElement | null)?.dataset.cell ?? null,
  );
}

// at a laptop's and a desktop's window (issue #12's "Must show")
describe.each([
  [1366, 768],
  [1440, 900],
])('at %i×%i', (width, height) => {
  describe('double-click edits the cell under the pointer', () => {
    const { xlsx, expected } = fixture('seed-2021-sfj.xlsx');
    let page: Page;
    beforeAll(async () => {
      page = await openPreview(width, height);
      await openFile(page, xlsx);
      await showSheet(page, expected.forms[0].sheet);
    });
    afterAll(async () => page?.close());

    const targets = () => expected.indicators.filter((i) => i.sheet === expected.forms[0].sheet).map((i) => i.cell);

    test.each([
      ['a cell at the bottom edge (needs scrolling)', -1, 'bottom'],
      ['a cell right below the sticky header', 8, 'top'],
      ['another cell at the bottom edge', 12, 'bottom'],
      ['a cell in the middle of the table, at the top', 4, 'top'],
    ] as const)('%s', async (_name, index, edge) => {
      const cells = targets();
      const a1 = index < 0 ? cells[cells.length - 1] : cells[index];
      await dblclickAtEdge(page, a1, edge);
      expect(await editedCell(page)).toBe(a1);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('td[data-cell] input'));
    });

    test('typing after the double-click writes into that cell, nowhere else', async () => {
      const a1 = targets()[targets().length - 2];
      const before = await page
        .locator('td[data-cell]')
        .evaluateAll((els) => els.map((e) => `${(e as HTMLElement).dataset.cell}=${e.textContent}`));
      await dblclickAtEdge(page, a1, 'bottom');
      await page.locator(`td[data-cell="${a1}"] input`).fill('≥95%');
      await page.keyboard.press('Enter');
      await page.waitForFunction((c) => document.querySelector(`td[data-cell="${c}"]`)?.textContent === '≥95%', a1);
      const after = await page
        .locator('td[data-cell]')
        .evaluateAll((els) => els.map((e) => `${(e as HTMLElement).dataset.cell}=${e.textContent}`));
      const changed = after.filter((x, i) => x !== before[i]);
      expect(changed).toEqual([`${a1}=≥95%`]);
    });
  });

  describe('scroll positions and status messages', () => {
    const { xlsx, expected } = fixture('seed-2021-sfj.xlsx');
    const [first, second] = expected.forms;
    let page: Page;
    beforeAll(async () => {
      page = await openPreview(width, height);
      await openFile(page, xlsx);
      await showSheet(page, first.sheet);
    });
    afterAll(async () => page?.close());

    test('each sheet keeps its own scroll position; a sheet not seen yet starts at the top', async () => {
      await page.locator('.jx-grid-scroll').evaluate((el) => {
        el.scrollTop = 300;
      });
      const at = await scrollTop(page);
      expect(at).toBeGreaterThan(100);
      await showSheet(page, second.sheet);
      expect(await scrollTop(page)).toBe(0);
      await showSheet(page, first.sheet);
      expect(await scrollTop(page)).toBe(at);
    });

    test('a new file starts at the top', async () => {
      expect(await scrollTop(page)).toBeGreaterThan(100);
      await openFile(page, fixture('malformed-targets.xlsx').xlsx);
      expect(await scrollTop(page)).toBe(0);
    });

    test('a status about one sheet is not shown on another', async () => {
      await openFile(page, xlsx);
      await showSheet(page, first.sheet);
      const a1 = (first as { projectNameCell?: string }).projectNameCell ?? 'B3';
      await page.locator(`td[data-cell="${a1}"]`).dblclick();
      await page.locator(`td[data-cell="${a1}"] input`).fill('改过的项目名');
      await page.keyboard.press('Enter');
      await page.locator(`td[data-cell="${a1}"]`).click();
      await page.keyboard.press('Control+z');
      const status = page.locator('.jx-status');
      await expect(status.textContent()).resolves.toBe(messageOf('preview.undone', 'zh', { cells: a1 }));
      expect(await status.getAttribute('data-status-sheet')).toBe(first.sheet);
      await showSheet(page, second.sheet);
      expect(await page.locator('.jx-status').count()).toBe(0);
    });
  });

  describe('Ctrl+Z / Ctrl+Y', () => {
    const { xlsx, expected } = fixture('malformed-targets.xlsx');
    let page: Page;
    beforeAll(async () => {
      page = await openPreview(width, height);
      await openFile(page, xlsx);
      // the preview marks the file as it opens (issue #12): no button to press
    });
    afterAll(async () => page?.close());

    test('undo puts the typed-over cell back, redo writes it again, and the live check follows both', async () => {
      const bad =
        expected.indicators.find((i) => i.target === '待定') ?? expected.indicators.find((i) => i.verdict === 'error');
      const { cell, sheet } = bad as { cell: string; sheet: string };
      await showSheet(page, sheet);
      const original = await cellText(page, cell);
      const td = page.locator(`td[data-cell="${cell}"]`);
      expect(await td.getAttribute('data-severity')).toBe('error');
      await td.dblclick();
      await page.locator(`td[data-cell="${cell}"] input`).fill('≥90%');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (a1) => !document.querySelector(`td[data-cell="${a1}"]`)?.hasAttribute('data-severity'),
        cell,
        { timeout: 30_000 },
      );

      await td.click();
      await page.keyboard.press('Control+z');
      expect(await cellText(page, cell)).toBe(original);
      await page.waitForFunction(
        (a1) => document.querySelector(`td[data-cell="${a1}"]`)?.getAttribute('data-severity') === 'error',
        cell,
        {
          timeout: 30_000,
        },
      );

      await page.keyboard.press('Control+y');
      expect(await cellText(page, cell)).toBe('≥90%');
      await page.waitForFunction(
        (a1) => !document.querySelector(`td[data-cell="${a1}"]`)?.hasAttribute('data-severity'),
        cell,
        { timeout: 30_000 },
      );

      // nothing further to redo; two undos go back past the edit and then say there is nothing left
      await page.keyboard.press('Control+y');
      await expect(page.locator('.jx-status').textContent()).resolves.toBe(messageOf('preview.nothing-to-redo', 'zh'));
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+z');
      expect(await cellText(page, cell)).toBe(original);
      await expect(page.locator('.jx-status').textContent()).resolves.toBe(messageOf('preview.nothing-to-undo', 'zh'));
    });

    test('Ctrl+Z inside the cell editor is the editor’s own undo, not the workbook’s', async () => {
      const cell = expected.indicators[0].cell;
      const before = await cellText(page, cell);
      await showSheet(page, expected.indicators[0].sheet);
      await page.locator(`td[data-cell="${cell}"]`).dblclick();
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Escape');
      expect(await cellText(page, cell)).toBe(before);
    });
  });
});

test('no page script failed', () => {
  expect(pageErrors).toEqual([]);
});
