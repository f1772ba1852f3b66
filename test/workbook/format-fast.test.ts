/**
 * The formats the adapter renders without numfmt (`0`, `#,##0`, `0%` — see FAST_FORMATS in
 * src/workbook/format.ts) must show exactly what numfmt shows, for every value: the fast path
 * answers only where it is certain and hands everything else to numfmt.
 */
import fc from 'fast-check';
import { FormatCache, numfmt } from '../../src/workbook/format';

// the options format.ts passes to numfmt
const OPTIONS = { dateSpanLarge: false, dateErrorNumber: false, overflow: '######', throws: true };
const viaNumfmt = (pattern: string, value: unknown) => numfmt.format(pattern, value, OPTIONS);

const PATTERNS = ['0', '#,##0', '0%'];

const edgeValues = [
  0,
  -0,
  1,
  -1,
  7,
  999,
  1000,
  -1000,
  1234,
  -1234,
  999999,
  1000000,
  1234567,
  -1234567,
  12345678901,
  123456789012345,
  -123456789012345,
  999999999999999,
  1e15,
  -1e15,
  1e16,
  2 ** 53,
  0.5,
  -0.5,
  1.5,
  2.5,
  -2.5,
  0.4,
  -0.4,
  0.95,
  0.29,
  0.07,
  0.145,
  0.155,
  0.005,
  0.015,
  1.005,
  0.1 + 0.2,
  0.999999999,
  0.9999999999,
  1 / 3,
  2 / 3,
  1e-9,
  -1e-9,
  123.456,
  5e8,
  9.99999999e8,
  1e9,
  1e10,
  Number.MIN_VALUE,
  Number.EPSILON,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
];

describe.each(PATTERNS)('fast format %s', (pattern) => {
  const cache = new FormatCache();
  const fast = (v: number) => cache.number(pattern, false)(v);

  test('edge values show as numfmt shows them', () => {
    for (const v of edgeValues) expect([v, fast(v)]).toEqual([v, viaNumfmt(pattern, v)]);
  });

  test('whole percentages within float noise (k / 100, k × 0.01)', () => {
    for (let k = 0; k <= 5000; k++) {
      for (const v of [k / 100, k * 0.01, (k / 10) * 0.1])
        if (fast(v) !== viaNumfmt(pattern, v)) expect([v, fast(v)]).toEqual([v, viaNumfmt(pattern, v)]);
    }
  });

  test('any double', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer(),
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        ),
        (v) => {
          expect(fast(v)).toBe(viaNumfmt(pattern, v));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('any integer up to 2^53, and hundredths', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(fast(n)).toBe(viaNumfmt(pattern, n));
        expect(fast(n / 100)).toBe(viaNumfmt(pattern, n / 100));
      }),
      { numRuns: 3000 },
    );
  });

  test('a text value shows unchanged, as numfmt shows it', () => {
    for (const s of ['abc', '≥95%', '', ' 12 ', '待定', '1,234']) {
      expect(cache.text(pattern, s)).toBe(s);
      expect(viaNumfmt(pattern, s)).toBe(s);
    }
  });

  test('the 1904 date system changes nothing for a number format', () => {
    for (const v of [0, 1234, 0.95, -7]) expect(cache.number(pattern, true)(v)).toBe(viaNumfmt(pattern, v));
  });
});
