/**
 * Completion and scoring of a self-evaluation table (domain.md §4, §5).
 *
 * scoreForm takes the indicator rows as the reader and the target module give them (the target
 * already parsed and classified) and returns, per row, the actual as read, the completion status,
 * ratio, weight and score, plus the budget-execution score, the total and the grade.
 */
import type { Completion, Finding, Grade, ParsedTarget, RawValue, ScoringOptions } from '../types';
import { DEFAULT_SCORING_OPTIONS } from '../types';
import { readActual } from './actual';
import { evaluateStatus } from './status';
import type { StatusResult } from './status';
import { assignWeights, cellNumber, gradeFor, rawRowScore, scoreBudget, userScoreChecks } from './score';
import type { WeightRow } from './score';
import { roundRowScore, roundScore, roundTotal } from './round';

export { roundScore } from './round';
export { gradeFor } from './score';
export { readActual, unitsAgree } from './actual';
export { evaluateStatus, classifyText, targetWords, quantityRatio, rangeRatio } from './status';
export type { StatusResult } from './status';
export { assignWeights, splitWeight, splitWholePoints, scoreBudget, cellNumber } from './score';
export type { WeightRow } from './score';

export interface CellInput {
  value: RawValue;
  text: string;
  format?: string;
}

export interface CompletionRowInput {
  row: number;
  /** Canonical 一级 (inferred), or null. */
  level1: string | null;
  /** Canonical 二级, or null. */
  level2: string | null;
  level3: string;
  /** N from "产出指标(50分)". */
  level1HeadingWeight: number | null;
  /** As checked by the target module (kind 'na' for 不适用). */
  target: ParsedTarget;
  reverse: boolean;
  cost: boolean;
  /** A rate indicator (the target module's classification); a % target over 100 then cannot be judged. */
  rate?: boolean;
  /** 实际完成值 / 完成值 cell (null when blank). */
  actual: CellInput | null;
  /** Split layout 度量单位 text. */
  unitColumn: string | null;
  /** 偏差原因 / 未完成原因分析 text ('' when blank). */
  reason: string;
  /** 分值 / 权重 cell. */
  weight: CellInput | null;
  /** 得分 cell. */
  score: CellInput | null;
}

export interface BudgetInput {
  /** Yuan or as written; only ratios matter. */
  initial: number | null;
  adjusted: number | null;
  executed: number | null;
  /** The funds block's 分值 (null → default 10). */
  weight: number | null;
  /** The funds block's 得分 if typed. */
  userScore: number | null;
}

export interface RowOutcome {
  row: number;
  completion: Completion;
  actual: ParsedTarget | null;
  findings: Finding[];
}

export interface FormScore {
  rows: RowOutcome[];
  budget: {
    rate: number | null;
    weight: number;
    weightProposed: boolean;
    score: number | null;
    findings: Finding[];
  } | null;
  total: number | null;
  complete: boolean;
  grade: Grade | null;
  /** Form-level: weights-sum, level1-weight-mismatch. */
  findings: Finding[];
}

export interface ScoreFormInput {
  rows: CompletionRowInput[];
  budget: BudgetInput | null;
  split: boolean;
  printedTotal: number | null;
  year?: number | null;
  date1904?: boolean;
}

/** Status of one row without scoring (for declaration checks or previews). */
function evaluateRow(
  row: CompletionRowInput,
  ctx: { year?: number | null; date1904?: boolean } = {},
  options: ScoringOptions = DEFAULT_SCORING_OPTIONS,
): { status: StatusResult; actual: ParsedTarget | null } {
  const actual = readActual(row.actual, {
    target: row.target,
    unitColumn: row.unitColumn,
    year: ctx.year ?? null,
    date1904: ctx.date1904,
  });
  const status = evaluateStatus(
    row.target,
    actual,
    { reverse: row.reverse, cost: row.cost, reason: row.reason, rate: row.rate },
    options,
  );
  return { status, actual: actual.parsed };
}

export function scoreForm(input: ScoreFormInput, options: ScoringOptions = DEFAULT_SCORING_OPTIONS): FormScore {
  const date1904 = input.date1904 ?? false;
  const evaluated = input.rows.map((row) => evaluateRow(row, { year: input.year, date1904 }, options));

  const weightRows: WeightRow[] = input.rows.map((row, i) => ({
    row: row.row,
    level1: row.level1,
    level1HeadingWeight: row.level1HeadingWeight,
    na: evaluated[i].status.status === 'na',
    filled: cellNumber(row.weight, date1904),
  }));
  const budgetWeight = input.budget?.weight ?? options.defaultWeights.budget;
  const weights = assignWeights(
    weightRows,
    { split: input.split, budgetWeight, printedTotal: input.printedTotal },
    options,
  );

  const rows: RowOutcome[] = input.rows.map((row, i) => {
    const { status, actual } = evaluated[i];
    const w = weights.rows[i];
    const raw = rawRowScore(status, w.weight, options);
    const score = raw === null || w.weight === null ? null : roundRowScore(raw, w.weight, options.rounding);
    const userScore = cellNumber(row.score, date1904);
    const findings: Finding[] = [
      ...status.findings,
      ...w.findings,
      ...userScoreChecks(
        userScore,
        score,
        w.weight,
        weightRows[i].filled !== null,
        status.mode === 'tier' ? status.status : null,
      ),
    ];
    const completion: Completion = {
      status: status.status,
      ratio: status.ratio,
      weight: w.weight,
      weightProposed: w.proposed,
      score,
      userScore,
    };
    return { row: row.row, completion, actual, findings };
  });

  const budget = input.budget ? scoreBudget(input.budget, options) : null;

  const scored = rows.filter((r) => r.completion.score !== null);
  let total: number | null = null;
  if (scored.length > 0 || (budget && budget.score !== null)) {
    const sum = scored.reduce((s, r) => s + (r.completion.score as number), 0) + (budget?.score ?? 0);
    if (options.rescaleNotApplicable) {
      const applicable =
        rows.reduce(
          (s, r) => s + (r.completion.status !== 'na' && r.completion.weight !== null ? r.completion.weight : 0),
          0,
        ) + (budget && budget.score !== null ? budget.weight : 0);
      total = applicable > 0 ? roundScore((sum / applicable) * 100, options.rounding) : null;
    } else {
      total = roundTotal(sum, options.rounding);
    }
  }
  const complete =
    !rows.some((r) => r.completion.status === 'pending') && !(input.budget !== null && input.budget.executed === null);
  const grade = complete && total !== null ? gradeFor(total, options) : null;

  return { rows, budget, total, complete, grade, findings: weights.findings };
}
