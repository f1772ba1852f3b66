import { ruleTester, typed } from '../rule-tester';

ruleTester('completion.ambiguous-percent', {
  valid: [
    { target: '≥95%', actual: '97%', level3: '合格率' },
    { target: '≥95%', actual: typed(0.973, '97.3%', '0.0%'), level3: '合格率' },
    { target: '≥1个', actual: '0.5' },
    { target: '≥95%', actual: '0', level3: '合格率', reason: '未验收' },
    { target: '≥95%', actual: '1.5', level3: '合格率', reason: '未验收' },
  ],
  invalid: [
    { target: '≥95%', actual: '0.98', level3: '合格率', params: { value: 0.98 } },
    { target: '≥95%', actual: 0.973, level3: '合格率', params: { value: 0.973 } },
    { target: '≥95%', actual: '1', level3: '合格率', params: { value: 1 } },
    { target: '≥95', unit: '%', actual: '0.9', level3: '合格率', reason: '未验收', params: { value: 0.9 } },
  ],
});
