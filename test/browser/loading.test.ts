/**
 * How the pages start in the webviews Office uses, in Chromium against the production build:
 *  - with an Internet Explorer 11 user agent (volume-licensed Office 2016/2019), taskpane.html goes at
 *    once to the plain ES5 fallback page, which names the Office versions that work and points to the
 *    browser preview and the command line;
 *  - opened as Office opens it (`?_host_Info=…`, or in a frame) with office.js unreachable, slow, or
 *    answering for no host, the pane says it cannot reach Excel and offers a retry — never the
 *    preview and its sample workbook;
 *  - an Excel without ExcelApi 1.7 gets the fallback page;
 *  - with the built-ins Edge Legacy lacks taken out of Chromium, the pane still starts and works
 *    (src/app/polyfills.ts puts them back);
 *  - the same page in a plain browser tab is still the preview (test/browser/preview.test.ts).
 * office.js is never fetched from the network: requests to Microsoft's CDN are refused or answered
 * with a stand-in script.
 */
import type { Page, Route } from 'playwright-core';
import { message } from '../../src/core/messages';
import { OFFICE_READY_TIMEOUT_MS } from '../../src/app/detect';
import { launch, serve, useBrowser } from './harness';

jest.setTimeout(120_000);

type Browser = Awaited<ReturnType<typeof launch>>;
type Server = Awaited<ReturnType<typeof serve>>;

let server: Server;
let browser: Browser;

const IE11_UA = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
/** What Excel on Windows adds to the add-in's URL (host $ platform $ version $ locale …). */
const HOST_INFO_ZH = '_host_Info=Excel$Win32$16.01$zh-CN$$$$0';
const HOST_INFO_EN = '_host_Info=Excel$Win32$16.01$en-US$$$$0';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/';

useBrowser((s, b) => {
  server = s;
  browser = b;
});

interface Opened {
  page: Page;
  /** Every URL the page asked for outside the test server. */
  external: string[];
  /** Paths of the test server the page loaded (pages and scripts). */
  local: string[];
  errors: string[];
}

/**
 * A new page whose requests to office.js get `officeJs`: 'refuse' (no network), or a script to run
 * in its place. Anything else outside the test server is refused and recorded.
 */
async function open(officeJs: 'refuse' | string, userAgent?: string): Promise<Opened> {
  const page = await browser.context.newPage();
  const opened: Opened = { page, external: [], local: [], errors: [] };
  if (userAgent) {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setUserAgentOverride', { userAgent });
  }
  page.on('pageerror', (e) => opened.errors.push(e.message));
  await page.route('**/*', (route: Route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`)) {
      opened.local.push(new URL(url).pathname);
      return route.continue();
    }
    opened.external.push(url);
    if (url.startsWith(OFFICE_CDN) && officeJs !== 'refuse')
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: officeJs });
    return route.abort('internetdisconnected');
  });
  return opened;
}

async function close(o: Opened): Promise<void> {
  await o.page.unrouteAll({ behavior: 'ignoreErrors' });
  await o.page.close();
}

/** Nothing of the preview: no grid, no sample workbook, no preview chunk. */
async function expectNoPreview(o: Opened): Promise<void> {
  expect(await o.page.locator('td[data-cell]').count()).toBe(0);
  expect(await o.page.locator('.jx-filename').count()).toBe(0);
  const body = (await o.page.locator('body').textContent()) ?? '';
  expect(body).not.toContain('示例');
  expect(o.local.some((p) => /\/(preview|exceljs)\.[0-9a-f]+\.js$/.test(p))).toBe(false);
  expect(o.local.some((p) => p.includes('/assets/samples/'))).toBe(false);
}

/** office.js stand-ins: Office.onReady that never answers, or answers with a host and requirement sets. */
const NEVER_READY = `window.Office = { HostType: { Excel: 'Excel' }, onReady: function () { return new Promise(function () {}); } };`;
const readyAs = (host: string | null, excelApi: string) => `
  window.Office = {
    HostType: { Excel: 'Excel' },
    context: { requirements: { isSetSupported: function (name, v) {
      if (name !== 'ExcelApi') return false;
      var have = '${excelApi}'.split('.'), want = String(v || '1.1').split('.');
      return Number(have[0]) > Number(want[0]) || (Number(have[0]) === Number(want[0]) && Number(have[1]) >= Number(want[1]));
    } } },
    onReady: function (cb) {
      var info = { host: ${host === null ? 'null' : `'${host}'`}, platform: 'PC' };
      return new Promise(function (resolve) { setTimeout(function () { if (cb) cb(info); resolve(info); }, 50); });
    }
  };`;

describe('Internet Explorer 11 (volume-licensed Office 2016/2019)', () => {
  test('taskpane.html in an IE11 webview shows the fallback page at once: which Office works, the preview, the command line', async () => {
    const o = await open('refuse', IE11_UA);
    await o.page.goto(`${server.url}taskpane.html?${HOST_INFO_ZH}`);
    await o.page.waitForURL(/unsupported\.html/, { timeout: 30_000 });
    const url = new URL(o.page.url());
    expect(url.searchParams.get('reason')).toBe('webview');
    expect(url.searchParams.get('_host_Info')).toBe('Excel$Win32$16.01$zh-CN$$$$0');
    await o.page.waitForSelector('[data-testid="unsupported-title"]');
    const zh = (await o.page.locator('#zh').innerText()).replace(/\s+/g, ' ');
    expect(zh).toContain('绩效目标表助手无法在这个版本的 Excel 中运行');
    expect(zh).toContain('Internet Explorer 11');
    expect(zh).toContain('Excel 2019'); // which versions work (and which do not)
    expect(zh).toContain('Microsoft 365');
    expect(zh).toContain('Excel 网页版');
    expect(zh).toContain('npx jixiao check'); // the command line
    expect(zh).toContain(`${server.url}index.html`); // the preview's full address, to copy
    const en = (await o.page.locator('#en').innerText()).replace(/\s+/g, ' ');
    expect(en).toContain('cannot run in this version of Excel');
    expect(en).toContain(`${server.url}index.html`);
    // only the reason that applies
    expect(await o.page.locator('p[data-reason="webview"]').first().isVisible()).toBe(true);
    expect(await o.page.locator('p[data-reason="api"]').first().isVisible()).toBe(false);
    // Chinese first for a Chinese Office
    expect(await o.page.evaluate(() => document.body.firstElementChild?.id)).toBe('zh');
    expect(o.errors).toEqual([]);
    await close(o);
  });

  test('an English Office gets the English text first; the preview page itself also sends IE11 to the fallback', async () => {
    const o = await open('refuse', IE11_UA);
    await o.page.goto(`${server.url}taskpane.html?${HOST_INFO_EN}`);
    await o.page.waitForURL(/unsupported\.html/, { timeout: 30_000 });
    await o.page.waitForSelector('[data-testid="unsupported-title"]');
    expect(await o.page.evaluate(() => document.body.firstElementChild?.id)).toBe('en');
    expect(await o.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await o.page.goto(`${server.url}index.html`);
    await o.page.waitForURL(/unsupported\.html/, { timeout: 30_000 });
    await close(o);
  });

  test('a current browser is never sent to the fallback', async () => {
    const o = await open('refuse');
    await o.page.goto(`${server.url}index.html`);
    await o.page.waitForSelector('td[data-cell="A1"]', { timeout: 60_000 });
    expect(o.page.url()).not.toContain('unsupported');
    await close(o);
  });
});

describe('inside Office, office.js unreachable: never the sample', () => {
  test('office.js cannot load (blocked / offline): "cannot reach Excel" with a retry, at once', async () => {
    const o = await open('refuse');
    await o.page.goto(`${server.url}taskpane.html?${HOST_INFO_ZH}`);
    const alert = o.page.locator('[data-testid="office-unreachable"]');
    await alert.waitFor({ timeout: 30_000 });
    const text = (await alert.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(message('app.office-unreachable', 'zh'));
    const retry = o.page.getByRole('button', { name: message('app.retry', 'zh') });
    expect(await retry.isVisible()).toBe(true);
    expect(await o.page.evaluate(() => document.documentElement.dataset.mode)).toBe('unreachable');
    await expectNoPreview(o);
    expect(o.external.every((u) => u.startsWith(OFFICE_CDN))).toBe(true);

    // Retry loads the page again (and office.js with it): still no preview while Excel stays unreachable
    const before = o.local.filter((p) => p.endsWith('/taskpane.html')).length;
    await Promise.all([o.page.waitForEvent('load'), retry.click()]);
    await alert.waitFor({ timeout: 30_000 });
    expect(o.local.filter((p) => p.endsWith('/taskpane.html')).length).toBe(before + 1);
    await expectNoPreview(o);
    await close(o);
  });

  test('English when Office’s locale is English', async () => {
    const o = await open('refuse');
    await o.page.goto(`${server.url}taskpane.html?${HOST_INFO_EN}`);
    const alert = o.page.locator('[data-testid="office-unreachable"]');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toContain(message('app.office-unreachable', 'en'));
    expect(await o.page.getByRole('button', { name: message('app.retry', 'en') }).isVisible()).toBe(true);
    await close(o);
  });

  test('office.js loads but Office never answers: "connecting" first, then "cannot reach Excel" — never the preview', async () => {
    const o = await open(NEVER_READY);
    const started = Date.now();
    await o.page.goto(`${server.url}taskpane.html?${HOST_INFO_ZH}`);
    await o.page.waitForSelector('[data-testid="connecting"]', { timeout: 30_000 });
    expect(await o.page.locator('[data-testid="connecting"]').innerText()).toBe(message('app.connecting', 'zh'));
    await o.page.locator('[data-testid="office-unreachable"]').waitFor({ timeout: OFFICE_READY_TIMEOUT_MS + 30_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(OFFICE_READY_TIMEOUT_MS - 500);
    await expectNoPreview(o);
    await close(o);
  });

  test('office.js answers for no host while Office opened the page: "cannot reach Excel"', async () => {
    const o = await open(readyAs(null, '1.20'));
    await o.page.goto(`${server.url}taskpane.html?${HOST_INFO_ZH}`);
    await o.page.locator('[data-testid="office-unreachable"]').waitFor({ timeout: 30_000 });
    await expectNoPreview(o);
    await close(o);
  });

  test('in a frame (Excel on the web) without _host_Info, office.js blocked: "cannot reach Excel"', async () => {
    const o = await open('refuse');
    // a page framing the pane as Excel on the web does (routes registered last are tried first)
    await o.page.route(`${server.url}frame-host.html`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: `<!doctype html><iframe id="pane" src="${server.url}taskpane.html" style="width:400px;height:600px"></iframe>`,
      }),
    );
    await o.page.goto(`${server.url}frame-host.html`, { waitUntil: 'domcontentloaded' });
    const frame = o.page.frameLocator('#pane');
    await frame.locator('[data-testid="office-unreachable"]').waitFor({ timeout: 30_000 });
    expect(await frame.locator('td[data-cell]').count()).toBe(0);
    await close(o);
  });

  test('Office’s host data in window.name (no query parameter): "cannot reach Excel"', async () => {
    const o = await open('refuse');
    await o.page.addInitScript(() => {
      if (location.pathname.endsWith('/taskpane.html'))
        window.name = JSON.stringify({ hostInfo: 'Excel|Web|16.00|zh-CN' });
    });
    await o.page.goto(`${server.url}taskpane.html`);
    await o.page.locator('[data-testid="office-unreachable"]').waitFor({ timeout: 30_000 });
    await expectNoPreview(o);
    await close(o);
  });

  test('the same page in a plain tab, office.js answering for no host, is the preview', async () => {
    const o = await open(readyAs(null, '1.20'));
    await o.page.goto(`${server.url}taskpane.html`);
    await o.page.waitForSelector('td[data-cell="A1"]', { timeout: 60_000 });
    expect(await o.page.evaluate(() => document.documentElement.dataset.mode)).toBe('preview');
    await close(o);
  });
});

describe('Excel without ExcelApi 1.7', () => {
  test('Office answers for Excel with ExcelApi 1.6 only: the fallback page, naming the missing requirement set', async () => {
    const o = await open(readyAs('Excel', '1.6'));
    await o.page.goto(`${server.url}taskpane.html?${HOST_INFO_ZH}`);
    await o.page.waitForURL(/unsupported\.html/, { timeout: 30_000 });
    expect(new URL(o.page.url()).searchParams.get('reason')).toBe('api');
    await o.page.waitForSelector('[data-testid="unsupported-title"]');
    expect(await o.page.locator('#zh p[data-reason="api"]').isVisible()).toBe(true);
    expect(await o.page.locator('#zh p[data-reason="api"]').innerText()).toContain('ExcelApi 1.7');
    expect(await o.page.locator('#zh p[data-reason="webview"]').isVisible()).toBe(false);
    await close(o);
  });
});

describe('Edge Legacy’s missing built-ins', () => {
  test('with ES2019+ methods, WeakRef and ResizeObserver removed, the pane starts, checks and moves focus without a script error', async () => {
    const o = await open('refuse');
    await o.page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      const gone: [object, string][] = [
        [Array.prototype, 'flat'],
        [Array.prototype, 'flatMap'],
        [Array.prototype, 'at'],
        [Array.prototype, 'findLast'],
        [Array.prototype, 'findLastIndex'],
        [String.prototype, 'at'],
        [String.prototype, 'trimStart'],
        [String.prototype, 'trimEnd'],
        [Object, 'fromEntries'],
        [Object, 'hasOwn'],
        [window, 'WeakRef'],
        [window, 'ResizeObserver'],
        [window, 'queueMicrotask'],
      ];
      for (const [owner, name] of gone) delete (owner as Record<string, unknown>)[name];
      w.__removed = gone.filter(([owner, name]) => name in owner).map(([, name]) => name); // what could not be removed
    });
    await o.page.goto(`${server.url}index.html?lang=zh`);
    await o.page.waitForSelector('[data-pane] main[aria-busy="false"]', { timeout: 60_000 });
    await o.page.waitForSelector('td[data-cell="A1"]', { timeout: 60_000 });
    // the built-ins were really gone before the bundle ran, and are back (polyfilled) after it
    expect(await o.page.evaluate(() => (window as unknown as { __removed: string[] }).__removed)).toEqual([]);
    expect(
      await o.page.evaluate(
        () =>
          typeof [].flatMap === 'function' &&
          typeof Object.fromEntries === 'function' &&
          typeof (window as unknown as { WeakRef: unknown }).WeakRef === 'function' &&
          typeof ResizeObserver === 'function',
      ),
    ).toBe(true);
    // issues are listed and clicking one moves focus into the sheet (keyborg/tabster hold elements in WeakRefs)
    const issue = o.page.locator('[data-pane] [data-issue-item]').first();
    await issue.waitFor({ timeout: 30_000 });
    await issue.click();
    await o.page.keyboard.press('Tab');
    expect(await o.page.locator('td.jx-selected').count()).toBeGreaterThan(0);
    expect(o.errors).toEqual([]);
    await close(o);
  });
});
