/**
 * The engine's entry point: a workbook snapshot in, the typed model out.
 * It wires the reader, the hierarchy, the target rules and the completion scoring together;
 * every rule lives in those modules.
 */
import { cellNumber as weightNumber, scoreForm, type CompletionRowInput } from './completion';
import { parseLooseDate, parseLoosePeriod, serialToIso } from './dates';
import { SheetGrid, address, columnName } from './grid';
import { isLevel1Name } from './glossary/framework';
import { formCoverageFindings, resolveHierarchy, type HierarchyRowResult } from './hierarchy/resolve';
import { hasMessage, messageOf } from './messages';
import type { FormCounts, FormModel, IndicatorCells, IndicatorModel, ProjectInfo, WorkbookModel } from './model';
import { cellNumber, readForms } from './reader/read-forms';
import type { FieldValue, FormStructure, IndicatorTable, ReaderFinding } from './reader/structure';
import { checkTarget } from './target/check';
import { compact, stripParagraphTags } from './text';
import {
  DEFAULT_CHECK_OPTIONS,
  type CheckOptions,
  type Finding,
  type FixTarget,
  type GridCell,
  type GridSnapshot,
  type Issue,
  type Severity,
  type WorkbookSnapshot,
} from './types';
import { NOT_APPLICABLE_MARKS, type TableColumnRole } from './glossary/form-labels';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const WAN = 10_000;

export function resolveOptions(options: Partial<CheckOptions> = {}): CheckOptions {
  return {
    ...DEFAULT_CHECK_OPTIONS,
    ...options,
    scoring: { ...DEFAULT_CHECK_OPTIONS.scoring, ...(options.scoring ?? {}) },
  };
}

export function analyzeWorkbook(snapshot: WorkbookSnapshot, options: Partial<CheckOptions> = {}): WorkbookModel {
  const opts = resolveOptions(options);
  const forms = snapshot.sheets.flatMap((sheet) => analyzeSheet(sheet, opts));
  const issues = forms.flatMap((f) => f.issues);
  if (forms.length === 0) {
    issues.push(placeIssue({ code: 'file.no-form', severity: 'error' }, snapshot.sheets[0]?.sheet ?? '', null, null, opts));
  }
  return { forms, issues };
}

export function analyzeSheet(snapshot: GridSnapshot, options: Partial<CheckOptions> = {}): FormModel[] {
  const opts = resolveOptions(options);
  const grid = new SheetGrid(snapshot);
  return readForms(grid).map((structure) => analyzeForm(grid, structure, opts));
}

function analyzeForm(grid: SheetGrid, form: FormStructure, opts: CheckOptions): FormModel {
  const sheet = form.sheet;
  const project = projectInfo(form, grid.date1904);
  const issues: Issue[] = form.findings.map((f: ReaderFinding) => placeIssue(f, sheet, f.cell, f.row, opts));
  for (const amount of fundsCells(form)) {
    if (amount.text.trim() === '' || isNotApplicableMark(amount.text) || fundsInYuan(form, amount) !== null) continue;
    const finding: Finding = { code: 'form.funds-unreadable', severity: 'warning', params: { text: amount.text } };
    issues.push(placeIssue(finding, sheet, amount.a1, rowNumber(amount.a1), opts));
  }
  const year = form.year ?? (project.endDate ? Number(project.endDate.slice(0, 4)) : null);
  const fundsLimit = form.selfEvaluation
    ? project.totalFunds
    : fundsInYuan(form, form.fields.annualFunds) ?? project.totalFunds;

  const indicators: IndicatorModel[] = [];
  const hierarchyResults: HierarchyRowResult[] = [];
  const completionInputs: CompletionRowInput[] = [];
  const targetOptions = { missingUnitSeverity: opts.missingUnitSeverity, lowSatisfactionPercent: opts.lowSatisfactionPercent };
  for (const table of form.tables) {
    const letters = columnLetters(table);
    const resolved = resolveHierarchy(
      table.rows.map((r) => ({
        row: r.row,
        level1: r.level1,
        level2: r.level2,
        level1Merged: r.level1Merged,
        level2Merged: r.level2Merged,
        level3: r.level3,
        hasValue: Boolean(r.cells.target || r.cells.actual || r.cells.score),
      })),
      { acceptEvaluationLevel1: opts.acceptEvaluationLevel1 },
    );
    // A side-by-side block left empty (长期 beside a filled 年度) is not a table of placeholder rows.
    const emptyBlock =
      table.block !== undefined &&
      !resolved.some((h) => h.kind === 'indicator') &&
      form.tables.some((t) => t !== table && t.headerRow === table.headerRow && t.rows.some((r) => r.level3.trim() !== '' && r.cells.target));
    if (emptyBlock) continue;
    append(hierarchyResults, resolved);
    resolved.forEach((h, i) => {
      const tableRowData = table.rows[i];
      const cells = cellAddresses(letters, tableRowData.row);
      const rowIssues: Issue[] = h.findings.map((f) =>
        placeIssue(f, sheet, hierarchyCell(f, cells), h.row, opts),
      );
      if (h.kind !== 'indicator') {
        append(issues, rowIssues);
        return;
      }
      const split = table.columns.nature !== undefined;
      const check = checkTarget({
        cell: asCellInput(tableRowData.cells.target),
        nature: split ? asCellInput(natureCell(tableRowData.cells)) : undefined,
        unit: split ? asCellInput(tableRowData.cells.unit) : undefined,
        note: tableRowData.cells.note?.text ?? null,
        level1: h.level1Canonical,
        level2: h.level2Canonical,
        level3: h.level3,
        year,
        fundsLimit,
        date1904: grid.date1904,
        options: targetOptions,
      });
      append(rowIssues, check.findings.map((f) => placeIssue(f, sheet, fixCell(f.fix?.cell, cells) ?? cells.target, h.row, opts)));
      const actualCell = tableRowData.cells.actual;
      indicators.push({
        sheet,
        row: h.row,
        cell: cells.target,
        cells,
        level1: h.level1,
        level2: h.level2,
        level3: h.level3,
        level1Canonical: h.level1Canonical,
        level2Canonical: h.level2Canonical,
        targetText: check.text,
        nature: check.nature,
        unitText: split ? (tableRowData.cells.unit?.text ?? '') : null,
        target: check.target,
        verdict: check.verdict,
        rate: check.rate,
        reverse: check.reverse,
        cost: check.cost,
        actual:
          table.columns.actual === undefined
            ? null
            : actualCell && actualCell.text.trim() !== ''
              ? { text: actualCell.text, cell: address(h.row, actualCell.col) }
              : null,
        weight: weightNumber(asCellInput(tableRowData.cells.weight), grid.date1904),
        completion: null,
        issues: rowIssues,
      });
      if (form.selfEvaluation) {
        completionInputs.push({
          row: h.row,
          level1: h.level1Canonical,
          level2: h.level2Canonical,
          level3: h.level3,
          level1HeadingWeight: h.level1HeadingWeight,
          target: check.target,
          reverse: check.reverse,
          cost: check.cost,
          rate: check.rate,
          actual: asCellInput(actualCell),
          unitColumn: split ? (tableRowData.cells.unit?.text ?? null) : null,
          reason: tableRowData.cells.reason?.text ?? '',
          weight: asCellInput(tableRowData.cells.weight),
          score: asCellInput(tableRowData.cells.score),
        });
      }
    });
  }
  for (const i of indicators) append(issues, i.issues);
  const coverageAnchor = form.titleCell ?? (form.tables[0] ? address(form.tables[0].headerRow, form.tables[0].columns.level1 ?? 1) : null);
  if (form.tables.length > 0 && indicators.length === 0) {
    // a header row but no row that is an indicator (none at all, or only placeholders) — unless the
    // form has nothing filled in (isEmptyForm): a fresh template, an empty form
    const finding: Finding = isEmptyForm(form)
      ? { code: 'form.empty-template', severity: 'info' }
      : { code: 'form.no-indicators', severity: 'error' };
    issues.push(placeIssue(finding, sheet, coverageAnchor, rowNumber(coverageAnchor), opts));
  }
  if (form.tables.length > 0 && indicators.length > 0) {
    append(
      issues,
      formCoverageFindings(hierarchyResults).map((f) => placeIssue(f, sheet, coverageAnchor, rowNumber(coverageAnchor), opts)),
    );
  }

  let score: FormModel['score'] = null;
  if (form.selfEvaluation && form.tables.length > 0) {
    const result = scoreForm(
      {
        rows: completionInputs,
        budget: budgetInput(grid, form),
        split: form.layout === 'self-evaluation-split',
        printedTotal: printedGrandTotal(form, grid, opts),
        year,
        date1904: grid.date1904,
      },
      opts.scoring,
    );
    const byRow = new Map(result.rows.map((r) => [r.row, r]));
    for (const indicator of indicators) {
      const outcome = byRow.get(indicator.row);
      if (!outcome) continue;
      indicator.completion = outcome.completion;
      const cells = indicator.cells;
      const placed = outcome.findings.map((f) =>
        placeIssue(f, sheet, fixCell(f.fix?.cell, cells) ?? cells.actual ?? cells.target, indicator.row, opts),
      );
      append(indicator.issues, placed);
      append(issues, placed);
    }
    const budgetCell = form.funds?.cells.score
      ? address(form.funds.totalRow, form.funds.cells.score.col)
      : form.funds
        ? address(form.funds.totalRow, form.funds.columns.rate ?? form.funds.columns.executed ?? 1)
        : null;
    if (result.budget) {
      append(issues, result.budget.findings.map((f) => placeIssue(f, sheet, budgetCell, rowNumber(budgetCell), opts)));
    }
    const totalAnchor = form.tables[form.tables.length - 1].totalRow
      ? address(form.tables[form.tables.length - 1].totalRow as number, form.tables[0].columns.weight ?? 1)
      : coverageAnchor;
    append(issues, result.findings.map((f) => placeIssue(f, sheet, totalAnchor, rowNumber(totalAnchor), opts)));
    const lastTable = form.tables[form.tables.length - 1];
    const printed = lastTable.printedTotal;
    score = {
      budget: result.budget ? { rate: result.budget.rate, weight: result.budget.weight, score: result.budget.score, cell: budgetCell } : null,
      cells: {
        budgetScore: form.funds && form.funds.columns.score !== undefined ? address(form.funds.totalRow, form.funds.columns.score) : null,
        total: lastTable.totalRow !== null && lastTable.columns.score !== undefined ? address(lastTable.totalRow, lastTable.columns.score) : null,
        totalScope: printed !== null && printed !== 100 && printedGrandTotal(form, grid, opts) === 100 ? 'indicators' : 'form',
      },
      total: result.total,
      complete: result.complete,
      grade: result.grade,
    };
  }

  issues.sort(compareIssues);
  for (const i of indicators) i.issues.sort(compareIssues);
  return {
    sheet,
    range: form.range,
    layout: form.layout,
    title: form.title,
    titleCell: form.titleCell,
    year: form.year,
    headerRow: form.tables[0]?.headerRow ?? null,
    project,
    indicators,
    issues,
    score,
    counts: countForm(indicators, issues),
  };
}

// ---------------------------------------------------------------------------

/**
 * The operator cell of a split row: 指标性质, or — when a 指标方向 column holds the operator — that
 * column, falling back to 指标性质 for what only it says (定性, 不适用, 定量（其他）, 正向/反向).
 */
function natureCell(cells: Partial<Record<TableColumnRole, GridCell>>): GridCell | undefined {
  const direction = cells.nature;
  if (cells.kind === undefined) return direction;
  return direction && direction.text.trim() !== '' ? direction : cells.kind;
}

function asCellInput(cell: GridCell | undefined): { value: GridCell['value']; text: string; format?: string } | null {
  return cell ? { value: cell.value, text: cell.text, format: cell.format } : null;
}

type ColumnLetters = Partial<Record<keyof IndicatorCells, string>>;

/** The column letters of a table's columns, once per table: every indicator row needs its cells' addresses. */
function columnLetters(table: IndicatorTable): ColumnLetters {
  const letter = (role: TableColumnRole) => {
    const col = table.columns[role];
    return col === undefined ? undefined : columnName(col);
  };
  return {
    level1: letter('level1'),
    level2: letter('level2'),
    level3: letter('level3'),
    target: letter('target'),
    nature: letter('nature'),
    unit: letter('unit'),
    actual: letter('actual'),
    weight: letter('weight'),
    score: letter('score'),
    reason: letter('reason'),
  };
}

function cellAddresses(letters: ColumnLetters, row: number): IndicatorCells {
  const at = (letter: string | undefined) => (letter === undefined ? undefined : letter + row);
  return {
    level1: at(letters.level1),
    level2: at(letters.level2),
    level3: at(letters.level3),
    target: at(letters.target) as string,
    nature: at(letters.nature),
    unit: at(letters.unit),
    actual: at(letters.actual),
    weight: at(letters.weight),
    score: at(letters.score),
    reason: at(letters.reason),
  };
}

function fixCell(target: FixTarget | undefined, cells: IndicatorCells): string | undefined {
  switch (target) {
    case undefined:
    case 'value':
      return undefined;
    case 'nature':
      return cells.nature;
    case 'unit':
      return cells.unit;
    case 'level1':
      return cells.level1;
    case 'level2':
      return cells.level2;
    case 'weight':
      return cells.weight;
    case 'score':
      return cells.score;
  }
}

function hierarchyCell(f: Finding, cells: IndicatorCells): string {
  const explicit = fixCell(f.fix?.cell, cells);
  if (explicit) return explicit;
  switch (f.code) {
    case 'hierarchy.missing-level1':
    case 'hierarchy.unknown-level1':
      return cells.level1 ?? cells.target;
    case 'hierarchy.misspelled':
      // without a fix (the row inherits the name): point at the column the misspelt name belongs to
      return (isLevel1Name(String(f.params?.y ?? '')) ? cells.level1 : cells.level2) ?? cells.target;
    case 'hierarchy.missing-level2':
    case 'hierarchy.unknown-level2':
    case 'hierarchy.level2-mismatch':
    case 'hierarchy.empty-level2':
    case 'hierarchy.legacy-framework':
      return cells.level2 ?? cells.target;
    default:
      return cells.level3 ?? cells.target;
  }
}

export function placeIssue(
  f: Finding | ReaderFinding,
  sheet: string,
  cell: string | null,
  row: number | null,
  opts: CheckOptions,
): Issue {
  const fix = 'fix' in f && f.fix ? f.fix : null;
  return {
    code: f.code,
    severity: f.severity,
    sheet,
    cell,
    row,
    // a finding may name a more specific wording of its message in params.hint
    message: messageOf(typeof f.params?.hint === 'string' && hasMessage(f.params.hint) ? f.params.hint : f.code, opts.lang, f.params ?? {}),
    suggestion: fix ? fix.text : null,
    fix,
    ...(f.params ? { params: f.params } : {}),
  };
}

function compareIssues(a: Issue, b: Issue): number {
  return (a.row ?? 0) - (b.row ?? 0) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.code.localeCompare(b.code);
}

function rowNumber(a1: string | null): number | null {
  const m = a1 ? /(\d+)$/.exec(a1) : null;
  return m ? Number(m[1]) : null;
}

/**
 * The 分值 / 权重 filled in on a declaration, 审批表, 批复表 or list: the indicator's weight, read as on a
 * self-evaluation ("10", "10分", 10). Nothing is compared (status null) and no weight is ever proposed.
 */
function countForm(indicators: IndicatorModel[], issues: Issue[]): FormCounts {
  const completion: FormCounts['completion'] = { met: 0, not_met: 0, partial: 0, pending: 0, invalid: 0, na: 0 };
  for (const i of indicators) if (i.completion?.status) completion[i.completion.status]++;
  return {
    indicators: indicators.length,
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    infos: issues.filter((i) => i.severity === 'info').length,
    completion,
  };
}

// ---------------------------------------------------------------------------
// Header block → project information
// ---------------------------------------------------------------------------

function fieldText(v: FieldValue | undefined): string | null {
  if (!v || v.text.trim() === '') return null;
  return v.text.trim();
}

function fieldDate(v: FieldValue | undefined, edge: 'start' | 'end', date1904: boolean): string | null {
  if (!v) return null;
  const fromText = parseLooseDate(v.text, edge);
  if (fromText) return fromText;
  return typeof v.value === 'number' ? serialToIso(v.value, date1904) : null;
}

/** An amount in a header or funds cell, in yuan: by the unit written in the cell, else by the form's unit. */
function fundsInYuan(form: FormStructure, v: Pick<GridCell, 'value' | 'text'> | undefined): number | null {
  if (!v) return null;
  const formFactor = form.fundsUnit === '万元' ? WAN : 1;
  let yuan: number | null = null;
  if (typeof v.value === 'number') yuan = v.value * formFactor;
  else {
    // "854万(高标准农田建设400万元,…)": the amount, then its breakdown in brackets
    const m = /^(-?\d+(?:\.\d+)?)(万元|元|万)?(?:[(（][\s\S]*)?$/.exec(compact(v.text).replace(/,/g, ''));
    if (m) yuan = Number(m[1]) * (m[2] === undefined ? formFactor : m[2] === '元' ? 1 : WAN);
  }
  return yuan === null ? null : Math.round(yuan * 100) / 100;
}

/** The amount cells of the header block and the funds block's total row, with their addresses. */
function fundsCells(form: FormStructure): { text: string; value: GridCell['value']; a1: string }[] {
  const out: { text: string; value: GridCell['value']; a1: string }[] = [];
  for (const v of [form.fields.totalFunds, form.fields.annualFunds]) if (v && v.cell) out.push({ text: v.text, value: v.value, a1: v.cell });
  if (form.funds) {
    const { cells, totalRow } = form.funds;
    for (const c of [cells.initial, cells.adjusted, cells.executed]) if (c) out.push({ text: c.text, value: c.value, a1: address(totalRow, c.col) });
  }
  return out;
}

function isNotApplicableMark(text: string): boolean {
  return (NOT_APPLICABLE_MARKS as readonly string[]).includes(compact(text));
}

function projectInfo(form: FormStructure, date1904: boolean): ProjectInfo {
  const f = form.fields;
  let startDate = fieldDate(f.startDate, 'start', date1904);
  let endDate = fieldDate(f.endDate, 'end', date1904);
  if ((!startDate || !endDate) && f.period) {
    const p = parseLoosePeriod(f.period.text);
    if (p) {
      startDate ??= p.start;
      endDate ??= p.end;
    }
  }
  if (!startDate && !endDate && form.selfEvaluation && form.year !== null) {
    // a self-evaluation covers its 年度: "(2021年度)" is 2021-01-01 … 2021-12-31
    startDate = `${form.year}-01-01`;
    endDate = `${form.year}-12-31`;
  }
  let totalFunds: number | null = null;
  let totalFundsCell: string | null = null;
  let executedFunds: number | null = null;
  let executedFundsCell: string | null = null;
  if (form.funds) {
    const { cells, totalRow } = form.funds;
    const budgetCell = cells.adjusted ?? cells.initial;
    totalFunds = fundsInYuan(form, budgetCell);
    totalFundsCell = budgetCell ? address(totalRow, budgetCell.col) : null;
    executedFunds = fundsInYuan(form, cells.executed);
    executedFundsCell = cells.executed ? address(totalRow, cells.executed.col) : null;
  }
  if (totalFunds === null) {
    for (const v of [f.totalFunds, f.annualFunds]) {
      const yuan = fundsInYuan(form, v);
      if (yuan !== null && v) {
        totalFunds = yuan;
        totalFundsCell = v.cell;
        break;
      }
    }
  }
  const goal = (v: FieldValue | null | undefined) => (v && v.text.trim() ? stripParagraphTags(v.text) : null);
  return {
    name: fieldText(f.projectName),
    nameCell: f.projectName?.cell || null,
    category: fieldText(f.category),
    department: fieldText(f.department),
    implementingUnit: fieldText(f.implementingUnit),
    startDate,
    endDate,
    totalFunds,
    totalFundsCell,
    fundsUnit: form.fundsUnit,
    executedFunds,
    executedFundsCell,
    overallGoal: goal(f.overallGoal),
    annualGoal: goal(f.annualGoal ?? form.expectedGoal),
    actualGoal: goal(form.actualGoal),
  };
}

function budgetInput(grid: SheetGrid, form: FormStructure): Parameters<typeof scoreForm>[0]['budget'] {
  if (!form.funds) return null;
  const { columns, totalRow } = form.funds;
  const num = (col: number | undefined) => (col === undefined ? null : cellNumber(grid, totalRow, col));
  return {
    initial: num(columns.initial),
    adjusted: num(columns.adjusted),
    executed: num(columns.executed),
    weight: num(columns.weight),
    userScore: num(columns.score),
  };
}

/**
 * The total printed under the indicator table, as a total of the whole form. Split self-evaluations
 * print a 合计 of 绩效指标(90分) that leaves out 预算执行情况(10分): add the funds block's weight back.
 */
function printedGrandTotal(form: FormStructure, grid: SheetGrid, opts: CheckOptions): number | null {
  const printed = form.tables[form.tables.length - 1].printedTotal;
  if (printed === null || !form.funds) return printed;
  const budgetWeight = budgetInput(grid, form)?.weight ?? opts.scoring.defaultWeights.budget;
  return printed + budgetWeight === 100 ? 100 : printed;
}

/**
 * Appends `items` to `target` one by one: `target.push(...items)` passes every item as an argument,
 * and an array of 130,000 rows overflows the call stack ("Maximum call stack size exceeded").
 */
function append<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}

/**
 * An empty form (a fresh template): no table row filled in beyond the 一级/二级 framework a template
 * prints, and — when the table has no row at all — nothing in the header fields either. A form whose
 * header is filled in and whose table is missing is not empty: that stays form.no-indicators.
 */
function isEmptyForm(form: FormStructure): boolean {
  const rows = form.tables.flatMap((t) => t.rows);
  const blankRows = rows.every(
    (r) =>
      r.level3.trim() === '' &&
      Object.entries(r.cells).every(
        ([role, cell]) => role === 'level1' || role === 'level2' || !cell || cell.text.trim() === '',
      ),
  );
  if (!blankRows) return false;
  if (rows.length > 0) return true;
  const filled = (f: FieldValue | null | undefined) => Boolean(f && f.text.trim() !== '');
  // who and what the form is about (a template prints its funds block's 分值 and dashes itself)
  const named =
    filled(form.fields.projectName) || filled(form.fields.department) || filled(form.fields.implementingUnit);
  return !named && !filled(form.expectedGoal) && !filled(form.actualGoal);
}
