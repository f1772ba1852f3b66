/**
 * §5 Scoring: weights, indicator scores, budget execution, rounding, total, grade.
 */
import { assignWeights, scoreBudget, scoreForm, splitWeight, splitWholePoints } from '../../../src/core/completion';
import type { CompletionRowInput, WeightRow } from '../../../src/core/completion';
import type { ScoringOptions } from '../../../src/core/types';
import { DEFAULT_SCORING_OPTIONS } from '../../../src/core/types';
import { NA_TARGET, cell, row } from './helpers';

const LINEAR: ScoringOptions = { ...DEFAULT_SCORING_OPTIONS, reverseScoring: 'linear' };

function w(n: number) {
  return cell(n);
}

/** Scores one row with weight 5 (or the given weight) and returns its outcome. */
function one(target: string, actual: string | null, extra: Partial<CompletionRowInput> = {}, options?: ScoringOptions) {
  const r = scoreForm(
    {
      rows: [row(target, actual, { weight: w(5), reason: '原因', ...extra })],
      budget: null,
      split: false,
      printedTotal: null,
    },
    options,
  );
  return r.rows[0];
}

describe('the §5 examples (w = 5)', () => {
  it('≥200个 / 186个 → 0.93 → 4.65', () => {
    const r = one('≥200个', '186个');
    expect(r.completion).toMatchObject({ status: 'not_met', score: 4.65, weight: 5, weightProposed: false });
    expect(r.completion.ratio).toBeCloseTo(0.93, 12);
  });

  it('≤50万元 / 55万元 → 4.55 (ratio), 4.50 (linear)', () => {
    expect(one('≤50万元', '55万元').completion.score).toBe(4.55);
    expect(one('≤50万元', '55万元', {}, LINEAR).completion.score).toBe(4.5);
  });

  it('qualitative 部分达成 → 3.50', () => {
    expect(one('提升', '部分达成').completion).toMatchObject({ status: 'partial', score: 3.5 });
  });

  it('">90%" with 90% → not_met at ratio 1, full marks', () => {
    expect(one('>90%', '90%').completion).toMatchObject({ status: 'not_met', ratio: 1, score: 5 });
  });

  it('"=50期" with 52期 → not_met at ratio 1.04, full marks', () => {
    const c = one('=50期', '52期').completion;
    expect(c).toMatchObject({ status: 'not_met', score: 5 });
    expect(c.ratio).toBeCloseTo(1.04, 12);
  });

  it('budget 14,986,420 / 15,371,720 = 97.49% → 9.75', () => {
    const b = scoreBudget({ initial: 15371720, adjusted: 15371720, executed: 14986420, weight: null, userScore: null });
    expect(b.rate).toBeCloseTo(0.97493, 5);
    expect(b).toMatchObject({ weight: 10, score: 9.75, findings: [] });
  });

  it('1.005 rounds to 1.01', () => {
    // w × ratio = 1.005 exactly in decimal: w = 2.01, ratio 0.5
    const r = one('≥10个', '5个', { weight: w(2.01) });
    expect(r.completion.score).toBe(1.01);
  });

  it('a full 1.005 keeps its 分值: rounding never lifts a score over its weight', () => {
    const r = one('≥10个', '10个', { weight: w(1.005) });
    expect(r.completion.score).toBe(1.005);
  });

  it('under ≥29万, "30.2" reads 30.2万 (met) and "302000" reads 302000', () => {
    expect(one('≥29万', '30.2').completion.status).toBe('met');
    expect(one('≥29万', '30.2').actual?.value).toBe(302000);
    expect(one('≥29万', '302000').actual?.value).toBe(302000);
  });
});

describe('indicator scores', () => {
  it.each([
    ['≥200个', '250个', 5],
    ['≥200个', '100个', 2.5],
    ['90%-95%', '81%', 4.5],
    ['90%-95%', '92%', 5],
    ['80%-90%', '100%', 4.5],
    ['=0起', '0起', 5],
    ['=0起', '1起', 0],
    ['≤5起', '0起', 5],
    ['≤0起', '2起', 0],
    ['≤50万元', '40万元', 5],
    ['提升', '达成', 5],
    ['提升', '未达成', 0],
    ['2021年12月31日前', '2021年11月30日', 5],
    ['2021年12月31日前', '2022年1月31日', 0],
    ['2021年12月31日前', '部分完成', 3.5],
    ['≥95%', '达成', 5],
  ])('%s / %s → %p', (t, a, score) => expect(one(t, a).completion.score).toBe(score));

  it('bare targets on 成本 / reverse rows score as reverse', () => {
    expect(one('50万元', '55万元', { cost: true }).completion.score).toBe(4.55);
    expect(one('2%', '4%', { reverse: true }).completion.score).toBe(2.5);
    expect(one('2%', '4%', { reverse: true }, LINEAR).completion.score).toBe(0);
    expect(one('2%', '3%', { reverse: true }, LINEAR).completion.score).toBe(2.5);
    expect(one('2%', '1%', { reverse: true }, LINEAR).completion.score).toBe(5);
  });

  it('linear with A = 0: full marks only when B ≤ 0', () => {
    expect(one('≤0起', '0起', {}, LINEAR).completion.score).toBe(5);
    expect(one('≤0起', '1起', {}, LINEAR).completion.score).toBe(0);
  });

  it('qualitative tiers are configurable', () => {
    const options = { ...DEFAULT_SCORING_OPTIONS, qualitativeTiers: { met: 1, partial: 0.6, notMet: 0.2 } };
    expect(one('提升', '部分达成', {}, options).completion.score).toBe(3);
    expect(one('提升', '未达成', {}, options).completion.score).toBe(1);
  });

  it.each([
    ['pending', '≥200个', null],
    ['invalid', '提升', '很多'],
    ['invalid (unit mismatch)', '≥2000人次', '2100人'],
  ])('%s rows have no score', (_s, t, a) => {
    expect(one(t, a).completion.score).toBeNull();
  });

  it('na rows have no status score and no weight', () => {
    const r = scoreForm({
      rows: [row(NA_TARGET, '98%'), row('≥200个', '200个')],
      budget: null,
      split: false,
      printedTotal: null,
    });
    expect(r.rows[0].completion).toMatchObject({ status: 'na', score: null, weight: null, weightProposed: false });
    expect(r.rows[1].completion).toMatchObject({ weight: 50, weightProposed: true, score: 50 });
  });

  it('integer rounding', () => {
    expect(one('≥200个', '186个', {}, { ...DEFAULT_SCORING_OPTIONS, rounding: 'integer' }).completion.score).toBe(5);
    expect(one('≥200个', '186个', {}, { ...DEFAULT_SCORING_OPTIONS, rounding: 'none' }).completion.score).toBeCloseTo(
      4.65,
      12,
    );
  });
});

describe('user-entered 得分 is never replaced', () => {
  it('keeps the typed score and reports a difference above 0.01 (info)', () => {
    const r = one('≥200个', '186个', { score: cell(4) });
    expect(r.completion).toMatchObject({ score: 4.65, userScore: 4 });
    expect(r.findings).toEqual([
      { code: 'completion.score-mismatch', severity: 'info', params: { userScore: '4', score: '4.65' } },
    ]);
  });

  it('no mismatch within 0.01', () => {
    expect(one('≥200个', '186个', { score: cell(4.66) }).findings).toEqual([]);
    expect(one('≥200个', '186个', { score: cell('4.65分') }).findings).toEqual([]);
  });

  it('a score above the weight → score-over-weight (warning)', () => {
    const r = one('≥200个', '200个', { score: cell(6) });
    expect(r.findings).toContainEqual({
      code: 'completion.score-over-weight',
      severity: 'warning',
      params: { score: '6', weight: '5' },
    });
    expect(r.findings.map((f) => f.code)).not.toContain('completion.score-out-of-band');
  });

  it.each([
    ['达成', 3.9, '达成', '4', '5'],
    ['部分达成', 4, '部分达成', '3', '4'],
    ['部分达成', 2.9, '部分达成', '3', '4'],
    ['未达成', 3, '未达成', '0', '3'],
  ])('qualitative %s with a typed %p → score-out-of-band [%s]', (a, typed, tier, low, high) => {
    const r = one('提升', a, { score: cell(typed) });
    expect(r.findings).toContainEqual({
      code: 'completion.score-out-of-band',
      severity: 'warning',
      params: { score: String(typed), tier, low, high },
    });
  });

  it.each([
    ['达成', 4],
    ['达成', 5],
    ['部分达成', 3],
    ['部分达成', 3.99],
    ['未达成', 0],
    ['未达成', 2.99],
  ])('qualitative %s with %p is inside its band', (a, typed) => {
    const codes = one('提升', a, { score: cell(typed) }).findings.map((f) => f.code);
    expect(codes).not.toContain('completion.score-out-of-band');
  });

  it('no band check on numeric rows', () => {
    const codes = one('≥200个', '100个', { score: cell(4.9) }).findings.map((f) => f.code);
    expect(codes).toEqual(['completion.score-mismatch']);
  });

  it('no score check against a proposed weight', () => {
    const r = one('≥200个', '186个', { weight: null, score: cell(4) });
    expect(r.completion.weightProposed).toBe(true);
    // the proposal is one finding per form (scoreForm's findings), never one per row
    expect(r.findings.map((f) => f.code)).toEqual([]);
  });
});

describe('weights', () => {
  const wr = (level1: string | null, filled: number | null, extra: Partial<WeightRow> = {}): WeightRow => ({
    row: 0,
    level1,
    level1HeadingWeight: null,
    na: false,
    filled,
    ...extra,
  });
  const ctx = { split: false, budgetWeight: 10, printedTotal: null };
  const numbered = (rows: WeightRow[]) => rows.map((r, i) => ({ ...r, row: i + 1 }));

  it('splitWholePoints: whole points, the first rows one more until the total is made; null when it cannot be', () => {
    expect(splitWholePoints(50, 3)).toEqual([17, 17, 16]);
    expect(splitWholePoints(10, 4)).toEqual([3, 3, 2, 2]);
    expect(splitWholePoints(30, 3)).toEqual([10, 10, 10]);
    expect(splitWholePoints(10, 12)).toBeNull(); // fewer points than rows
    expect(splitWholePoints(12.5, 2)).toBeNull();
    expect(splitWholePoints(10, 0)).toBeNull();
  });

  it('whole-point rounding proposes whole-point weights, so a full row scores its weight and the total is 100', () => {
    const rows = [
      { row: 1, level1: '产出指标', filled: null },
      { row: 2, level1: '产出指标', filled: null },
      { row: 3, level1: '产出指标', filled: null },
      { row: 4, level1: '效益指标', filled: null },
      { row: 5, level1: '满意度指标', filled: null },
    ].map((r) => ({ ...r, level1HeadingWeight: null, na: false }));
    const ctx = { split: false, budgetWeight: 10, printedTotal: null };
    const whole = assignWeights(rows, ctx, { ...DEFAULT_SCORING_OPTIONS, rounding: 'integer' });
    expect(whole.rows.map((r) => r.weight)).toEqual([17, 17, 16, 30, 10]);
    const decimals = assignWeights(rows, ctx, DEFAULT_SCORING_OPTIONS);
    expect(decimals.rows.map((r) => r.weight)).toEqual([16.67, 16.67, 16.66, 30, 10]);
  });

  it('splitWeight: W/n to 2 dp, bottom row takes the remainder', () => {
    expect(splitWeight(50, 3)).toEqual([16.67, 16.67, 16.66]);
    expect(splitWeight(30, 7)).toEqual([4.29, 4.29, 4.29, 4.29, 4.29, 4.29, 4.26]);
    expect(splitWeight(10, 1)).toEqual([10]);
    expect(splitWeight(10, 0)).toEqual([]);
  });

  it('all blank: defaults 50/30/10 split per 一级, each summing exactly; one weight-proposed info for the form', () => {
    const rows = numbered([
      wr('产出指标', null),
      wr('产出指标', null),
      wr('产出指标', null),
      wr('效益指标', null),
      wr('满意度指标', null),
    ]);
    const r = assignWeights(rows, ctx);
    expect(r.rows.map((x) => x.weight)).toEqual([16.67, 16.67, 16.66, 30, 10]);
    expect(r.rows.every((x) => x.proposed)).toBe(true);
    expect(r.rows.flatMap((x) => x.findings)).toEqual([]);
    expect(r.findings).toEqual([
      { code: 'completion.weight-proposed', severity: 'info', params: { split: '产出50/效益30/满意度10' } },
    ]);
  });

  it('a (N分) heading overrides the default', () => {
    const rows = numbered([
      wr('产出指标', null, { level1HeadingWeight: 40 }),
      wr('产出指标', null, { level1HeadingWeight: 40 }),
    ]);
    expect(assignWeights(rows, ctx).rows.map((x) => x.weight)).toEqual([20, 20]);
  });

  it('a 成本指标 一级 shares 产出 50 across the combined rows by default', () => {
    const rows = numbered([wr('产出指标', null), wr('产出指标', null), wr('成本指标', null), wr('成本指标', null)]);
    expect(assignWeights(rows, ctx).rows.map((x) => x.weight)).toEqual([12.5, 12.5, 12.5, 12.5]);
  });

  it('a 成本指标 weight can be configured, or given by its heading', () => {
    const rows = numbered([wr('产出指标', null), wr('成本指标', null)]);
    const options = {
      ...DEFAULT_SCORING_OPTIONS,
      defaultWeights: { ...DEFAULT_SCORING_OPTIONS.defaultWeights, cost: 20 },
    };
    expect(assignWeights(rows, ctx, options).rows.map((x) => x.weight)).toEqual([50, 20]);
    const headed = numbered([wr('产出指标', null), wr('成本指标', null, { level1HeadingWeight: 10 })]);
    expect(assignWeights(headed, ctx).rows.map((x) => x.weight)).toEqual([50, 10]);
  });

  it('partly filled: each of k blank rows gets (W − filled)/k', () => {
    const rows = numbered([wr('产出指标', 20), wr('产出指标', null), wr('产出指标', null), wr('产出指标', null)]);
    const r = assignWeights(rows, ctx);
    expect(r.rows.map((x) => x.weight)).toEqual([20, 10, 10, 10]);
    expect(r.rows.map((x) => x.proposed)).toEqual([false, true, true, true]);
  });

  it('partly filled with nothing left: no proposal', () => {
    const rows = numbered([wr('产出指标', 50), wr('产出指标', null)]);
    expect(assignWeights(rows, ctx).rows[1]).toMatchObject({ weight: null, proposed: false, findings: [] });
  });

  it('na rows get no weight and do not take a share', () => {
    const rows = numbered([wr('产出指标', null), wr('产出指标', null, { na: true }), wr('产出指标', null)]);
    expect(assignWeights(rows, ctx).rows.map((x) => x.weight)).toEqual([25, null, 25]);
  });

  it('rows without a known 一级 get no proposal', () => {
    const rows = numbered([wr(null, null), wr('投入指标', null)]);
    expect(assignWeights(rows, ctx).rows.map((x) => x.weight)).toEqual([null, null]);
  });

  it('split forms: 绩效指标 gets 100 − 预算执行 (90), divided freely across all 一级', () => {
    const rows = numbered([wr('产出指标', null), wr('效益指标', null), wr('满意度指标', null)]);
    expect(assignWeights(rows, { ...ctx, split: true }).rows.map((x) => x.weight)).toEqual([30, 30, 30]);
  });

  it('weights-sum: Σ 分值 + 预算执行 ≠ 100 (warning), only when some 分值 is filled', () => {
    const rows = numbered([wr('产出指标', 50), wr('效益指标', 30), wr('满意度指标', 5)]);
    expect(assignWeights(rows, ctx).findings).toEqual([
      { code: 'completion.weights-sum', severity: 'warning', params: { sum: '95', expected: 100 } },
    ]);
    expect(assignWeights(numbered([wr('产出指标', 60), wr('效益指标', 30)]), ctx).findings).toEqual([]);
    // nothing filled: no weights-sum, only the form's one proposal
    expect(assignWeights(numbered([wr('产出指标', null)]), ctx).findings.map((f) => f.code)).toEqual([
      'completion.weight-proposed',
    ]);
  });

  it('partly filled: one proposal for the blank rows of the form (partial wording), none per row', () => {
    const rows = numbered([wr('产出指标', 25), wr('产出指标', null), wr('效益指标', null), wr('满意度指标', 10)]);
    const r = assignWeights(rows, ctx);
    expect(r.rows.map((x) => x.weight)).toEqual([25, 25, 30, 10]);
    expect(r.rows.flatMap((x) => x.findings)).toEqual([]);
    expect(r.findings[0]).toEqual({
      code: 'completion.weight-proposed',
      severity: 'info',
      params: { split: '产出25/效益30', hint: 'completion.weight-proposed.partial' },
    });
  });

  it('filled 分值 that already make up 100 (or the printed 总分): the blanks are meant, nothing is proposed', () => {
    const rows = numbered([wr('产出指标', 50), wr('产出指标', null), wr('效益指标', 30), wr('满意度指标', 10)]);
    const r = assignWeights(rows, ctx);
    expect(r.rows.map((x) => x.weight)).toEqual([50, null, 30, 10]);
    expect(r.rows.some((x) => x.proposed)).toBe(false);
    expect(r.findings).toEqual([]);
    const printed = assignWeights(numbered([wr('产出指标', 60), wr('效益指标', null)]), {
      ...ctx,
      budgetWeight: 0,
      printedTotal: 60,
    });
    expect(printed.rows.some((x) => x.proposed)).toBe(false);
  });

  it('weights-sum against the printed 总分', () => {
    const rows = numbered([wr('产出指标', 60), wr('效益指标', 30)]);
    expect(assignWeights(rows, { ...ctx, printedTotal: 100 }).findings).toEqual([]);
    expect(assignWeights(rows, { ...ctx, printedTotal: 90 }).findings).toEqual([
      { code: 'completion.weights-sum', severity: 'warning', params: { sum: '100', expected: '90' } },
    ]);
  });

  it('level1-weight-mismatch: a 一级 total ≠ its (N分) heading', () => {
    const rows = numbered([
      wr('产出指标', 20, { level1HeadingWeight: 50 }),
      wr('产出指标', 20, { level1HeadingWeight: 50 }),
      wr('效益指标', 40, { level1HeadingWeight: 40 }),
      wr('满意度指标', 10),
    ]);
    expect(assignWeights(rows, ctx).findings).toEqual([
      {
        code: 'completion.level1-weight-mismatch',
        severity: 'warning',
        params: { level1: '产出指标', sum: '40', expected: '50' },
      },
    ]);
  });

  it('weight cells: numbers, text with 分, %-formatted 权重; blanks and dashes are blank', () => {
    const rows = [
      row('≥1个', '1个', { weight: cell('5分') }),
      row('≥1个', '1个', { weight: { value: 0.1, text: '10%', format: '0%' } }),
      row('≥1个', '1个', { weight: cell('—') }),
    ];
    const r = scoreForm({ rows, budget: null, split: false, printedTotal: null });
    expect(r.rows.map((x) => [x.completion.weight, x.completion.weightProposed])).toEqual([
      [5, false],
      [10, false],
      [35, true],
    ]);
  });
});

describe('budget execution', () => {
  it('falls back to 年初预算数 when 全年预算数 is blank (info)', () => {
    const b = scoreBudget({ initial: 100, adjusted: null, executed: 95, weight: null, userScore: null });
    expect(b).toMatchObject({
      rate: 0.95,
      score: 9.5,
      findings: [{ code: 'completion.budget-base-fallback', severity: 'info' }],
    });
  });

  it.each([[{ initial: null, adjusted: null }], [{ initial: 100, adjusted: 0 }], [{ initial: 0, adjusted: null }]])(
    'zero or missing base %p → no score, budget-no-base (warning)',
    (base) => {
      const b = scoreBudget({ ...base, executed: 50, weight: null, userScore: null });
      expect(b).toMatchObject({
        rate: null,
        score: null,
        findings: [{ code: 'completion.budget-no-base', severity: 'warning' }],
      });
    },
  );

  it('min(rate, 1) × 分值; the funds block 分值 overrides the default 10', () => {
    expect(scoreBudget({ initial: 100, adjusted: 100, executed: 120, weight: null, userScore: null })).toMatchObject({
      rate: 1.2,
      score: 10,
    });
    expect(scoreBudget({ initial: 100, adjusted: 100, executed: 95, weight: 20, userScore: null })).toMatchObject({
      weight: 20,
      score: 19,
    });
  });

  it('execution below 90% → budget-execution-low (warning, configurable)', () => {
    expect(
      scoreBudget({ initial: null, adjusted: 200, executed: 170, weight: null, userScore: null }).findings,
    ).toEqual([{ code: 'completion.budget-execution-low', severity: 'warning', params: { rate: '85%', min: '90%' } }]);
    const options = { ...DEFAULT_SCORING_OPTIONS, lowExecutionRate: 0.8 };
    expect(
      scoreBudget({ initial: null, adjusted: 200, executed: 170, weight: null, userScore: null }, options).findings,
    ).toEqual([]);
  });

  it('a typed 得分 is checked like a row score', () => {
    const b = scoreBudget({ initial: null, adjusted: 100, executed: 95, weight: 10, userScore: 12 });
    expect(b.score).toBe(9.5);
    expect(b.findings.map((f) => f.code)).toEqual(['completion.score-over-weight', 'completion.score-mismatch']);
  });

  it('executed blank → no score, no finding (the total is incomplete)', () => {
    expect(scoreBudget({ initial: 100, adjusted: 100, executed: null, weight: null, userScore: null })).toMatchObject({
      score: null,
      findings: [],
    });
  });
});

describe('total, completeness and grade', () => {
  const budget = { initial: 15371720, adjusted: 15371720, executed: 14986420, weight: null, userScore: null };

  it('budget + Σ rounded rows, rounded again; grade by band', () => {
    const rows = [
      row('≥200个', '186个', { weight: w(50), reason: 'x' }), // 46.5
      row('提升', '部分达成', { level1: '效益指标', weight: w(30), reason: 'x' }), // 21
      row('≥95%', '96%', { level1: '满意度指标', weight: w(10) }), // 10
    ];
    const r = scoreForm({ rows, budget, split: false, printedTotal: null });
    expect(r.rows.map((x) => x.completion.score)).toEqual([46.5, 21, 10]);
    expect(r.budget?.score).toBe(9.75);
    expect(r.total).toBe(87.25);
    expect(r.complete).toBe(true);
    expect(r.grade).toBe('良');
    expect(r.findings).toEqual([]);
  });

  it('rows are rounded before summing', () => {
    const rows = [0, 1, 2].map(() => row('≥3个', '1个', { weight: w(1), reason: 'x' })); // 0.333… → 0.33 each
    const r = scoreForm({ rows, budget: null, split: false, printedTotal: null });
    expect(r.total).toBe(0.99);
  });

  it('a pending row makes the total incomplete: total still shown, no grade', () => {
    const rows = [row('≥200个', '200个', { weight: w(90) }), row('≥1个', null, { weight: w(0) })];
    const r = scoreForm({ rows, budget, split: false, printedTotal: null });
    expect(r.total).toBe(99.75);
    expect(r.complete).toBe(false);
    expect(r.grade).toBeNull();
  });

  it('a blank 全年执行数 makes the total incomplete', () => {
    const rows = [row('≥200个', '200个', { weight: w(90) })];
    const r = scoreForm({ rows, budget: { ...budget, executed: null }, split: false, printedTotal: null });
    expect(r).toMatchObject({ total: 90, complete: false, grade: null });
  });

  it('invalid rows score nothing but do not make the total incomplete', () => {
    const rows = [
      row('≥200个', '200个', { weight: w(80) }),
      row('提升', '很多', { level1: '效益指标', weight: w(10) }),
    ];
    const r = scoreForm({ rows, budget, split: false, printedTotal: null });
    expect(r).toMatchObject({ total: 89.75, complete: true, grade: '良' });
  });

  it('no scores at all → total null', () => {
    const r = scoreForm({ rows: [row('≥200个', null)], budget: null, split: false, printedTotal: null });
    expect(r).toMatchObject({ total: null, complete: false, grade: null });
  });

  it('rescaleNotApplicable: Σ score / Σ applicable weight × 100', () => {
    const rows = [
      row('≥200个', '186个', { weight: w(40), reason: 'x' }), // 37.2
      row(NA_TARGET, null, { weight: w(10) }),
      row('提升', '达成', { level1: '效益指标', weight: w(40) }), // 40
    ];
    const b = { initial: 100, adjusted: 100, executed: 100, weight: 10, userScore: null };
    const plain = scoreForm({ rows, budget: b, split: false, printedTotal: null });
    expect(plain.total).toBe(87.2);
    const rescaled = scoreForm(
      { rows, budget: b, split: false, printedTotal: null },
      { ...DEFAULT_SCORING_OPTIONS, rescaleNotApplicable: true },
    );
    expect(rescaled.total).toBe(96.89); // 87.2 / 90 × 100
    expect(rescaled.grade).toBe('优');
  });

  it('split self-evaluation: 预算执行 10 + 绩效指标 90 divided over all rows', () => {
    const rows = [
      row('≥200个', '200个'),
      row('提升', '达成', { level1: '效益指标' }),
      row('≥95%', '95%', { level1: '满意度指标' }),
    ];
    const r = scoreForm({
      rows,
      budget: { initial: null, adjusted: 100, executed: 100, weight: 10, userScore: null },
      split: true,
      printedTotal: null,
    });
    expect(r.rows.map((x) => x.completion.weight)).toEqual([30, 30, 30]);
    expect(r).toMatchObject({ total: 100, grade: '优', complete: true });
  });
});
