import { ROWS, ruleTester } from '../rule-tester';

const { output: OUTPUT, benefit: BENEFIT } = ROWS;

ruleTester('completion.weights-sum', {
  valid: [
    { actual: '210个' },
    {
      rows: [
        { ...OUTPUT, weight: 60 },
        { ...BENEFIT, weight: 30 },
      ],
    },
    {
      rows: [
        { ...OUTPUT, weight: 60 },
        { ...BENEFIT, weight: 30 },
      ],
      printedTotal: 100,
    },
    {
      rows: [
        { ...OUTPUT, weight: 65 },
        { ...BENEFIT, weight: 30 },
      ],
      budget: { adjusted: 100, executed: 100, weight: 5 },
    },
  ],
  invalid: [
    { actual: '210个', weight: 80, params: { sum: '90', expected: 100 } },
    {
      rows: [
        { ...OUTPUT, weight: '60分' },
        { ...BENEFIT, weight: 40 },
      ],
      params: { sum: '110', expected: 100 },
    },
    {
      rows: [
        { ...OUTPUT, weight: 60 },
        { ...BENEFIT, weight: 30 },
      ],
      printedTotal: 90,
      params: { sum: '100', expected: '90' },
    },
    // a blank 分值 counts as 0 once any is filled in
    { rows: [{ ...OUTPUT, weight: 60 }, { ...BENEFIT, weight: 10 }, BENEFIT], params: { sum: '80', expected: 100 } },
  ],
});
