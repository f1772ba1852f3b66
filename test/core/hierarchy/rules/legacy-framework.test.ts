import { ruleTester } from '../rule-tester';

ruleTester('hierarchy.legacy-framework', {
  valid: [{ rows: [['满意度指标', '服务对象满意度指标', 'a']] }, { rows: [['效益指标', '社会效益指标', 'a']] }],
  invalid: [
    { rows: [['效益', '满意度', 'b']], fix: null },
    {
      rows: [
        ['效益指标', '社会公众或服务对象满意度指标', 'a'],
        ['', '', 'b'],
      ],
    },
    { rows: [['效益指标', '服务对象满意度指标', '', true]] },
  ],
});
