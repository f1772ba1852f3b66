/**
 * The preview's sheet: the active worksheet of the in-memory workbook as a table — merged cells as
 * row/column spans, column widths, the values as displayed, the fills painted by the sheet patch —
 * and sheet tabs. Stable hooks for automated checks: every cell has data-cell="E14" and, when we
 * painted it, data-severity="error" | "warning"; every tab has data-sheet.
 */
import * as React from 'react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MemoryHost } from './memory-host';
import { buildSheetView, MAX_COLS, MAX_ROWS, type CellView } from './sheet-view';
import { t } from './strings';

export interface GridViewProps {
  host: MemoryHost;
}

export function GridView({ host }: GridViewProps): React.ReactElement {
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const lang = host.lang;

  useEffect(
    () =>
      host.subscribe((e) => {
        if (e.type === 'changed' && e.sheet !== null && e.sheet !== host.activeSheet && !e.sheet.startsWith('_jixiao'))
          return;
        setVersion((v) => v + 1);
      }),
    [host],
  );

  const sheet = host.activeSheet;
  const view = useMemo(() => {
    const ws = host.worksheet(sheet);
    return ws ? buildSheetView(ws, host.grid(sheet), host.paintedSeverities(sheet)) : null;
    // version: re-render after every change of the workbook
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host, sheet, version]);

  const selection = host.selection;
  const selected = selection && selection.sheet === sheet ? selection.cell : null;

  // A cell selected by a click is already under the pointer: scrolling it into view would move
  // another cell under the pointer, and the second click of a double-click would edit that one.
  // Only a selection made elsewhere (an issue clicked in the pane) scrolls, once, when it is made.
  const clicking = useRef<string | null>(null);
  const scrollTarget = useRef<string | null>(null);
  useEffect(
    () =>
      host.subscribe((e) => {
        if (e.type !== 'select') return;
        const key = `${e.sheet}!${e.cell}`;
        scrollTarget.current = clicking.current === key ? null : key;
        clicking.current = null;
      }),
    [host],
  );

  useEffect(() => {
    if (!selected || !scrollRef.current) return;
    const el = scrollRef.current.querySelector<HTMLElement>(`[data-cell="${selected}"]`);
    if (!el) return;
    if (scrollTarget.current === `${sheet}!${selected}`) {
      scrollTarget.current = null;
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    if (!editing) el.focus({ preventScroll: true });
  }, [sheet, selected, version, editing]);

  // Every sheet keeps its own scroll position (a sheet not seen yet starts at the top left); a new
  // file is a new GridView (PreviewApp keys it by file), so it starts at the top left too.
  const scrolls = useRef(new Map<string, { top: number; left: number }>());
  const hasView = view !== null;
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const at = scrolls.current.get(sheet) ?? { top: 0, left: 0 };
    el.scrollTop = at.top;
    el.scrollLeft = at.left;
    const onScroll = () => scrolls.current.set(sheet, { top: el.scrollTop, left: el.scrollLeft });
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, [sheet, hasView]);

  const sheets = host.visibleSheets();
  const totalWidth = view ? view.columns.reduce((s, c) => s + c.widthPx, 40) : 0;

  return (
    <div className="jx-grid-wrap">
      <div className="jx-grid-scroll" ref={scrollRef}>
        {view && (
          <table className="jx-grid" aria-label={t('sheetGrid', lang, { sheet })} style={{ width: totalWidth }}>
            <colgroup>
              <col style={{ width: 40 }} />
              {view.columns.map((c) => (
                <col key={c.col} style={{ width: c.widthPx }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <td className="jx-corner" aria-hidden="true" />
                {view.columns.map((c) => (
                  <th key={c.col} scope="col" className="jx-colhead">
                    {c.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r) => (
                <tr key={r.row} style={r.heightPx ? { height: r.heightPx } : undefined}>
                  <th scope="row" className="jx-rowhead">
                    {r.row}
                  </th>
                  {r.cells.map((c) => (
                    <GridCell
                      key={c.a1}
                      cell={c}
                      selected={c.a1 === selected}
                      editing={editing === c.a1}
                      lang={lang}
                      onSelect={() => {
                        clicking.current = `${sheet}!${c.a1}`;
                        void host.selectCell(sheet, c.a1);
                      }}
                      onEdit={() => setEditing(c.a1)}
                      onCommit={(text) => {
                        setEditing(null);
                        if (text !== null && text !== c.text) void host.editCell(sheet, c.a1, text);
                      }}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {view?.truncated && (
          <p className="jx-truncated" role="status">
            {t('truncated', lang, {
              rows: view.truncated.rows,
              cols: view.truncated.cols,
              shownRows: MAX_ROWS,
              shownCols: MAX_COLS,
            })}
          </p>
        )}
      </div>
      <div className="jx-tabs" role="tablist" aria-label={t('sheetTabs', lang)}>
        {sheets.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            className="jx-tab"
            data-sheet={name}
            aria-selected={name === sheet}
            tabIndex={name === sheet ? 0 : -1}
            onClick={() => host.setActiveSheet(name)}
            onKeyDown={(e) => {
              const i = sheets.indexOf(name);
              const next = e.key === 'ArrowRight' ? sheets[i + 1] : e.key === 'ArrowLeft' ? sheets[i - 1] : undefined;
              if (next) {
                host.setActiveSheet(next);
                requestAnimationFrame(() =>
                  document.querySelector<HTMLElement>(`[data-sheet="${CSS.escape(next)}"]`)?.focus(),
                );
              }
            }}
          >
            {name}
          </button>
        ))}
      </div>
    </div>
  );
}

interface GridCellProps {
  cell: CellView;
  selected: boolean;
  editing: boolean;
  lang: 'zh' | 'en';
  onSelect(): void;
  onEdit(): void;
  onCommit(text: string | null): void;
}

const GridCell = React.memo(function GridCell({
  cell,
  selected,
  editing,
  lang,
  onSelect,
  onEdit,
  onCommit,
}: GridCellProps) {
  const className = ['jx-cell', cell.severity ? `jx-sev-${cell.severity}` : '', selected ? 'jx-selected' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <td
      className={className}
      data-cell={cell.a1}
      data-severity={cell.severity === 'error' || cell.severity === 'warning' ? cell.severity : undefined}
      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
      style={cell.style}
      title={cell.note ?? undefined}
      tabIndex={selected ? 0 : -1}
      onClick={onSelect}
      onDoubleClick={onEdit}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === 'F2') {
          e.preventDefault();
          onEdit();
        }
      }}
    >
      {editing ? (
        <input
          className="jx-edit"
          aria-label={`${cell.a1}`}
          title={t('editLabel', lang, { cell: cell.a1 })}
          defaultValue={cell.text}
          autoFocus
          onClick={(e) => e.stopPropagation()}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'Enter') onCommit((e.target as HTMLInputElement).value);
            else if (e.key === 'Escape') onCommit(null);
          }}
          onBlur={(e) => onCommit(e.target.value)}
        />
      ) : (
        cell.text
      )}
    </td>
  );
});
