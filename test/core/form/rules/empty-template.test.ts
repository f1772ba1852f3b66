import { declaration, ruleTester } from '../rule-tester';

const BLANK = { project: '', category: '', department: '', unit: '' };

ruleTester('form.empty-template', {
  valid: [
    { name: 'a complete declaration', rows: declaration() },
    {
      name: 'placeholder rows under a filled-in header (form.no-indicators instead)',
      rows: declaration({ table: [['产出指标', '数量指标', '……', null]] }),
    },
    {
      name: 'a 三级 written under an empty header is not a template',
      rows: declaration({ ...BLANK, table: [['产出指标', '数量指标', '培训人数', null]] }),
    },
  ],
  invalid: [
    {
      name: 'the framework printed, nothing else filled in',
      rows: declaration({
        ...BLANK,
        table: [
          ['产出指标', '数量指标', null, null],
          [null, '质量指标', null, null],
          ['效益指标', '社会效益指标', null, null],
        ],
      }),
      cell: 'A1',
      fix: null,
    },
    {
      name: 'a title, empty labels and a table header',
      rows: [['财政项目支出绩效目标申报表'], ['项目名称', null], ['一级指标', '二级指标', '三级指标', '指标目标值']],
      cell: 'A1',
    },
    {
      name: 'a header filled in, the table rows blank but for the framework',
      rows: declaration({ table: [['产出指标', '数量指标', null, null]] }),
      cell: 'A1',
    },
  ],
});
