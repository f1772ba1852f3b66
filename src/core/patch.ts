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
  | { kind: 'value'; sheet: string; cell: string; text: string; onlyIfEmpty: boolean; reason: 'fix' | 'score' };

export interface SheetPatch {
  ops: PatchOp[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface PatchOptions {
  /** Paint info findings too (off by default: they are advice, not problems). */
  includeInfo?: boolean;
  /** Write computed 得分 into empty score cells of self-evaluation forms. */
  fillScores?: boolean;
  lang?: Lang;
}

/** Highlights and notes for every issue placed on a cell, one op of each kind per cell. */
export function buildPatch(model: WorkbookModel | FormModel[], options: PatchOptions = {}): SheetPatch {
  const forms = Array.isArray(model) ? model : model.forms;
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
      ...new Set(list.map((i) => (i.suggestion ? `${i.message}（${message('ui.suggestion', lang, { text: i.suggestion })}）` : i.message))),
    ];
    ops.push({ kind: 'note', sheet, cell, severity, text: [message('ui.note-title', lang), ...lines].join('\n') });
  }
  if (options.fillScores) for (const op of scorePatch(forms).ops) ops.push(op); // no spread: unbounded
  return { ops };
}

/**
 * Computed 得分 written into the empty score cells of self-evaluation forms. `includeFilled`: also an
 * op for each score cell a person filled — onlyIfEmpty keeps their number, and the adapter reports the
 * cell as skipped, which `jixiao score --out` lists.
 */
export function scorePatch(forms: FormModel[], options: { includeFilled?: boolean } = {}): SheetPatch {
  const ops: PatchOp[] = [];
  for (const form of forms) {
    for (const i of form.indicators) {
      const c = i.completion;
      if (!c || c.score === null || !i.cells.score) continue;
      if (c.userScore !== null && !options.includeFilled) continue;
      ops.push({ kind: 'value', sheet: i.sheet, cell: i.cells.score, text: String(c.score), onlyIfEmpty: true, reason: 'score' });
    }
  }
  return { ops };
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
    ops.push({ kind: 'value', sheet: issue.sheet, cell: issue.cell, text: issue.fix.text, onlyIfEmpty: false, reason: 'fix' });
  }
  return { ops };
}
