/**
 * The machine-readable report `jixiao check --format json` prints (schema jixiao.report/1).
 * Field names are a public contract: other tools read them. Add fields; never rename.
 */
import { messageOf } from './messages';
import type { FormModel, IndicatorModel, WorkbookModel } from './model';
import type { CompletionStatus, Issue, Lang, Op, Severity } from './types';

export const REPORT_SCHEMA = 'jixiao.report/1';

export interface ReportIssue {
  code: string;
  severity: Severity;
  sheet: string;
  cell: string | null;
  row: number | null;
  message: string;
  suggestion: string | null;
}

export interface ReportIndicator {
  row: number;
  cell: string;
  level1: string;
  level2: string;
  level3: string;
  level1Canonical: string | null;
  level2Canonical: string | null;
  target: {
    text: string;
    kind: string;
    op: Op | null;
    value: number | null;
    unit: string;
    nature: string | null;
  };
  verdict: 'ok' | 'warning' | 'error';
  actual: { text: string; cell: string } | null;
  /** The 分值 as filled in, on any form; null when blank. */
  weight: number | null;
  /** Self-evaluations only; its weight may be proposed. */
  completion: { status: CompletionStatus; ratio: number | null; weight: number | null; score: number | null } | null;
}

export interface ReportForm {
  sheet: string;
  range: string;
  layout: string;
  headerRow: number | null;
  title: string | null;
  titleCell: string | null;
  project: {
    name: string | null;
    nameCell: string | null;
    category: string | null;
    department: string | null;
    implementingUnit: string | null;
    startDate: string | null;
    endDate: string | null;
    totalFunds: number | null;
    totalFundsCell: string | null;
    fundsUnit: string;
    executedFunds: number | null;
  };
  counts: { indicators: number; errors: number; warnings: number; infos: number; completion: Record<string, number> };
  score: {
    total: number | null;
    complete: boolean;
    grade: string | null;
    budgetRate: number | null;
    budgetScore: number | null;
  } | null;
  indicators: ReportIndicator[];
}

export interface ReportFile {
  file: string;
  error: { code: string; message: string } | null;
  forms: ReportForm[];
  issues: ReportIssue[];
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  files: ReportFile[];
}

function reportIssue(i: Issue): ReportIssue {
  return {
    code: i.code,
    severity: i.severity,
    sheet: i.sheet,
    cell: i.cell,
    row: i.row,
    message: i.message,
    suggestion: i.suggestion,
  };
}

function reportIndicator(i: IndicatorModel): ReportIndicator {
  // The value is in base units (multiplier applied), so the unit is the base unit; in the split layout the 度量单位 cell.
  const unit = i.unitText !== null ? i.unitText : i.target.unit;
  return {
    row: i.row,
    cell: i.cell,
    level1: i.level1,
    level2: i.level2,
    level3: i.level3,
    level1Canonical: i.level1Canonical,
    level2Canonical: i.level2Canonical,
    target: {
      text: i.targetText,
      kind: i.target.kind === 'empty' ? 'invalid' : i.target.kind,
      op: i.target.op,
      value: i.target.value,
      unit,
      nature: i.nature,
    },
    verdict: i.verdict,
    actual: i.actual,
    weight: i.weight,
    completion: i.completion
      ? {
          status: i.completion.status,
          ratio: i.completion.ratio,
          weight: i.completion.weight,
          score: i.completion.score,
        }
      : null,
  };
}

function reportForm(f: FormModel): ReportForm {
  return {
    sheet: f.sheet,
    range: f.range,
    layout: f.layout,
    headerRow: f.headerRow,
    title: f.title,
    titleCell: f.titleCell,
    project: {
      name: f.project.name,
      nameCell: f.project.nameCell,
      category: f.project.category,
      department: f.project.department,
      implementingUnit: f.project.implementingUnit,
      startDate: f.project.startDate,
      endDate: f.project.endDate,
      totalFunds: f.project.totalFunds,
      totalFundsCell: f.project.totalFundsCell,
      fundsUnit: f.project.fundsUnit,
      executedFunds: f.project.executedFunds,
    },
    counts: f.counts,
    score: f.score
      ? {
          total: f.score.total,
          complete: f.score.complete,
          grade: f.score.grade,
          budgetRate: f.score.budget?.rate ?? null,
          budgetScore: f.score.budget?.score ?? null,
        }
      : null,
    indicators: f.indicators.map(reportIndicator),
  };
}

export function reportFile(file: string, model: WorkbookModel): ReportFile {
  return { file, error: null, forms: model.forms.map(reportForm), issues: model.issues.map(reportIssue) };
}

export function reportUnreadableFile(
  file: string,
  code: string,
  params: Record<string, string | number>,
  lang: Lang,
): ReportFile {
  return { file, error: { code, message: messageOf(code, lang, params) }, forms: [], issues: [] };
}

export function report(files: ReportFile[]): Report {
  return { schema: REPORT_SCHEMA, files };
}
