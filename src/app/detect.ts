/**
 * Which host the app runs in. Excel when office.js loaded and Office.onReady reports Excel; the
 * browser preview otherwise — immediately when office.js was not referenced (the preview page),
 * failed to load (no network), or Office is undefined; after a short wait at most when Office never
 * answers.
 */
export type AppMode = 'excel' | 'preview';

/** How long to wait for Office.onReady before deciding it is not coming. */
export const OFFICE_READY_TIMEOUT_MS = 4000;

interface OfficeLike {
  onReady?: (cb?: (info: { host: unknown; platform: unknown }) => void) => Promise<{ host: unknown; platform: unknown }>;
  HostType?: { Excel?: unknown };
}

export function detectMode(win: Window & { __jixiaoOfficeJs?: string; Office?: OfficeLike } = window): Promise<AppMode> {
  const office = win.Office;
  if (win.__jixiaoOfficeJs === 'failed' || !office || typeof office.onReady !== 'function') return Promise.resolve('preview');
  return new Promise<AppMode>((resolve) => {
    const timer = setTimeout(() => resolve('preview'), OFFICE_READY_TIMEOUT_MS);
    try {
      void office.onReady?.((info) => {
        clearTimeout(timer);
        const excel = office.HostType?.Excel ?? 'Excel';
        resolve(info && info.host === excel ? 'excel' : 'preview');
      });
    } catch {
      clearTimeout(timer);
      resolve('preview');
    }
  });
}

/** The interface language: ?lang=zh|en wins, else the browser's. */
export function browserLang(win: Window = window): 'zh' | 'en' {
  const q = new URLSearchParams(win.location.search).get('lang');
  if (q === 'zh' || q === 'en') return q;
  const langs = win.navigator.languages?.length ? win.navigator.languages : [win.navigator.language];
  return langs[0] && /^zh\b/i.test(langs[0]) ? 'zh' : 'en';
}
