import { ruleTester } from '../rule-tester';

ruleTester('completion.scale-suspect', {
  valid: [
    { target: '≥200个', actual: '240个' },
    { target: '≥29万', actual: '302000' },
    // explained by completion.ambiguous-percent
    { target: '≥95%', actual: '0.5', level3: '合格率', reason: '未验收' },
    { target: '≥200个', actual: '3个', reason: '资金未到位' },
  ],
  invalid: [
    { target: '≥29万', actual: '3020万', params: { ratio: '104.14' } },
    { target: '≥200个', actual: '1个', reason: '资金未到位', params: { ratio: '0.005' } },
    { target: '≤50万元', actual: '0.4万元', level2: '成本指标', level3: '项目成本', params: { ratio: '125' } },
  ],
});
