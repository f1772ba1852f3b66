import type { RowSpec } from '../rule-tester';
import { ruleTester } from '../rule-tester';

const OUTPUT: RowSpec = { actual: '210个', heading: 50 };
const BENEFIT: RowSpec = {
  level1: '效益指标',
  level2: '社会效益指标',
  level3: '群众获得感',
  target: '提升',
  actual: '已提升',
  heading: 40,
};

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
