import { ruleTester } from '../rule-tester';

ruleTester('hierarchy.unknown-level1', {
  valid: [
    { rows: [['产出指标', '数量指标', 'a']] },
    { rows: [['投入指标', '资金投入', 'a']], opts: { acceptEvaluationLevel1: true } },
  ],
  invalid: [
    {
      rows: [
        ['投入指标', '资金投入', 'a'],
        ['', '', 'b'],
      ],
      params: { x: '投入指标' },
      fix: null,
    },
    {
      rows: [
        ['投入指标', '资金投入', 'a'],
        ['', '', 'b'],
      ],
      row: 15,
      params: { x: '投入指标' },
    },
    { rows: [['其他指标', '数量指标', 'a']], params: { x: '其他指标' } },
  ],
});
