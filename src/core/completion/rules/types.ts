/**
 * ESLint-style rule contract of the completion findings (domain.md §4, §5). Each rule module exports one
 * `CompletionRule`; the completion code runs COMPLETION_RULES (rules/index.ts) phase by phase, in order,
 * through runCompletionRules (rules/index.ts):
 *   - `actual`: per row, on the actual as read against the target (readActual);
 *   - `status`: per row, on the completion status the actual gives (evaluateStatus); the findings of the
 *     `actual` phase come first, except on a row that is not applicable;
 *   - `weights`: once per form, on the 分值 as filled in and the weights proposed for the blanks (assignWeights);
 *   - `score`: on a 得分 the user typed, where the 分值 is filled in — per row, and for the budget-execution
 *     block (userScoreChecks);
 *   - `budget`: once per form, on the budget-execution block (scoreBudget).
 * A rule runs in one phase, except completion.invalid: an actual can be unreadable as read (an Excel
 * error, a range) or as judged (no verdict from its words, a number against a qualitative target).
 */
import type { CompletionStatus, Finding, Op, ParsedTarget, ScoringOptions, Severity } from '../../types';
import type { RuleMeta } from '../../rule-meta';
import type { ActualReading } from '../actual';
import type { StatusRow } from '../status';
import type { BudgetFigures, WeightContext, WeightRow } from '../score';
import type { Tier } from '../limits';

export type CompletionPhase = 'actual' | 'status' | 'weights' | 'score' | 'budget';

export interface ActualRuleContext {
  phase: 'actual';
  /** The row's target, as the target module checked it. */
  target: ParsedTarget;
  /** The actual as read (its findings not yet set). */
  reading: ActualReading;
}

/**
 * How the actual was judged against the target:
 *   none — not applicable, or the actual is blank (pending);
 *   unreadable — the actual could not be read, or its unit is not the target's (the reading says why);
 *   target-over-100 — a rate's % target above 100: the target's own finding explains it, nothing is compared;
 *   numeric — a number against a quantity or a range (ratio and op set);
 *   date — a date against a date target;
 *   graded — a grade of the target's own scale (优/良/中/差 …);
 *   text — words judged by the §4 text rules (status invalid when they give no verdict);
 *   mismatch — an actual of a kind the target cannot be compared with (a number against a qualitative target …);
 *   as-target — written exactly as a malformed target: reached;
 *   incomparable — the target is malformed and the actual is not text.
 */
export type Judgement =
  | 'none'
  | 'unreadable'
  | 'target-over-100'
  | 'numeric'
  | 'date'
  | 'graded'
  | 'text'
  | 'mismatch'
  | 'as-target'
  | 'incomparable';

export interface StatusRuleContext {
  phase: 'status';
  target: ParsedTarget;
  actual: ActualReading;
  row: StatusRow;
  options: ScoringOptions;
  judged: Judgement;
  status: CompletionStatus;
  /** Uncapped completion ratio (numeric only). */
  ratio: number | null;
  /** The operator the comparison used (numeric, single-valued targets only). */
  op: Op | null;
}

/** A proposed share of the weights: the 一级's short name ('' for the whole form) and the points it shares. */
export interface WeightProposal {
  label: string;
  total: number;
}

export interface WeightsRuleContext {
  phase: 'weights';
  rows: readonly WeightRow[];
  weights: WeightContext;
  /** Weights proposed for the blank 分值, one per group that has blanks. */
  proposals: readonly WeightProposal[];
}

/** A typed 得分 whose 分值 is filled in. */
export interface ScoreRuleContext {
  phase: 'score';
  userScore: number;
  /** The computed score (rounded), null when the row is not scored. */
  score: number | null;
  weight: number;
  /** The tier of a row scored by tiers (qualitative, dates), else null. */
  tier: Tier | null;
}

export interface BudgetRuleContext {
  phase: 'budget';
  figures: BudgetFigures;
  /** The base of the rate: 全年(调整后)预算数, else 年初预算数; null when neither is filled. */
  base: number | null;
  /** 执行率 = 全年执行数 / base; null when it cannot be computed. */
  rate: number | null;
  options: ScoringOptions;
}

export type CompletionRuleContext =
  ActualRuleContext | StatusRuleContext | WeightsRuleContext | ScoreRuleContext | BudgetRuleContext;

/** The context of the rules of phase P. */
export type PhaseContext<P extends CompletionPhase> = CompletionRuleContext & { phase: P };

export interface CompletionRule<P extends CompletionPhase = CompletionPhase> {
  meta: RuleMeta;
  /** = meta.code. */
  code: string;
  /** = meta.severity. */
  severity: Severity;
  /** The phase the rule runs in; completion.invalid runs in two. */
  phase: P | readonly P[];
  check(ctx: PhaseContext<P>): Finding[];
}
