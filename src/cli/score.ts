/**
 * `jixiao score <file> [--out <file>] [--reverse ratio|linear] [--round 2|0|none]`: completion and
 * 自评 scores of every self-evaluation form; per-form totals and grades are printed. With --out, a
 * copy gets the computed 得分 in EMPTY score cells only — a filled cell is reported, never replaced.
 */
import { analyzeWorkbook } from '../core/analyze';
import type { FormModel } from '../core/model';
import { scorePatch } from '../core/patch';
import { DEFAULT_SCORING_OPTIONS, type Lang, type ReverseScoring, type Rounding } from '../core/types';
import { applyPatchToWorkbook } from '../workbook/apply-patch';
import { readWorkbookFile } from '../workbook/node';
import { readWorkbookForEdit, writeWorkbookAtomic } from '../workbook/node-write';
import { CliError, EXIT_ERRORS_FOUND, EXIT_OK } from './errors';
import { sameFile } from '../workbook/node-paths';

export type RoundOption = '2' | '0' | 'none';

export interface ScoreOptions {
  out?: string;
  reverse: ReverseScoring;
  round: RoundOption;
  lang: Lang;
  /** Cells one sheet may hold (the reader's cell budget). */
  maxCells?: number;
}

const ROUNDING: Record<RoundOption, Rounding> = { '2': 'two-decimals', '0': 'integer', none: 'none' };

export interface ScoreResult {
  exitCode: number;
  forms: FormModel[];
  written: number;
  kept: { sheet: string; cell: string; current: string; score: string }[];
}

export async function runScore(file: string, options: ScoreOptions): Promise<ScoreResult> {
  if (options.out !== undefined && options.out.trim() === '') throw new CliError('cli.output-empty');
  if (options.out && (await sameFile(options.out, file))) throw new CliError('cli.output-is-input', { path: options.out });
  const limits = options.maxCells ? { maxCells: options.maxCells } : {};
  const scoring = { ...DEFAULT_SCORING_OPTIONS, reverseScoring: options.reverse, rounding: ROUNDING[options.round] };
  const editable = options.out ? await readWorkbookForEdit(file, limits) : null;
  const snapshot = editable ? editable.snapshot : await readWorkbookFile(file, limits);
  const model = analyzeWorkbook(snapshot, { lang: options.lang, scoring });
  const forms = model.forms.filter((f) => f.layout.startsWith('self-evaluation'));
  if (forms.length === 0) return { exitCode: EXIT_ERRORS_FOUND, forms, written: 0, kept: [] };
  let written = 0;
  const kept: ScoreResult['kept'] = [];
  if (editable && options.out) {
    const patch = scorePatch(forms, { includeFilled: true });
    const result = applyPatchToWorkbook(editable.workbook, patch);
    written = result.written;
    const computed = new Map(patch.ops.map((op) => [`${op.sheet}!${op.cell}`, op.kind === 'value' ? op.text : '']));
    for (const s of result.skipped) kept.push({ ...s, score: computed.get(`${s.sheet}!${s.cell}`) ?? '' });
    await writeWorkbookAtomic(editable.workbook, options.out);
  }
  return { exitCode: EXIT_OK, forms, written, kept };
}
