import { fixL1, fixL2, ruleTester } from '../rule-tester';

ruleTester('hierarchy.misspelled', {
  valid: [{ rows: [['产出指标', '数量指标', 'a']] }, { rows: [['产出', '数量', 'a']] }],
  invalid: [
    {
      rows: [
        ['产出指标', '数量指表', 'a'],
        ['', '', 'b'],
      ],
      params: { x: '数量指表', y: '数量指标' },
      fix: fixL2('数量指标'),
    },
    {
      rows: [
        ['产出指标', '数量指表', 'a'],
        ['', '', 'b'],
      ],
      row: 15,
      params: { x: '数量指表', y: '数量指标' },
      fix: null,
    },
    {
      rows: [
        ['产出指标', '数量指表', 'a'],
        ['', '', 'b'],
      ],
      layout: 'merged',
      row: 15,
      fix: fixL2('数量指标'),
    },
    {
      rows: [['一、产出指表（50分）', '数量指标', 'a']],
      params: { x: '产出指表', y: '产出指标' },
      fix: fixL1('一、产出指标(50分)'),
    },
    { rows: [['效益指票', '社会效益指标', 'a']], params: { x: '效益指票', y: '效益指标' }, fix: fixL1('效益指标') },
    {
      rows: [
        ['效益指票', '社会效益指标', 'a'],
        ['', '', 'b'],
      ],
      row: 15,
      fix: null,
    },
    { rows: [['产出指表', '数量指标', '', true]], fix: fixL1('产出指标') },
  ],
});
