/**
 * Excel's task pane can be 320 px wide (issue #12): in a real browser (Debian's Chromium, the
 * production bundle), with the preview's pane set to 320 px, the issues, the completion view and
 * the settings show everything inside the pane's width — nothing sticks out to be cut off.
 */
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { ensureBuild, fixturesDir, launch, serve } from './harness';
import { overflowing, paneIdle } from './pane';

jest.setTimeout(180_000);

let server: Awaited<ReturnType<typeof serve>>;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;

beforeAll(async () => {
  ensureBuild();
  server = await serve();
  browser = await launch();
  page = await browser.context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('td[data-cell="A1"]', { timeout: 60_000 });
  await paneIdle(page);
  await page.setInputFiles('input[type="file"]', path.join(fixturesDir, 'seed-2021-sfj-selfeval.xlsx'));
  await page.waitForFunction(
    () => document.querySelector('.jx-filename strong')?.textContent === 'seed-2021-sfj-selfeval.xlsx',
    undefined,
    {
      timeout: 60_000,
    },
  );
  await paneIdle(page);
  // Excel's narrowest task pane
  await page.addStyleTag({ content: '.jx-pane { width: 320px !important; box-sizing: border-box; }' });
}, 600_000);

afterAll(async () => {
  await page?.close();
  await browser?.close();
  await server?.close();
});

test('the issue list fits 320 px', async () => {
  const pane = page.locator('[data-pane]');
  expect(await pane.evaluate((el) => el.getBoundingClientRect().width)).toBe(320);
  expect(await page.locator('[data-pane] [data-severity-filter]').count()).toBe(1);
  expect(await overflowing(page)).toEqual([]);
});

test('the completion view fits 320 px without scrolling its table, a proposed weight on two short lines at most', async () => {
  await page.locator('[data-pane]').getByRole('tab', { name: '完成情况' }).click();
  await paneIdle(page);
  expect(await page.locator('[data-pane] table').count()).toBeGreaterThan(0);
  expect(await overflowing(page)).toEqual([]);
  const scrolls = await page
    .locator('[data-pane] table')
    .evaluateAll((tables) =>
      tables.map((t) => (t.parentElement as HTMLElement).scrollWidth - (t.parentElement as HTMLElement).clientWidth),
    );
  expect(scrolls.every((d) => d <= 0)).toBe(true);
  // the fixture's weights are proposed (分值 blank): "3.85（建议）" once wrapped to three lines
  const proposedLines = await page.locator('[data-pane] td').evaluateAll((els) =>
    els
      .filter((e) => (e.textContent ?? '').includes('建议'))
      .map((e) => {
        // the lines the cell's text is laid out on: the distinct tops of its text's boxes
        const tops: number[] = [];
        const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(n);
          for (const r of Array.from(range.getClientRects())) tops.push(r.top);
        }
        tops.sort((x, y) => x - y);
        return tops.filter((top, i) => i === 0 || top - tops[i - 1] > 8).length;
      }),
  );
  expect(proposedLines.length).toBeGreaterThan(0);
  for (const lines of proposedLines) expect(lines).toBeLessThanOrEqual(2);
});

test('the settings fit 320 px: the 未达成 input is inside the pane', async () => {
  await page.locator('[data-pane]').getByRole('button', { name: '设置', exact: true }).click();
  await page.waitForSelector('[data-pane] fieldset', { timeout: 60_000 });
  expect(await overflowing(page)).toEqual([]);
  const pane = (await page.locator('[data-pane]').boundingBox())!;
  const input = (await page.locator('[data-pane]').getByRole('textbox', { name: '未达成' }).boundingBox())!;
  expect(input.x).toBeGreaterThanOrEqual(pane.x);
  expect(input.x + input.width).toBeLessThanOrEqual(pane.x + pane.width);
  expect(input.width).toBeGreaterThan(40);
});
