/**
 * The task pane's entry: Excel when Office.onReady reports Excel (the Excel host, src/excel/), the
 * browser preview otherwise (an in-memory workbook beside the same pane, src/preview/). The preview
 * and exceljs are loaded on demand, so Excel never downloads them.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { message } from '../core/messages';
import { browserLang, detectMode } from './detect';
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

export async function start(): Promise<void> {
  const root = createRoot(mount());
  const mode = await detectMode();
  document.documentElement.dataset.mode = mode;
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
      const sample = new URLSearchParams(window.location.search).get('sample') === 'self-evaluation' ? 'self-evaluation' : 'declaration';
      root.render(<PreviewApp lang={lang} Pane={Pane} initialSample={sample} />);
    }
  } catch (err) {
    root.render(<Failure error={err} />);
  }
}

void start();
