/**
 * The preview layout: the task pane beside a grid view of an in-memory workbook, with a file picker,
 * drag-and-drop, the two shipped samples, and downloads of the checked workbook and of a fixed copy.
 * Nothing here leaves the page's origin: the samples are fetched from it, files are read in the browser.
 */
import * as React from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { message } from '../core/messages';
import type { Lang } from '../core/types';
import type { WorkbookHost } from '../host/types';
import { WorkbookReadError } from '../workbook/errors';
import { GridView } from './GridView';
import { MemoryHost, type UndoStep } from './memory-host';
import { PREVIEW_CSS } from './styles';
import { FILE_NAMES, t } from './strings';

const SAMPLES = FILE_NAMES.samples;
export type SampleName = keyof typeof SAMPLES;

function sampleUrl(name: SampleName): string {
  return new URL(`assets/samples/${encodeURIComponent(SAMPLES[name])}`, document.baseURI).href;
}

export interface PreviewAppProps {
  lang: Lang;
  /**
   * The pane to show beside the sheet (the add-in's task pane). The workbook is the page's own copy,
   * so the pane marks the issues as soon as a file is checked and keeps the marks current (markOnCheck).
   */
  Pane: React.ComponentType<{ host: WorkbookHost; markOnCheck?: boolean }>;
  initialSample: SampleName;
}

function errorText(err: unknown, lang: Lang): string {
  if (err instanceof WorkbookReadError) return message(err.code, lang, err.params);
  return message('file.unreadable', lang, { detail: err instanceof Error ? err.message : String(err) });
}

function download(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The cells of an undo step as a status names them: "B5", "B5、C7 …" (with the sheet when several). */
function stepCells(step: UndoStep): { text: string; sheet: string | null } {
  const sheets = new Set(step.cells.map((c) => c.sheet));
  const sheet = sheets.size === 1 ? step.cells[0].sheet : null;
  const names = step.cells.map((c) => (sheet ? c.cell : `${c.sheet}!${c.cell}`));
  const text = names.length > 3 ? `${names.slice(0, 3).join('、')} …（${names.length}）` : names.join('、');
  return { text, sheet };
}

/** A key press that belongs to a text field (its own undo) rather than to the workbook. */
function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return Boolean(el.closest('input, textarea, select, [contenteditable="true"], [contenteditable=""]'));
}

function baseName(fileName: string): string {
  return fileName.replace(/\.(xlsx|xlsm)$/i, '');
}

export function PreviewApp({ lang, Pane, initialSample }: PreviewAppProps): React.ReactElement {
  const [host, setHost] = useState<MemoryHost | null>(null);
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<string | null>(null);
  // a status about one sheet (an undo) names it: it is shown only while that sheet is open
  const [status, setStatusState] = useState<{ text: string; sheet: string | null }>({ text: '', sheet: null });
  const setStatus = useCallback((text: string, sheet: string | null = null) => setStatusState({ text, sheet }), []);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const openBytes = useCallback(
    async (read: () => Promise<ArrayBuffer>, fileName: string) => {
      setBusy(true);
      setError(null);
      setStatus(t('loading', lang));
      try {
        const h = await MemoryHost.open(await read(), fileName, lang);
        setHost(h);
        setGeneration((g) => g + 1);
        setStatus('');
      } catch (err) {
        setStatus('');
        setError(`${fileName}：${errorText(err, lang)}`);
      } finally {
        setBusy(false);
      }
    },
    [lang, setStatus],
  );

  const openSample = useCallback(
    (name: SampleName) =>
      openBytes(async () => {
        const res = await fetch(sampleUrl(name));
        if (!res.ok) throw new WorkbookReadError('file.not-found', { path: SAMPLES[name] });
        return res.arrayBuffer();
      }, SAMPLES[name]),
    [openBytes],
  );

  const openFile = useCallback((file: File) => openBytes(() => file.arrayBuffer(), file.name), [openBytes]);

  useEffect(() => {
    void openSample(initialSample);
  }, [openSample, initialSample]);

  // a message about sheet A is gone once sheet B is shown
  useEffect(() => {
    if (!host) return;
    return host.subscribe((e) => {
      if (e.type === 'active')
        setStatusState((s) => (s.sheet !== null && s.sheet !== e.sheet ? { text: '', sheet: null } : s));
    });
  }, [host]);

  // Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z, ⌘ on a Mac) undo and redo edits, fixes and fills; the pane's
  // live check re-runs on the cells put back. A text field keeps its own undo.
  useEffect(() => {
    if (!host) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || inTextField(e.target)) return;
      const k = e.key.toLowerCase();
      const redo = k === 'y' || (k === 'z' && e.shiftKey);
      if (k !== 'z' && k !== 'y') return;
      e.preventDefault();
      const step = redo ? host.redo() : host.undo();
      if (!step) {
        setStatus(message(redo ? 'preview.nothing-to-redo' : 'preview.nothing-to-undo', lang));
        return;
      }
      const { text, sheet } = stepCells(step);
      if (sheet) host.setActiveSheet(sheet);
      setStatus(message(redo ? 'preview.redone' : 'preview.undone', lang, { cells: text }), sheet);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [host, lang, setStatus]);

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files?.[0];
    if (file) void openFile(file);
  };

  return (
    <div className="jx-preview">
      <style>{PREVIEW_CSS}</style>
      <header className="jx-toolbar">
        <h1 className="jx-title">{t('title', lang)}</h1>
        <div className="jx-actions">
          <label className="jx-button jx-primary">
            {t('open', lang)}
            <input
              ref={fileInput}
              type="file"
              accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="jx-file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void openFile(file);
                e.target.value = '';
              }}
            />
          </label>
          <span className="jx-samples">
            {t('samples', lang)}
            <button type="button" className="jx-link" onClick={() => void openSample('declaration')}>
              {t('sampleDeclaration', lang)}
            </button>
            <button type="button" className="jx-link" onClick={() => void openSample('self-evaluation')}>
              {t('sampleSelfEvaluation', lang)}
            </button>
          </span>
          <button
            type="button"
            className="jx-button"
            disabled={!host || busy}
            onClick={async () => {
              if (!host) return;
              download(await host.toBytes(), baseName(host.fileName) + FILE_NAMES.checkedSuffix);
            }}
          >
            {t('downloadChecked', lang)}
          </button>
          <button
            type="button"
            className="jx-button"
            disabled={!host || busy}
            onClick={async () => {
              if (!host) return;
              const { bytes, fixed } = await host.fixedCopyBytes();
              download(bytes, baseName(host.fileName) + FILE_NAMES.fixedSuffix);
              setStatus(fixed ? t('fixedSome', lang, { n: fixed }) : t('fixedNone', lang));
            }}
          >
            {t('downloadFixed', lang)}
          </button>
        </div>
        <p className="jx-filename" aria-live="polite">
          {host && <strong>{host.fileName}</strong>}{' '}
          <span className="jx-hint">
            {t('dropHint', lang)} · {t('editHint', lang)} · {message('preview.undo-hint', lang)} · {t('offline', lang)}
          </span>
        </p>
        {status.text && (
          <p className="jx-status" role="status" data-status-sheet={status.sheet ?? undefined}>
            {status.text}
          </p>
        )}
        {error && (
          <p className="jx-error" role="alert" data-testid="file-error">
            {error}
          </p>
        )}
      </header>
      <div className="jx-main">
        <section
          className={`jx-sheet${dragging ? ' jx-dragging' : ''}`}
          aria-label={t('sheetArea', lang)}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          {host && <GridView key={generation} host={host} />}
          {dragging && <div className="jx-drop">{t('dropHere', lang)}</div>}
        </section>
        {/* The pane brings its own <main> landmark (as in Excel, where it is the whole page). */}
        <div className="jx-pane" data-pane="">
          {host && <Pane key={generation} host={host} markOnCheck />}
        </div>
      </div>
    </div>
  );
}
