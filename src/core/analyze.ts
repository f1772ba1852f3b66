/**
 * The engine's entry point: a workbook snapshot in, the typed model out. Wiring only — read the forms,
 * run the rule sets, build the model:
 *   - the reader finds every form on a sheet (src/core/reader);
 *   - the form rules check its header and funds blocks, its tables and its coverage (src/core/form/rules);
 *   - the hierarchy rules resolve and check each table row (src/core/hierarchy), the target rules each
 *     indicator's 指标值 (src/core/target), and a self-evaluation is scored (src/core/completion);
 *   - the workbook rules run once every sheet is read.
 * Every finding is placed on its cell (src/core/form/issues.ts); every rule lives in those modules.
 */
import { cellNumber as weightNumber, scoreForm, type CompletionRowInput } from './completion';
import { SheetGrid, address, parseAddress } from './grid';
import { resolveHierarchy, type HierarchyRowResult } from './hierarchy/resolve';
import {
  asCellInput,
  cellAddresses,
  columnLetters,
  fixCell,
  hierarchyCell,
  natureCell,
  writtenCell,
} from './form/cells';
import { budgetCell, budgetInput, fundsLimit, printedGrandTotal } from './form/funds';
import { append, compareIssues, countForm, placeIssue, rowNumber } from './form/issues';
import { formYear, projectInfo } from './form/project';
import { formRulesOf, type FormFinding } from './form/rules';
import { isEmptyForm } from './form/empty-form';
import type { FormModel, IndicatorModel, WorkbookModel } from './model';
import { readForms } from './reader/read-forms';
import type { FormStructure } from './reader/structure';
import { checkTarget } from './target/check';
import {
  DEFAULT_CHECK_OPTIONS,
  type CheckOptions,
  type GridSnapshot,
  type Issue,
  type WorkbookSnapshot,
} from './types';

function resolveOptions(options: Partial<CheckOptions> = {}): CheckOptions {
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
  const ctx = { sheets: snapshot.sheets.map((s) => s.sheet), forms: forms.length };
  for (const rule of formRulesOf('workbook')) {
    for (const f of rule.check(ctx)) issues.push(placeIssue(f, f.sheet, f.cell, f.row, opts));
  }
  return { forms, issues };
}

export function analyzeSheet(snapshot: GridSnapshot, options: Partial<CheckOptions> = {}): FormModel[] {
  const opts = resolveOptions(options);
  const grid = new SheetGrid(snapshot);
  return readForms(grid).map((structure) => analyzeForm(grid, structure, opts));
}

/** The reader's findings (each claimed by its rule module; one no module claims yet is kept as found). */
function readerFindings(form: FormStructure): FormFinding[] {
  const rules = formRulesOf('reader');
  const claimed = new Set(rules.map((r) => r.code));
  const out: FormFinding[] = [];
  for (const rule of rules) append(out, rule.check({ form }));
  append(
    out,
    form.findings.filter((f) => !claimed.has(f.code)),
  );
  return out;
}

function analyzeForm(grid: SheetGrid, form: FormStructure, opts: CheckOptions): FormModel {
  const sheet = form.sheet;
  const place = (f: FormFinding): Issue => placeIssue(f, sheet, f.cell, f.row, opts);
  const project = projectInfo(form, grid.date1904);
  const issues: Issue[] = readerFindings(form).map(place);
  for (const rule of formRulesOf('header')) append(issues, rule.check({ form }).map(place));
  const year = formYear(form, project);
  const limit = fundsLimit(form, project.totalFunds);

  const indicators: IndicatorModel[] = [];
  const hierarchyResults: HierarchyRowResult[] = [];
  const completionInputs: CompletionRowInput[] = [];
  const targetOptions = {
    missingUnitSeverity: opts.missingUnitSeverity,
    lowSatisfactionPercent: opts.lowSatisfactionPercent,
  };
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
      form.tables.some(
        (t) =>
          t !== table &&
          t.headerRow === table.headerRow &&
          t.rows.some((r) => r.level3.trim() !== '' && r.cells.target),
      );
    if (emptyBlock) continue;
    // a further region column (区域目标值) shares the first table's levels: their findings are the first table's
    if (!table.sharesLevels) append(hierarchyResults, resolved);
    resolved.forEach((h, i) => {
      const tableRowData = table.rows[i];
      const cells = cellAddresses(letters, tableRowData.row);
      const firstRow = table.headerRow + table.headerRows;
      const rowIssues: Issue[] = table.sharesLevels
        ? []
        : h.findings.map((f) =>
            placeIssue(f, sheet, writtenCell(grid, f, hierarchyCell(f, cells), firstRow), h.row, opts),
          );
      if (h.kind !== 'indicator') {
        append(issues, rowIssues);
        return;
      }
      // a region left blank on a row sets no target there: no indicator of that region, nothing to report
      if (table.sharesLevels && (tableRowData.cells.target?.text ?? '').trim() === '') return;
      const split = table.columns.nature !== undefined;
      const check = checkTarget({
        cell: asCellInput(tableRowData.cells.target),
        nature: split ? asCellInput(natureCell(tableRowData.cells)) : undefined,
        unit: split ? asCellInput(tableRowData.cells.unit) : undefined,
        directionColumn: split && table.columns.kind !== undefined,
        note: tableRowData.cells.note?.text ?? null,
        level1: h.level1Canonical,
        level2: h.level2Canonical,
        level3: h.level3,
        year,
        fundsLimit: limit,
        date1904: grid.date1904,
        options: targetOptions,
      });
      append(
        rowIssues,
        check.findings.map((f) => placeIssue(f, sheet, fixCell(f.fix?.cell, cells) ?? cells.target, h.row, opts)),
      );
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
  const anchor =
    form.titleCell ?? (form.tables[0] ? address(form.tables[0].headerRow, form.tables[0].columns.level1 ?? 1) : null);
  const tablesCtx = { form, hierarchy: hierarchyResults, indicators: indicators.length, anchor };
  for (const rule of formRulesOf('tables')) append(issues, rule.check(tablesCtx).map(place));
  for (const rule of formRulesOf('coverage')) append(issues, rule.check(tablesCtx).map(place));

  let score: FormModel['score'] = null;
  // a fresh template (form.empty-template) has nothing to score yet
  if (form.selfEvaluation && form.tables.length > 0 && !isEmptyForm(form)) {
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
    const budgetAt = budgetCell(form);
    if (result.budget) {
      append(
        issues,
        result.budget.findings.map((f) => placeIssue(f, sheet, budgetAt, rowNumber(budgetAt), opts)),
      );
    }
    const totalAnchor = form.tables[form.tables.length - 1].totalRow
      ? address(form.tables[form.tables.length - 1].totalRow as number, form.tables[0].columns.weight ?? 1)
      : anchor;
    append(
      issues,
      result.findings.map((f) => placeIssue(f, sheet, totalAnchor, rowNumber(totalAnchor), opts)),
    );
    const lastTable = form.tables[form.tables.length - 1];
    const printed = lastTable.printedTotal;
    score = {
      budget: result.budget
        ? {
            rate: result.budget.rate,
            weight: result.budget.weight,
            weightProposed: result.budget.weightProposed,
            score: result.budget.score,
            cell: budgetAt,
          }
        : null,
      cells: {
        budgetScore:
          form.funds && form.funds.columns.score !== undefined
            ? address(form.funds.totalRow, form.funds.columns.score)
            : null,
        total:
          lastTable.totalRow !== null && lastTable.columns.score !== undefined
            ? address(lastTable.totalRow, lastTable.columns.score)
            : null,
        totalScope:
          printed !== null && printed !== 100 && printedGrandTotal(form, grid, opts) === 100 ? 'indicators' : 'form',
      },
      total: result.total,
      complete: result.complete,
      grade: result.grade,
    };
  }

  // A finding on a cell hidden inside a merge (a 一级 merged down over its rows) is shown, painted and fixed on the
  // merge's top-left cell: the one a person sees and types into (Excel refuses a write into part of a merge).
  for (const issue of issues) issue.cell = visibleCell(grid, issue.cell);
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

function visibleCell(grid: SheetGrid, a1: string | null): string | null {
  if (a1 === null || !/^[A-Z]+\d+$/.test(a1)) return a1;
  const { row, col } = parseAddress(a1);
  const m = grid.merge(row, col);
  return m && (m.top !== row || m.left !== col) ? address(m.top, m.left) : a1;
}
