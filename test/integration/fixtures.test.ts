/**
 * Every workbook in ../shared/fixtures, read through the real adapter, matches its *.expected.json
 * under the rules of the fixtures' README.
 */
import { analyzeWorkbook } from '../../src/core/analyze';
import type { WorkbookModel } from '../../src/core/model';
import { readWorkbookFile } from '../../src/workbook/node';
import { loadFixtures } from '../helpers/shared';

const fixtures = loadFixtures();

test('the fixtures folder holds expected answers', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(3);
});

describe.each(fixtures)('$name', ({ xlsx, expected }) => {
  let model: WorkbookModel;
  beforeAll(async () => {
    model = analyzeWorkbook(await readWorkbookFile(xlsx));
  });

  test('finds every form with its project, funds and layout', () => {
    expect(model.forms).toHaveLength(expected.counts.forms);
    expected.forms.forEach((e, i) => {
      const f = model.forms[i];
      expect({
        sheet: f.sheet,
        projectName: f.project.name,
        totalFunds: f.project.totalFunds,
        layout: f.layout,
        headerRow: f.headerRow,
        indicatorCount: f.indicators.length,
      }).toEqual({
        sheet: e.sheet,
        projectName: e.projectName,
        totalFunds: e.totalFunds,
        layout: e.layout,
        headerRow: e.headerRow,
        indicatorCount: e.indicatorCount,
      });
      // A self-evaluation sheet has no 项目类别 line (the expected value is copied from the declaration):
      // the category is checked where the sheet states it.
      if (e.category !== undefined && f.layout.startsWith('declaration')) expect(f.project.category).toBe(e.category);
      if (e.department !== undefined) expect(f.project.department).toBe(e.department);
      if (e.implementingUnit !== undefined) expect(f.project.implementingUnit).toBe(e.implementingUnit);
      if (e.startDate !== undefined) expect(f.project.startDate).toBe(e.startDate);
      if (e.endDate !== undefined) expect(f.project.endDate).toBe(e.endDate);
      if (e.titleCell !== undefined) expect(f.titleCell).toBe(e.titleCell);
      if (e.projectNameCell !== undefined) expect(f.project.nameCell).toBe(e.projectNameCell);
      if (e.totalFundsCell !== undefined) expect(f.project.totalFundsCell).toBe(e.totalFundsCell);
      if (e.executedFunds !== undefined) expect(f.project.executedFunds).toBe(e.executedFunds);
    });
  });

  test('finds every indicator row with its levels and target text, and nothing else', () => {
    const found = model.forms.flatMap((f) => f.indicators);
    expect(found.map((i) => `${i.sheet}!${i.cell}`)).toEqual(expected.indicators.map((e) => `${e.sheet}!${e.cell}`));
    expected.indicators.forEach((e, n) => {
      const i = found[n];
      expect({ row: i.row, level1: i.level1, level2: i.level2, level3: i.level3, target: i.targetText }).toEqual({
        row: e.row,
        level1: e.level1,
        level2: e.level2,
        level3: e.level3,
        target: e.target,
      });
    });
  });

  test('reports every error target as an error and no ok target as an error', () => {
    const found = new Map(model.forms.flatMap((f) => f.indicators).map((i) => [`${i.sheet}!${i.cell}`, i]));
    const wrong: string[] = [];
    for (const e of expected.indicators) {
      const i = found.get(`${e.sheet}!${e.cell}`);
      if (!i) continue;
      if (e.verdict === 'error' && i.verdict !== 'error') wrong.push(`${e.cell} ${e.target}: expected error, got ${i.verdict}`);
      if (e.verdict === 'ok' && i.verdict === 'error') {
        const codes = i.issues.filter((x) => x.severity === 'error').map((x) => x.code);
        wrong.push(`${e.cell} ${e.target}: expected ok, got error ${codes.join(',')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('reads actuals and decides completion as expected', () => {
    const found = new Map(model.forms.flatMap((f) => f.indicators).map((i) => [`${i.sheet}!${i.cell}`, i]));
    for (const e of expected.indicators) {
      const i = found.get(`${e.sheet}!${e.cell}`);
      expect(i).toBeDefined();
      if (!i) continue;
      expect([e.cell, i.actual?.text ?? null]).toEqual([e.cell, e.actual]);
      if (e.actualCell && e.actual !== null) expect(i.actual?.cell).toBe(e.actualCell);
      expect([e.cell, i.completion?.status ?? null]).toEqual([e.cell, e.completion]);
      if (e.weight !== undefined) expect([e.cell, i.completion?.weight]).toEqual([e.cell, e.weight]);
    }
  });

  test('reports exactly the expected hierarchy errors', () => {
    const rows = model.issues
      .filter((i) => i.code.startsWith('hierarchy.') && i.severity === 'error')
      .map((i) => `${i.sheet}!${i.row}`);
    expect([...new Set(rows)].sort()).toEqual(expected.hierarchyErrors.map((h) => `${h.sheet}!${h.row}`).sort());
  });
});
