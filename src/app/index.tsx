/**
 * The task pane's entry: Excel when Office.onReady reports Excel (the Excel host, src/excel/), the
 * browser preview only on a page opened outside Office (an in-memory workbook beside the same pane,
 * src/preview/). Inside Office without a usable office.js the pane says it cannot reach Excel and
 * offers to retry; without ExcelApi 1.7 it goes to the plain fallback page (see detect.ts). The
 * preview and exceljs are loaded on demand, so Excel never downloads them.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { message } from '../core/messages';
import { browserLang, detectMode, insideOffice, unsupportedUrl } from './detect';
import { Pane } from './pane';

function mount(): HTMLElement {
  let el = document.getElementById('root');
  if (!el) {
    el = document.createElement('div');
    el.id = 'root';
    document.body.appendChild(el);
  }
  return el;
}

function Failure({ error }: { error: unknown }): React.ReactElement {
  return (
    <div role="alert" style={{ padding: 16, fontFamily: 'sans-serif', color: '#8a1111' }}>
      <strong>
        {message('ui.cannot-start', 'zh')} / {message('ui.cannot-start', 'en')}
      </strong>
      <p>{error instanceof Error ? error.message : String(error)}</p>
    </div>
  );
}

const plain: React.CSSProperties = { padding: 16, fontFamily: 'sans-serif', fontSize: 14, lineHeight: 1.5 };

/** While office.js is being waited for inside Office (never shown outside: the preview follows). */
function Connecting({ lang }: { lang: 'zh' | 'en' }): React.ReactElement {
  return (
    <div role="status" data-testid="connecting" style={plain}>
      {message('app.connecting', lang)}
    </div>
  );
}

/** Inside Office, office.js did not load or did not answer: say so, offer a retry (a reload). */
function Unreachable({ lang, onRetry }: { lang: 'zh' | 'en'; onRetry: () => void }): React.ReactElement {
  return (
    <div role="alert" data-testid="office-unreachable" style={plain}>
      <p style={{ margin: '0 0 8px', fontWeight: 600 }}>{message('app.office-unreachable', lang)}</p>
      <p style={{ margin: '0 0 12px', color: '#424242' }}>{message('app.office-unreachable-detail', lang)}</p>
      <button type="button" onClick={onRetry} style={{ fontSize: 14, padding: '4px 16px' }}>
        {message('app.retry', lang)}
      </button>
    </div>
  );
}

async function start(): Promise<void> {
  const root = createRoot(mount());
  const early = browserLang();
  // only on the page that loads office.js (taskpane.html): index.html is the preview wherever it is
  if ((window as { __jixiaoOfficeJs?: string }).__jixiaoOfficeJs !== undefined && insideOffice())
    root.render(<Connecting lang={early} />);
  const mode = await detectMode();
  document.documentElement.dataset.mode = mode;
  if (mode === 'unsupported') {
    window.location.replace(unsupportedUrl('api'));
    return;
  }
  if (mode === 'unreachable') {
    document.documentElement.lang = early === 'zh' ? 'zh-CN' : 'en';
    root.render(<Unreachable lang={early} onRetry={() => window.location.reload()} />);
    return;
  }
  try {
    if (mode === 'excel') {
      const { loadExcelHost } = await import(/* webpackChunkName: "excel" */ './excel');
      const host = await loadExcelHost();
      document.documentElement.lang = host.lang === 'zh' ? 'zh-CN' : 'en';
      root.render(<Pane host={host} />);
    } else {
      const lang = browserLang();
      document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
      const { PreviewApp } = await import(/* webpackChunkName: "preview" */ '../preview/PreviewApp');
      const sample =
        new URLSearchParams(window.location.search).get('sample') === 'self-evaluation'
          ? 'self-evaluation'
          : 'declaration';
      root.render(<PreviewApp lang={lang} Pane={Pane} initialSample={sample} />);
    }
  } catch (err) {
    root.render(<Failure error={err} />);
  }
}

void start();
