import { chineseIntegerValue, convertChineseNumerals } from '../../../src/core/target/chinese-numerals';

describe('chineseIntegerValue', () => {
  it.each<[string, number]>([
    ['一百零五', 105],
    ['二〇二一', 2021],
    ['十', 10],
    ['十五', 15],
    ['二十九', 29],
    ['三千五百', 3500],
    ['一万二千', 12000],
    ['两百', 200],
    ['壹佰贰拾', 120],
    ['三亿五千万', 350000000],
  ])('%s → %d', (run, n) => {
    expect(chineseIntegerValue(run)).toBe(n);
  });
});

describe('convertChineseNumerals', () => {
  it.each<[string, string]>([
    ['一百零五', '105'],
    ['二十九万', '29万'],
    ['二〇二一', '2021'],
    ['百分之九十五', '95%'],
    ['≥八十五%', '≥85%'],
    ['≥百分之九十', '≥90%'],
    ['三十人', '30人'],
    ['五个工作日', '5个工作日'],
    ['≥三场', '≥3场'],
    ['不少于三十人', '不少于30人'],
    ['九十五点五%', '95.5%'],
    ['一点二万人次', '1.2万人次'],
    ['三个工作日内', '3个工作日内'],
    ['二十万元', '20万元'],
  ])('%s → %s', (input, out) => {
    expect(convertChineseNumerals(input)).toEqual({ text: out, changed: true });
  });

  it.each([
    '一网通办',
    '一次性通过',
    '万无一失',
    '提升',
    '十分满意',
    '第三季度',
    '零差错',
    '万元',
    '',
    '≥95%',
    '一流水平',
  ])('%s stays text', (input) => {
    expect(convertChineseNumerals(input)).toEqual({ text: input, changed: false });
  });
});
