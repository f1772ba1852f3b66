/**
 * Scoring (domain.md §5): weights, indicator scores, budget execution, total and grade. The findings are
 * the rules' (rules/): the `weights` phase once per form, `score` on a typed 得分, `budget` on the
 * budget-execution block.
 */
import type { CompletionStatus, Finding, Grade, ScoringOptions } from '../types';
import type { CellInput } from '../target/cell';
import { DEFAULT_SCORING_OPTIONS } from '../types';
import { readCell } from '../target/cell';
import { normalizeTarget } from '../target/normalize';
import { SCORE_GRADES } from '../glossary/completion-vocabulary';
import { LEVEL1 } from '../glossary/framework';
import { INDICATOR_WORD, TRAILING_SCORE_WORD } from '../glossary/name-notation';
import { WEIGHT_TOLERANCE } from './limits';
import { roundDecimal, roundRowScore } from './round';
import type { StatusResult } from './status';
import { runCompletionRules } from './rules';
import type { WeightProposal } from './rules';

// ---------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------

/**
 * The number in a 分值 / 得分 cell: a number (a %-formatted 10% reads 10), or text such as "5", "5分",
 * "10%". Blank, "—", "/" and anything else give null.
 */
export function cellNumber(cell: CellInput | null, date1904 = false): number | null {
  if (!cell) return null;
  const r = readCell(cell, date1904);
  if (r.error || r.isDate) return null;
  if (r.number !== null) return r.number;
  const t = normalizeTarget(r.text).text.replace(TRAILING_SCORE_WORD, '').replace(/%$/u, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  return Number(t);
}

// ---------------------------------------------------------------------------
// Weights
// ---------------------------------------------------------------------------

export interface WeightRow {
  row: number;
  level1: string | null;
  level1HeadingWeight: number | null;
  /** The row is not applicable (target or actual 不适用): it gets no weight. */
  na: boolean;
  /** The 分值 as filled in, or null when blank. */
  filled: number | null;
}

export interface WeightAssignment {
  weight: number | null;
  proposed: boolean;
  findings: Finding[];
}

export interface WeightResult {
  rows: WeightAssignment[];
  /** Form-level findings: completion.weights-sum, completion.level1-weight-mismatch. */
  findings: Finding[];
}

export interface WeightContext {
  split: boolean;
  /** The 预算执行率 weight (the funds block's 分值, else the default). */
  budgetWeight: number;
  /** The printed 总分 / 合计 分值, if any. */
  printedTotal: number | null;
}

/** The default weight of a 一级 (null for unknown 一级). */
function defaultWeight(level1: string | null, options: ScoringOptions): number | null {
  const d = options.defaultWeights;
  switch (level1) {
    case LEVEL1.output:
      return d.output;
    case LEVEL1.benefit:
      return d.benefit;
    case LEVEL1.satisfaction:
      return d.satisfaction;
    case LEVEL1.cost:
      return d.cost === 'share-output' ? null : d.cost;
    default:
      return null;
  }
}

interface Group {
  total: number | null;
  members: number[];
}

/** A group's key as a proposal names it: 产出指标 → 产出. */
function withoutIndicatorWord(key: string): string {
  return key.endsWith(INDICATOR_WORD) ? key.slice(0, -INDICATOR_WORD.length) : key;
}

/**
 * Groups the rows that share one weight budget W:
 *  - split forms without 一级 headings: all rows share 100 − the 预算执行 weight (90 by default);
 *  - otherwise one group per 一级, W = its "(N分)" heading, else the default; a 成本指标 一级 without
 *    a heading shares 产出's group when defaultWeights.cost is 'share-output'.
 */
function groupRows(rows: WeightRow[], ctx: WeightContext, options: ScoringOptions): Map<string, Group> {
  const heading = new Map<string, number>();
  for (const r of rows) {
    if (r.level1 !== null && r.level1HeadingWeight !== null && !heading.has(r.level1)) {
      heading.set(r.level1, r.level1HeadingWeight);
    }
  }
  const groups = new Map<string, Group>();
  const add = (key: string, total: number | null, index: number): void => {
    const g = groups.get(key) ?? { total, members: [] };
    g.members.push(index);
    groups.set(key, g);
  };
  if (ctx.split && heading.size === 0) {
    rows.forEach((_, i) => add('*', 100 - ctx.budgetWeight, i));
    return groups;
  }
  rows.forEach((r, i) => {
    let key = r.level1 ?? '';
    if (r.level1 === LEVEL1.cost && !heading.has(LEVEL1.cost) && options.defaultWeights.cost === 'share-output') {
      key = LEVEL1.output;
    }
    const total = r.level1 === null ? null : (heading.get(key) ?? defaultWeight(key, options));
    add(key, total, i);
  });
  return groups;
}

/** Splits `total` over n rows: each total/n rounded to 2 dp, the last row takes the remainder. */
export function splitWeight(total: number, n: number): number[] {
  if (n <= 0) return [];
  const each = roundDecimal(total / n, 2);
  const out = new Array<number>(n).fill(each);
  out[n - 1] = roundDecimal(total - each * (n - 1), 2);
  return out;
}

/**
 * Splits a whole-point `total` over n rows in whole points, for a unit that reports whole points (rounding
 * 'integer'): ⌊total/n⌋ each, the first rows one more until the total is made (50 over 3 → 17, 17, 16), so each
 * row's score rounds within its own weight and the total adds up. Null when that cannot be done (a total that is
 * not whole, or fewer points than rows): the caller splits to 2 dp instead.
 */
export function splitWholePoints(total: number, n: number): number[] | null {
  if (n <= 0 || !Number.isInteger(total) || total < n) return null;
  const base = Math.floor(total / n);
  const extra = total - base * n;
  return Array.from({ length: n }, (_, i) => (i < extra ? base + 1 : base));
}

/** Weights of all rows: filled ones as they are, blank ones proposed; plus the weight checks. */
export function assignWeights(
  rows: WeightRow[],
  ctx: WeightContext,
  options: ScoringOptions = DEFAULT_SCORING_OPTIONS,
): WeightResult {
  const out: WeightAssignment[] = rows.map((r) => ({
    weight: r.filled,
    proposed: false,
    findings: [],
  }));

  // Filled 分值 that already make up the whole form (with the 预算执行 weight, or the printed 总分):
  // the blanks are meant as they are — never propose weights over a filled column.
  const filledSum = rows.reduce((s, r) => s + (r.na ? 0 : (r.filled ?? 0)), 0);
  const complete =
    rows.some((r) => r.filled !== null) &&
    (filledSum + ctx.budgetWeight >= 100 - WEIGHT_TOLERANCE ||
      (ctx.printedTotal !== null && filledSum >= ctx.printedTotal - WEIGHT_TOLERANCE));
  const proposals: WeightProposal[] = [];
  for (const [key, group] of complete ? [] : groupRows(rows, ctx, options)) {
    if (group.total === null) continue;
    const members = group.members.filter((i) => !rows[i].na).sort((x, y) => rows[x].row - rows[y].row);
    const blanks = members.filter((i) => rows[i].filled === null);
    if (blanks.length === 0) continue;
    const filled = members.reduce((s, i) => s + (rows[i].filled ?? 0), 0);
    const remaining = group.total - filled;
    if (remaining <= WEIGHT_TOLERANCE) continue;
    const wholePoints = options.rounding === 'integer' ? splitWholePoints(remaining, blanks.length) : null;
    const shares = wholePoints ?? splitWeight(remaining, blanks.length);
    blanks.forEach((i, k) => {
      out[i].weight = shares[k];
      out[i].proposed = true;
    });
    proposals.push({ label: key === '*' ? '' : withoutIndicatorWord(key), total: roundDecimal(remaining, 2) });
  }

  // One finding per form, not one per row: "未填写分值；建议按 产出50/效益30/满意度10 分配".
  const findings = runCompletionRules({ phase: 'weights', rows, weights: ctx, proposals });
  return { rows: out, findings };
}

// ---------------------------------------------------------------------------
// Indicator score
// ---------------------------------------------------------------------------

/** The score of one row, unrounded; null when the row is not scored (pending, invalid, na, no weight). */
export function rawRowScore(
  s: StatusResult,
  weight: number | null,
  options: ScoringOptions = DEFAULT_SCORING_OPTIONS,
): number | null {
  if (weight === null) return null;
  if (s.status === 'pending' || s.status === 'invalid' || s.status === 'na') return null;
  switch (s.mode) {
    case 'positive':
      return weight * Math.min(s.ratio ?? 0, 1);
    case 'reverse': {
      if (options.reverseScoring === 'linear' && s.a !== null && s.b !== null) {
        const { a, b } = s;
        if (b <= a + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) return weight;
        if (a <= 0) return 0;
        return b < 2 * a ? (2 - b / a) * weight : 0;
      }
      return weight * Math.min(s.ratio ?? 0, 1);
    }
    case 'tier': {
      const t = options.qualitativeTiers;
      const share = s.status === 'met' ? t.met : s.status === 'partial' ? t.partial : t.notMet;
      return weight * share;
    }
    default:
      return null;
  }
}

/**
 * Checks a user-entered 得分 (never replaced) against the computed score and the 分值.
 * Only when the 分值 is filled in: a proposed weight is not on the sheet, so a typed score
 * cannot be judged against it.
 */
export function userScoreChecks(
  userScore: number | null,
  score: number | null,
  weight: number | null,
  weightFilled: boolean,
  tierStatus: CompletionStatus | null,
): Finding[] {
  if (userScore === null || weight === null || !weightFilled) return [];
  const tier = tierStatus === 'met' || tierStatus === 'partial' || tierStatus === 'not_met' ? tierStatus : null;
  return runCompletionRules({ phase: 'score', userScore, score, weight, tier });
}

// ---------------------------------------------------------------------------
// Budget execution
// ---------------------------------------------------------------------------

export interface BudgetFigures {
  initial: number | null;
  adjusted: number | null;
  executed: number | null;
  weight: number | null;
  userScore: number | null;
}

export interface BudgetScore {
  rate: number | null;
  weight: number;
  /** The 分值 of the budget row was blank: `weight` is the default (预算执行率 10 分), not the form's. */
  weightProposed: boolean;
  score: number | null;
  findings: Finding[];
}

/** 执行率 = 全年执行数 / 全年(调整后)预算数, falling back to 年初预算数; score min(rate,1) × 分值. */
export function scoreBudget(b: BudgetFigures, options: ScoringOptions = DEFAULT_SCORING_OPTIONS): BudgetScore {
  const weight = b.weight ?? options.defaultWeights.budget;
  const base = b.adjusted ?? b.initial;
  const rate = base === null || base === 0 || b.executed === null ? null : b.executed / base;
  const score = rate === null ? null : roundRowScore(Math.min(rate, 1) * weight, weight, options.rounding);
  const findings = runCompletionRules({ phase: 'budget', figures: b, base, rate, options });
  // a typed score is checked against a computed one only
  if (rate !== null) findings.push(...userScoreChecks(b.userScore, score, weight, true, null));
  return { rate, weight, weightProposed: b.weight === null, score, findings };
}

// ---------------------------------------------------------------------------
// Grade
// ---------------------------------------------------------------------------

export function gradeFor(total: number, options: ScoringOptions = DEFAULT_SCORING_OPTIONS): Grade {
  const g = options.grades;
  if (total >= g.excellent) return SCORE_GRADES.excellent;
  if (total >= g.good) return SCORE_GRADES.good;
  if (total >= g.fair) return SCORE_GRADES.fair;
  return SCORE_GRADES.poor;
}
