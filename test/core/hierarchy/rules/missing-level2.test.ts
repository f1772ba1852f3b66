import { fixL2, ruleTester } from '../rule-tester';

ruleTester('hierarchy.missing-level2', {
  valid: [
    {
      rows: [
        ['产出指标', '数量指标', 'a'],
        ['', '', 'b'],
      ],
    },
  ],
  invalid: [
    { rows: [['满意度指标', '', '满意度']], fix: fixL2('服务对象满意度指标') },
    { rows: [['产出指标', '', 'a']], fix: null },
    {
      rows: [
        ['产出指标', '数量指标', 'a'],
        ['效益指标', '', 'b'],
      ],
      fix: null,
    },
  ],
});
