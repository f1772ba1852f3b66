import { ROWS, ruleTester } from '../rule-tester';

const BENEFIT = ROWS.benefit;

ruleTester('completion.invalid', {
  valid: [
    { target: '≥200个', actual: '210个' },
    { ...BENEFIT, target: '提升', actual: '已提升' },
    { target: '2021年12月31日前', actual: '2021年11月30日', level2: '时效指标', level3: '完成时间' },
    // invalid too, but explained by completion.unit-mismatch
    { target: '≥200人次', actual: '210人' },
    // a malformed target: its own finding explains it; an actual written as the target reaches it
    { target: '每亩300', actual: '每亩300' },
  ],
  invalid: [
    // as read: an Excel error, a range
    { actual: '#N/A' },
    { actual: { value: { error: '#DIV/0!' }, text: '#DIV/0!' } },
    { target: '≥90%', actual: '90%-95%', level3: '合格率' },
    // as judged: words with no verdict, a number against a qualitative target, a date against a quantity
    { ...BENEFIT, target: '提升', actual: '很多' },
    { ...BENEFIT, target: '提升', actual: '98%' },
    { target: '≥200个', actual: '2021年10月' },
  ],
});
