/**
 * Compares what the engine read from a workbook with an expected answer in the shared fixtures' format
 * (../shared/fixtures/README.md). Each check returns the list of its mismatches (empty = the check passes), so a
 * test can either assert it is empty or hold it against a list of known gaps (test/corpus).
 */
import type { IndicatorModel, WorkbookModel } from '../../src/core/model';
import type { Expected } from './shared';

export type CheckName = 'forms' | 'indicators' | 'false-errors' | 'missed-errors' | 'completion' | 'hierarchy';
export const CHECKS: CheckName[] = ['forms', 'indicators', 'false-errors', 'missed-errors', 'completion', 'hierarchy'];

const key = (sheet: string, cell: string) => `${sheet}!${cell}`;

function colRow(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return [0, 0];
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), c];
}

/** Sheet order, then row, then column: indicator order is not part of the answer (side-by-side blocks). */
function byPosition<T extends { sheet: string; cell: string }>(items: T[], sheets: string[]): T[] {
  return [...items].sort((a, b) => {
    const s = sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet);
    if (s) return s;
    const [ra, ca] = colRow(a.cell);
    const [rb, cb] = colRow(b.cell);
    return ra - rb || ca - cb;
  });
}

function sheetsOf(expected: Expected, model: WorkbookModel): string[] {
  const out: string[] = [];
  for (const s of [...expected.forms.map((f) => f.sheet), ...model.forms.map((f) => f.sheet)])
    if (!out.includes(s)) out.push(s);
  return out;
}

/** Forms: count, and per form sheet, project name, total funds, layout, header row, indicator count (+ optional fields). */
export function compareForms(model: WorkbookModel, expected: Expected): string[] {
  const out: string[] = [];
  if (model.forms.length !== expected.forms.length)
    out.push(`found ${model.forms.length} forms, expected ${expected.forms.length}`);
  expected.forms.forEach((e, i) => {
    const f = model.forms[i];
    if (!f) return;
    const got: Record<string, unknown> = {
      sheet: f.sheet,
      projectName: f.project.name,
      totalFunds: f.project.totalFunds,
      layout: f.layout,
      headerRow: f.headerRow,
      indicatorCount: f.indicators.length,
    };
    const want: Record<string, unknown> = {
      sheet: e.sheet,
      projectName: e.projectName,
      totalFunds: e.totalFunds,
      layout: e.layout,
      headerRow: e.headerRow,
      indicatorCount: e.indicatorCount,
    };
    if (e.executedFunds !== undefined) {
      got.executedFunds = f.project.executedFunds;
      want.executedFunds = e.executedFunds;
    }
    for (const k of ['department', 'implementingUnit', 'startDate', 'endDate'] as const)
      if (e[k] !== undefined) {
        got[k] = f.project[k];
        want[k] = e[k];
      }
    if (e.titleCell !== undefined) {
      got.titleCell = f.titleCell;
      want.titleCell = e.titleCell;
    }
    if (e.projectNameCell !== undefined) {
      got.projectNameCell = f.project.nameCell;
      want.projectNameCell = e.projectNameCell;
    }
    if (e.totalFundsCell !== undefined) {
      got.totalFundsCell = f.project.totalFundsCell;
      want.totalFundsCell = e.totalFundsCell;
    }
    // A self-evaluation sheet has no 项目类别 line (the expected value may be copied from the declaration):
    // the category is checked where the sheet states it.
    if (e.category !== undefined && f.layout.startsWith('declaration')) {
      got.category = f.project.category;
      want.category = e.category;
    }
    for (const k of Object.keys(want))
      if (got[k] !== want[k])
        out.push(`form ${i + 1} (${e.sheet}): ${k} ${JSON.stringify(got[k])}, expected ${JSON.stringify(want[k])}`);
  });
  return out;
}

/** Indicator rows: exactly the expected cells, each with its row, levels, 三级 and target text. */
export function compareIndicators(model: WorkbookModel, expected: Expected): string[] {
  const out: string[] = [];
  const sheets = sheetsOf(expected, model);
  const found = byPosition(
    model.forms.flatMap((f) => f.indicators),
    sheets,
  );
  const want = byPosition(expected.indicators, sheets);
  const foundMap = new Map(found.map((i) => [key(i.sheet, i.cell), i]));
  const wantSet = new Set(want.map((e) => key(e.sheet, e.cell)));
  for (const e of want) {
    const i = foundMap.get(key(e.sheet, e.cell));
    if (!i) {
      out.push(`missing ${key(e.sheet, e.cell)} (${e.level3} ${e.target})`);
      continue;
    }
    const got = { row: i.row, level1: i.level1, level2: i.level2, level3: i.level3, target: i.targetText };
    const exp = { row: e.row, level1: e.level1, level2: e.level2, level3: e.level3, target: e.target };
    for (const k of Object.keys(exp) as (keyof typeof exp)[])
      if (got[k] !== exp[k])
        out.push(`${key(e.sheet, e.cell)} ${k}: ${JSON.stringify(got[k])}, expected ${JSON.stringify(exp[k])}`);
  }
  for (const i of found)
    if (!wantSet.has(key(i.sheet, i.cell))) out.push(`extra row ${key(i.sheet, i.cell)} (${i.level3} ${i.targetText})`);
  return out;
}

/**
 * False errors: every error-severity finding outside the hierarchy family (which has its own check) must sit on an
 * indicator row whose expected verdict is `error` or `either`. Findings on rows the engine invented count too:
 * the user sees them.
 */
export function falseErrors(model: WorkbookModel, expected: Expected): string[] {
  const allowed = new Set(expected.indicators.filter((e) => e.verdict !== 'ok').map((e) => `${e.sheet}!${e.row}`));
  const out: string[] = [];
  for (const x of model.issues) {
    if (x.severity !== 'error' || x.code.startsWith('hierarchy.')) continue;
    if (x.row !== null && allowed.has(`${x.sheet}!${x.row}`)) continue;
    out.push(`${x.sheet}!${x.cell ?? x.row ?? ''} ${x.code}: ${x.message}`);
  }
  return out;
}

/** Missed errors: every expected `error` row is found and reported as an error. */
export function missedErrors(model: WorkbookModel, expected: Expected): string[] {
  const found = new Map(model.forms.flatMap((f) => f.indicators).map((i) => [key(i.sheet, i.cell), i]));
  const out: string[] = [];
  for (const e of expected.indicators) {
    if (e.verdict !== 'error') continue;
    const i = found.get(key(e.sheet, e.cell));
    if (!i) out.push(`${key(e.sheet, e.cell)} ${e.target}: row not found`);
    else if (i.verdict !== 'error') out.push(`${key(e.sheet, e.cell)} ${e.target}: expected error, got ${i.verdict}`);
  }
  return out;
}

/** Completion: on every expected row, the actual text (and cell), the status and a filled 分值. */
export function compareCompletion(model: WorkbookModel, expected: Expected): string[] {
  const found = new Map<string, IndicatorModel>(
    model.forms.flatMap((f) => f.indicators).map((i) => [key(i.sheet, i.cell), i]),
  );
  const out: string[] = [];
  for (const e of expected.indicators) {
    const k = key(e.sheet, e.cell);
    const i = found.get(k);
    if (!i) {
      if (e.completion !== null) out.push(`${k}: row not found (expected ${e.completion})`);
      continue;
    }
    const actual = i.actual?.text ?? null;
    if (actual !== e.actual) out.push(`${k} actual: ${JSON.stringify(actual)}, expected ${JSON.stringify(e.actual)}`);
    if (e.actualCell && e.actual !== null && i.actual && i.actual.cell !== e.actualCell)
      out.push(`${k} actual cell: ${i.actual.cell}, expected ${e.actualCell}`);
    const status = i.completion?.status ?? null;
    if (status !== e.completion)
      out.push(`${k} ${e.target} / ${e.actual}: completion ${status}, expected ${e.completion}`);
    if (e.weight !== undefined && i.weight !== e.weight)
      out.push(`${k} weight: ${JSON.stringify(i.weight)}, expected ${e.weight}`);
  }
  return out;
}

/** Hierarchy: the rows with an error-level hierarchy finding are exactly the expected ones. */
export function compareHierarchy(model: WorkbookModel, expected: Expected): string[] {
  const rows = [
    ...new Set(
      model.issues
        .filter((i) => i.code.startsWith('hierarchy.') && i.severity === 'error')
        .map((i) => `${i.sheet}!${i.row}`),
    ),
  ];
  const want = new Set(expected.hierarchyErrors.map((h) => `${h.sheet}!${h.row}`));
  const out: string[] = [];
  for (const r of rows)
    if (!want.has(r)) {
      const msgs = model.issues.filter(
        (i) => `${i.sheet}!${i.row}` === r && i.code.startsWith('hierarchy.') && i.severity === 'error',
      );
      out.push(`unexpected ${r}: ${msgs.map((m) => `${m.code} ${m.message}`).join('; ')}`);
    }
  for (const r of want) if (!rows.includes(r)) out.push(`missing hierarchy error on ${r}`);
  return out;
}

/** Every check, by name. */
export function compareAll(model: WorkbookModel, expected: Expected): Record<CheckName, string[]> {
  return {
    forms: compareForms(model, expected),
    indicators: compareIndicators(model, expected),
    'false-errors': falseErrors(model, expected),
    'missed-errors': missedErrors(model, expected),
    completion: compareCompletion(model, expected),
    hierarchy: compareHierarchy(model, expected),
  };
}
