/**
 * The completion family of the shared rule tester (test/helpers/rule-tester.ts). A case is a small
 * self-evaluation: one or more indicator rows (target text, actual, 分值, 得分, 偏差原因 …), optionally the
 * budget-execution block, run as the engine runs it — each target through the target module's checkTarget
 * (which also classifies the row: rate, reverse, cost), then the whole form through scoreForm. The findings
 * are the completion findings of every row (each with its row; rows are numbered from 14), then the
 * budget block's, then the form's (no row), each with the cell it is placed on. Target findings are not completion findings and are left out.
 *
 * A one-row case is a whole form: its 分值 defaults to 90 (with the budget block's default 10, the form
 * adds up to 100, so no weight finding shows unless the case asks for one). In a case of several rows
 * (`rows`) every 分值 defaults to blank.
 */
import { scoreForm } from '../../../src/core/completion';
import type {
  BudgetInput,
  CellInput,
  CompletionRowInput,
  FormScore,
  ScoreFormInput,
} from '../../../src/core/completion';
import { COMPLETION_RULES, phasesOf } from '../../../src/core/completion/rules';
import type { ExampleCell, RuleExample } from '../../../src/core/rule-docs';
import { checkTarget } from '../../../src/core/target/check';
import type { TargetContext } from '../../../src/core/target/check';
import type { ScoringOptions } from '../../../src/core/types';
import { DEFAULT_SCORING_OPTIONS } from '../../../src/core/types';
import { fixCell } from '../../../src/core/form/cells';
import { type ExpectedFinding, type ReportedFinding, ROW_CELLS, ruleTesterFor } from '../../helpers/rule-tester';

/** A cell: text (a string cell), a typed number, or a cell as read (value, text, format). */
export type CellSpec = string | number | CellInput | null;

export interface RowSpec {
  /** The 指标值 text (default "≥200个"). */
  target?: string;
  /** The 实际完成值 (default blank). */
  actual?: CellSpec;
  /** 分值 (one-row case: default 90; several rows: default blank). */
  weight?: CellSpec;
  /** 得分 typed by the user (default blank). */
  score?: CellSpec;
  /** 偏差原因 (default blank). */
  reason?: string;
  /** Split layout: the 度量单位 text (read by the target check and the actual). */
  unit?: string;
  /** 一级 / 二级 / 三级 (default 产出指标 / 数量指标 / 服务人数). */
  level1?: string;
  level2?: string;
  level3?: string;
  /** N of the 一级 heading "产出指标(N分)". */
  heading?: number;
}

export interface CompletionCase extends RowSpec {
  /** Several rows; when given, the case's own row fields are not used. */
  rows?: RowSpec[];
  /** The budget-execution block (absent: the form has none). */
  budget?: Partial<BudgetInput>;
  split?: boolean;
  /** The printed 总分 under the table. */
  printedTotal?: number;
  options?: Partial<ScoringOptions>;
}

export interface CompletionInvalidCase extends CompletionCase, ExpectedFinding {
  /** The row of the finding the case states (default: the first finding of the rule, or the one with its params). */
  row?: number;
}

const FIRST_ROW = 14;
const YEAR = 2021;

function cellOf(spec: CellSpec | undefined): CellInput | null {
  if (spec === undefined || spec === null || spec === '') return null;
  if (typeof spec === 'string') return { value: spec, text: spec };
  if (typeof spec === 'number') return { value: spec, text: String(spec), format: 'General' };
  return spec;
}

function rowsOf(c: CompletionCase): RowSpec[] {
  return c.rows ?? [{ ...c, weight: c.weight === undefined ? 90 : c.weight }];
}

function rowInput(r: RowSpec, i: number): CompletionRowInput {
  const level1 = r.level1 ?? '产出指标';
  const level2 = r.level2 ?? '数量指标';
  const level3 = r.level3 ?? '服务人数';
  const text = r.target ?? '≥200个';
  const ctx: TargetContext = {
    cell: { value: text, text },
    level1,
    level2,
    level3,
    year: YEAR,
    fundsLimit: null,
    ...(r.unit !== undefined ? { nature: null, unit: { value: r.unit, text: r.unit } } : {}),
  };
  const check = checkTarget(ctx);
  return {
    row: FIRST_ROW + i,
    level1,
    level2,
    level3,
    level1HeadingWeight: r.heading ?? null,
    target: check.target,
    reverse: check.reverse,
    cost: check.cost,
    rate: check.rate,
    actual: cellOf(r.actual),
    unitColumn: r.unit ?? null,
    reason: r.reason ?? '',
    weight: cellOf(r.weight),
    score: cellOf(r.score),
  };
}

export function inputOf(c: CompletionCase): ScoreFormInput {
  const rows = rowsOf(c);
  return {
    rows: rows.map(rowInput),
    budget: c.budget
      ? { initial: null, adjusted: null, executed: null, weight: null, userScore: null, ...c.budget }
      : null,
    split: c.split ?? false,
    printedTotal: c.printedTotal ?? null,
    year: YEAR,
  };
}

/** The last case run, for stoppedBefore (the harness asks it right after findingsFor, in the same test). */
let last: { input: ScoreFormInput; result: FormScore } | null = null;

export function findingsFor(c: CompletionCase): ReportedFinding[] {
  const input = inputOf(c);
  const result = scoreForm(input, { ...DEFAULT_SCORING_OPTIONS, ...c.options });
  last = { input, result };
  // each on the cell the engine places it on (analyze.ts): a row's on its fix's cell, else its 实际完成值;
  // the budget block's on the block, the form's on its total
  return [
    ...result.rows.flatMap((r) =>
      r.findings.map((f) => ({ ...f, row: r.row, cell: fixCell(f.fix?.cell, ROW_CELLS) ?? ROW_CELLS.actual })),
    ),
    ...(result.budget?.findings ?? []).map((f) => ({ ...f, cell: 'budget' })),
    ...result.findings.map((f) => ({ ...f, cell: 'total' })),
  ];
}

function show(spec: CellSpec | undefined): string {
  if (spec === undefined || spec === null) return '∅';
  if (typeof spec === 'object') return `${JSON.stringify(spec.value)}(${spec.format ?? 'text'})`;
  return JSON.stringify(spec);
}

function rowLabel(r: RowSpec): string {
  const parts = [`${r.target ?? '≥200个'} ← ${show(r.actual)}`];
  if (r.unit !== undefined) parts.push(`单位=${r.unit}`);
  if (r.weight !== undefined) parts.push(`分值=${show(r.weight)}`);
  if (r.score !== undefined) parts.push(`得分=${show(r.score)}`);
  if (r.reason) parts.push(`原因=${r.reason}`);
  if (r.level1 || r.level2 || r.level3) parts.push([r.level1, r.level2, r.level3].filter(Boolean).join('/'));
  if (r.heading !== undefined) parts.push(`(${r.heading}分)`);
  return parts.join(' ');
}

function label(c: CompletionCase): string {
  const parts = [c.rows ? c.rows.map(rowLabel).join(' / ') || 'no rows' : rowLabel(c)];
  if (c.budget) parts.push(`budget ${JSON.stringify(c.budget)}`);
  if (c.split) parts.push('split');
  if (c.printedTotal !== undefined) parts.push(`总分=${c.printedTotal}`);
  if (c.options) parts.push(`options ${JSON.stringify(c.options)}`);
  return parts.join(' · ');
}

/** A cell as the user sees it: its text (a typed number as Excel shows it). */
function seen(spec: CellSpec | undefined): string {
  if (spec === undefined || spec === null) return '';
  if (typeof spec === 'object') return spec.text;
  return String(spec);
}

/** One indicator row as its cells: 指标值 (and 度量单位), 实际完成值, 分值, 得分, 偏差原因 — those the case fills in. */
function rowCells(r: RowSpec, oneRow: boolean): ExampleCell[] {
  const cells: ExampleCell[] = [{ label: '指标值', text: r.target ?? '≥200个' }];
  if (r.unit !== undefined) cells.push({ label: '度量单位', text: r.unit });
  cells.push({ label: '实际完成值', text: seen(r.actual) });
  // a one-row case is a whole form: its 分值 (90 unless the case says otherwise) is always shown
  const weight = oneRow && r.weight === undefined ? 90 : r.weight;
  if (weight !== undefined) cells.push({ label: '分值', text: seen(weight) });
  if (r.score !== undefined) cells.push({ label: '得分', text: seen(r.score) });
  if (r.reason) cells.push({ label: '偏差原因', text: r.reason });
  return cells;
}

/** The indicator of a row: 一级 (with its heading's 分), 二级, 三级. */
function levels(r: RowSpec): [string, string, string] {
  const level1 = `${r.level1 ?? '产出指标'}${r.heading !== undefined ? `(${r.heading}分)` : ''}`;
  return [level1, r.level2 ?? '数量指标', r.level3 ?? '服务人数'];
}

const setsLevels = (r: RowSpec) =>
  r.level1 !== undefined || r.level2 !== undefined || r.level3 !== undefined || r.heading !== undefined;

const BUDGET_LABELS: Array<[keyof BudgetInput, string]> = [
  ['initial', '年初预算'],
  ['adjusted', '调整后预算数'],
  ['executed', '预算执行数'],
  ['weight', '分值'],
  ['userScore', '得分'],
];

/**
 * The case for the rule's documentation, as the self-evaluation shows it: each indicator row's cells
 * (in a one-row case the indicator, when the case sets it, in `where`), the budget-execution block's cells, the printed
 * 总分; a scoring option the case changes is said in `where`.
 */
function example(c: CompletionCase): RuleExample {
  const where: string[] = [];
  // several rows: each row starts with its 一级, 二级, 三级 cells; one row: its indicator in `where`
  const out: ExampleCell[][] = c.rows
    ? c.rows.map((r) => [...levels(r).map((text) => ({ label: null, text })), ...rowCells(r, false)])
    : [rowCells(c, true)];
  if (!c.rows && setsLevels(c)) where.push(levels(c).join('／'));
  if (c.budget) {
    const budget: ExampleCell[] = [{ label: null, text: '预算执行情况' }];
    for (const [key, name] of BUDGET_LABELS) {
      const v = c.budget[key];
      if (v !== undefined) budget.push({ label: name, text: v === null ? '' : String(v) });
    }
    out.push(budget);
  }
  if (c.printedTotal !== undefined) out.push([{ label: '总分', text: String(c.printedTotal) }]);
  // a form without the budget block still counts its default 10 in the weights' total: said where 分值 are written
  const weighed = c.rows ? c.rows.some((r) => r.weight !== undefined) : c.weight !== undefined;
  if (!c.budget && weighed) where.push('无预算执行情况（按10分计）');
  if (c.split) where.push('指标值与度量单位分列');
  if (c.options?.farExceededRatio !== undefined) where.push(`超额阈值${Math.round(c.options.farExceededRatio * 100)}%`);
  if (c.options?.lowExecutionRate !== undefined)
    where.push(`执行率下限${Math.round(c.options.lowExecutionRate * 100)}%`);
  const ex: RuleExample = { rows: out.length > 0 ? out : [[{ label: null, text: '' }]] };
  if (where.length > 0) ex.where = where.join('；');
  return ex;
}

/**
 * Does the case reach the rule? A rule that finds nothing because the case never gets to it (a blank
 * actual, a form without a budget block, no typed score …) proves nothing: the valid case must give the
 * rule something to look at. Says what kept the rule from running, or null.
 */
function notReached(code: string): string | null {
  if (!last) return 'no case was run';
  const { input, result } = last;
  const budget = result.budget;
  const rule = COMPLETION_RULES.find((r) => r.code === code);
  const phases = rule ? phasesOf(rule) : [];
  if (code === 'completion.scale-suspect' || code === 'completion.far-exceeded') {
    return result.rows.some((r) => r.completion.ratio !== null) ? null : 'no actual was compared as a number';
  }
  if (code === 'completion.budget-execution-low') {
    return budget !== null && budget.rate !== null ? null : 'no budget execution rate';
  }
  if (phases.includes('actual') || phases.includes('status')) {
    const judged = result.rows.some((r) => r.completion.status !== 'pending' && r.completion.status !== 'na');
    return judged ? null : 'no row was judged (every actual blank or not applicable)';
  }
  if (phases.includes('weights')) {
    const filled = input.rows.some((r) => r.weight !== null);
    return code === 'completion.weight-proposed' || filled ? null : 'no 分值 is filled in';
  }
  if (phases.includes('score')) {
    const rowScored = result.rows.some((r, i) => r.completion.userScore !== null && input.rows[i].weight !== null);
    const budgetScored = budget !== null && budget.score !== null && (input.budget?.userScore ?? null) !== null;
    return rowScored || budgetScored ? null : 'no typed 得分 under a filled-in 分值';
  }
  if (phases.includes('budget')) return budget !== null ? null : 'the form has no budget block';
  return null;
}

function pick(c: CompletionInvalidCase, withCode: ReportedFinding[]): ReportedFinding | undefined {
  if (c.row !== undefined) return withCode.find((f) => f.row === c.row);
  if (c.params !== undefined)
    return withCode.find((f) => JSON.stringify(f.params) === JSON.stringify(c.params)) ?? withCode[0];
  return withCode[0];
}

export const ruleTester: (code: string, cases: { valid: CompletionCase[]; invalid: CompletionInvalidCase[] }) => void =
  ruleTesterFor<CompletionInvalidCase>({
    rules: COMPLETION_RULES,
    findingsFor,
    label,
    stoppedBefore: (code) => notReached(code),
    pick,
    example,
  });

/** A typed cell as Excel holds it: the value, the text shown and the number format. */
export const typed = (value: number, text: string, format: string): CellInput => ({ value, text, format });

/** Common rows: an output row met, a benefit row (qualitative target) met, a satisfaction row met. */
export const ROWS = {
  output: { actual: '210个' },
  benefit: { level1: '效益指标', level2: '社会效益指标', level3: '群众获得感', target: '提升', actual: '已提升' },
  satisfaction: {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    level3: '服务对象满意度',
    target: '≥90%',
    actual: '95%',
  },
} satisfies Record<string, RowSpec>;
