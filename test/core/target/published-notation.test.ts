/**
 * Notation seen in published forms (issue #9 §2–3): box-drawing and full-width operators, years,
 * header words that are never units, word operators on both sides or in 指标方向.
 */
import { parseValue } from '../../../src/core/target/grammar';
import { normalizeTarget } from '../../../src/core/target/normalize';
import { findWordOperator, wordOperatorOnly } from '../../../src/core/target/word-operators';

describe('normalizeTarget: operators as published', () => {
  it.each([
    ['═100%', '=100%'],
    ['＝24人/次', '=24人/次'],
    ['= 24 人/次', '=24人/次'],
    ['≧95%', '≥95%'],
    ['≦3个工作日', '≤3个工作日'],
    ['⩾90%', '≥90%'],
    ['⩽10万元', '≤10万元'],
  ])('%s → %s', (input, out) => {
    expect(normalizeTarget(input).text).toBe(out);
  });
});

describe('parseValue: a year is a date, header words are never a unit', () => {
  it.each([
    ['2021年', '2021-12-31'],
    ['2023年度', '2023-12-31'],
    ['2021年全年', '2021-12-31'],
    ['≤2022年', '2022-12-31'],
  ])('%s is a date ending %s', (text, end) => {
    const t = parseValue(text);
    expect(t.kind).toBe('date');
    expect(t.date?.end).toBe(end);
  });

  it.each(['2021年实际实现值', '100预期2022年实现值', '50计划', '90%全年目标'])('%s is not a quantity', (text) => {
    expect(parseValue(text).kind).not.toBe('quantitative');
  });

  it.each([
    ['3年', 3, '年'],
    ['1800年', 1800, '年'],
    ['=24人/次', 24, '人/次'],
  ])('%s stays a quantity', (text, value, unit) => {
    expect(parseValue(text)).toMatchObject({ kind: 'quantitative', value, unit });
  });
});

describe('word operators', () => {
  it.each([
    ['等于', '='],
    ['大于等于', '>='],
    ['小于等于', '<='],
  ])('%s in 指标方向 is %s', (word, op) => {
    expect(wordOperatorOnly(word)).toBe(op);
  });

  it.each([
    ['不超过90以内', '≤90'],
    ['不少于200人以上', '≥200人'],
    ['不超过90以上', null],
  ])('words on both sides: %s → %s', (text, fixed) => {
    expect(findWordOperator(text)?.text ?? null).toBe(fixed);
  });
});
