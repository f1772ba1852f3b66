/**
 * #12 "completion without surprises", in Chromium against the production bundle, with Excel's
 * narrowest pane (320 px) and at 1366×768: 填写完成情况 first shows its plan — the weights and where
 * they come from, the cells with their values, the total and the grade — cancel writes nothing,
 * confirm writes exactly the planned cells, and clicking a completion row selects its cell.
 */
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { fixturesDir, launch, serve, useBrowser } from './harness';
import { overflowing, paneIdle } from './pane';

jest.setTimeout(240_000);

let server: Awaited<ReturnType<typeof serve>>;
let browser: Awaited<ReturnType<typeof launch>>;

useBrowser((s, b) => {
  server = s;
  browser = b;
});

const FILE = 'seed-2021-sfj-selfeval.xlsx';
/** The fixture's second form: 分值 filled in (90 over the indicators, 10 for 预算执行率), two actuals blank. */
const SHEET = '司法行政其他业务支出';
const PENDING: [string, string][] = [
  ['E24', '80%'],
  ['E36', '达成'],
];

/** Every cell of the sheet shown, as displayed. */
async function gridTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const td of Array.from(document.querySelectorAll<HTMLElement>('td[data-cell]')))
      out[td.dataset.cell as string] = td.textContent ?? '';
    return out;
  });
}

/** Serious or critical axe-core violations (Fluent's tabster focus guards left out, as in preview.test.ts). */
async function seriousViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    type AxeNode = { target: string[]; html: string };
    type Violation = { id: string; impact: string; nodes: AxeNode[] };
    const axe = (
      window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }
    ).axe;
    const r = await axe.run(document.querySelector('[data-pane]'), { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        nodes: v.nodes
          .filter((n) => !(v.id === 'aria-hidden-focus' && /data-tabster-dummy/.test(n.html)))
          .map((n) => n.target.join(' ')),
      }))
      .filter((v) => v.nodes.length > 0);
  });
}

interface PlanView {
  weights: string;
  weightText: string;
  total: string;
  grade: string | null;
  notes: string[];
  rows: { cell: string; value: string; what: string; weight: string }[];
  confirm: string;
}

async function planView(page: Page): Promise<PlanView> {
  return page.locator('[data-pane] [data-fill-plan]').evaluate((panel) => {
    const q = (sel: string) => panel.querySelector<HTMLElement>(sel);
    return {
      weights: q('[data-weights]')?.dataset.weights ?? '',
      weightText: q('[data-weights]')?.textContent ?? '',
      total: q('[data-total]')?.textContent ?? '',
      grade: q('[data-grade]')?.dataset.grade ?? null,
      notes: Array.from(panel.querySelectorAll<HTMLElement>('[data-note]')).map((n) => n.dataset.note as string),
      rows: Array.from(panel.querySelectorAll<HTMLElement>('[data-plan-writes] tbody tr')).map((tr) => {
        const tds = tr.querySelectorAll('td');
        return {
          cell: tr.dataset.cell as string,
          value: (tr.querySelector('[data-value]') as HTMLElement).textContent ?? '',
          what: tds[1].textContent ?? '',
          weight: tds[2].textContent ?? '',
        };
      }),
      confirm: q('[data-plan-confirm]')?.textContent ?? '',
    };
  });
}

async function openPlan(page: Page): Promise<PlanView> {
  await page.locator('[data-pane]').getByRole('button', { name: '填写完成情况', exact: true }).click();
  await page.waitForSelector('[data-pane] [data-fill-plan]', { timeout: 30_000 });
  return planView(page);
}

describe.each([
  ['Excel’s 320-px pane', true],
  ['1366×768', false],
] as const)('填写完成情况 at %s', (_name, narrow) => {
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(server.url);
    await page.waitForSelector('td[data-cell="A1"]', { timeout: 60_000 });
    await paneIdle(page);
    await page.setInputFiles('input[type="file"]', path.join(fixturesDir, FILE));
    await page.waitForFunction((name) => document.querySelector('.jx-filename strong')?.textContent === name, FILE, {
      timeout: 60_000,
    });
    await paneIdle(page);
    await page.locator(`[data-sheet="${SHEET}"]`).click();
    await page.waitForSelector(`[data-sheet="${SHEET}"][aria-selected="true"]`);
    await paneIdle(page);
    // Excel's narrowest task pane
    if (narrow) await page.addStyleTag({ content: '.jx-pane { width: 320px !important; box-sizing: border-box; }' });
  }, 180_000);

  afterAll(async () => {
    await page?.close();
  });

  test('an incomplete form: the plan says the total is not written; cancel writes nothing', async () => {
    const before = await gridTexts(page);
    const plan = await openPlan(page);
    expect(plan.weights).toBe('filled');
    expect(plan.weightText).toContain('按表中填写的分值');
    expect(plan.notes).toContain('total-incomplete');
    expect(plan.grade).toBeNull();
    expect(plan.rows.map((r) => r.cell)).toContain('H6'); // the 预算执行率 得分
    expect(plan.rows.some((r) => r.what === '总分')).toBe(false);
    if (narrow) expect(await overflowing(page)).toEqual([]);
    await page.locator('[data-pane] [data-plan-cancel]').click();
    await paneIdle(page);
    expect(await page.locator('[data-pane] [data-fill-plan]').count()).toBe(0);
    expect(await page.locator('[data-pane] [data-notice]').textContent()).toContain('已取消，未写入任何单元格');
    expect(await gridTexts(page)).toEqual(before);
  });

  test('complete: the plan shows the weights, the cells with their values, the total and the grade', async () => {
    // the two actuals the form still waits for, typed into the sheet
    for (const [a1, text] of PENDING) {
      await page.locator(`td[data-cell="${a1}"]`).dblclick();
      const input = page.locator(`td[data-cell="${a1}"] input`);
      await input.fill(text);
      await input.press('Enter');
    }
    await page.locator('[data-pane]').getByRole('tab', { name: '完成情况' }).click();
    await page.waitForFunction(
      (cells) =>
        cells.every(
          (c) => document.querySelector<HTMLElement>(`[data-pane] tr[data-cell="${c}"]`)?.dataset.status === 'met',
        ),
      PENDING.map(([a1]) => a1),
      { timeout: 30_000 },
    );
    await paneIdle(page);

    const before = await gridTexts(page);
    const plan = await openPlan(page);
    expect(plan.weights).toBe('filled');
    expect(plan.notes).toEqual([]);
    expect(['优', '良', '中', '差']).toContain(plan.grade);
    const total = plan.rows.find((r) => r.what === '总分');
    expect(total).toBeTruthy();
    expect(plan.total).toBe(`总分 ${total?.value}`);
    // a 得分 per indicator (29 rows), the 预算执行率 得分 and the total, with the filled 分值 beside each score
    expect(plan.rows).toHaveLength(31);
    expect(plan.rows.find((r) => r.cell === 'G13')).toMatchObject({ weight: '3', what: '派员访学交流培训完成率' });
    expect(plan.rows.every((r) => before[r.cell] === '')).toBe(true);
    expect(plan.confirm).toBe('写入 31 个单元格');
    if (narrow) expect(await overflowing(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('[data-pane] [data-plan-cancel]').click();
    await paneIdle(page);
    expect(await gridTexts(page)).toEqual(before);
  });

  test('confirm writes exactly the planned cells', async () => {
    const before = await gridTexts(page);
    const plan = await openPlan(page);
    await page.locator('[data-pane] [data-plan-confirm]').click();
    await paneIdle(page);
    await page.waitForFunction(
      (a1) => (document.querySelector(`td[data-cell="${a1}"]`)?.textContent ?? '') !== '',
      plan.rows[0].cell,
      {
        timeout: 30_000,
      },
    );
    const after = await gridTexts(page);
    const changed = Object.keys(after).filter((a1) => after[a1] !== before[a1]);
    expect(changed.sort()).toEqual(plan.rows.map((r) => r.cell).sort());
    for (const r of plan.rows) expect(Number(after[r.cell])).toBeCloseTo(Number(r.value), 6);
    expect(await page.locator('[data-pane] [data-notice]').textContent()).toContain('已填写 31 个单元格');
    // nothing left to write
    await page.locator('[data-pane]').getByRole('button', { name: '填写完成情况', exact: true }).click();
    await paneIdle(page);
    expect(await page.locator('[data-pane] [data-fill-plan]').count()).toBe(0);
    expect(await gridTexts(page)).toEqual(after);
  });

  test('clicking a completion row, or Enter on its name, selects its cell', async () => {
    await page.locator('[data-pane]').getByRole('tab', { name: '完成情况' }).click();
    await paneIdle(page);
    await page.locator('[data-pane] tr[data-cell="E20"] td').first().click();
    await page.waitForSelector('td[data-cell="E20"].jx-selected', { timeout: 10_000 });
    const name = page.locator('[data-pane] tr[data-cell="E14"] th button');
    await name.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('td[data-cell="E14"].jx-selected', { timeout: 10_000 });
    expect(await page.locator('td.jx-selected').count()).toBe(1);
    if (narrow) expect(await overflowing(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
