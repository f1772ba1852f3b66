import { ROWS, ruleTester } from '../rule-tester';

// under the headings 产出指标(50分) and 效益指标(40分)
const OUTPUT = { ...ROWS.output, heading: 50 };
const BENEFIT = { ...ROWS.benefit, heading: 40 };

ruleTester('completion.level1-weight-mismatch', {
  valid: [
    {
      rows: [
        { ...OUTPUT, weight: 25 },
        { ...OUTPUT, weight: 25 },
        { ...BENEFIT, weight: 40 },
      ],
    },
    // no heading: nothing to compare with
    {
      rows: [
        { actual: '210个', weight: 20 },
        { actual: '210个', weight: 70 },
      ],
    },
  ],
  invalid: [
    {
      rows: [
        { ...OUTPUT, weight: 20 },
        { ...OUTPUT, weight: 20 },
        { ...BENEFIT, weight: 50 },
      ],
      params: { level1: '产出指标', sum: '40', expected: '50' },
    },
    {
      rows: [
        { ...OUTPUT, weight: 20 },
        { ...OUTPUT, weight: 20 },
        { ...BENEFIT, weight: 50 },
      ],
      params: { level1: '效益指标', sum: '50', expected: '40' },
    },
    {
      rows: [{ ...OUTPUT, weight: 50 }, { ...BENEFIT, weight: 20 }, BENEFIT],
      params: { level1: '效益指标', sum: '20', expected: '40' },
    },
  ],
});
