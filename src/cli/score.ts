/**
 * `jixiao score <file> [--out <file>] [--reverse ratio|linear] [--round 2|0|none]`: completion and
 * 自评 scores of every self-evaluation form; per-form totals and grades are printed. With --out, a
 * copy gets exactly the cells core's write plan (completion/write-plan.ts, the pane's 填写完成情况) lists
 * to write: each row's 得分, the 预算执行率 得分 and the total, in EMPTY cells only. The CLI has no
 * confirmation, so a filled cell — the user's score or any other text the pane would offer to
 * overwrite — is reported, never replaced; so is each reason the plan gives for not writing a cell.
 */
import { analyzeWorkbook } from '../core/analyze';
import type { FormModel } from '../core/model';
import { buildWritePlan, planPatch, typedScore, type PlanNote } from '../core/completion/write-plan';
import { checkOptionsOf, normalizeSettings } from '../core/settings-store';
import {
  DEFAULT_SCORING_OPTIONS,
  type GridSnapshot,
  type Lang,
  type ReverseScoring,
  type Rounding,
  type ScoringOptions,
} from '../core/types';
import { saveWorkbookSettings } from '../workbook/settings';
import { applyPatchToWorkbook } from '../workbook/apply-patch';
import { readWorkbookFile } from '../workbook/node';
import { readWorkbookForEdit, writeWorkbookAtomic } from '../workbook/node-write';
import { CliError, EXIT_ERRORS_FOUND, EXIT_OK } from './errors';
import { sameFile } from '../workbook/node-paths';

export type RoundOption = '2' | '0' | 'none';

export interface ScoreOptions {
  out?: string;
  /** Given on the command line: over the workbook's saved setting (the pane's), else the default. */
  reverse?: ReverseScoring;
  round?: RoundOption;
  lang: Lang;
  /** Cells one sheet may hold (the reader's cell budget). */
  maxCells?: number;
}

const ROUNDING: Record<RoundOption, Rounding> = { '2': 'two-decimals', '0': 'integer', none: 'none' };

export interface ScoreResult {
  exitCode: number;
  forms: FormModel[];
  /** The scoring used, and whether it came (at least in part) from the settings saved in the workbook. */
  scoring: ScoringOptions;
  fromSavedSettings: boolean;
  written: number;
  /** Planned cells left alone because they are filled: `score` a number the user typed, `text` anything else. */
  kept: { sheet: string; cell: string; current: string; score: string; filled: 'score' | 'text' }[];
  /** Why the plan does not write a cell (an incomplete form's total, typed scores that differ, …). */
  notes: { sheet: string; note: PlanNote }[];
}

export async function runScore(file: string, options: ScoreOptions): Promise<ScoreResult> {
  if (options.out !== undefined && options.out.trim() === '') throw new CliError('cli.output-empty');
  if (options.out && (await sameFile(options.out, file)))
    throw new CliError('cli.output-is-input', { path: options.out });
  const limits = options.maxCells ? { maxCells: options.maxCells } : {};
  const editable = options.out ? await readWorkbookForEdit(file, limits) : null;
  const snapshot = editable ? editable.snapshot : await readWorkbookFile(file, limits);
  // the scoring settings saved in the workbook (the pane's), the command line's choices over them
  const saved = snapshot.settings ? normalizeSettings(snapshot.settings) : null;
  const scoring: ScoringOptions = {
    ...(saved?.scoring ?? DEFAULT_SCORING_OPTIONS),
    ...(options.reverse !== undefined ? { reverseScoring: options.reverse } : {}),
    ...(options.round !== undefined ? { rounding: ROUNDING[options.round] } : {}),
  };
  const model = analyzeWorkbook(snapshot, {
    lang: options.lang,
    ...(saved ? checkOptionsOf(saved) : {}),
    scoring,
  });
  const forms = model.forms.filter((f) => f.layout.startsWith('self-evaluation'));
  // said only when the saved scoring is not the default and the command line did not decide both of its choices
  const fromSavedSettings =
    saved !== null &&
    !sameScoring(saved.scoring, DEFAULT_SCORING_OPTIONS) &&
    (options.reverse === undefined || options.round === undefined);
  const used = { scoring, fromSavedSettings };
  if (forms.length === 0) return { exitCode: EXIT_ERRORS_FOUND, forms, ...used, written: 0, kept: [], notes: [] };
  let written = 0;
  const kept: ScoreResult['kept'] = [];
  const notes: ScoreResult['notes'] = [];
  if (editable && options.out) {
    const snapshots = new Map<string, GridSnapshot>(editable.snapshot.sheets.map((s) => [s.sheet, s]));
    const plan = buildWritePlan(forms, snapshots, {
      statusColumn: false,
      lang: options.lang,
      rounding: scoring.rounding,
    });
    for (const f of plan.forms) {
      const left = [
        ...f.kept.map((c) => ({ c, filled: 'score' as const })),
        ...f.overwrites.map((c) => ({ c, filled: 'text' as const })),
      ];
      left.sort((a, b) => a.c.row - b.c.row || a.c.cell.localeCompare(b.c.cell));
      for (const { c, filled } of left)
        kept.push({ sheet: c.sheet, cell: c.cell, current: c.current, score: c.text, filled });
      for (const note of f.notes) notes.push({ sheet: f.sheet, note });
    }
    const patch = planPatch(plan);
    const result = applyPatchToWorkbook(editable.workbook, patch);
    // the copy says how it was scored, so the pane and a later \`jixiao check\` score it the same way
    if (!sameScoring(scoring, saved?.scoring ?? DEFAULT_SCORING_OPTIONS))
      saveWorkbookSettings(editable.workbook, { ...(saved ?? { writeStatusColumn: false }), scoring });
    written = result.written;
    // a planned cell the workbook holds something in after all (the snapshot saw it empty)
    const computed = new Map(patch.ops.map((op) => [`${op.sheet}!${op.cell}`, op.kind === 'value' ? op.text : '']));
    for (const s of result.skipped) {
      kept.push({
        ...s,
        score: computed.get(`${s.sheet}!${s.cell}`) ?? '',
        filled: typedScore(s.current) !== null ? 'score' : 'text',
      });
    }
    await writeWorkbookAtomic(editable.workbook, options.out);
  }
  return { exitCode: EXIT_OK, forms, ...used, written, kept, notes };
}

function sameScoring(a: ScoringOptions, b: ScoringOptions): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
