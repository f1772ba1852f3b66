import { ruleTester } from '../rule-tester';

ruleTester('hierarchy.unknown-level2', {
  valid: [{ rows: [['产出指标', '数量指标', 'a']] }, { rows: [['效益指标', '社会效益', 'a']] }],
  invalid: [
    { rows: [['产出指标', '产出数量', 'a']], params: { x: '产出数量' }, fix: null },
    { rows: [['产出指标', '产量指标', 'a']], params: { x: '产量指标' } },
    {
      rows: [
        ['产出指标', '产出数量', 'a'],
        ['', '', 'b'],
      ],
      layout: 'merged',
      row: 15,
      params: { x: '产出数量' },
    },
  ],
});
