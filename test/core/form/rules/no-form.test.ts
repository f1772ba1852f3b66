import { declaration, ruleTester } from '../rule-tester';

const LIST = [
  ['姓名', '电话'],
  ['张三', '123'],
];

ruleTester('file.no-form', {
  valid: [
    { name: 'a workbook with a declaration form', rows: declaration() },
    {
      name: 'the form on the second sheet, a list on the first',
      sheets: [
        { name: '通讯录', rows: LIST },
        { name: '申报表', rows: declaration() },
      ],
    },
    { name: 'a form without an indicator table is still a form', rows: declaration({ table: null }) },
  ],
  invalid: [
    { name: 'a sheet that is a list of names', rows: LIST, cell: null },
    { name: 'an empty sheet', rows: [], cell: null },
    { name: 'a workbook without any sheet', sheets: [], cell: null, severity: 'error', fix: null },
    {
      name: 'two sheets, neither a form',
      sheets: [
        { name: '说明', rows: [['填报说明：请各单位如实填写']] },
        { name: '通讯录', rows: LIST },
      ],
      cell: null,
    },
  ],
});
