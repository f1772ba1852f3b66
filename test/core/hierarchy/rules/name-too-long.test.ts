import { ruleTester } from '../rule-tester';

ruleTester('hierarchy.name-too-long', {
  valid: [{ rows: [['产出指标', '数量指标', '人'.repeat(100)]] }, { rows: [['产出指标', '数量指标', '', false]] }],
  invalid: [
    { rows: [['产出指标', '数量指标', '人'.repeat(101)]], fix: null },
    { rows: [['产出指表', '数量指标', '人'.repeat(120)]] },
  ],
});
