import { ruleTester } from '../rule-tester';

ruleTester('completion.score-over-weight', {
  valid: [
    { actual: '210个', score: 90 },
    { actual: '210个', score: '90分' },
    { rows: [], budget: { adjusted: 100, executed: 95, weight: 10, userScore: 9.5 } },
  ],
  invalid: [
    { actual: '210个', score: 95, params: { score: '95', weight: '90' } },
    { actual: '186个', reason: '资金未到位', score: '100分', params: { score: '100', weight: '90' } },
    {
      rows: [],
      budget: { adjusted: 100, executed: 95, weight: 10, userScore: 12 },
      params: { score: '12', weight: '10' },
    },
  ],
});
