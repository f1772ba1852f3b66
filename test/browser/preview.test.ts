/**
 * The browser preview in a real browser: Debian's Chromium driven by playwright-core, against the
 * production bundle served from 127.0.0.1. Every fixture workbook is opened through the file input
 * and its flagged cells are compared with the expected answers; then fixes, clearing, sheet tabs,
 * completion fill, the template, downloads and re-opening, unreadable files, the no-network rule and
 * an accessibility check. If Chromium cannot be launched, beforeAll throws and every test fails.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { messageOf } from '../../src/core/messages';
import { fixtures, launch, root, serve, useBrowser, type Expected } from './harness';
import { fixture, paneIdle } from './pane';

jest.setTimeout(180_000);

type Browser = Awaited<ReturnType<typeof launch>>;
type Server = Awaited<ReturnType<typeof serve>>;

let server: Server;
let browser: Browser;
/** Every request a page made to anything but the test server (data: and blob: URLs are local). */
const external: string[] = [];
const pageErrors: string[] = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-browser-'));

const ALL_FIXTURES = fixtures();

useBrowser(
  (s, b) => {
    server = s;
    browser = b;
  },
  () => fs.rmSync(tmp, { recursive: true, force: true }),
);

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

function watch(page: Page): void {
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith(`${server.origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return;
    external.push(url);
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
}

async function openPreview(): Promise<Page> {
  const page = await browser.context.newPage();
  watch(page);
  await page.goto(server.url);
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

async function clickPane(page: Page, name: string | RegExp): Promise<void> {
  await page
    .locator('[data-pane]')
    .getByRole('button', { name, exact: typeof name === 'string' })
    .first()
    .click();
  await paneIdle(page);
}

async function checkAllSheets(page: Page): Promise<void> {
  await page.selectOption('#pane-scope', 'all');
  await paneIdle(page);
}

/**
 * Every sheet's findings painted: with 全部工作表 the preview's pane checks every sheet, and its marks
 * follow the checks (issue #12) — no button to press.
 */
async function paintAll(page: Page): Promise<void> {
  await checkAllSheets(page);
  expect(await page.locator('[data-pane] [data-action="paint"]').getAttribute('data-marks-follow')).toBe('');
}

/** The paint button: after 清除标记 it reads 标记 N 个单元格 and marks again. */
async function markAgain(page: Page): Promise<void> {
  await page.locator('[data-pane] [data-action="paint"]').click();
  await paneIdle(page);
}

async function showSheet(page: Page, sheet: string): Promise<void> {
  await page.locator(`[data-sheet="${sheet}"]`).click();
  await page.waitForSelector(`[data-sheet="${sheet}"][aria-selected="true"]`);
}

async function sheetNames(page: Page): Promise<string[]> {
  return page.locator('[data-sheet]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.sheet as string));
}

/** "Sheet!A1" of every grid cell with the given severity, over every sheet tab. */
async function flagged(page: Page, severity: 'error' | 'warning'): Promise<Set<string>> {
  const out = new Set<string>();
  for (const sheet of await sheetNames(page)) {
    await showSheet(page, sheet);
    const cells = await page
      .locator(`td[data-cell][data-severity="${severity}"]`)
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cell as string));
    for (const c of cells) out.add(`${sheet}!${c}`);
  }
  return out;
}

/** What every grid cell of the current sheet shows: text, fill and severity mark. */
async function gridLook(page: Page): Promise<Record<string, string>> {
  return page.locator('td[data-cell]').evaluateAll((els) =>
    Object.fromEntries(
      els.map((e) => {
        const el = e as HTMLElement;
        return [
          el.dataset.cell as string,
          `${el.textContent}|${getComputedStyle(el).backgroundColor}|${el.dataset.severity ?? ''}`,
        ];
      }),
    ),
  );
}

async function cellText(page: Page, a1: string): Promise<string> {
  return (await page.locator(`td[data-cell="${a1}"]`).textContent()) ?? '';
}

/** Opens every form's line of the issue list (several forms are listed one line each, collapsed: issue #12). */
async function expandForms(page: Page): Promise<void> {
  const closed = page.locator('[data-pane] [data-form-toggle][aria-expanded="false"]');
  for (let n = await closed.count(); n > 0; n = await closed.count()) await closed.first().click();
}

/** The cells the pane's issue list points at. */
async function issueCells(page: Page): Promise<string[]> {
  return page
    .locator('[data-pane] [data-issue-item]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cell as string).sort());
}

async function download(page: Page, button: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const file = path.join(tmp, `${Date.now()}-${dl.suggestedFilename()}`);
  await dl.saveAs(file);
  return file;
}

/** A downloaded workbook's marks, read with exceljs: is the record sheet there, how many cells carry a mark's fill. */
async function marksInFile(file: string): Promise<{ record: boolean; filled: number }> {
  const ExcelJS = await import('exceljs');
  const { SEVERITY_FILL, MARKS_SHEET } = await import('../../src/core/marks');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const fills = new Set(Object.values(SEVERITY_FILL).map((hex) => `FF${hex.slice(1)}`.toUpperCase()));
  let filled = 0;
  for (const ws of wb.worksheets) {
    if (ws.name === MARKS_SHEET) continue;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const fill = cell.fill;
        if (fill?.type === 'pattern' && fills.has(String(fill.fgColor?.argb ?? '').toUpperCase())) filled++;
      }),
    );
  }
  return { record: wb.getWorksheet(MARKS_SHEET) !== undefined, filled };
}

function key(e: { sheet: string; cell: string }): string {
  return `${e.sheet}!${e.cell}`;
}

// ---------------------------------------------------------------------------

test('the shared fixtures are there', () => {
  expect(ALL_FIXTURES.map((f) => f.name)).toEqual(
    expect.arrayContaining(['malformed-targets.xlsx', 'seed-2021-sfj.xlsx', 'seed-2021-sfj-selfeval.xlsx']),
  );
});

test('the preview opens with the sample declaration form and the pane beside it', async () => {
  const page = await openPreview();
  expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBe('preview');
  expect(await page.locator('.jx-filename strong').textContent()).toBe('示例-绩效目标申报表.xlsx');
  expect(await cellText(page, 'A1')).toBe('财政项目支出绩效目标申报表');
  // the title is merged across the form: one cell spanning several columns
  expect(Number(await page.locator('td[data-cell="A1"]').getAttribute('colspan'))).toBeGreaterThan(1);
  expect(await page.locator('[data-pane] h1').textContent()).toBe('绩效目标检查');
  await page.close();
});

describe.each(ALL_FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, { xlsx, expected }) => {
  let page: Page;
  beforeAll(async () => {
    page = await openPreview();
    await openFile(page, xlsx);
    await paintAll(page);
  });
  afterAll(async () => page?.close());

  test('shows every sheet as a tab and every target as displayed', async () => {
    const sheets = [...new Set(expected.forms.map((f) => f.sheet))];
    expect(await sheetNames(page)).toEqual(expect.arrayContaining(sheets));
    for (const sheet of sheets) {
      await showSheet(page, sheet);
      for (const i of expected.indicators.filter((x) => x.sheet === sheet)) {
        expect(`${i.cell} ${await cellText(page, i.cell)}`).toBe(`${i.cell} ${i.target}`);
      }
    }
  });

  test('merged ranges are drawn as spans', async () => {
    const merged = (expected as Expected & { mergedRanges?: { sheet: string; range: string }[] }).mergedRanges ?? [];
    for (const m of merged.slice(0, 40)) {
      await showSheet(page, m.sheet);
      const [from, to = from] = m.range.split(':');
      const row = (a: string) => Number(/\d+/.exec(a)?.[0]);
      const col = (a: string) =>
        [...(/^[A-Z]+/.exec(a)?.[0] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const td = page.locator(`td[data-cell="${from}"]`);
      expect(Number((await td.getAttribute('rowspan')) ?? 1)).toBe(row(to) - row(from) + 1);
      expect(Number((await td.getAttribute('colspan')) ?? 1)).toBe(col(to) - col(from) + 1);
    }
  });

  test('flags exactly the expected error targets', async () => {
    const errors = await flagged(page, 'error');
    const mustBe = new Set(expected.indicators.filter((i) => i.verdict === 'error').map(key));
    const mayBe = new Set(expected.indicators.filter((i) => i.verdict === 'either').map(key));
    const mustNot = expected.indicators.filter((i) => i.verdict === 'ok').map(key);
    // every error target is flagged as an error …
    expect([...mustBe].filter((c) => !errors.has(c))).toEqual([]);
    // … no ok target is, and nothing else is an error (the fixtures have no hierarchy errors)
    expect(mustNot.filter((c) => errors.has(c))).toEqual([]);
    expect([...errors].filter((c) => !mustBe.has(c) && !mayBe.has(c))).toEqual([]);
  });

  test('the pane lists an error for every flagged error cell', async () => {
    const errors = await flagged(page, 'error');
    await expandForms(page);
    const listed = await page
      .locator('[data-pane] [data-severity-group="error"] [data-issue-item]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cell as string));
    const cells = new Set([...errors].map((k) => k.slice(k.lastIndexOf('!') + 1)));
    expect(new Set(listed)).toEqual(cells);
  });
});

describe('working on a workbook (malformed-targets.xlsx)', () => {
  const { xlsx, expected } = fixture('malformed-targets.xlsx');
  let page: Page;
  let before: Record<string, string>;
  let errorsBefore: Set<string>;
  beforeAll(async () => {
    page = await openPreview();
    await openFile(page, xlsx);
    // the preview marks the file as soon as it opens: the cells' own look is what 清除标记 gives back
    expect(await page.locator('td[data-severity]').count()).toBeGreaterThan(0);
    await clickPane(page, '清除标记');
    before = await gridLook(page);
    expect(Object.values(before).some((look) => look.endsWith('|'))).toBe(true);
    expect(await page.locator('td[data-severity]').count()).toBe(0);
    await markAgain(page);
    errorsBefore = await flagged(page, 'error');
  });
  afterAll(async () => page?.close());

  test('clicking an issue selects and scrolls to its cell', async () => {
    const last = expected.indicators.filter((i) => i.verdict === 'error').slice(-1)[0];
    await page.locator(`[data-pane] [data-issue-item][data-cell="${last.cell}"]`).first().click();
    const td = page.locator(`td[data-cell="${last.cell}"]`);
    await expect(td.getAttribute('class')).resolves.toContain('jx-selected');
    expect(await td.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await td.boundingBox();
    const view = await page.locator('.jx-grid-scroll').boundingBox();
    expect(box && view && box.y >= view.y && box.y + box.height <= view.y + view.height).toBe(true);
  });

  test('a fix changes the cell and the issue list', async () => {
    const target = expected.indicators.find((i) => i.target === '=>150件');
    expect(target).toBeDefined();
    const cell = (target as { cell: string }).cell;
    const fixButton = page
      .locator('[data-pane]')
      .getByRole('button', { name: new RegExp(`^修正 ${cell}：`) })
      .first();
    const label = (await fixButton.getAttribute('aria-label')) as string;
    const after = label.slice(label.lastIndexOf('→ ') + 2);
    expect(after).toBe('≥150件');
    const issuesBefore = await issueCells(page);
    await fixButton.click();
    const dialog = page.getByRole('dialog');
    if (await dialog.isVisible().catch(() => false)) await dialog.getByRole('button', { name: /应用/ }).click();
    await paneIdle(page);
    await page.waitForFunction(([a1, text]) => document.querySelector(`td[data-cell="${a1}"]`)?.textContent === text, [
      cell,
      after,
    ] as const);
    // the pane re-checked: the cell has no issue left, and its highlight went with it
    await page.waitForFunction(
      (a1) => !document.querySelector(`[data-pane] [data-issue-item][data-cell="${a1}"]`),
      cell,
    );
    expect((await issueCells(page)).length).toBeLessThan(issuesBefore.length);
    await page.waitForFunction(
      (a1) => !document.querySelector(`td[data-cell="${a1}"]`)?.hasAttribute('data-severity'),
      cell,
    );
  });

  test('the checked workbook downloads with its highlights and reopens with the same issues', async () => {
    const errors = await flagged(page, 'error');
    const warnings = await flagged(page, 'warning');
    const issues = await issueCells(page);
    const file = await download(page, '下载已检查的工作簿');
    expect(path.basename(file)).toMatch(/-已检查\.xlsx$/);
    // the marks are in the file, one record per marked cell (never piled up by the re-checks)
    expect(await marksInFile(file)).toEqual({ record: true, filled: errors.size + warnings.size });
    await openFile(page, file);
    // the highlights are in the file itself …
    expect(await flagged(page, 'error')).toEqual(errors);
    expect(await flagged(page, 'warning')).toEqual(warnings);
    // … and the pane finds the same issues again
    expect(await issueCells(page)).toEqual(issues);
  });

  test('clearing the highlights restores every cell as it looked before', async () => {
    await clickPane(page, '清除标记');
    expect(await page.locator('td[data-severity]').count()).toBe(0);
    const after = await gridLook(page);
    // the fixed cell's text changed on purpose; every other cell looks exactly as before
    const changed = Object.keys(before).filter((a1) => before[a1] !== after[a1]);
    const fixedCell = expected.indicators.find((i) => i.target === '=>150件')?.cell;
    expect(changed).toEqual([fixedCell]);
    expect(after[fixedCell as string].split('|')[1]).toBe(before[fixedCell as string].split('|')[1]);
  });

  test('the fixed copy downloads with the safe fixes applied and no highlights', async () => {
    const file = await download(page, '下载修正后的副本');
    expect(path.basename(file)).toMatch(/-已修正\.xlsx$/);
    // no highlights in the file itself: no record of marks, no cell with a mark's fill
    expect(await marksInFile(file)).toEqual({ record: false, filled: 0 });
    await openFile(page, file);
    // opened in the preview it is marked afresh, with fewer errors
    const errors = await flagged(page, 'error');
    expect(errors.size).toBeGreaterThan(0);
    expect(errors.size).toBeLessThan(errorsBefore.size);
    const doubled = expected.indicators.find((i) => i.target === '100%%');
    if (doubled) expect(await cellText(page, doubled.cell)).toBe('100%');
  });

  test('editing a cell in the grid re-checks it', async () => {
    await openFile(page, xlsx);
    const bad =
      expected.indicators.find((i) => i.target === '待定') ?? expected.indicators.find((i) => i.verdict === 'error');
    const cell = (bad as { cell: string }).cell;
    expect(await page.locator(`td[data-cell="${cell}"]`).getAttribute('data-severity')).toBe('error');
    await page.locator(`td[data-cell="${cell}"]`).dblclick();
    const input = page.locator(`td[data-cell="${cell}"] input`);
    await input.fill('≥90%');
    await input.press('Enter');
    expect(await cellText(page, cell)).toBe('≥90%');
    await page.waitForFunction(
      (a1) => !document.querySelector(`td[data-cell="${a1}"]`)?.hasAttribute('data-severity'),
      cell,
      {
        timeout: 30_000,
      },
    );
  });
});

describe('sheets, completion and the template', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPreview();
  });
  afterAll(async () => page?.close());

  test('sheet tabs switch the grid', async () => {
    const { xlsx, expected } = fixture('seed-2021-sfj.xlsx');
    await openFile(page, xlsx);
    const [first, second] = expected.forms;
    await showSheet(page, second.sheet);
    expect(await page.locator('table.jx-grid').getAttribute('aria-label')).toContain(second.sheet);
    expect(await cellText(page, 'B3')).toBe((second as { projectName?: string }).projectName);
    await showSheet(page, first.sheet);
    expect(await cellText(page, 'B3')).toBe((first as { projectName?: string }).projectName);
    expect(await page.locator(`[data-sheet="${second.sheet}"]`).getAttribute('aria-selected')).toBe('false');
  });

  test('completion fill writes the computed scores into the empty 得分 cells', async () => {
    const { xlsx, expected } = fixture('seed-2021-sfj-selfeval.xlsx');
    await openFile(page, xlsx);
    const sheet = expected.forms[0].sheet;
    await showSheet(page, sheet);
    await clickPane(page, '重新检查');
    // 得分 is three columns right of the target (年度指标值 | 实际完成值 | 分值 | 得分)
    const rows = expected.indicators.filter((i) => i.sheet === sheet);
    const scoreCell = (a1: string) => {
      const col = a1.charCodeAt(0) + 3;
      return `${String.fromCharCode(col)}${a1.slice(1)}`;
    };
    const before = await Promise.all(rows.map((r) => cellText(page, scoreCell(r.cell))));
    expect(before.every((t) => t === '')).toBe(true);
    await clickPane(page, '填写完成情况');
    // the plan first (issue #12): nothing is written before 写入
    await page.locator('[data-pane] [data-plan-confirm]').click();
    await paneIdle(page);
    const dialog = page.getByRole('dialog');
    if (await dialog.isVisible().catch(() => false))
      await dialog.getByRole('button', { name: /保留原值|取消/ }).click();
    await paneIdle(page);
    const after = await Promise.all(rows.map((r) => cellText(page, scoreCell(r.cell))));
    const scored = after.filter((t) => /^\d+(\.\d+)?$/.test(t));
    expect(scored.length).toBeGreaterThan(rows.length / 2);
    // pending rows (no actual) stay empty
    rows.forEach((r, n) => {
      if (r.completion === 'pending') expect(after[n]).toBe('');
    });
  });

  test('the standard template is inserted as a new sheet', async () => {
    await clickPane(page, '插入标准模板');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '插入', exact: true }).click();
    await paneIdle(page);
    await page.waitForSelector('[data-sheet="绩效目标申报表"][aria-selected="true"]');
    expect(await cellText(page, 'A1')).toBe('财政项目支出绩效目标申报表');
    // the hidden list sheet behind the dropdowns is not shown as a tab
    expect(await sheetNames(page)).not.toContain('指标库');
  });
});

describe('drag and drop', () => {
  test('dropping an .xlsx on the sheet opens it', async () => {
    const { xlsx, expected } = fixture('seed-2021-sfj.xlsx');
    const page = await openPreview();
    const base64 = fs.readFileSync(xlsx).toString('base64');
    await page.evaluate(
      ({ b64, name }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(
          new File([bytes], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
        );
        const target = document.querySelector('.jx-sheet') as HTMLElement;
        target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
        target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      { b64: base64, name: path.basename(xlsx) },
    );
    await page.waitForFunction(
      (name) => document.querySelector('.jx-filename strong')?.textContent === name,
      path.basename(xlsx),
    );
    await paneIdle(page);
    expect(await sheetNames(page)).toEqual(expected.forms.map((f) => f.sheet));
    await page.close();
  });
});

describe('files that are not workbooks', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPreview();
  });
  afterAll(async () => page?.close());

  test.each([
    ['a CSV renamed .xlsx', '名单.xlsx', Buffer.from('一级指标,二级指标\n产出指标,数量指标\n', 'utf8'), 'file.csv'],
    ['an empty file', '空.xlsx', Buffer.alloc(0), 'file.empty'],
    [
      'an old .xls',
      '旧表.xlsx',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
      'file.legacy-xls',
    ],
    [
      'a damaged zip',
      '损坏.xlsx',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 7)]),
      'file.corrupt',
    ],
  ])('%s shows the engine’s message and keeps the open workbook', async (_what, name, bytes, code) => {
    const shown = await page.locator('.jx-filename strong').textContent();
    const file = path.join(tmp, name);
    fs.writeFileSync(file, bytes);
    await page.setInputFiles('input[type="file"]', file);
    const alert = page.locator('[data-testid="file-error"]');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    const expectedMessage =
      code === 'file.corrupt' ? messageOf(code, 'zh', { detail: '' }).split('：')[0] : messageOf(code, 'zh');
    expect(text).toContain(name);
    expect(text).toContain(expectedMessage);
    expect(await page.locator('.jx-filename strong').textContent()).toBe(shown);
  });
});

describe('outside Office', () => {
  test('taskpane.html goes to the preview at once when office.js cannot load', async () => {
    // A separate page with its own listener: this one deliberately asks for office.js (and is refused).
    const page = await browser.context.newPage();
    const refused: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.origin}/`)) return route.continue();
      refused.push(url);
      return route.abort('internetdisconnected');
    });
    const started = Date.now();
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector('td[data-cell="A1"]', { timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBe('preview');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(refused.every((u) => u.startsWith('https://appsforoffice.microsoft.com/'))).toBe(true);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.close();
  });

  test('the preview page references nothing outside its origin', () => {
    const index = fs.readFileSync(path.join(root, 'dist', 'web', 'index.html'), 'utf8');
    expect(index).not.toMatch(/https?:\/\//);
    const taskpane = fs.readFileSync(path.join(root, 'dist', 'web', 'taskpane.html'), 'utf8');
    expect(taskpane).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });
});

/** Fluent UI's tabster focus guards: <i data-tabster-dummy aria-hidden tabindex=0>, which move focus on
 * at once. axe reports them under aria-hidden-focus; Fluent and tabster call this by design
 * (microsoft/fluentui#27517, microsoft/tabster#288), so those nodes — and only those — are left out. */
async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    type AxeNode = { target: string[]; html: string };
    const axe = (
      window as unknown as {
        axe: {
          run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: AxeNode[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes
          .filter((n) => !(v.id === 'aria-hidden-focus' && /data-tabster-dummy/.test(n.html)))
          .map((n) => n.target.join(' ')),
      }))
      .filter((v) => v.nodes.length > 0);
  });
}

describe('accessibility (axe-core)', () => {
  test('the pane and the preview have no serious or critical violations', async () => {
    const page = await openPreview();
    expect(await page.locator('td[data-severity]').count()).toBeGreaterThan(0);
    const serious = (v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical';
    expect((await axeViolations(page)).filter(serious)).toEqual([]);
    // the other tab of the pane, and an issue selected in the sheet
    await page.locator('[data-pane]').getByRole('tab', { name: '指标层级' }).click();
    await page.locator('td[data-cell="E14"]').click();
    expect((await axeViolations(page)).filter(serious)).toEqual([]);
    await page.close();
  });
});

describe('at the end of the run', () => {
  test('no request left the page’s origin, and no page script failed', () => {
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
