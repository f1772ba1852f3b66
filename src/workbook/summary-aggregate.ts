/**
 * Running aggregates of a check, fed one file at a time: the totals, one entry per department and a
 * bounded list of the worst issues. The 汇总 workbook (totals row, 部门汇总) and the HTML report are
 * written from this alone, so memory stays flat however many files are checked — it grows with the
 * number of departments and finding codes, never with files, forms or issues.
 *
 * Browser-safe and Node-free: plain data over jixiao.report/1.
 */
import { issueLines } from '../core/issue-lines';
import type { ReportFile, ReportForm } from '../core/report';
import type { Severity } from '../core/types';

/** Counts shared by the totals and each department. */
export interface Counts {
  forms: number;
  indicators: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Forms with no error-severity issue. */
  formsWithoutError: number;
  /** 项目资金 in yuan, summed over the forms that state it. */
  funds: number;
  met: number;
  partial: number;
  notMet: number;
  pending: number;
  invalid: number;
  /** Self-evaluation forms with a complete score, and the sum of those scores. */
  scored: number;
  scoreSum: number;
}

export interface DepartmentRow extends Counts {
  /** The 主管部门 as written (else the 实施单位); null: not stated (or files with no form). */
  name: string | null;
  /** True for the group of files with no form (their file-level issues); never ranked. */
  noForm: boolean;
  /** Share of forms with no error (0..1), null without forms. */
  errorFreeRate: number | null;
  /** 指标达成率: met / (met + partial + not met), null when no indicator is assessed yet. */
  completionRate: number | null;
  /** Mean of the complete self-evaluation scores, null without any. */
  averageScore: number | null;
  /** 1 = best (highest error-free share, then average score, then fewest errors); null for the no-form group. */
  rank: number | null;
}

export interface WorstIssue {
  file: string;
  sheet: string;
  cell: string | null;
  code: string;
  severity: Severity;
  message: string;
  department: string | null;
}

export interface CodeCount {
  code: string;
  severity: Severity;
  count: number;
  /** The message of its first occurrence. */
  example: string;
}

function zero(): Counts {
  return {
    forms: 0,
    indicators: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    formsWithoutError: 0,
    funds: 0,
    met: 0,
    partial: 0,
    notMet: 0,
    pending: 0,
    invalid: 0,
    scored: 0,
    scoreSum: 0,
  };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** How many issues the report keeps (the worst first). */
const WORST_ISSUES_LIMIT = 100;

/** The department a form belongs to: its 主管部门, else its 实施单位, else null. */
export function departmentOf(form: ReportForm): string | null {
  const d = form.project.department?.trim() || form.project.implementingUnit?.trim() || '';
  return d === '' ? null : d;
}

function addForm(c: Counts, form: ReportForm): void {
  const k = form.counts;
  c.forms++;
  c.indicators += k.indicators;
  c.errors += k.errors;
  c.warnings += k.warnings;
  c.infos += k.infos;
  if (k.errors === 0) c.formsWithoutError++;
  if (form.project.totalFunds !== null && Number.isFinite(form.project.totalFunds)) c.funds += form.project.totalFunds;
  if (form.layout.startsWith('self-evaluation')) {
    c.met += k.completion.met ?? 0;
    c.partial += k.completion.partial ?? 0;
    c.notMet += k.completion.not_met ?? 0;
    c.pending += k.completion.pending ?? 0;
    c.invalid += k.completion.invalid ?? 0;
  }
  if (form.score?.complete && form.score.total !== null) {
    c.scored++;
    c.scoreSum += form.score.total;
  }
}

function addCounts(into: Counts, from: Counts): void {
  for (const k of Object.keys(into) as (keyof Counts)[]) into[k] += from[k];
}

export class SummaryAggregate {
  readonly totals: Counts & { files: number; unreadable: number; noForm: number } = {
    ...zero(),
    files: 0,
    unreadable: 0,
    noForm: 0,
  };
  private readonly departments = new Map<string | null, Counts>();
  private readonly noFormCounts = zero();
  private readonly codes = new Map<string, CodeCount>();
  private readonly worst: WorstIssue[] = [];
  private worstDropped = 0;

  constructor(readonly worstLimit = WORST_ISSUES_LIMIT) {}

  add(file: ReportFile): void {
    const t = this.totals;
    t.files++;
    if (file.error) {
      t.unreadable++;
      this.count(file.error.code, 'error', file.error.message);
      this.keep({
        file: file.file,
        sheet: '',
        cell: null,
        code: file.error.code,
        severity: 'error',
        message: file.error.message,
        department: null,
      });
      return;
    }
    for (const form of file.forms) {
      const name = departmentOf(form);
      let d = this.departments.get(name);
      if (!d) this.departments.set(name, (d = zero()));
      addForm(d, form);
      addForm(t, form);
    }
    if (file.forms.length === 0) {
      // a workbook with no form: its own issues (as the 汇总 row of that file counts them)
      t.noForm++;
      for (const i of file.issues) {
        const c = i.severity === 'error' ? 'errors' : i.severity === 'warning' ? 'warnings' : 'infos';
        this.noFormCounts[c]++;
        t[c]++;
      }
    }
    const dept = (sheet: string) => {
      const form = file.forms.find((f) => f.sheet === sheet);
      return form ? departmentOf(form) : null;
    };
    for (const i of file.issues) this.count(i.code, i.severity, i.message);
    // the same finding on one cell for several rows (a misspelt 一级 merged over them) takes one place in the list
    for (const { issue: i } of issueLines(file.issues.filter((x) => x.severity !== 'info'))) {
      this.keep({
        file: file.file,
        sheet: i.sheet,
        cell: i.cell,
        code: i.code,
        severity: i.severity,
        message: i.message,
        department: dept(i.sheet),
      });
    }
  }

  private count(code: string, severity: Severity, example: string): void {
    const c = this.codes.get(code);
    if (c) c.count++;
    else this.codes.set(code, { code, severity, count: 1, example });
  }

  /** Keeps the worst `worstLimit` issues: errors before warnings, earlier files first. */
  private keep(i: WorstIssue): void {
    if (this.worst.length < this.worstLimit) {
      this.worst.push(i);
      return;
    }
    this.worstDropped++;
    // full: a more severe issue replaces the last-kept of the least severe ones
    let at = -1;
    for (let k = this.worst.length - 1; k >= 0; k--) {
      if (SEVERITY_RANK[this.worst[k].severity] > SEVERITY_RANK[i.severity]) {
        if (at === -1 || SEVERITY_RANK[this.worst[k].severity] > SEVERITY_RANK[this.worst[at].severity]) at = k;
      }
    }
    if (at >= 0) {
      this.worst.splice(at, 1);
      this.worst.push(i);
    }
  }

  /** The kept issues, worst first (errors, then warnings; in input order within each). */
  worstIssues(): { issues: WorstIssue[]; more: number } {
    const sorted = [...this.worst].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    return { issues: sorted, more: this.worstDropped };
  }

  /** Finding codes by count (most frequent first), errors before warnings before notes. */
  codeCounts(): CodeCount[] {
    return [...this.codes.values()].sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.count - a.count || a.code.localeCompare(b.code),
    );
  }

  /** One row per department, ranked (best first); the group of files with no form last. */
  departmentRows(): DepartmentRow[] {
    const rows: DepartmentRow[] = [...this.departments].map(([name, c]) => derive(name, c, false));
    rows.sort(
      (a, b) =>
        (b.errorFreeRate ?? -1) - (a.errorFreeRate ?? -1) ||
        (b.averageScore ?? -1) - (a.averageScore ?? -1) ||
        a.errors - b.errors ||
        (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) ||
        (a.name ?? '').localeCompare(b.name ?? '', 'zh-Hans-CN'),
    );
    rows.forEach((r, i) => {
      const prev = rows[i - 1];
      const tie =
        prev &&
        prev.errorFreeRate === r.errorFreeRate &&
        prev.averageScore === r.averageScore &&
        prev.errors === r.errors;
      r.rank = tie ? prev.rank : i + 1;
    });
    if (this.totals.noForm > 0) rows.push(derive(null, this.noFormCounts, true));
    return rows;
  }

  /** The totals, derived like a department row. */
  totalRow(): DepartmentRow {
    const c = zero();
    addCounts(c, this.totals);
    return derive(null, c, false);
  }
}

function derive(name: string | null, c: Counts, noForm: boolean): DepartmentRow {
  const assessed = c.met + c.partial + c.notMet;
  return {
    ...c,
    name,
    noForm,
    errorFreeRate: c.forms > 0 ? c.formsWithoutError / c.forms : null,
    completionRate: assessed > 0 ? c.met / assessed : null,
    averageScore: c.scored > 0 ? Math.round((c.scoreSum / c.scored) * 100) / 100 : null,
    rank: null,
  };
}
