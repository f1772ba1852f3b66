/**
 * The completion write plan (issue #12, "completion without surprises"): before 填写完成情况 writes
 * anything, what it would write and on what basis — as data the pane renders and the user confirms.
 * `jixiao score --out` writes the same plan's `writes` (planPatch), never its overwrites.
 *
 * Per self-evaluation form:
 *  - basis: the weights the scores rest on (the 分值 as filled, or proposed ones — said which), the
 *    预算执行率 score, the total and the grade;
 *  - writes: the cells it fills — each row's 得分, the 预算执行率 得分, the total 得分 and, with the
 *    status column on, a status per row — only cells that are empty now;
 *  - overwrites: cells holding some other text of the user's (not a score of theirs) — written only
 *    when the user explicitly asks for it;
 *  - kept: score cells holding the user's own number — never written (domain.md §5);
 *  - notes: why something is not written (the total of an incomplete form, of a form whose typed
 *    scores differ from the computed ones, a cell inside a merged range).
 *
 * Pure: a form model and the grid snapshot it was read from in, the plan out.
 */
import { address, parseAddress, parseRange } from '../grid';
import { message, type MessageCode } from '../messages';
import type { FormModel } from '../model';
import type { PatchOp, SheetPatch } from '../patch';
import type { CompletionStatus, Grade, GridSnapshot, Lang, Rounding } from '../types';
import { TRAILING_SCORE_WORD } from '../glossary/name-notation';
import { roundScore, roundTotal } from './round';

/** What a planned cell is. */
export type PlannedRole = 'score' | 'budget-score' | 'total' | 'status' | 'status-header';

export interface PlannedCell {
  sheet: string;
  cell: string;
  role: PlannedRole;
  /** The indicator's 三级 name (score, status); '' for the others. */
  label: string;
  /** The indicator's row (score, status), else the cell's own row. */
  row: number;
  /** The text the cell will show. */
  text: string;
  /** The number written (scores), rather than the text. */
  value?: number;
  /** The weight the score rests on (score, budget-score), and whether it was proposed rather than filled. */
  weight?: number;
  proposed?: boolean;
  /** What the cell holds now ('' when empty). */
  current: string;
  /** A total: of the whole form, or of the indicators alone (a split form's 绩效指标 合计). */
  scope?: 'form' | 'indicators';
}

export type WeightSource =
  /** Every weight as filled in the 分值 column. */
  | 'filled'
  /** No 分值 filled: every weight is proposed. */
  | 'proposed'
  /** Some filled, the blanks proposed. */
  | 'mixed'
  /** No row has a weight (nothing can be scored). */
  | 'none';

export interface PlanWeight {
  row: number;
  label: string;
  weight: number;
  proposed: boolean;
}

export interface PlanBasis {
  weightSource: WeightSource;
  weights: PlanWeight[];
  /** Σ of the indicator weights (applicable rows). */
  weightSum: number;
  /** `proposed`: the budget row's 分值 is blank and the default weight is used. */
  budget: { rate: number | null; weight: number; proposed: boolean; score: number | null } | null;
  total: number | null;
  complete: boolean;
  grade: Grade | null;
  /** Rows still waiting for an actual. */
  pending: number;
}

export type PlanNote =
  /** The form is incomplete (actuals pending): its total is not written. */
  | { code: 'total-incomplete'; cell: string; pending: number }
  /** Scores typed by the user differ from the computed ones: the total would not be the column's sum. */
  | { code: 'total-mismatch'; cell: string; cells: string[] }
  /** The form has no total row with a 得分 cell. */
  | { code: 'no-total-cell' }
  /** A cell lies inside a merged range (not its top-left): it is not written. */
  | { code: 'merged'; cell: string };

export interface FormWritePlan {
  sheet: string;
  range: string;
  project: string | null;
  basis: PlanBasis;
  writes: PlannedCell[];
  overwrites: PlannedCell[];
  kept: PlannedCell[];
  notes: PlanNote[];
}

export interface WritePlan {
  forms: FormWritePlan[];
}

export interface WritePlanOptions {
  /** Write a status per row (and a header) in the column right of the form. */
  statusColumn: boolean;
  lang: Lang;
  /** How a sum of row scores is rounded (the scoring options'). */
  rounding?: Rounding;
}

/** The words for a completion status, as the status column and the pane's completion view show them. */
export const STATUS_MESSAGE = {
  met: 'pane.completion.status.met',
  not_met: 'pane.completion.status.not_met',
  partial: 'pane.completion.status.partial',
  pending: 'pane.completion.status.pending',
  invalid: 'pane.completion.status.invalid',
  na: 'pane.completion.status.na',
} as const satisfies Record<CompletionStatus, MessageCode>;

/** A typed score differs from the computed one by more than this (as completion.score-mismatch). */
const SCORE_TOLERANCE = 0.01 + 1e-9;

function isSelfEvaluationForm(form: FormModel): boolean {
  return form.layout === 'self-evaluation' || form.layout === 'self-evaluation-split';
}

/** The column right of a form (its range and every indicator cell), where the status column goes. */
export function statusColumn(form: FormModel): number {
  let right = parseRange(form.range).right;
  for (const i of form.indicators) {
    for (const a1 of Object.values(i.cells)) if (a1) right = Math.max(right, parseAddress(a1).col);
  }
  return right + 1;
}

/**
 * The status column an earlier fill wrote: its header (in either language) on the form's header row.
 * The form's range then takes it in, so statusColumn alone would put a second column right of it.
 */
function existingStatusColumn(form: FormModel, snapshot: GridSnapshot | undefined): number | null {
  if (form.headerRow === null || !snapshot) return null;
  const headers = new Set([message('pane.status-column.header', 'zh'), message('pane.status-column.header', 'en')]);
  const found = snapshot.cells.filter((c) => c.row === form.headerRow && headers.has(c.text.trim())).map((c) => c.col);
  return found.length > 0 ? Math.min(...found) : null;
}

/** The number a person typed as a score ("18", "18.5", "18分"), or null for anything else. */
export function typedScore(text: string): number | null {
  const t = text.replace(/\s+/gu, '').replace(TRAILING_SCORE_WORD, '');
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : null;
}

/** Looks up cell texts and merges of one snapshot. */
class Cells {
  private readonly text = new Map<string, string>();
  private readonly merges: { top: number; left: number; bottom: number; right: number }[];
  constructor(snapshot: GridSnapshot | undefined) {
    for (const c of snapshot?.cells ?? []) if (c.text !== '') this.text.set(address(c.row, c.col), c.text);
    this.merges = (snapshot?.merges ?? []).map((m) => parseRange(m));
  }
  get(a1: string): string {
    return this.text.get(a1) ?? '';
  }
  /** Inside a merged range but not its top-left cell: a write there would land elsewhere. */
  hidden(a1: string): boolean {
    const { row, col } = parseAddress(a1);
    return this.merges.some(
      (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left),
    );
  }
}

function scoreText(n: number): string {
  return String(n);
}

/** The plan of one self-evaluation form. */
export function formWritePlan(
  form: FormModel,
  snapshot: GridSnapshot | undefined,
  options: WritePlanOptions,
): FormWritePlan {
  const cells = new Cells(snapshot);
  const rounding: Rounding = options.rounding ?? 'two-decimals';
  const plan: FormWritePlan = {
    sheet: form.sheet,
    range: form.range,
    project: form.project.name,
    basis: basisOf(form),
    writes: [],
    overwrites: [],
    kept: [],
    notes: [],
  };
  const sheet = form.sheet;

  /** Sorts a candidate: written when empty, offered when it holds other text, kept when it holds the user's score. */
  const place = (candidate: Omit<PlannedCell, 'current' | 'sheet'>, kind: 'score' | 'text'): void => {
    if (cells.hidden(candidate.cell)) {
      plan.notes.push({ code: 'merged', cell: candidate.cell });
      return;
    }
    const current = cells.get(candidate.cell);
    const cell: PlannedCell = { sheet, ...candidate, current };
    if (current === '') plan.writes.push(cell);
    else if (current === candidate.text)
      return; // already there
    else if (kind === 'score' && typedScore(current) !== null) plan.kept.push(cell);
    else plan.overwrites.push(cell);
  };

  // 得分 per row
  const mismatched: string[] = [];
  for (const i of form.indicators) {
    const c = i.completion;
    const a1 = i.cells.score;
    if (!c || !a1) continue;
    const typed = typedScore(cells.get(a1));
    if (typed !== null && c.status !== 'na' && (c.score === null || Math.abs(typed - c.score) > SCORE_TOLERANCE))
      mismatched.push(a1);
    if (c.score === null) continue;
    place(
      {
        cell: a1,
        role: 'score',
        label: i.level3,
        row: i.row,
        text: scoreText(c.score),
        value: c.score,
        ...(c.weight !== null ? { weight: c.weight, proposed: c.weightProposed } : {}),
      },
      'score',
    );
  }

  // 预算执行率 得分
  const score = form.score;
  const budgetCell = score?.cells?.budgetScore ?? null;
  if (score?.budget && budgetCell) {
    const typed = typedScore(cells.get(budgetCell));
    if (typed !== null && (score.budget.score === null || Math.abs(typed - score.budget.score) > SCORE_TOLERANCE))
      mismatched.push(budgetCell);
    if (score.budget.score !== null) {
      place(
        {
          cell: budgetCell,
          role: 'budget-score',
          label: '',
          row: parseAddress(budgetCell).row,
          text: scoreText(score.budget.score),
          value: score.budget.score,
          weight: score.budget.weight,
          proposed: score.budget.weightProposed,
        },
        'score',
      );
    }
  }

  // total 得分
  const totalCell = score?.cells?.total ?? null;
  if (score && form.indicators.length > 0) {
    if (!totalCell) plan.notes.push({ code: 'no-total-cell' });
    else if (!score.complete || score.total === null)
      plan.notes.push({ code: 'total-incomplete', cell: totalCell, pending: plan.basis.pending });
    else if (mismatched.length > 0) plan.notes.push({ code: 'total-mismatch', cell: totalCell, cells: mismatched });
    else {
      const value =
        score.cells?.totalScope === 'indicators'
          ? roundTotal(
              form.indicators.reduce((s, i) => s + (i.completion?.score ?? 0), 0),
              rounding,
            )
          : score.total;
      const scope = score.cells?.totalScope ?? 'form';
      place(
        {
          cell: totalCell,
          role: 'total',
          label: '',
          row: parseAddress(totalCell).row,
          text: scoreText(value),
          value,
          scope,
        },
        'score',
      );
    }
  }

  // the status column
  if (options.statusColumn && form.indicators.length > 0) {
    const col = existingStatusColumn(form, snapshot) ?? statusColumn(form);
    if (form.headerRow !== null) {
      place(
        {
          cell: address(form.headerRow, col),
          role: 'status-header',
          label: '',
          row: form.headerRow,
          text: message('pane.status-column.header', options.lang),
        },
        'text',
      );
    }
    for (const i of form.indicators) {
      if (!i.completion?.status) continue;
      place(
        {
          cell: address(i.row, col),
          role: 'status',
          label: i.level3,
          row: i.row,
          text: message(STATUS_MESSAGE[i.completion.status], options.lang),
        },
        'text',
      );
    }
  }

  const order = (a: PlannedCell, b: PlannedCell) =>
    a.row - b.row || parseAddress(a.cell).col - parseAddress(b.cell).col;
  plan.writes.sort(order);
  plan.overwrites.sort(order);
  plan.kept.sort(order);
  return plan;
}

function basisOf(form: FormModel): PlanBasis {
  const weights: PlanWeight[] = [];
  let pending = 0;
  for (const i of form.indicators) {
    const c = i.completion;
    if (!c) continue;
    if (c.status === 'pending') pending++;
    if (c.weight === null || c.status === 'na') continue;
    weights.push({ row: i.row, label: i.level3, weight: c.weight, proposed: c.weightProposed });
  }
  const proposed = weights.filter((w) => w.proposed).length;
  const weightSource: WeightSource =
    weights.length === 0 ? 'none' : proposed === 0 ? 'filled' : proposed === weights.length ? 'proposed' : 'mixed';
  const score = form.score;
  return {
    weightSource,
    weights,
    weightSum: roundScore(
      weights.reduce((s, w) => s + w.weight, 0),
      'two-decimals',
    ),
    budget: score?.budget
      ? {
          rate: score.budget.rate,
          weight: score.budget.weight,
          proposed: score.budget.weightProposed,
          score: score.budget.score,
        }
      : null,
    total: score?.total ?? null,
    complete: score?.complete ?? false,
    grade: score?.grade ?? null,
    pending,
  };
}

/** The plan of every self-evaluation form shown, each against the snapshot of its sheet. */
export function buildWritePlan(
  forms: FormModel[],
  snapshots: Map<string, GridSnapshot>,
  options: WritePlanOptions,
): WritePlan {
  return {
    forms: forms.filter(isSelfEvaluationForm).map((form) => formWritePlan(form, snapshots.get(form.sheet), options)),
  };
}

/** Cells the plan writes: the empty ones, and — only when the user asked — the ones it would overwrite. */
export function plannedCells(plan: WritePlan, which: 'writes' | 'overwrites'): PlannedCell[] {
  return plan.forms.flatMap((f) => (which === 'writes' ? f.writes : f.overwrites));
}

/** True when the plan has nothing to write, not even on request. */
export function isEmptyPlan(plan: WritePlan): boolean {
  return plan.forms.every((f) => f.writes.length === 0 && f.overwrites.length === 0);
}

/**
 * The sheet patch of a plan's empty cells — what `jixiao score --out` writes (it has no confirmation,
 * so never the cells the plan would overwrite). Each op is `onlyIfEmpty`: a cell filled since the plan
 * was made is left alone and reported by the adapter. Scores go as numbers.
 */
export function planPatch(plan: WritePlan): SheetPatch {
  const ops: PatchOp[] = [];
  for (const c of plannedCells(plan, 'writes')) {
    ops.push({
      kind: 'value',
      sheet: c.sheet,
      cell: c.cell,
      text: c.text,
      onlyIfEmpty: true,
      reason: 'score',
      ...(c.value !== undefined ? { value: c.value } : {}),
    });
  }
  return { ops };
}
