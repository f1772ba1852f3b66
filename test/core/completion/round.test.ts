import { roundScore, gradeFor } from '../../../src/core/completion';
import { roundDecimal, formatRatio, formatPercent } from '../../../src/core/completion/round';
import { DEFAULT_SCORING_OPTIONS } from '../../../src/core/types';

describe('roundScore: half away from zero, decimal arithmetic', () => {
  it.each([
    [1.005, 1.01],
    [1.015, 1.02],
    [2.675, 2.68],
    [1.004999, 1.0],
    [4.545454545454545, 4.55],
    [0.93 * 5, 4.65],
    [(200 / 186) * 0, 0],
    [-1.005, -1.01],
    [-2.345, -2.35],
    [9.749338, 9.75],
    [0.1 + 0.2, 0.3],
    [100, 100],
    [1e21, 1e21],
    [1.23e-7, 0],
    [5e-3, 0.01],
  ])('%p → %p (2 dp)', (x, y) => {
    expect(roundScore(x, 'two-decimals')).toBe(y);
  });

  it('1.005 differs from toFixed (the bug the spec warns about)', () => {
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(roundScore(1.005, 'two-decimals')).toBe(1.01);
  });

  it.each([
    [2.5, 3],
    [3.5, 4],
    [-2.5, -3],
    [4.4999, 4],
    [89.5, 90],
  ])('integer: %p → %p', (x, y) => expect(roundScore(x, 'integer')).toBe(y));

  it('none keeps the value', () => {
    expect(roundScore(4.545454, 'none')).toBe(4.545454);
  });

  it('roundDecimal with other precisions', () => {
    expect(roundDecimal(0.12345, 4)).toBe(0.1235);
    expect(roundDecimal(1234.5, 0)).toBe(1235);
    expect(roundDecimal(NaN, 2)).toBeNaN();
  });

  it('formats ratio and percent parameters', () => {
    expect(formatRatio(1.2345)).toBe('1.23');
    expect(formatRatio(0.0012345)).toBe('0.0012');
    expect(formatPercent(0.974934)).toBe('97.49%');
    expect(formatPercent(0.9)).toBe('90%');
  });
});

describe('gradeFor: 优 ≥90, 良 80–<90, 中 60–<80, 差 <60', () => {
  it.each([
    [100, '优'],
    [90, '优'],
    [89.99, '良'],
    [80, '良'],
    [79.99, '中'],
    [60, '中'],
    [59.99, '差'],
    [0, '差'],
  ])('%p → %s', (total, grade) => expect(gradeFor(total)).toBe(grade));

  it('bands are configurable', () => {
    const options = { ...DEFAULT_SCORING_OPTIONS, grades: { excellent: 95, good: 85, fair: 70 } };
    expect(gradeFor(94, options)).toBe('良');
    expect(gradeFor(69, options)).toBe('差');
  });
});
