/**
 * What the preview's grid shows of one worksheet: rows and columns of the used range, merged cells
 * as row/column spans, column widths and row heights, the displayed text (GridSnapshot.text, the
 * text exactly as Excel shows it) and each cell's look (fill, font, alignment, borders) — plus the
 * severity of cells we painted. Pure data, no DOM.
 */
import type * as ExcelJS from 'exceljs';
import { address, columnName, parseRange } from '../core/grid';
import type { GridSnapshot, Severity } from '../core/types';

/** Beyond this the preview shows a note instead of more rows/columns (a browser table is not Excel). */
export const MAX_ROWS = 3000;
export const MAX_COLS = 60;

export interface CellView {
  a1: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  numeric: boolean;
  severity: Severity | null;
  note: string | null;
  style: Record<string, string | number>;
}

export interface RowView {
  row: number;
  heightPx: number | null;
  cells: CellView[];
}

export interface SheetView {
  sheet: string;
  columns: { col: number; name: string; widthPx: number }[];
  rows: RowView[];
  truncated: { rows: number; cols: number } | null;
}

/** Office's default theme colours (lt1, dk1, lt2, dk2, accent1…6), for fills and fonts given by theme index. */
const THEME = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];

interface ColorLike {
  argb?: string;
  theme?: number;
  tint?: number;
}

function applyTint(hex: string, tint: number | undefined): string {
  if (!tint) return hex;
  const ch = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const out = ch.map((v) => Math.round(tint < 0 ? v * (1 + tint) : v + (255 - v) * tint));
  return out.map((v) => Math.max(0, Math.min(255, v)).toString(16).padStart(2, '0')).join('');
}

function cssColor(c: ColorLike | undefined): string | null {
  if (!c) return null;
  if (typeof c.argb === 'string' && /^[0-9a-f]{6,8}$/i.test(c.argb)) return `#${c.argb.slice(-6)}`;
  if (typeof c.theme === 'number' && THEME[c.theme]) return `#${applyTint(THEME[c.theme], c.tint)}`;
  return null;
}

/** Excel column width (characters) → pixels, as Excel does it for Calibri 11 (7 px per character + 5). */
function widthToPx(width: number | undefined): number {
  const w = typeof width === 'number' && width > 0 ? width : 8.43;
  return Math.round(w * 7 + 5);
}

function borderCss(b: Partial<ExcelJS.Border> | undefined): string | null {
  if (!b || !b.style) return null;
  const color = cssColor(b.color as ColorLike | undefined) ?? '#000';
  const width = b.style === 'medium' ? 2 : b.style === 'thick' ? 3 : 1;
  const line =
    b.style === 'dotted' || b.style === 'hair'
      ? 'dotted'
      : b.style.startsWith('dash')
        ? 'dashed'
        : b.style === 'double'
          ? 'double'
          : 'solid';
  return `${width}px ${line} ${color}`;
}

function cellStyle(cell: ExcelJS.Cell | undefined, numeric: boolean): Record<string, string | number> {
  const st: Record<string, string | number> = {};
  if (!cell) return st;
  const fill = cell.fill;
  if (fill && fill.type === 'pattern' && fill.pattern && fill.pattern !== 'none') {
    const bg = cssColor(
      (fill.pattern === 'solid' ? fill.fgColor : (fill.bgColor ?? fill.fgColor)) as ColorLike | undefined,
    );
    if (bg) st.backgroundColor = bg;
  }
  const font = cell.font;
  if (font) {
    if (font.bold) st.fontWeight = 700;
    if (font.italic) st.fontStyle = 'italic';
    if (font.underline) st.textDecoration = 'underline';
    if (font.strike) st.textDecoration = 'line-through';
    const color = cssColor(font.color as ColorLike | undefined);
    if (color && color.toLowerCase() !== '#000000') st.color = color;
    if (typeof font.size === 'number' && font.size !== 11)
      st.fontSize = `${Math.round(Math.min(Math.max(font.size, 8), 22) * 1.2)}px`;
  }
  const al = cell.alignment;
  const h = al?.horizontal;
  if (h === 'center' || h === 'centerContinuous') st.textAlign = 'center';
  else if (h === 'right') st.textAlign = 'right';
  else if (h === 'left' || h === 'justify' || h === 'distributed' || h === 'fill') st.textAlign = 'left';
  else if (numeric) st.textAlign = 'right';
  const v = al?.vertical;
  st.verticalAlign =
    v === 'top' ? 'top' : v === 'middle' || v === 'distributed' || v === 'justify' ? 'middle' : 'bottom';
  if (al?.wrapText) st.whiteSpace = 'pre-wrap';
  const b = cell.border;
  if (b) {
    const top = borderCss(b.top);
    const right = borderCss(b.right);
    const bottom = borderCss(b.bottom);
    const left = borderCss(b.left);
    if (top) st.borderTop = top;
    if (right) st.borderRight = right;
    if (bottom) st.borderBottom = bottom;
    if (left) st.borderLeft = left;
  }
  return st;
}

function noteOf(cell: ExcelJS.Cell | undefined): string | null {
  const n = cell?.note as unknown;
  if (n === undefined || n === null) return null;
  if (typeof n === 'string') return n;
  const texts = (n as { texts?: { text?: string }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : null;
}

export function buildSheetView(
  ws: ExcelJS.Worksheet,
  grid: GridSnapshot,
  severities: Map<string, Severity>,
): SheetView {
  const text = new Map<string, { text: string; numeric: boolean }>();
  let maxRow = 0;
  let maxCol = 0;
  for (const c of grid.cells) {
    text.set(`${c.row}:${c.col}`, { text: c.text, numeric: typeof c.value === 'number' });
    if (c.row > maxRow) maxRow = c.row;
    if (c.col > maxCol) maxCol = c.col;
  }
  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of grid.merges) {
    let r;
    try {
      r = parseRange(m);
    } catch {
      continue;
    }
    spans.set(`${r.top}:${r.left}`, { rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 });
    for (let y = r.top; y <= r.bottom; y++)
      for (let x = r.left; x <= r.right; x++) if (y !== r.top || x !== r.left) covered.add(`${y}:${x}`);
    if (r.bottom > maxRow) maxRow = r.bottom;
    if (r.right > maxCol) maxCol = r.right;
  }
  maxRow = Math.max(maxRow, ws.rowCount || 0);
  maxCol = Math.max(maxCol, ws.columnCount || 0);
  // An empty sheet still shows a small grid, as Excel would.
  maxRow = Math.max(maxRow, 20);
  maxCol = Math.max(maxCol, 8);
  const rowsShown = Math.min(maxRow, MAX_ROWS);
  const colsShown = Math.min(maxCol, MAX_COLS);

  const columns = [];
  for (let c = 1; c <= colsShown; c++) {
    const col = ws.getColumn(c);
    columns.push({ col: c, name: columnName(c), widthPx: col.hidden ? 0 : widthToPx(col.width) });
  }

  const rows: RowView[] = [];
  for (let r = 1; r <= rowsShown; r++) {
    const wsRow = ws.findRow(r);
    const cells: CellView[] = [];
    for (let c = 1; c <= colsShown; c++) {
      const key = `${r}:${c}`;
      if (covered.has(key)) continue;
      const span = spans.get(key);
      const t = text.get(key);
      const cell = wsRow ? (wsRow.findCell(c) as ExcelJS.Cell | undefined) : undefined;
      const a1 = address(r, c);
      cells.push({
        a1,
        row: r,
        col: c,
        rowSpan: span ? Math.min(span.rows, rowsShown - r + 1) : 1,
        colSpan: span ? Math.min(span.cols, colsShown - c + 1) : 1,
        text: t?.text ?? '',
        numeric: t?.numeric ?? false,
        severity: severities.get(a1) ?? null,
        note: noteOf(cell),
        style: cellStyle(cell, t?.numeric ?? false),
      });
    }
    const h = wsRow?.height;
    rows.push({ row: r, heightPx: typeof h === 'number' && h > 0 ? Math.round((h * 4) / 3) : null, cells });
  }
  const truncated = maxRow > rowsShown || maxCol > colsShown ? { rows: maxRow, cols: maxCol } : null;
  return { sheet: ws.name, columns, rows, truncated };
}
