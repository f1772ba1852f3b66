import { ROWS, ruleTester } from '../rule-tester';

const BENEFIT = ROWS.benefit;

ruleTester('completion.deviation-reason-missing', {
  valid: [
    { target: '≥200个', actual: '186个', reason: '资金延迟到位' },
    { target: '≥200个', actual: '210个' },
    { ...BENEFIT, target: '提升', actual: '部分提升', reason: '项目尚在实施' },
  ],
  invalid: [
    { target: '≥200个', actual: '186个' },
    { target: '≥200个', actual: '186个', reason: '  ' },
    { ...BENEFIT, target: '提升', actual: '部分提升' },
    { target: '2021年6月30日前', actual: '2021年9月', level2: '时效指标', level3: '完成时间' },
  ],
});
