import { ruleTester } from '../rule-tester';

ruleTester('completion.budget-base-fallback', {
  valid: [
    { rows: [], budget: { initial: 100, adjusted: 100, executed: 95 } },
    { rows: [], budget: { initial: 100, adjusted: 120, executed: 95 } },
    // no usable figure at all: completion.budget-no-base
    { rows: [], budget: { initial: 0, executed: 95 } },
  ],
  invalid: [
    { rows: [], budget: { initial: 100, executed: 95 } },
    { rows: [], budget: { initial: 100 } },
  ],
});
