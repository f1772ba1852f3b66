/**
 * ESLint-style rule contract of the target checker. Each rule module exports one `TargetRule`;
 * check.ts runs them in the §3.2 check order, phase by phase.
 */
import type { Finding, Op, ParsedTarget, RawValue, Severity } from '../../types';
import type { RuleMeta } from '../../rule-meta';
import type { CellReading } from '../cell';
import type { NumeralConversion } from '../chinese-numerals';
import type { NormalizedTarget } from '../normalize';
import type { WordOperator } from '../word-operators';

export interface TargetCellInput {
  value: RawValue;
  text: string;
  format?: string;
}

export interface TargetContext {
  /** The 指标值 cell. */
  cell: TargetCellInput | null;
  /** Split layout only: 指标性质 cell (undefined = not the split layout). */
  nature?: TargetCellInput | null;
  /** Split layout only: 度量单位 cell. */
  unit?: TargetCellInput | null;
  /**
   * Split layout: a 指标方向 column holds the operator (`nature` is read from it, falling back to 指标性质). Without
   * one, a filled 指标性质 (定量, 指标值类型's 定量) is the user's own entry and a fix never writes over it.
   */
  directionColumn?: boolean;
  /** Split layout: 指标值说明 text if the form has one (for missing-note). */
  note?: string | null;
  /** Canonical 一级 (产出指标/成本指标/效益指标/满意度指标) or null. */
  level1: string | null;
  /** Canonical 二级 (数量指标, 成本指标, 服务对象满意度指标 …) or null. */
  level2: string | null;
  /** 三级 name, whitespace already removed. */
  level3: string;
  /** Form year, else year of the planned end date. */
  year: number | null;
  /** Yuan: 年度资金申请总额 else 项目资金总额 (self-evaluation: 全年预算数). */
  fundsLimit: number | null;
  date1904?: boolean;
  options?: { missingUnitSeverity?: Severity; lowSatisfactionPercent?: number };
}

/** What the 指标性质 cell holds (split layout). */
export type NatureKind =
  | 'none' // not the split layout
  | 'blank'
  | 'operator' // ≥ ≤ > < =
  | 'word' // 不低于 …
  | 'polarity' // 正向 (≥) / 反向 (≤) in 指标性质: the operator when the value has none
  | 'qualitative' // 定性
  | 'other' // 定量（其他）
  | 'na' // 不适用
  | 'unknown';

export interface CheckState {
  split: boolean;
  /** The 指标值 cell as read. */
  value: CellReading;
  nature: CellReading | null;
  unit: CellReading | null;
  valueNorm: NormalizedTarget;
  natureNorm: NormalizedTarget | null;
  unitNorm: NormalizedTarget | null;
  natureKind: NatureKind;
  /** Operator of the 指标性质 cell (symbol or word). */
  natureOp: Op | null;
  /** Chinese numerals in the 指标值 cell. */
  numeral: NumeralConversion;
  /** A word operator in the 指标值 cell. */
  word: WordOperator | null;
  /** The 指标值 cell text with every safe notation fix applied (what a safe fix writes). */
  valueClean: string;
  /** The 指标值 without the trailing 度量单位 (split layout), else valueClean. */
  valueCore: string;
  /** The text parsed as the target (split: 指标性质 + 指标值 + 度量单位). */
  combined: string;
  /** The parsed target (set before the parse-phase rules run). */
  target: ParsedTarget;
  /** Range bounds in written order (before the checker orders them). */
  rawRange: { low: number; high: number } | null;
  /** The value is descriptive text with a number (target.embedded-number). */
  embedded: boolean;
  rate: boolean;
  reverse: boolean;
  cost: boolean;
  satisfaction: boolean;
  missingUnitSeverity: Severity;
  lowSatisfactionPercent: number;
}

export type RulePhase =
  /** First match stops checking (§3.2 step 1). */
  | 'gate'
  /** Recorded, fixed internally; checking continues (step 2). */
  | 'notation'
  /** Before parsing; a finding stops checking (step 3 and split-layout checks). */
  | 'pre-parse'
  /** Outcome of the grammar (step 4). */
  | 'parse'
  /** Accumulating checks (step 5). */
  | 'post';

interface RuleBase {
  meta: RuleMeta;
  /** = meta.code. */
  code: string;
  /** Default severity, = meta.severity (target.missing-unit takes it from the options). */
  severity: Severity;
  check(ctx: TargetContext, state: CheckState): readonly Finding[];
}

/** A gate: its first finding stops the check, and the rule itself says what the target then is. */
export interface GateRule extends RuleBase {
  phase: 'gate';
  /** The target recorded when this rule stops the check. */
  outcome(ctx: TargetContext, state: CheckState): ParsedTarget;
}

export interface PhaseRule extends RuleBase {
  phase: Exclude<RulePhase, 'gate'>;
}

export type TargetRule = GateRule | PhaseRule;
