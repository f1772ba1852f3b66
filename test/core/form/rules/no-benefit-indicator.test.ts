import { COMPLETE_TABLE, declaration, ruleTester } from '../rule-tester';

ruleTester('form.no-benefit-indicator', {
  valid: [
    { name: 'a complete declaration', rows: declaration() },
    {
      name: 'the 一级 left blank, inferred from the 二级 社会效益指标',
      rows: declaration({ table: [...COMPLETE_TABLE.slice(0, 2), [null, '社会效益指标', '群众知晓率', '≥90%']] }),
    },
  ],
  invalid: [
    {
      name: 'output and satisfaction indicators only',
      rows: declaration({ table: [...COMPLETE_TABLE.slice(0, 2), COMPLETE_TABLE[3]] }),
      cell: 'A1',
      fix: null,
    },
    { name: 'output indicators only', rows: declaration({ table: COMPLETE_TABLE.slice(0, 2) }), cell: 'A1' },
  ],
});
