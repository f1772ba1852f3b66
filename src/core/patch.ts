/**
 * The sheet patch: a declarative list of what an adapter paints or writes, and where.
 * The core never touches a workbook; the office-js adapter, the in-memory workbook of the
 * preview and the CLI's copy writer all apply the same patch.
 */
import type { FormModel, WorkbookModel } from './model';
import { message } from './messages';
import type { Issue, Lang, Severity } from './types';

export type PatchOp =
  /** Fill the cell to mark a finding (adapters choose the colour by severity). */
  | { kind: 'highlight'; sheet: string; cell: string; severity: Severity }
  /** Attach a note (or show the text in the pane when the host has no notes). */
  | { kind: 'note'; sheet: string; cell: string; severity: Severity; text: string }
  /** Write a value. `onlyIfEmpty`: never replace what the user typed. */
  | {
      kind: 'value';
      sheet: string;
      cell: string;
      text: string;
      onlyIfEmpty: boolean;
      reason: 'fix' | 'score';
      /** Write this number rather than `text` (the cell then shows `text`), with `format` when set. */
      value?: number;
      format?: string;
    };

export interface SheetPatch {
  ops: PatchOp[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface PatchOptions {
  /** Paint info findings too (off by default: they are advice, not problems). */
  includeInfo?: boolean;
  lang?: Lang;
}

/** Highlights and notes for every issue placed on a cell, one op of each kind per cell. */
export function buildPatch(model: WorkbookModel | FormModel[], options: PatchOptions = {}): SheetPatch {
  const issues = Array.isArray(model) ? model.flatMap((f) => f.issues) : model.issues;
  const byCell = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (!issue.cell) continue;
    if (issue.severity === 'info' && !options.includeInfo) continue;
    const key = `${issue.sheet}!${issue.cell}`;
    const list = byCell.get(key);
    if (list) list.push(issue);
    else byCell.set(key, [issue]);
  }
  const ops: PatchOp[] = [];
  for (const list of byCell.values()) {
    list.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    const { sheet, severity } = list[0];
    const cell = list[0].cell as string; // only issues placed on a cell are collected above
    ops.push({ kind: 'highlight', sheet, cell, severity });
    const lang = options.lang ?? 'zh';
    const lines = [
      ...new Set(
        list.map((i) =>
          i.suggestion ? `${i.message}（${message('ui.suggestion', lang, { text: i.suggestion })}）` : i.message,
        ),
      ),
    ];
    ops.push({ kind: 'note', sheet, cell, severity, text: [message('ui.note-title', lang), ...lines].join('\n') });
  }
  return { ops };
}

/** The cells a patch marks: one per highlighted cell (what "标记 N 个单元格" counts). */
export function markedCells(patch: SheetPatch): number {
  const cells = new Set<string>();
  for (const op of patch.ops) if (op.kind === 'highlight') cells.add(`${op.sheet}!${op.cell}`);
  return cells.size;
}

/** The value writes of fixes: every safe fix, or the given issues' fixes whatever their safety. */
export function fixPatch(issues: Issue[], which: 'safe' | 'all' = 'safe'): SheetPatch {
  const ops: PatchOp[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    if (!issue.fix || !issue.cell) continue;
    if (which === 'safe' && issue.fix.safety !== 'safe') continue;
    const key = `${issue.sheet}!${issue.cell}`;
    if (seen.has(key)) continue; // one write per cell: the first (most severe) fix wins, re-checking offers the next
    seen.add(key);
    const { value, format } = issue.fix;
    ops.push({
      kind: 'value',
      sheet: issue.sheet,
      cell: issue.cell,
      text: issue.fix.text,
      onlyIfEmpty: false,
      reason: 'fix',
      ...(value !== undefined ? { value } : {}),
      ...(format !== undefined ? { format } : {}),
    });
  }
  return { ops };
}

// ---------------------------------------------------------------------------
// What a fixed cell holds
// ---------------------------------------------------------------------------

/** What a fix writes into a cell: the text it shows, and the number and format that show it. */
export interface CellWriteDecision {
  /** What the cell shows after the write. */
  text: string;
  /** The number to write; undefined: write `text` as text. */
  value?: number;
  /** The number format to set; undefined: keep the cell's own. */
  format?: string;
}

/** The sections of a number format outside quoted literals and [..] brackets. */
function formatCode(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
}

function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && formatCode(format.split(';')[0]).includes('%');
}

function isTextFormat(format: string | undefined): boolean {
  return format !== undefined && formatCode(format).trim() === '@';
}

function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
}

/**
 * The one decision of what a fixed cell holds, applied alike by the task pane, the preview and
 * `jixiao fix`: a fix never changes what the cell shows beyond its text.
 * - A text-formatted (@) cell, or a fix that is not a bare number or percentage: the text, as text.
 * - A percent-formatted cell: the number N (or N%) is N% — the value N/100 (九十 in a 0% cell → 0.9,
 *   shown 90%, never 9000%). The cell's own plain format is kept when it shows N unrounded (the text
 *   is then as it shows it: 95 in a 0.00% cell → 95.00%); otherwise a 0%/0.0%… format that does.
 * - "N%" in a cell without a percent format: the value N/100 with a percent format.
 * - A bare number elsewhere: the number, under General or the cell's own plain format when that shows
 *   it unrounded; any other format (dates, grouping, literals) becomes General.
 */
export function fixedCellWrite(text: string, format: string | undefined): CellWriteDecision {
  const t = text.trim();
  if (isTextFormat(format)) return { text };
  const m = /^(-?\d+(?:\.(\d+))?)(%?)$/.exec(t);
  if (!m) return { text };
  const n = Number(m[1]);
  const decimals = m[2]?.length ?? 0;
  const own = plainDecimals(format);
  if (m[3] === '%' || isPercentFormat(format)) {
    const value = Number((n / 100).toPrecision(15));
    // the cell's own percent format shows the number unrounded: keep it (95 in 0.00% shows 95.00%)
    if (own !== null && own.percent && own.decimals >= decimals) return { text: `${n.toFixed(own.decimals)}%`, value };
    return { text: `${m[1]}%`, value, format: percentFormat(decimals) };
  }
  if (format === undefined || format === '' || /^general$/i.test(format)) return { text: m[1], value: n };
  if (own !== null && !own.percent && own.decimals >= decimals) return { text: n.toFixed(own.decimals), value: n };
  return { text: m[1], value: n, format: 'General' };
}

/** A plain number format (0, 0.00, 0%, 0.0%) and its decimals; null for anything else. */
function plainDecimals(format: string | undefined): { decimals: number; percent: boolean } | null {
  if (format === undefined) return null;
  const code = formatCode(format.split(';')[0]).trim();
  const m = /^0(?:\.(0+))?(%?)$/.exec(code);
  return m ? { decimals: m[1]?.length ?? 0, percent: m[2] === '%' } : null;
}
