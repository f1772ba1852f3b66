/**
 * The typed model the engine produces: workbook → forms → indicators → targets, with issues and completion.
 */
import type { Completion, Grade, Issue, ParsedTarget, Verdict } from './types';
import type { Layout } from './reader/structure';

export type { Layout };

/** A1 addresses of the cells of one indicator row, by role. */
export interface IndicatorCells {
  level1?: string;
  level2?: string;
  level3?: string;
  target: string;
  nature?: string;
  unit?: string;
  actual?: string;
  weight?: string;
  score?: string;
  reason?: string;
}

export interface IndicatorModel {
  sheet: string;
  row: number;
  /** The target value's cell. */
  cell: string;
  cells: IndicatorCells;
  /** 一级/二级 as they apply to this row (inherited through merges and blanks), whitespace removed. */
  level1: string;
  level2: string;
  level3: string;
  level1Canonical: string | null;
  level2Canonical: string | null;
  /** The target cell's text as a person sees it (split layout: the 指标值 cell alone). */
  targetText: string;
  /** Split layout: the 指标性质 text; the 度量单位 text. */
  nature: string | null;
  unitText: string | null;
  target: ParsedTarget;
  verdict: Verdict;
  rate: boolean;
  reverse: boolean;
  cost: boolean;
  actual: { text: string; cell: string } | null;
  /**
   * The 分值 / 权重 as filled in, on any form (a declaration, 审批表 or list carries its weights too); null when
   * the cell is blank, absent or not a number. Never a proposed weight: a proposed one is only on the completion.
   */
  weight: number | null;
  /** Self-evaluations only: actual against target, and the score. Null on declarations, 审批表 and lists. */
  completion: Completion | null;
  /** The issues of this row (target, hierarchy and completion). */
  issues: Issue[];
}

export interface ProjectInfo {
  name: string | null;
  nameCell: string | null;
  category: string | null;
  department: string | null;
  implementingUnit: string | null;
  startDate: string | null;
  endDate: string | null;
  /** Always in yuan; null if absent. */
  totalFunds: number | null;
  totalFundsCell: string | null;
  fundsUnit: '元' | '万元';
  /** Self-evaluation: 全年执行数 of the total row, in yuan. */
  executedFunds: number | null;
  executedFundsCell: string | null;
  overallGoal: string | null;
  annualGoal: string | null;
  actualGoal: string | null;
}

export interface FormScoreModel {
  /** `weightProposed`: the budget row's 分值 is blank, `weight` is the default. */
  budget: {
    rate: number | null;
    weight: number;
    weightProposed: boolean;
    score: number | null;
    cell: string | null;
  } | null;
  /**
   * Where the form's own scores are written (completion write plan): the funds block's 得分 on its total
   * row, and the 得分 of the table's 总分/合计 row — whether they are filled or not; null when the form has
   * no such cell. `totalScope` 'indicators': the 合计 row covers the indicators alone (a split form's
   * 绩效指标(90分) 合计, the 预算执行 weight outside it); 'form': the whole form.
   */
  cells?: { budgetScore: string | null; total: string | null; totalScope: 'form' | 'indicators' };
  total: number | null;
  complete: boolean;
  grade: Grade | null;
}

export interface FormCounts {
  indicators: number;
  errors: number;
  warnings: number;
  infos: number;
  completion: Record<'met' | 'not_met' | 'partial' | 'pending' | 'invalid' | 'na', number>;
}

export interface FormModel {
  sheet: string;
  range: string;
  layout: Layout;
  title: string | null;
  titleCell: string | null;
  year: number | null;
  /** Row of the 一级指标 | 二级指标 | … header (of the first table). */
  headerRow: number | null;
  project: ProjectInfo;
  indicators: IndicatorModel[];
  /** Every issue of the form: header, hierarchy, target, completion. */
  issues: Issue[];
  score: FormScoreModel | null;
  counts: FormCounts;
}

export interface WorkbookModel {
  forms: FormModel[];
  /** Every issue, including those outside any form (e.g. a workbook with no form). */
  issues: Issue[];
}
