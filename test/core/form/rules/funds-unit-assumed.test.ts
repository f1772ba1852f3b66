import { declaration, ruleTester } from '../rule-tester';

ruleTester('form.funds-unit-assumed', {
  valid: [
    { name: 'the unit in the funds label: 项目资金（万元）', rows: declaration() },
    {
      name: 'the unit in each amount cell: 128万元, 100万元',
      rows: declaration({ fundsLabel: '项目资金', totalFunds: '128万元', annualFunds: '100万元' }),
    },
    {
      name: 'the unit stated in a note: 金额单位：元',
      rows: [
        ...declaration({ fundsLabel: '项目资金' }).slice(0, 5),
        ['金额单位：元'],
        ...declaration({ fundsLabel: '项目资金' }).slice(5),
      ],
    },
    { name: 'a form with no amount at all', rows: declaration().filter((r) => r[0] !== '项目资金（万元）') },
  ],
  invalid: [
    {
      name: 'a funds row whose label names no unit: small amounts read in 万元',
      rows: declaration({ fundsLabel: '项目资金' }),
      cell: 'B6',
      params: { unit: '万元' },
      fix: null,
    },
    {
      name: 'large amounts read in 元',
      rows: declaration({ fundsLabel: '项目资金', totalFunds: 1280000, annualFunds: 1000000 }),
      cell: 'B6',
      params: { unit: '元' },
    },
    {
      name: 'one amount with its unit, the other without',
      rows: declaration({ fundsLabel: '项目资金', totalFunds: '128万元', annualFunds: 100 }),
      cell: 'B6',
    },
  ],
});
