/**
 * The 53 rows of seed-2021-sfj-selfeval: every expected completion status, and the second form's
 * weights (90 over the indicators + 10 for 预算执行率) raise no weights-sum warning.
 */
import * as fs from 'fs';
import * as path from 'path';
import { scoreForm } from '../../../src/core/completion';
import type { CellInput, CompletionRowInput } from '../../../src/core/completion';
import { isCostRow, isReverseName } from '../../../src/core/target/classify';
import { target } from './helpers';

interface ExpectedIndicator {
  sheet: string;
  row: number;
  level1: string;
  level2: string;
  level3: string;
  target: string;
  actual: string | null;
  completion: string;
  weight?: number;
  actualCell: string;
}

const FIXTURE = path.resolve(__dirname, '../../../../shared/fixtures/seed-2021-sfj-selfeval.expected.json');
const expected = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as {
  forms: { sheet: string; totalFunds: number; executedFunds: number }[];
  indicators: ExpectedIndicator[];
};

/** The actual cell as the workbook holds it: text, except the two percent-formatted numbers. */
function actualCell(ind: ExpectedIndicator, sheetIndex: number): CellInput | null {
  if (ind.actual === null) return null;
  if (sheetIndex === 0 && ind.actualCell === 'E21') return { value: 0.973, text: '97.3%', format: '0.0%' };
  if (sheetIndex === 1 && ind.actualCell === 'E41') return { value: 0.88, text: '88%', format: '0%' };
  if (ind.actual === '2500') return { value: 2500, text: '2500', format: 'General' };
  return { value: ind.actual, text: ind.actual };
}

function rowsOf(sheetIndex: number): { rows: CompletionRowInput[]; expected: ExpectedIndicator[] } {
  const sheet = expected.forms[sheetIndex].sheet;
  const inds = expected.indicators.filter((i) => i.sheet === sheet);
  const rows = inds.map((ind): CompletionRowInput => ({
    row: ind.row,
    level1: ind.level1,
    level2: ind.level2,
    level3: ind.level3,
    level1HeadingWeight: null,
    target: target(ind.target),
    reverse: isReverseName(ind.level3),
    cost: isCostRow(ind.level1, ind.level2),
    actual: actualCell(ind, sheetIndex),
    unitColumn: null,
    reason: '',
    weight: ind.weight === undefined ? null : { value: ind.weight, text: String(ind.weight), format: 'General' },
    score: null,
  }));
  return { rows, expected: inds };
}

describe('seed-2021-sfj-selfeval: completion status of all 53 rows', () => {
  const cases: [string, number, string, string | null, string][] = [];
  for (const [sheetIndex] of expected.forms.entries()) {
    for (const ind of rowsOf(sheetIndex).expected) {
      cases.push([`${ind.sheet}!${ind.actualCell}`, sheetIndex, ind.target, ind.actual, ind.completion]);
    }
  }

  it('has 53 rows', () => expect(cases).toHaveLength(53));

  for (const [sheetIndex, form] of expected.forms.entries()) {
    describe(form.sheet, () => {
      const { rows, expected: inds } = rowsOf(sheetIndex);
      const result = scoreForm({
        rows,
        budget: {
          initial: form.totalFunds,
          adjusted: form.totalFunds,
          executed: form.executedFunds,
          weight: sheetIndex === 1 ? 10 : null,
          userScore: null,
        },
        split: false,
        printedTotal: null,
        year: 2021,
      });
      it.each(inds.map((ind, i) => [ind.actualCell, ind.target, ind.actual, ind.completion, i] as const))(
        '%s: %s / %s → %s',
        (_cell, _t, _a, status, i) => {
          expect(result.rows[i].completion.status).toBe(status);
        },
      );
      it('raises no unit-mismatch, invalid or qualitative-actual finding', () => {
        const codes = result.rows.flatMap((r) => r.findings.map((f) => f.code));
        expect(codes).not.toContain('completion.unit-mismatch');
        expect(codes).not.toContain('completion.invalid');
        expect(codes).not.toContain('completion.qualitative-actual');
        expect(codes).not.toContain('completion.ambiguous-percent');
      });
      it('is incomplete (some actuals are pending), with no grade', () => {
        expect(result.complete).toBe(false);
        expect(result.grade).toBeNull();
        expect(result.total).not.toBeNull();
      });
    });
  }

  it('first form: E21 is 0.973 in "0.0%" and reads 97.3%; E13 30.2万 reads 302000', () => {
    const { rows } = rowsOf(0);
    const r = scoreForm({ rows, budget: null, split: false, printedTotal: null, year: 2021 });
    const e21 = r.rows.find((x) => x.row === 21)!;
    expect(e21.actual?.value).toBeCloseTo(97.3, 9);
    expect(e21.actual?.unit).toBe('%');
    expect(e21.completion.status).toBe('met');
    const e13 = r.rows.find((x) => x.row === 13)!;
    expect(e13.actual?.value).toBe(302000);
  });

  it('first form: 分值 all blank → weights proposed per 一级 (50/30/10), each 一级 sums exactly', () => {
    const { rows } = rowsOf(0);
    const r = scoreForm({ rows, budget: null, split: false, printedTotal: null, year: 2021 });
    const byLevel1 = new Map<string, number>();
    rows.forEach((row, i) => {
      const c = r.rows[i].completion;
      expect(c.weightProposed).toBe(true);
      byLevel1.set(row.level1!, Math.round(((byLevel1.get(row.level1!) ?? 0) + c.weight!) * 100) / 100);
    });
    expect(Object.fromEntries(byLevel1)).toEqual({ 产出指标: 50, 效益指标: 30, 满意度指标: 10 });
    // one proposal for the form, not 24 (one per row)
    expect(r.findings).toEqual([
      { code: 'completion.weight-proposed', severity: 'info', params: { split: '产出50/效益30/满意度10' } },
    ]);
    expect(r.rows.flatMap((x) => x.findings).filter((f) => f.code === 'completion.weight-proposed')).toHaveLength(0);
  });

  it('second form: weights 90 + budget 10 raise no weights-sum (or any form-level) warning', () => {
    const { rows } = rowsOf(1);
    const sum = rows.reduce((s, r) => s + Number(r.weight?.value ?? 0), 0);
    expect(sum).toBe(90);
    const form = expected.forms[1];
    const r = scoreForm({
      rows,
      budget: {
        initial: form.totalFunds,
        adjusted: form.totalFunds,
        executed: form.executedFunds,
        weight: 10,
        userScore: null,
      },
      split: false,
      printedTotal: 100,
      year: 2021,
    });
    expect(r.findings).toEqual([]);
    expect(r.rows.every((x) => !x.completion.weightProposed)).toBe(true);
    expect(r.rows.flatMap((x) => x.findings).map((f) => f.code)).not.toContain('completion.weight-proposed');
    // 17,902,560 / 18,631,290 = 96.09% → 9.61
    expect(r.budget?.score).toBe(9.61);
  });

  it('second form without the budget weight (null → default 10) still sums to 100', () => {
    const { rows } = rowsOf(1);
    const r = scoreForm({ rows, budget: null, split: false, printedTotal: null, year: 2021 });
    expect(r.findings).toEqual([]);
  });
});
