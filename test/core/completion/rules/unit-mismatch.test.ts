import { ROWS, ruleTester } from '../rule-tester';

ruleTester('completion.unit-mismatch', {
  valid: [
    { target: '≥200人次', actual: '210人次' },
    { target: '≥50万元', actual: '600000元' },
    { target: '≥200个', actual: '210' },
    { ...ROWS.benefit, actual: '98%' },
  ],
  invalid: [
    { target: '≥200人次', actual: '210人', params: { actualUnit: '人', targetUnit: '人次' } },
    { target: '≥95%', actual: '9.5‰', level3: '合格率', params: { actualUnit: '‰', targetUnit: '%' } },
    { target: '≥200个', actual: '98%', params: { actualUnit: '%', targetUnit: '个' } },
    { target: '90%-95%', actual: '92个', level3: '合格率', params: { actualUnit: '个', targetUnit: '%' } },
  ],
});
