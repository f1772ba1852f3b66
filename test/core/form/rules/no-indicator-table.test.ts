import { declaration, ruleTester } from '../rule-tester';

ruleTester('form.no-indicator-table', {
  valid: [
    { name: 'a complete declaration', rows: declaration() },
    { name: 'a table header without rows (form.no-indicators instead)', rows: declaration({ table: [] }) },
  ],
  invalid: [
    {
      name: 'a declaration whose header block ends the sheet',
      rows: declaration({ table: null }),
      cell: 'A1',
      params: { title: '财政项目支出绩效目标申报表' },
    },
    {
      name: 'a title and a project name only',
      rows: [['财政项目支出绩效目标申报表'], ['项目名称', '无表项目']],
      cell: 'A1',
      params: { title: '财政项目支出绩效目标申报表' },
    },
    {
      name: 'a self-evaluation title over its header block',
      rows: [['项目支出绩效自评表'], ['项目名称', '自评无表'], ['主管部门', '某局', '实施单位', '某中心']],
      cell: 'A1',
      params: { title: '项目支出绩效自评表' },
    },
  ],
});
