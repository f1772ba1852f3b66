import { ruleTester } from '../rule-tester';

ruleTester('completion.score-mismatch', {
  valid: [
    { actual: '186个', reason: '资金未到位', score: 83.7 },
    { actual: '186个', reason: '资金未到位', score: '83.7分' },
    { rows: [], budget: { adjusted: 100, executed: 95, weight: 10, userScore: 9.5 } },
  ],
  invalid: [
    { actual: '186个', reason: '资金未到位', score: 80, params: { userScore: '80', score: '83.7' } },
    { actual: '210个', score: 85, params: { userScore: '85', score: '90' } },
    {
      rows: [],
      budget: { adjusted: 100, executed: 95, weight: 10, userScore: 10 },
      params: { userScore: '10', score: '9.5' },
    },
  ],
});
