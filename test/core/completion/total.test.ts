/**
 * §5 Rounding and total: a written row score never exceeds its 分值, and the total is exactly the budget
 * score plus the written row scores — so a 绩效自评 whose weights sum to 100 never totals over 100, under
 * any rounding. (Regression: `jixiao score --round 0` totalled a complete seed form at 102, each proposed
 * 3.85 rounding up to 4.)
 */
import fc from 'fast-check';
import { scoreBudget, scoreForm } from '../../../src/core/completion';
import type { CompletionRowInput } from '../../../src/core/completion';
import type { ReverseScoring, Rounding, ScoringOptions } from '../../../src/core/types';
import { DEFAULT_SCORING_OPTIONS } from '../../../src/core/types';
import { roundDecimal } from '../../../src/core/completion/round';
import { NA_TARGET, cell, row } from './helpers';

const ROUNDINGS: Rounding[] = ['two-decimals', 'integer', 'none'];
const opts = (rounding: Rounding, reverseScoring: ReverseScoring = 'ratio'): ScoringOptions => ({
  ...DEFAULT_SCORING_OPTIONS,
  rounding,
  reverseScoring,
});
const FULL_BUDGET = { initial: 100, adjusted: 100, executed: 100, weight: null, userScore: null };

/** Σ written row scores + the budget score. */
function written(r: ReturnType<typeof scoreForm>): number {
  return r.rows.reduce((s, x) => s + (x.completion.score ?? 0), 0) + (r.budget?.score ?? 0);
}

describe('a row score as written never exceeds its 分值', () => {
  test.each([
    // target, actual, 分值, rounding → score
    ['≥10个', '10个', 3.85, 'integer', 3.85], // 3.85 would round to 4
    ['≥10个', '9.5个', 3.85, 'integer', 3.85], // 3.6575 → 4, over 3.85
    ['≥10个', '5个', 3.85, 'integer', 2], // 1.925
    ['≥10个', '9个', 3.85, 'integer', 3], // 3.465
    ['提升', '部分达成', 3.75, 'integer', 3], // 2.625
    ['提升', '达成', 3.75, 'integer', 3.75],
    ['≥10个', '10个', 3.33, 'integer', 3],
    ['≥10个', '10个', 4.5, 'integer', 4.5], // 4.5 would round to 5
    ['≥10个', '10个', 5, 'integer', 5],
    ['≤10个', '20个', 3.85, 'integer', 2], // 1.925
    ['≥10个', '10个', 3.85, 'two-decimals', 3.85],
    ['≥10个', '10个', 1.005, 'two-decimals', 1.005], // 1.005 would round to 1.01
    ['≥10个', '5个', 2.01, 'two-decimals', 1.01], // 1.005 still rounds half away from zero
    ['≥10个', '10个', 3.85, 'none', 3.85],
  ] as const)('%s / %s, 分值 %d, %s → %d', (t, a, weight, rounding, score) => {
    const r = scoreForm(
      { rows: [row(t, a, { weight: cell(weight), reason: 'x' })], budget: null, split: false, printedTotal: null },
      opts(rounding),
    );
    expect(r.rows[0].completion.score).toBe(score);
    // the total is rounded again to 2 dp (a 分值 with 3 decimals is the one case where that shows)
    expect(r.total).toBe(rounding === 'none' ? score : roundDecimal(score, 2));
  });

  test.each([
    // 执行率, 分值, rounding → score
    [1, 9.5, 'integer', 9.5], // 9.5 would round to 10
    [0.99, 9.5, 'integer', 9], // 9.405
    [0.9749, 10, 'integer', 10],
    [0.9749, 10, 'two-decimals', 9.75],
    [1.2, 10, 'two-decimals', 10],
  ] as const)('预算执行率 %d × 分值 %d, %s → %d', (rate, weight, rounding, score) => {
    const b = scoreBudget(
      { initial: 10000, adjusted: 10000, executed: rate * 10000, weight, userScore: null },
      opts(rounding),
    );
    expect(b.score).toBe(score);
  });
});

describe('the total is the budget score plus the written row scores', () => {
  /** The seed's 12348 form completed: 13 产出, 8 效益, 3 满意度 rows, 分值 blank (proposed 50/30/10). */
  function seedLike(
    statuses: (level1: string, k: number) => string,
    filled?: (level1: string, k: number) => number,
  ): CompletionRowInput[] {
    const blocks: [string, number][] = [
      ['产出指标', 13],
      ['效益指标', 8],
      ['满意度指标', 3],
    ];
    return blocks.flatMap(([level1, n]) =>
      Array.from({ length: n }, (_, k) =>
        row('提升', statuses(level1, k), {
          level1,
          reason: 'x',
          ...(filled ? { weight: cell(filled(level1, k)) } : {}),
        }),
      ),
    );
  }
  /** The 2-dp proposals of seedLike's rows (50/13, 30/8, 10/3), as if typed into the 分值 column. */
  const TWO_DP_WEIGHTS = (level1: string, k: number): number =>
    level1 === '产出指标' ? (k === 12 ? 3.8 : 3.85) : level1 === '效益指标' ? 3.75 : k === 2 ? 3.34 : 3.33;
  const budget = { initial: 15371720, adjusted: 15371720, executed: 14986420, weight: null, userScore: null }; // 97.49%

  test.each([
    // rounding, 满意度 3.33/3.33/3.34 as written, 预算执行率 得分, total
    ['two-decimals', [3.33, 3.33, 3.34], 9.75, 99.75],
    ['none', [3.33, 3.33, 3.34], 9.749344900895931, 99.74934490089593],
  ] as const)(
    'all met, 分值 proposed as 3.85…/3.75/3.33…, %s: no row over its 分值, total ≤ 100',
    (rounding, sat, b, total) => {
      const r = scoreForm({ rows: seedLike(() => '达成'), budget, split: false, printedTotal: null }, opts(rounding));
      expect(r.rows.map((x) => x.completion.weight)).toEqual([
        ...Array<number>(12).fill(3.85),
        3.8,
        ...Array<number>(8).fill(3.75),
        3.33,
        3.33,
        3.34,
      ]);
      expect(r.rows.map((x) => x.completion.score)).toEqual([
        ...Array<number>(12).fill(3.85),
        3.8,
        ...Array<number>(8).fill(3.75),
        ...sat,
      ]);
      expect(r.budget?.score).toBe(b);
      expect(r.total).toBeCloseTo(total, 9);
      expect(r.total).toBeLessThanOrEqual(100);
    },
  );

  test('whole points: the blank 分值 are proposed in whole points (50/13 → 4×11, 3, 3), so all met is 100', () => {
    const r = scoreForm({ rows: seedLike(() => '达成'), budget, split: false, printedTotal: null }, opts('integer'));
    const weights = [...Array<number>(11).fill(4), 3, 3, ...Array<number>(6).fill(4), 3, 3, 4, 3, 3];
    expect(r.rows.map((x) => x.completion.weight)).toEqual(weights);
    expect(r.rows.map((x) => x.completion.score)).toEqual(weights);
    expect(r.budget?.score).toBe(10);
    expect(r.total).toBe(100);
    // 未达成 rows score 0, 部分达成 rows 70% (4 × 70% = 2.8 → 3)
    const mixed = scoreForm(
      {
        rows: seedLike((level1, k) => (k === 0 ? (level1 === '效益指标' ? '部分达成' : '未达成') : '达成')),
        budget,
        split: false,
        printedTotal: null,
      },
      opts('integer'),
    );
    expect(mixed.rows.map((x) => x.completion.score)).toEqual([
      0,
      ...weights.slice(1, 13),
      3,
      ...weights.slice(14, 21),
      0,
      3,
      3,
    ]);
    expect(mixed.total).toBe(91); // 10 + 46 + 29 + 6
  });

  test('whole points with fractional 分值 typed in: no row over its 分值; the total is what the written scores add up to', () => {
    const all = scoreForm(
      { rows: seedLike(() => '达成', TWO_DP_WEIGHTS), budget, split: false, printedTotal: null },
      opts('integer'),
    );
    // 3.33 and 3.34 round down; 3.85, 3.8, 3.75 keep their 分值
    expect(all.rows.slice(21).map((x) => x.completion.score)).toEqual([3, 3, 3]);
    expect(all.total).toBe(99);
    // 未达成 rows score 0, 部分达成 rows 70%
    const rows = seedLike(
      (level1, k) => (k === 0 ? (level1 === '效益指标' ? '部分达成' : '未达成') : '达成'),
      TWO_DP_WEIGHTS,
    );
    const r = scoreForm({ rows, budget, split: false, printedTotal: null }, opts('integer'));
    const scores = r.rows.map((x) => x.completion.score);
    expect(scores).toEqual([
      0,
      ...Array<number>(11).fill(3.85),
      3.8,
      3, // 3.75 × 70% = 2.625
      ...Array<number>(7).fill(3.75),
      0,
      3, // 3.33 rounds down
      3,
    ]);
    expect(r.total).toBe(roundDecimal(written(r), 2));
    expect(r.budget?.score).toBe(10);
    expect(r.total).toBe(91.4); // 10 + 46.15 + 29.25 + 6
  });

  test.each([
    ['two-decimals', 0.1, 1], // ten 0.1 add up to 0.9999999999999999 in binary
    ['integer', 0.7, 7], // ten full 0.7 (kept, not rounded to 1) add up to 6.999999999999999
  ] as const)('%s: the total is rounded again only to drop float noise (ten rows of %d → %d)', (rounding, w, total) => {
    const rows = Array.from({ length: 10 }, () => row('≥10个', '10个', { weight: cell(w) }));
    const r = scoreForm({ rows, budget: null, split: false, printedTotal: null }, opts(rounding));
    expect(r.rows.map((x) => x.completion.score)).toEqual(Array<number>(10).fill(w));
    expect(r.total).toBe(total);
  });

  test('not a scoring bug: filled 分值 summing over 100 give a total over 100, and completion.weights-sum says so', () => {
    const rows = [
      row('≥10个', '10个', { weight: cell(60) }),
      row('提升', '达成', { level1: '效益指标', weight: cell(40) }),
      row('≥90%', '95%', { level1: '满意度指标', weight: cell(10) }),
    ];
    const r = scoreForm({ rows, budget: FULL_BUDGET, split: false, printedTotal: null });
    expect(r.total).toBe(120);
    expect(r.total).toBe(written(r));
    expect(r.findings.map((f) => f.code)).toContain('completion.weights-sum');
  });

  test('rescaleNotApplicable stays Σ score / Σ applicable weight × 100 (not the sum of the written scores)', () => {
    const rows = [
      row('≥10个', '9个', { weight: cell(45), reason: 'x' }), // 40.5
      row(NA_TARGET, null, { weight: cell(45) }),
    ];
    const r = scoreForm(
      { rows, budget: FULL_BUDGET, split: false, printedTotal: null },
      { ...DEFAULT_SCORING_OPTIONS, rescaleNotApplicable: true },
    );
    expect(r.total).toBe(91.82); // 50.5 / 55 × 100
  });
});

// ---------------------------------------------------------------------------
// Property: any weights summing to 100, any statuses, every rounding mode
// ---------------------------------------------------------------------------

/** Row kinds covering every status and scoring mode: numeric ≥ / ≤ / range / =, tiers, pending, invalid, na. */
const rowKind = fc.oneof(
  fc.nat(300).map((n) => ['≥100个', `${n}个`] as const),
  fc.integer({ min: 1, max: 300 }).map((n) => ['≤100个', `${n}个`] as const),
  fc.nat(300).map((n) => ['80-120个', `${n}个`] as const),
  fc.nat(300).map((n) => ['=100个', `${n}个`] as const),
  fc.nat(1000).map((n) => ['≥29万', String(n / 10)] as const),
  fc.constantFrom('达成', '部分达成', '未达成', '很多').map((a) => ['提升', a] as const),
  fc.constantFrom('2021年11月30日', '2022年3月1日', '按期', '延期').map((a) => ['2021年12月31日前', a] as const),
  fc.constant(['≥100个', null] as const),
  fc.constant(['na', null] as const),
);

/** 10000 cents cut into n + 1 positive parts: the 预算执行率 分值 first, then one 分值 per row (2 dp each). */
const weightsSummingTo100 = (n: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: n, maxLength: n }).map((cuts) => {
    const points = [0, ...[...cuts].sort((x, y) => x - y), 10000];
    return points.slice(1).map((p, i) => (p - points[i]) / 100);
  });

const form = fc.integer({ min: 1, max: 24 }).chain((n) =>
  fc.record({
    weights: weightsSummingTo100(n),
    kinds: fc.array(rowKind, { minLength: n, maxLength: n }),
    level1s: fc.array(fc.constantFrom('产出指标', '效益指标', '满意度指标', '成本指标'), {
      minLength: n,
      maxLength: n,
    }),
    executed: fc.option(fc.nat(20000), { nil: null }),
    reverse: fc.constantFrom<ReverseScoring>('ratio', 'linear'),
  }),
);

describe('property', () => {
  it('weights summing to 100, any statuses: total ≤ 100 and = budget score + Σ written row scores, every rounding', () => {
    fc.assert(
      fc.property(form, ({ weights, kinds, level1s, executed, reverse }) => {
        const [budgetWeight, ...rowWeights] = weights;
        const rows = kinds.map(([t, a], i) =>
          row(t === 'na' ? NA_TARGET : t, a, { level1: level1s[i], weight: cell(rowWeights[i]), reason: 'x' }),
        );
        const budget = { initial: 10000, adjusted: null, executed, weight: budgetWeight, userScore: null };
        for (const rounding of ROUNDINGS) {
          const r = scoreForm({ rows, budget, split: false, printedTotal: null }, opts(rounding, reverse));
          r.rows.forEach((x, i) => {
            if (x.completion.score === null) return;
            expect(x.completion.score).toBeGreaterThanOrEqual(0);
            expect(x.completion.score).toBeLessThanOrEqual(rowWeights[i]);
          });
          if (r.budget?.score != null) expect(r.budget.score).toBeLessThanOrEqual(budgetWeight);
          if (r.total === null) {
            expect(r.rows.every((x) => x.completion.score === null) && r.budget?.score == null).toBe(true);
            continue;
          }
          if (rounding === 'none') {
            // plain binary sums: only float noise may differ from the decimal 100
            expect(r.total).toBeLessThanOrEqual(100 + 1e-9);
            expect(Math.abs(r.total - written(r))).toBeLessThanOrEqual(1e-9);
          } else {
            expect(r.total).toBeLessThanOrEqual(100);
            expect(r.total).toBe(roundDecimal(written(r), 2));
            expect(Math.abs(r.total - written(r))).toBeLessThanOrEqual(1e-9);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
