/**
 * Properties: scoreForm never throws, scores stay within [0, w], rounding agrees with a decimal reference.
 */
import fc from 'fast-check';
import { roundScore, scoreForm } from '../../../src/core/completion';
import { row } from './helpers';

const TARGETS = [
  '≥200个',
  '≤50万元',
  '=100%',
  '>90%',
  '<5%',
  '90%-95%',
  '提升',
  '及时',
  '2021年12月31日前',
  '=0起',
  '200个',
  '≥29万',
  '待定',
];
const ACTUAL_PIECES = [
  '186',
  '个',
  '万',
  '%',
  '达成',
  '部分',
  '未',
  '不',
  '及时',
  '2021年',
  '11月',
  '30日',
  '.',
  '-',
  '—',
  '≥',
  '不适用',
  '人次',
  '很多',
  '0',
  '1',
];

describe('properties', () => {
  it('scoreForm never throws; every score is within [0, weight]', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            t: fc.constantFrom(...TARGETS),
            a: fc.oneof(
              fc.string(),
              fc.array(fc.constantFrom(...ACTUAL_PIECES), { maxLength: 4 }).map((x) => x.join('')),
            ),
            reverse: fc.boolean(),
            cost: fc.boolean(),
            level1: fc.constantFrom('产出指标', '效益指标', '满意度指标', '成本指标', null),
            w: fc.option(fc.double({ min: 0, max: 50, noNaN: true }), { nil: null }),
          }),
          { maxLength: 12 },
        ),
        fc.boolean(),
        (specs, split) => {
          const rows = specs.map((s) =>
            row(s.t, s.a, {
              reverse: s.reverse,
              cost: s.cost,
              level1: s.level1,
              weight: s.w === null ? null : { value: s.w, text: String(s.w), format: 'General' },
            }),
          );
          const r = scoreForm({ rows, budget: null, split, printedTotal: null, year: 2021 });
          for (const o of r.rows) {
            const { score, weight } = o.completion;
            if (score !== null) {
              expect(weight).not.toBeNull();
              expect(score).toBeGreaterThanOrEqual(0);
              expect(score).toBeLessThanOrEqual(roundScore(weight as number, 'two-decimals') + 0.005);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('two-decimal rounding agrees with a decimal string reference on 3-decimal inputs', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (n) => {
        const x = n / 1000; // exactly three decimals as written
        const abs = Math.abs(n);
        const rounded = Math.floor(abs / 10) + (abs % 10 >= 5 ? 1 : 0);
        const expected = (n < 0 ? -rounded : rounded) / 100;
        expect(roundScore(x, 'two-decimals')).toBe(expected === 0 ? 0 : expected);
      }),
      { numRuns: 2000 },
    );
  });
});
