import { ruleTester } from '../rule-tester';

ruleTester('completion.budget-no-base', {
  valid: [
    { rows: [], budget: { adjusted: 100, executed: 95 } },
    { rows: [], budget: { initial: 100, executed: 95 } },
    { rows: [], budget: { adjusted: 100 } },
  ],
  invalid: [
    { rows: [], budget: { executed: 95 } },
    { rows: [], budget: { initial: 0, executed: 95 } },
    // an adjusted budget of zero is not replaced by the initial one
    { rows: [], budget: { initial: 100, adjusted: 0, executed: 95, userScore: 8 } },
  ],
});
