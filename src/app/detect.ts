/**
 * Which host the app runs in, decided without trusting office.js to load.
 *
 * Whether the page is inside Office comes first, from signals that exist before office.js runs
 * (officeSignals): the `_host_Info` query parameter Office adds to the add-in's URL (Windows, Mac
 * and the web), the copy office.js keeps of it in sessionStorage, Office's host data in window.name,
 * a frame (Excel on the web shows the pane in an iframe) and the webview's native bridge (IE/Edge
 * Legacy `window.external.GetContext`, WebView2 `chrome.webview`, macOS `webkit.messageHandlers`).
 *
 *  - index.html references no office.js: always the preview.
 *  - taskpane.html (the page the manifest names) outside Office — none of the signals — is the
 *    preview as soon as office.js fails, or Office.onReady reports no host, or after a short wait.
 *  - taskpane.html inside Office: Excel when Office.onReady reports Excel with ExcelApi 1.7;
 *    'unsupported' (the plain fallback page) when ExcelApi 1.7 is missing; 'unreachable' when
 *    office.js failed to load, never answered, or reported another host. Never the preview with its
 *    sample workbook: a budget officer in Excel must not take the sample for their own form.
 */
export type AppMode = 'excel' | 'preview' | 'unreachable' | 'unsupported';

/** How long to wait for Office.onReady inside Office before saying Excel cannot be reached. */
export const OFFICE_READY_TIMEOUT_MS = 10_000;
/** …and outside Office (taskpane.html opened in a plain browser tab) before going to the preview. */
export const OFFICE_READY_TIMEOUT_OUTSIDE_MS = 4000;
/** The requirement set the manifest asks for; below it the pane cannot work (see manifest.xml). */
export const MIN_EXCEL_API = '1.7';

interface OfficeLike {
  onReady?: (
    cb?: (info: { host: unknown; platform: unknown }) => void,
  ) => Promise<{ host: unknown; platform: unknown }>;
  HostType?: { Excel?: unknown };
  context?: { requirements?: { isSetSupported?: (name: string, version?: string) => boolean } };
}

export type DetectWindow = Window & { __jixiaoOfficeJs?: string; Office?: OfficeLike };

/** The names of the inside-Office signals present (empty: a page opened outside Office). */
export function officeSignals(win: Window = window): string[] {
  const found: string[] = [];
  const w = win as unknown as Record<string, unknown>;
  try {
    if (new URLSearchParams(win.location.search).has('_host_Info')) found.push('host-info');
  } catch {
    /* no location: not a page */
  }
  try {
    const stored = win.sessionStorage?.getItem('hostInfoValue');
    if (stored) found.push('host-info-stored');
  } catch {
    /* storage refused (sandboxed frame): not a signal either way */
  }
  try {
    if (/host_?info|xdminfo/i.test(String(win.name ?? ''))) found.push('window-name');
  } catch {
    /* ignore */
  }
  try {
    if (win.top !== win.self) found.push('frame');
  } catch {
    found.push('frame'); // reading a cross-origin top throws: framed by another origin
  }
  try {
    const external = w.external as Record<string, unknown> | undefined;
    if (external && 'GetContext' in external) found.push('webview-trident');
    const chrome = w.chrome as Record<string, unknown> | undefined;
    if (chrome && chrome.webview) found.push('webview2');
    const webkit = w.webkit as Record<string, unknown> | undefined;
    if (webkit && webkit.messageHandlers) found.push('webview-macos');
  } catch {
    /* ignore */
  }
  return found;
}

export function insideOffice(win: Window = window): boolean {
  return officeSignals(win).length > 0;
}

/** Whether the running Excel has the requirement set the pane needs (false when it cannot tell). */
function hasMinimumApi(office: OfficeLike): boolean {
  try {
    const requirements = office.context?.requirements;
    if (!requirements || typeof requirements.isSetSupported !== 'function') return false;
    return Boolean(requirements.isSetSupported('ExcelApi', MIN_EXCEL_API));
  } catch {
    return false;
  }
}

export function detectMode(win: DetectWindow = window): Promise<AppMode> {
  // index.html: office.js is not even referenced
  if (win.__jixiaoOfficeJs === undefined && !win.Office) return Promise.resolve('preview');
  const inside = insideOffice(win);
  const notExcel: AppMode = inside ? 'unreachable' : 'preview';
  const office = win.Office;
  if (win.__jixiaoOfficeJs === 'failed' || !office || typeof office.onReady !== 'function')
    return Promise.resolve(notExcel);
  return new Promise<AppMode>((resolve) => {
    const timer = setTimeout(
      () => resolve(notExcel),
      inside ? OFFICE_READY_TIMEOUT_MS : OFFICE_READY_TIMEOUT_OUTSIDE_MS,
    );
    const answer = (info: { host: unknown } | undefined) => {
      clearTimeout(timer);
      const excel = office.HostType?.Excel ?? 'Excel';
      if (!info || info.host !== excel) resolve(notExcel);
      else resolve(hasMinimumApi(office) ? 'excel' : 'unsupported');
    };
    try {
      const ready = office.onReady?.(answer);
      // some office.js versions reject instead of calling back when the host cannot be reached
      if (ready && typeof ready.then === 'function') ready.then(undefined, () => answer(undefined));
    } catch {
      answer(undefined);
    }
  });
}

/** The URL of the plain fallback page (unsupported.html beside this page), keeping the query. */
export function unsupportedUrl(reason: 'webview' | 'api', win: Window = window): string {
  const params = new URLSearchParams(win.location.search);
  params.set('reason', reason);
  return `unsupported.html?${params.toString()}`;
}

/**
 * The interface language: ?lang=zh|en wins, then (inside Office, before office.js can tell) the
 * locale in `_host_Info` (…$zh-CN$…), else the browser's.
 */
export function browserLang(win: Window = window): 'zh' | 'en' {
  const params = new URLSearchParams(win.location.search);
  const q = params.get('lang');
  if (q === 'zh' || q === 'en') return q;
  const hostInfo = params.get('_host_Info');
  if (hostInfo) {
    const locale = hostInfo.split(/[|$]/).find((part) => /^[a-z]{2,3}-[a-z]{2,4}$/i.test(part));
    if (locale) return /^zh\b/i.test(locale) ? 'zh' : 'en';
  }
  const langs = win.navigator.languages?.length ? win.navigator.languages : [win.navigator.language];
  return langs[0] && /^zh\b/i.test(langs[0]) ? 'zh' : 'en';
}
