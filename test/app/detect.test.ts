/**
 * src/app/detect.ts: whether the page is inside Office (from signals that need no office.js), and
 * which mode the app starts in for every way office.js can load, fail or answer. The same paths in a
 * real browser: test/browser/loading.test.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  MIN_EXCEL_API,
  OFFICE_READY_TIMEOUT_MS,
  OFFICE_READY_TIMEOUT_OUTSIDE_MS,
  browserLang,
  detectMode,
  insideOffice,
  officeSignals,
  unsupportedUrl,
  type DetectWindow,
} from '../../src/app/detect';

interface FakeOptions {
  search?: string;
  name?: string;
  framed?: boolean;
  stored?: string | null;
  external?: object;
  chrome?: object;
  webkit?: object;
  officeJs?: 'loading' | 'loaded' | 'failed';
  office?: DetectWindow['Office'];
  languages?: string[];
}

function fakeWindow(o: FakeOptions = {}): DetectWindow {
  const w: Record<string, unknown> = {
    location: { search: o.search ?? '' },
    name: o.name ?? '',
    sessionStorage: { getItem: (k: string) => (k === 'hostInfoValue' ? (o.stored ?? null) : null) },
    navigator: { languages: o.languages ?? ['zh-CN'], language: (o.languages ?? ['zh-CN'])[0] },
    __jixiaoOfficeJs: o.officeJs,
    Office: o.office,
  };
  if (o.external) w.external = o.external;
  if (o.chrome) w.chrome = o.chrome;
  if (o.webkit) w.webkit = o.webkit;
  w.self = w;
  w.top = o.framed ? {} : w;
  return w as unknown as DetectWindow;
}

/** An office.js stand-in: onReady answers `host` (after a tick) or never; ExcelApi up to `api`. */
function office(host: string | null | 'never', api = '1.20'): NonNullable<DetectWindow['Office']> {
  return {
    HostType: { Excel: 'Excel' },
    context: {
      requirements: {
        isSetSupported: (name: string, v = '1.1') =>
          name === 'ExcelApi' && Number(v.split('.')[1]) <= Number(api.split('.')[1]),
      },
    },
    onReady: (cb) =>
      new Promise((resolve) => {
        if (host === 'never') return;
        setTimeout(() => {
          const info = { host, platform: 'PC' };
          cb?.(info);
          resolve(info);
        }, 10);
      }),
  };
}

describe('inside-Office signals (no office.js needed)', () => {
  test.each<[string, FakeOptions, string[]]>([
    ['a plain browser tab', {}, []],
    ['the _host_Info query parameter', { search: '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0' }, ['host-info']],
    ['office.js’s stored copy of it', { stored: 'Excel$Win32$16.01$zh-CN$$$$0' }, ['host-info-stored']],
    ['Office’s host data in window.name', { name: '{"hostInfo":"Excel|Web|16.00|zh-CN"}' }, ['window-name']],
    ['a frame (Excel on the web)', { framed: true }, ['frame']],
    ['the IE/Edge Legacy webview bridge', { external: { GetContext: () => undefined } }, ['webview-trident']],
    ['WebView2', { chrome: { webview: {} } }, ['webview2']],
    ['the macOS webview', { webkit: { messageHandlers: {} } }, ['webview-macos']],
    ['an unrelated window.name', { name: 'preview' }, []],
    ['a browser’s own window.chrome', { chrome: { runtime: {} } }, []],
  ])('%s', (_, opts, expected) => {
    const w = fakeWindow(opts);
    expect(officeSignals(w)).toEqual(expected);
    expect(insideOffice(w)).toBe(expected.length > 0);
  });

  test('a window whose top cannot be read (another origin framing it) counts as framed', () => {
    const w = fakeWindow();
    Object.defineProperty(w, 'top', {
      get() {
        throw new Error('SecurityError');
      },
    });
    expect(officeSignals(w)).toContain('frame');
  });

  test('storage that throws (a sandboxed frame) is not a signal', () => {
    const w = fakeWindow();
    Object.defineProperty(w, 'sessionStorage', {
      get() {
        throw new Error('SecurityError');
      },
    });
    expect(officeSignals(w)).toEqual([]);
  });
});

describe('detectMode', () => {
  const INSIDE = { search: '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0' };

  test('index.html (office.js not referenced) is the preview, even framed', async () => {
    await expect(detectMode(fakeWindow({ framed: true }))).resolves.toBe('preview');
  });

  test.each<[string, string, string, FakeOptions]>([
    ['office.js failed', 'preview', 'unreachable', { officeJs: 'failed' }],
    ['office.js loaded but no Office object', 'preview', 'unreachable', { officeJs: 'loaded' }],
    ['Office answers for no host', 'preview', 'unreachable', { officeJs: 'loaded', office: office(null) }],
    ['Office answers for Word', 'preview', 'unreachable', { officeJs: 'loaded', office: office('Word') }],
    ['Office answers for Excel', 'excel', 'excel', { officeJs: 'loaded', office: office('Excel') }],
    [
      'Excel without ExcelApi 1.7',
      'unsupported',
      'unsupported',
      { officeJs: 'loaded', office: office('Excel', '1.6') },
    ],
    ['Excel with exactly ExcelApi 1.7', 'excel', 'excel', { officeJs: 'loaded', office: office('Excel', '1.7') }],
  ])('%s: outside Office %s, inside %s', async (_, outside, inside, opts) => {
    await expect(detectMode(fakeWindow(opts))).resolves.toBe(outside);
    await expect(detectMode(fakeWindow({ ...opts, ...INSIDE }))).resolves.toBe(inside);
  });

  test('Office.onReady throwing or rejecting is not Excel', async () => {
    const throwing = {
      HostType: { Excel: 'Excel' },
      onReady: () => {
        throw new Error('no host');
      },
    };
    await expect(detectMode(fakeWindow({ officeJs: 'loaded', office: throwing, ...INSIDE }))).resolves.toBe(
      'unreachable',
    );
    const rejecting = { HostType: { Excel: 'Excel' }, onReady: () => Promise.reject(new Error('no host')) };
    await expect(detectMode(fakeWindow({ officeJs: 'loaded', office: rejecting, ...INSIDE }))).resolves.toBe(
      'unreachable',
    );
    await expect(detectMode(fakeWindow({ officeJs: 'loaded', office: rejecting }))).resolves.toBe('preview');
  });

  test('Office never answering: the preview after the short wait outside, "unreachable" after the long one inside', async () => {
    jest.useFakeTimers();
    try {
      let outside: string | undefined;
      let inside: string | undefined;
      void detectMode(fakeWindow({ officeJs: 'loaded', office: office('never') })).then((m) => (outside = m));
      void detectMode(fakeWindow({ officeJs: 'loaded', office: office('never'), ...INSIDE })).then((m) => (inside = m));
      await jest.advanceTimersByTimeAsync(OFFICE_READY_TIMEOUT_OUTSIDE_MS + 1);
      expect(outside).toBe('preview');
      expect(inside).toBeUndefined();
      await jest.advanceTimersByTimeAsync(OFFICE_READY_TIMEOUT_MS - OFFICE_READY_TIMEOUT_OUTSIDE_MS);
      expect(inside).toBe('unreachable');
    } finally {
      jest.useRealTimers();
    }
  });

  test('the minimum is the manifest’s', () => {
    const xml = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    expect(xml).toContain(`<Set Name="ExcelApi" MinVersion="${MIN_EXCEL_API}"/>`);
  });
});

describe('language and the fallback URL', () => {
  test.each<[string, FakeOptions, 'zh' | 'en']>([
    ['?lang=en wins', { search: '?lang=en&_host_Info=Excel$Win32$16.01$zh-CN$$$$0' }, 'en'],
    [
      'Office’s locale in _host_Info',
      { search: '?_host_Info=Excel$Win32$16.01$en-US$$$$0', languages: ['zh-CN'] },
      'en',
    ],
    [
      'a Chinese Office on an English system',
      { search: '?_host_Info=Excel|Web|16.00|zh-CN', languages: ['en-US'] },
      'zh',
    ],
    ['the browser’s language otherwise', { languages: ['en-GB'] }, 'en'],
  ])('%s', (_, opts, lang) => {
    expect(browserLang(fakeWindow(opts))).toBe(lang);
  });

  test('the fallback keeps the query (Office’s host info, the language) and says why', () => {
    const url = unsupportedUrl('api', fakeWindow({ search: '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0' }));
    expect(url.startsWith('unsupported.html?')).toBe(true);
    const q = new URLSearchParams(url.split('?')[1]);
    expect(q.get('reason')).toBe('api');
    expect(q.get('_host_Info')).toBe('Excel$Win32$16.01$zh-CN$$$$0');
  });
});
