/**
 * Every workbook in ../shared/fixtures, read through the real adapter, matches its *.expected.json
 * under the rules of the fixtures' README. The comparisons live in test/helpers/compare-expected.ts (shared with the
 * corpus of real forms, test/corpus); each returns its mismatches, so a failure names every wrong cell at once.
 */
import { analyzeWorkbook } from '../../src/core/analyze';
import type { WorkbookModel } from '../../src/core/model';
import { readWorkbookFile } from '../../src/workbook/node';
import {
  compareCompletion,
  compareForms,
  compareHierarchy,
  compareIndicators,
  falseErrors,
  missedErrors,
} from '../helpers/compare-expected';
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
    expect(compareForms(model, expected)).toEqual([]);
  });

  test('finds every indicator row with its levels and target text, and nothing else', () => {
    expect(compareIndicators(model, expected)).toEqual([]);
  });

  test('lists the indicators in reading order', () => {
    const found = model.forms.flatMap((f) => f.indicators).map((i) => `${i.sheet}!${i.cell}`);
    expect(found).toEqual(expected.indicators.map((e) => `${e.sheet}!${e.cell}`));
  });

  test('reports every error target as an error and no ok target as an error', () => {
    expect(missedErrors(model, expected)).toEqual([]);
    expect(falseErrors(model, expected)).toEqual([]);
  });

  test('reads actuals and decides completion as expected', () => {
    expect(compareCompletion(model, expected)).toEqual([]);
  });

  test('reports exactly the expected hierarchy errors', () => {
    expect(compareHierarchy(model, expected)).toEqual([]);
  });
});
