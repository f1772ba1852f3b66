import { ruleTester } from '../rule-tester';

ruleTester('hierarchy.level2-mismatch', {
  valid: [
    { rows: [['产出指标', '成本指标', '项目总成本']] },
    {
      rows: [
        ['成本指标', '经济成本指标', 'a'],
        ['', '社会成本指标', 'b'],
      ],
    },
  ],
  invalid: [
    { rows: [['成本指标', '数量指标', 'a']], params: { a: '成本指标', b: '数量指标' }, fix: null },
    {
      rows: [
        ['产出指标', '数量指标', 'a'],
        ['', '社会效益指标', 'b'],
        ['', '', 'c'],
      ],
      layout: 'merged',
      row: 15,
      params: { a: '产出指标', b: '社会效益指标' },
    },
    {
      rows: [
        ['产出指标', '社会效益指标', 'a'],
        ['', '', 'b'],
      ],
      layout: 'repeated',
      row: 15,
      params: { a: '产出指标', b: '社会效益指标' },
    },
  ],
});
