import { ruleTester } from '../rule-tester';

ruleTester('hierarchy.missing-level3', {
  valid: [
    {
      rows: [
        ['产出指标', '数量指标', 'a'],
        ['', '', '', false],
      ],
    },
    { rows: [['产出指标', '数量指标', '指标1：培训人数']] },
  ],
  invalid: [
    { rows: [['产出指标', '数量指标', '', true]], fix: null },
    { rows: [['产出指标', '数量指标', '……', '≥10']] },
    { rows: [['产出指标', '数量指标', '指标1', true]] },
    {
      rows: [
        ['产出指标', '数量指标', 'a'],
        ['', '', '', true],
      ],
      row: 15,
    },
  ],
});
