import { COMPLETE_TABLE, declaration, ruleTester } from '../rule-tester';

ruleTester('form.no-satisfaction-indicator', {
  valid: [
    { name: 'a complete declaration', rows: declaration() },
    {
      name: 'a 服务对象满意度指标 under the 效益指标 (the 2015 framework) counts',
      rows: declaration({ table: [...COMPLETE_TABLE.slice(0, 3), [null, '服务对象满意度指标', '学员满意度', '≥90%']] }),
    },
  ],
  invalid: [
    {
      name: 'output and benefit indicators only',
      rows: declaration({ table: COMPLETE_TABLE.slice(0, 3) }),
      cell: 'A1',
      severity: 'info',
      fix: null,
    },
    {
      name: 'the satisfaction row a placeholder',
      rows: declaration({ table: [...COMPLETE_TABLE.slice(0, 3), ['满意度指标', '服务对象满意度指标', '……', null]] }),
      cell: 'A1',
    },
  ],
});
