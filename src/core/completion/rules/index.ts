/** The completion rules, phase by phase in their order (see types.ts for the phases), and their runner. */
import type { Finding } from '../../types';
import { ambiguousPercent } from './ambiguous-percent';
import { budgetBaseFallback } from './budget-base-fallback';
import { budgetExecutionLow } from './budget-execution-low';
import { budgetNoBase } from './budget-no-base';
import { deviationReasonMissing } from './deviation-reason-missing';
import { farExceeded } from './far-exceeded';
import { invalid } from './invalid';
import { level1WeightMismatch } from './level1-weight-mismatch';
import { qualitativeActual } from './qualitative-actual';
import { scaleSuspect } from './scale-suspect';
import { scoreMismatch } from './score-mismatch';
import { scoreOutOfBand } from './score-out-of-band';
import { scoreOverWeight } from './score-over-weight';
import { unitMismatch } from './unit-mismatch';
import { weightProposed } from './weight-proposed';
import { weightsSum } from './weights-sum';
import type { CompletionPhase, CompletionRule, PhaseContext } from './types';

export const COMPLETION_RULES: readonly CompletionRule[] = [
  // reading the actual
  ambiguousPercent,
  unitMismatch,
  // judging the actual against the target (completion.invalid: also when reading it)
  scaleSuspect,
  farExceeded,
  qualitativeActual,
  invalid,
  deviationReasonMissing,
  // the weights of the form
  weightProposed,
  weightsSum,
  level1WeightMismatch,
  // a typed score
  scoreOverWeight,
  scoreOutOfBand,
  scoreMismatch,
  // budget execution
  budgetBaseFallback,
  budgetNoBase,
  budgetExecutionLow,
];

/** The phases a rule runs in. */
export function phasesOf(rule: CompletionRule): readonly CompletionPhase[] {
  return typeof rule.phase === 'string' ? [rule.phase] : rule.phase;
}

/** The phases, in the order the completion code runs them. */
export const COMPLETION_PHASES: readonly CompletionPhase[] = ['actual', 'status', 'weights', 'score', 'budget'];

/** The rules of each phase, in the order of COMPLETION_RULES. */
const BY_PHASE = new Map(
  COMPLETION_PHASES.map((p) => [p, COMPLETION_RULES.filter((r) => phasesOf(r).includes(p))] as const),
);

/** Runs the rules of the context's phase, in order; their findings, in that order. */
export function runCompletionRules<P extends CompletionPhase>(ctx: PhaseContext<P>): Finding[] {
  const out: Finding[] = [];
  for (const rule of BY_PHASE.get(ctx.phase) ?? []) {
    const found = rule.check(ctx);
    for (let i = 0; i < found.length; i++) out.push(found[i]);
  }
  return out;
}

export type { CompletionRule, CompletionPhase, PhaseContext, WeightProposal, Judgement } from './types';
