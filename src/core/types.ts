/**
 * Shared types of the pure core. No Office, DOM or Node imports anywhere under src/core.
 *
 * Rows and columns are 1-based everywhere, as Excel shows them.
 */

export type Severity = 'error' | 'warning' | 'info';
export type Verdict = 'ok' | 'warning' | 'error';
/** Comparison operator, always in ASCII form. */
export type Op = '>=' | '<=' | '>' | '<' | '=';

// ---------------------------------------------------------------------------
// Grid snapshot: what an adapter (office-js, exceljs, the browser preview) hands the core.
// ---------------------------------------------------------------------------

/** An Excel error value such as #N/A or #DIV/0!. */
export interface ErrorValue {
  error: string;
}

/**
 * The raw value of a cell. Dates are Excel serial numbers (as office-js gives them);
 * the cell's number format tells that it is a date. Formulas give their cached result.
 */
export type RawValue = null | string | number | boolean | ErrorValue;

export interface GridCell {
  row: number;
  col: number;
  value: RawValue;
  /** The text exactly as Excel displays it (through the number format). */
  text: string;
  /** The number format code, e.g. "0%", "#,##0", "\"≥\"0\"期\"", "General". */
  format?: string;
}

/** One worksheet, as plain data (serialisable: it crosses worker and iframe boundaries). */
export interface GridSnapshot {
  sheet: string;
  /** Non-empty cells only, in any order. Cells inside a merged range other than its top-left are omitted or empty. */
  cells: GridCell[];
  /** Merged ranges in A1 notation, e.g. "A13:A37". */
  merges: string[];
  /** The workbook uses the 1904 date system. */
  date1904?: boolean;
}

export interface WorkbookSnapshot {
  sheets: GridSnapshot[];
}

// ---------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------

/** Which cell of the indicator row a fix writes to. */
export type FixTarget = 'value' | 'nature' | 'unit' | 'level1' | 'level2' | 'weight' | 'score';

export interface Fix {
  /** The text the fix writes into the cell. */
  text: string;
  /** safe: only notation changes, may be applied in bulk. confirm: meaning changes, the user must approve. */
  safety: 'safe' | 'confirm';
  /** Which cell of the row; defaults to the target value cell. */
  cell?: FixTarget;
  /**
   * The number the fixed cell holds when `text` is a number (decided once, in core: fixedCellWrite),
   * and the number format to give the cell when its own would not show `text`. Unset: write `text` as text.
   */
  value?: number;
  format?: string;
}

/** A finding before it is placed on a sheet. The message comes from the catalog by code + params. */
export interface Finding {
  code: string;
  severity: Severity;
  params?: Record<string, string | number>;
  fix?: Fix;
}

/**
 * What a check returns when it finds nothing: one shared, frozen empty list. Rules run on every row of every table
 * (dozens per row), so a fresh `[]` from each is most of what checking a clean row allocates.
 */
export const NO_FINDINGS: readonly never[] = Object.freeze([]);

/** A finding placed on a sheet, with its message rendered in the chosen language. */
export interface Issue {
  code: string;
  severity: Severity;
  sheet: string;
  /** A1 address, or null when the finding is about the whole file/sheet. */
  cell: string | null;
  row: number | null;
  message: string;
  /** The fixed text a one-click fix would write, or null. */
  suggestion: string | null;
  fix: Fix | null;
  params?: Record<string, string | number>;
}

// ---------------------------------------------------------------------------
// Targets (指标目标值) — parsed by src/core/target
// ---------------------------------------------------------------------------

export type TargetKind = 'quantitative' | 'qualitative' | 'date' | 'range' | 'na' | 'empty' | 'invalid';

export interface DateTarget {
  /** ISO date yyyy-mm-dd of the deadline (end of the period for a period). */
  end: string;
  /** ISO start date for a period (date sep date). */
  start?: string;
  /** '<=' a deadline (bare date, 前/内), '>=' for 后/以后. */
  op: '<=' | '>=';
}

export interface ParsedTarget {
  kind: TargetKind;
  /** The value after normalisation (NFKC, whitespace, operators mapped to ≥ ≤). */
  normalized: string;
  /** Operator of a quantity; null when none was written. */
  op: Op | null;
  /** The value with the multiplier applied ("≥29万" → 290000); for % the percentage points (95). */
  value: number | null;
  /** The number as written, before the multiplier ("≥29万" → 29). */
  writtenNumber: number | null;
  /** 1, 1e3 (千), 1e4 (万) or 1e8 (亿). */
  multiplier: number;
  /** Base unit with the multiplier removed: "" for 万, "元" for 万元, "%" for percent. */
  unit: string;
  /** Multiplier + unit as written: "万", "万元", "%", "个". */
  displayUnit: string;
  /** Where the unit came from: the cell itself, the 度量单位 column, a bracket in the 三级 name, or nowhere. */
  unitSource: 'cell' | 'unit-column' | 'name' | 'none';
  /** For kind 'range': bounds in base units (multiplier applied). */
  range?: { low: number; high: number };
  /** For kind 'date'. */
  date?: DateTarget;
  /** For kind 'qualitative': the normalised text. */
  text?: string;
}

// ---------------------------------------------------------------------------
// Completion (实际完成值) — src/core/completion
// ---------------------------------------------------------------------------

export type CompletionStatus = 'met' | 'not_met' | 'partial' | 'pending' | 'invalid' | 'na';

export interface Completion {
  status: CompletionStatus;
  /** Completion ratio, not capped; null for date/qualitative/pending/invalid. */
  ratio: number | null;
  /** The 分值 used: as filled in, or proposed; null when none. */
  weight: number | null;
  /** True when the weight was proposed by the engine (the 分值 cell is blank). */
  weightProposed: boolean;
  /** The computed 得分 (rounded per options), null when not scored. */
  score: number | null;
  /** The 得分 the user typed, if any. */
  userScore: number | null;
}

export type ReverseScoring = 'ratio' | 'linear';
export type Rounding = 'two-decimals' | 'integer' | 'none';

export interface ScoringOptions {
  /** ratio: w × min(A/B, 1) (central 自评表 note); linear: vendor rule. */
  reverseScoring: ReverseScoring;
  rounding: Rounding;
  /** Score share of each qualitative tier, as a fraction of the weight. */
  qualitativeTiers: { met: number; partial: number; notMet: number };
  /** Default weights of the 一级 and of 预算执行率. */
  defaultWeights: {
    budget: number;
    output: number;
    benefit: number;
    satisfaction: number;
    cost: number | 'share-output';
  };
  /** Total = Σscore / Σapplicable weight × 100. */
  rescaleNotApplicable: boolean;
  /** Grade bands (lower bounds). */
  grades: { excellent: number; good: number; fair: number };
  /** Ratio at or above which a ≥/= row gets completion.far-exceeded. */
  farExceededRatio: number;
  /** 执行率 below this gives completion.budget-execution-low. */
  lowExecutionRate: number;
}

export const DEFAULT_SCORING_OPTIONS: ScoringOptions = {
  reverseScoring: 'ratio',
  rounding: 'two-decimals',
  qualitativeTiers: { met: 1, partial: 0.7, notMet: 0 },
  defaultWeights: { budget: 10, output: 50, benefit: 30, satisfaction: 10, cost: 'share-output' },
  rescaleNotApplicable: false,
  grades: { excellent: 90, good: 80, fair: 60 },
  farExceededRatio: 1.2,
  lowExecutionRate: 0.9,
};

export type Grade = '优' | '良' | '中' | '差';

// ---------------------------------------------------------------------------
// Check options
// ---------------------------------------------------------------------------

export type Lang = 'zh' | 'en';

export interface CheckOptions {
  lang: Lang;
  scoring: ScoringOptions;
  /** 投入/过程/决策指标 are unknown 一级 by default. */
  acceptEvaluationLevel1: boolean;
  /** Severity of target.missing-unit (warning by default; some systems make it an error). */
  missingUnitSeverity: Severity;
  /** A 满意度 target below this percentage gives target.low-satisfaction. */
  lowSatisfactionPercent: number;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = {
  lang: 'zh',
  scoring: DEFAULT_SCORING_OPTIONS,
  acceptEvaluationLevel1: false,
  missingUnitSeverity: 'warning',
  lowSatisfactionPercent: 80,
};
