import { ROWS, ruleTester } from '../rule-tester';

ruleTester('completion.qualitative-actual', {
  valid: [
    { target: '≥200个', actual: '210个' },
    ROWS.benefit,
    { target: '2021年12月31日前', actual: '按期完成', level2: '时效指标', level3: '完成时间' },
  ],
  invalid: [
    { target: '≥200个', actual: '已完成' },
    { target: '≥95%', actual: '很好', level3: '合格率' },
    { target: '90%-95%', actual: '未达到', level3: '合格率', reason: '设备故障' },
  ],
});
