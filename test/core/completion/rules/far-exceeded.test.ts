import { ruleTester } from '../rule-tester';

ruleTester('completion.far-exceeded', {
  valid: [
    { target: '≥200个', actual: '230个' },
    { target: '≤50万元', actual: '20万元', level2: '成本指标', level3: '项目成本' },
    { target: '90%-95%', actual: '99%', level3: '合格率', reason: '超额' },
    // a suspect order of magnitude: completion.scale-suspect instead
    { target: '≥29万', actual: '3020万' },
    { target: '≥200个', actual: '240个', options: { farExceededRatio: 1.5 } },
  ],
  invalid: [
    { target: '≥200个', actual: '240个', params: { ratio: '1.2' } },
    { target: '=50期', actual: '80期', reason: '需求增加', params: { ratio: '1.6' } },
    { target: '>10家', actual: '30家', params: { ratio: '3' } },
    { target: '≥200个', actual: '230个', options: { farExceededRatio: 1.1 }, params: { ratio: '1.15' } },
  ],
});
