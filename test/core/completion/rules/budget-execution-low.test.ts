import { ruleTester } from '../rule-tester';

ruleTester('completion.budget-execution-low', {
  valid: [
    { rows: [], budget: { adjusted: 100, executed: 95 } },
    { rows: [], budget: { adjusted: 100, executed: 90 } },
    { rows: [], budget: { adjusted: 200, executed: 170 }, options: { lowExecutionRate: 0.8 } },
  ],
  invalid: [
    { rows: [], budget: { adjusted: 200, executed: 170 }, params: { rate: '85%', min: '90%' } },
    { rows: [], budget: { initial: 100, executed: 50, weight: 10, userScore: 5 }, params: { rate: '50%', min: '90%' } },
    {
      rows: [],
      budget: { adjusted: 100, executed: 85 },
      options: { lowExecutionRate: 0.95 },
      params: { rate: '85%', min: '95%' },
    },
  ],
});
