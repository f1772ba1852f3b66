/**
 * The HTML report of `jixiao check --html` in Debian's Chromium (playwright-core): it renders (the
 * department bars, the worst issues linked to their cells), makes no request beyond its own file,
 * has no axe-core violation, and prints to PDF. Needs `npm run build:cli` (the report is made by
 * bin/jixiao.js), not the web build: the report is one standalone file, opened with file://.
 *
 * JIXIAO_SCREENSHOTS=1 also writes docs/screenshots/report.png (the README's picture).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { jixiao } from '../cli/run';
import { launch, root } from './harness';
import { makeReturnedFolder } from './returned-folder';

jest.setTimeout(180_000);

type Browser = Awaited<ReturnType<typeof launch>>;

let browser: Browser;
let dir: string;
let report: string;
let summary: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-report-'));
  const folder = await makeReturnedFolder(dir, { brokenFile: true });
  report = path.join(dir, '报告.html');
  summary = path.join(dir, '汇总.xlsx');
  const r = await jixiao(['check', folder, '--html', report, '--out', summary, '--format', 'json']);
  if (!fs.existsSync(report)) throw new Error(`no report: ${r.stderr}`);
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Opens the report; every request but the report itself is recorded and aborted. */
async function open(external: string[]): Promise<Page> {
  const page = await browser.context.newPage();
  const url = pathToFileURL(report).href;
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url) return route.continue();
    external.push(u);
    return route.abort('blockedbyclient');
  });
  page.on('request', (r) => {
    if (r.url() !== url && !external.includes(r.url())) external.push(r.url());
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  return page;
}

test('renders: title, totals, department bars, the worst issues linked to their cells; no external request', async () => {
  const external: string[] = [];
  const errors: string[] = [];
  const page = await open(external);
  page.on('pageerror', (e) => errors.push(e.message));
  await expect(page.locator('h1').textContent()).resolves.toBe('绩效目标检查报告');
  const depts = page.locator('table.departments tbody tr');
  await expect(depts.count()).resolves.toBe(5); // 4 departments' forms + the readable ones of 上海市司法局
  const names = await page.locator('table.departments tbody th').allTextContents();
  expect(names).toEqual(
    expect.arrayContaining([
      '上海市司法局',
      '上海市徐汇区司法局',
      '上海市教育委员会',
      '上海市卫生健康委员会',
      '上海市民政局',
    ]),
  );
  // a department with errors has a visible red bar; one with none has an empty one
  const bar = async (name: string) => {
    const row = page.locator('table.departments tbody tr', { has: page.locator('th', { hasText: name }) });
    return (await row.locator('.fill.err').boundingBox())?.width ?? 0;
  };
  expect(await bar('上海市徐汇区司法局')).toBeGreaterThan(20);
  expect(await bar('上海市教育委员会')).toBe(0);
  // and a green completion bar as long as its 指标达成率 says; none where no self-evaluation was read
  const completion = async (name: string) => {
    const row = page.locator('table.departments tbody tr', { has: page.locator('th', { hasText: name }) });
    const cell = row.locator('td.barcell').nth(2);
    if (!(await cell.locator('.fill.ok').count())) return { label: (await cell.textContent())?.trim(), ratio: null };
    const fill = (await cell.locator('.fill.ok').boundingBox())!;
    const track = (await cell.locator('.track').boundingBox())!;
    return { label: (await cell.locator('.v').textContent())?.trim(), ratio: fill.width / track.width };
  };
  const self = await completion('上海市司法局');
  expect(self.label).toMatch(/^\d+(\.\d+)?%$/);
  expect(self.ratio).toBeGreaterThan(0);
  expect(self.ratio).toBeCloseTo(parseFloat(self.label as string) / 100, 1);
  expect(await completion('上海市教育委员会')).toEqual({ label: '—', ratio: null });
  // the worst issues: errors first, each a link to its file and cell
  const first = page.locator('table.worst tbody tr').first();
  await expect(first.locator('.sev').textContent()).resolves.toBe('错误');
  const href = await page
    .locator('table.worst a', { hasText: '徐汇区.xlsx › 绩效目标申报表!E16' })
    .getAttribute('href');
  expect(href).toBe(
    `./${encodeURIComponent('返回表')}/${encodeURIComponent('区县')}/${encodeURIComponent('徐汇区.xlsx')}#${encodeURIComponent("'绩效目标申报表'!E16")}`,
  );
  // the links resolve next to the report, inside its folder
  const resolved = await page
    .locator('table.worst a')
    .first()
    .evaluate((a) => (a as HTMLAnchorElement).href);
  expect(resolved.startsWith(pathToFileURL(dir).href + '/')).toBe(true);
  expect(external).toEqual([]);
  expect(errors).toEqual([]);
  if (process.env.JIXIAO_SCREENSHOTS) {
    await page.setViewportSize({ width: 1180, height: 1000 });
    await page.screenshot({ path: path.join(root, 'docs', 'screenshots', 'report.png') });
  }
  await page.close();
});

test('axe-core: no violation', async () => {
  const page = await open([]);
  // the page's CSP forbids scripts: axe is evaluated through the DevTools protocol, not a <script>
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  expect(violations).toEqual([]);
  await page.close();
});

test('prints to PDF (A4 landscape from the page CSS), still with no external request', async () => {
  const external: string[] = [];
  const page = await open(external);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // landscape: the first page's MediaBox is wider than it is tall
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(box).not.toBeNull();
  expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
  expect(external).toEqual([]);
  await page.close();
});
