import { COMPLETE_TABLE, declaration, ruleTester } from '../rule-tester';

ruleTester('form.no-output-indicator', {
  valid: [
    { name: 'a complete declaration', rows: declaration() },
    {
      name: 'an output indicator alone',
      rows: declaration({ table: [['产出指标', '数量指标', '培训人数', '≥200人次']] }),
    },
    {
      name: 'the 一级 left blank, inferred from the 二级 数量指标',
      rows: declaration({ table: [[null, '数量指标', '培训人数', '≥200人次'], ...COMPLETE_TABLE.slice(2)] }),
    },
  ],
  invalid: [
    {
      name: 'benefit and satisfaction indicators only',
      rows: declaration({ table: COMPLETE_TABLE.slice(2) }),
      cell: 'A1',
      fix: null,
    },
    {
      name: 'the output rows only placeholders',
      rows: declaration({ table: [['产出指标', '数量指标', '……', null], ...COMPLETE_TABLE.slice(2)] }),
      cell: 'A1',
    },
    {
      name: 'no title: said on the table header',
      rows: declaration({ title: null, table: COMPLETE_TABLE.slice(2) }).slice(1),
      cell: 'A6',
    },
  ],
});
