import { declaration, ruleTester } from '../rule-tester';

ruleTester('form.no-indicators', {
  valid: [
    { name: 'a complete declaration', rows: declaration() },
    {
      name: 'one indicator is enough',
      rows: declaration({ table: [['产出指标', '数量指标', '培训人数', '≥200人次']] }),
    },
    {
      name: 'a fresh template: nothing filled in (form.empty-template instead)',
      rows: declaration({
        project: '',
        category: '',
        department: '',
        unit: '',
        table: [['产出指标', '数量指标', null, null]],
      }),
    },
  ],
  invalid: [
    {
      name: 'only placeholder rows under a filled-in header',
      rows: declaration({
        table: [
          ['产出指标', '数量指标', '指标1', null],
          [null, '质量指标', '……', null],
        ],
      }),
      cell: 'A1',
      fix: null,
    },
    { name: 'a table header and no row under it', rows: declaration({ table: [] }), cell: 'A1' },
    {
      name: 'no title: said on the table header',
      rows: declaration({ title: null, table: [['产出指标', '数量指标', '……', null]] }).slice(1),
      cell: 'A6',
    },
  ],
});
