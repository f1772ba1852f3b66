import { ruleTester } from '../rule-tester';

ruleTester('hierarchy.empty-level2', {
  valid: [
    {
      rows: [
        ['产出指标', '数量指标', 'a'],
        ['', '', '……', false],
        ['', '', '', false],
      ],
    },
    { rows: [['产出指标', '数量指标', 'a']] },
  ],
  invalid: [
    {
      rows: [
        ['产出指标', '数量指标', 'a'],
        ['', '质量指标', '', false],
        ['', '', '', false],
      ],
      row: 15,
      fix: null,
    },
    {
      rows: [
        ['产出指标', '社会效益指标', '', false],
        ['', '数量指标', 'a'],
      ],
    },
    {
      rows: [
        ['产出指标', '数量指标', '', false],
        ['', '质量指标', '', false],
        ['', '时效指标', 'a'],
      ],
      row: 15,
    },
  ],
});
