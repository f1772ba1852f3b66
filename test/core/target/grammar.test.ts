import { parseValue } from '../../../src/core/target/grammar';
import { normalizeTarget } from '../../../src/core/target/normalize';
import { parseTargetText } from '../../../src/core/target/parse';
import type { ParsedTarget } from '../../../src/core/types';

const Y = { year: 2021 };
const p = (text: string, year: number | null = 2021): ParsedTarget => parseValue(normalizeTarget(text).text, { year });

describe('parseValue — quantities', () => {
  const table: Array<[string, Partial<ParsedTarget>]> = [
    [
      '≥29万',
      {
        kind: 'quantitative',
        op: '>=',
        value: 290000,
        writtenNumber: 29,
        multiplier: 1e4,
        unit: '',
        displayUnit: '万',
        unitSource: 'none',
      },
    ],
    ['>=29万', { kind: 'quantitative', op: '>=', value: 290000, unit: '', displayUnit: '万' }],
    [
      '≤128万元',
      {
        kind: 'quantitative',
        op: '<=',
        value: 1280000,
        writtenNumber: 128,
        multiplier: 1e4,
        unit: '元',
        displayUnit: '万元',
        unitSource: 'cell',
      },
    ],
    ['≥95%', { kind: 'quantitative', op: '>=', value: 95, unit: '%', displayUnit: '%', unitSource: 'cell' }],
    ['≤4000元/个', { kind: 'quantitative', op: '<=', value: 4000, unit: '元/个', displayUnit: '元/个' }],
    [
      '≥1.2万人次',
      {
        kind: 'quantitative',
        op: '>=',
        value: 12000,
        writtenNumber: 1.2,
        multiplier: 1e4,
        unit: '人次',
        displayUnit: '万人次',
      },
    ],
    ['≤3个工作日', { kind: 'quantitative', op: '<=', value: 3, unit: '个工作日' }],
    ['1,280,000元', { kind: 'quantitative', op: null, value: 1280000, unit: '元' }],
    ['=2500', { kind: 'quantitative', op: '=', value: 2500, unit: '', displayUnit: '', unitSource: 'none' }],
    ['>=15万单', { kind: 'quantitative', op: '>=', value: 150000, unit: '单', displayUnit: '万单' }],
    ['=100%', { kind: 'quantitative', op: '=', value: 100, unit: '%' }],
    ['200', { kind: 'quantitative', op: null, value: 200, unit: '' }],
    ['10个', { kind: 'quantitative', op: null, value: 10, unit: '个' }],
    ['≥5千米', { kind: 'quantitative', value: 5, multiplier: 1, unit: '千米', displayUnit: '千米' }],
    ['≥5千瓦时', { kind: 'quantitative', value: 5, multiplier: 1, unit: '千瓦时' }],
    ['≥3千元', { kind: 'quantitative', value: 3000, multiplier: 1e3, unit: '元', displayUnit: '千元' }],
    ['≥2亿元', { kind: 'quantitative', value: 2e8, multiplier: 1e8, unit: '元', displayUnit: '亿元' }],
    ['≥10km', { kind: 'quantitative', value: 10, unit: 'km' }],
    ['＞＝９５％', { kind: 'quantitative', op: '>=', value: 95, unit: '%' }],
    ['<5‰', { kind: 'quantitative', op: '<', value: 5, unit: '‰' }],
    ['≥98.5%', { kind: 'quantitative', value: 98.5 }],
    ['≥3项制度', { kind: 'quantitative', value: 3, unit: '项制度' }],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(p(text)).toMatchObject(expected);
  });
});

describe('parseValue — ranges', () => {
  it.each<[string, Partial<ParsedTarget>]>([
    ['95%-90%', { kind: 'range', range: { low: 95, high: 90 }, unit: '%' }],
    ['90%-95%', { kind: 'range', range: { low: 90, high: 95 }, unit: '%' }],
    ['90-95%', { kind: 'range', range: { low: 90, high: 95 }, unit: '%' }],
    ['1-2万人', { kind: 'range', range: { low: 10000, high: 20000 }, unit: '人', displayUnit: '万人' }],
    ['1万-2万人', { kind: 'range', range: { low: 10000, high: 20000 }, unit: '人' }],
    ['3至5天', { kind: 'range', range: { low: 3, high: 5 }, unit: '天' }],
    ['3~5天', { kind: 'range', range: { low: 3, high: 5 } }],
    ['3〜5天', { kind: 'range', range: { low: 3, high: 5 } }],
    ['3到5天', { kind: 'range', range: { low: 3, high: 5 } }],
    ['3—5天', { kind: 'range', range: { low: 3, high: 5 } }],
    ['3–5天', { kind: 'range', range: { low: 3, high: 5 } }],
  ])('%s', (text, expected) => {
    expect(p(text)).toMatchObject(expected);
  });
});

describe('parseValue — dates and periods', () => {
  it.each<[string, { end: string; start?: string; op: '<=' | '>=' }]>([
    ['2021年12月底前', { end: '2021-12-31', op: '<=' }],
    ['2021年12月31日前', { end: '2021-12-31', op: '<=' }],
    ['2021年6月', { end: '2021-06-30', op: '<=' }],
    ['2021-06-15', { end: '2021-06-15', op: '<=' }],
    ['2021/6/15', { end: '2021-06-15', op: '<=' }],
    ['2021.6.15以后', { end: '2021-06-15', op: '>=' }],
    ['2021.02', { end: '2021-02-28', op: '<=' }],
    ['≤2021年12月31日', { end: '2021-12-31', op: '<=' }],
    ['年底前完成', { end: '2021-12-31', op: '<=' }],
    ['年底', { end: '2021-12-31', op: '<=' }],
    ['年末', { end: '2021-12-31', op: '<=' }],
    ['年内', { end: '2021-12-31', op: '<=' }],
    ['年内完成', { end: '2021-12-31', op: '<=' }],
    ['下半年', { end: '2021-12-31', op: '<=' }],
    ['上半年', { end: '2021-06-30', op: '<=' }],
    ['年中', { end: '2021-06-30', op: '<=' }],
    ['第三季度', { end: '2021-09-30', op: '<=' }],
    ['第1季度', { end: '2021-03-31', op: '<=' }],
    ['第四季度前', { end: '2021-12-31', op: '<=' }],
    ['2022年第二季度', { end: '2022-06-30', op: '<=' }],
    ['2021年底', { end: '2021-12-31', op: '<=' }],
    ['2021年上半年', { end: '2021-06-30', op: '<=' }],
    ['6月底', { end: '2021-06-30', op: '<=' }],
    ['6月30日之前', { end: '2021-06-30', op: '<=' }],
    ['10月15日后', { end: '2021-10-15', op: '>=' }],
    // a bare month before a date suffix (金寨 2023: 9月前, 11月前) reads as 2021年9月前 does
    ['9月前', { end: '2021-09-30', op: '<=' }],
    ['11月之前', { end: '2021-11-30', op: '<=' }],
    ['9月前完成', { end: '2021-09-30', op: '<=' }],
    ['3月以后', { end: '2021-03-31', op: '>=' }],
    ['2021.01-2021.12', { start: '2021-01-01', end: '2021-12-31', op: '<=' }],
    ['2021年1月-12月', { start: '2021-01-01', end: '2021-12-31', op: '<=' }],
    ['2021年1月1日至2021年12月31日', { start: '2021-01-01', end: '2021-12-31', op: '<=' }],
    ['2021-01-01~2021-06-30', { start: '2021-01-01', end: '2021-06-30', op: '<=' }],
  ])('%s', (text, date) => {
    const t = p(text);
    expect(t.kind).toBe('date');
    expect(t.date).toEqual(date);
  });

  it('a missing year without a form year gives a year-less ISO date', () => {
    expect(p('年底前', null).date).toEqual({ end: '--12-31', op: '<=' });
  });

  it('invalid calendar dates are not dates', () => {
    expect(p('2021-02-30').kind).not.toBe('date');
    expect(p('2021年13月').kind).not.toBe('date');
    expect(p('13月前').kind).not.toBe('date');
  });

  it('a bare month is a date only before a suffix', () => {
    expect(p('9月').kind).not.toBe('date');
    expect(p('9月前', null).date).toEqual({ end: '--09-30', op: '<=' });
  });
});

describe('parseValue — qualitative, empty, invalid', () => {
  it.each([
    ['', 'empty'],
    ['提升', 'qualitative'],
    ['及时', 'qualitative'],
    ['≥≥95%', 'invalid'],
    ['95%-', 'invalid'],
    ['1,5', 'invalid'],
    ['完成3项制度修订', 'invalid'],
    ['≥95%个', 'invalid'],
  ])('%s → %s', (text, kind) => {
    expect(p(text).kind).toBe(kind);
  });

  it('qualitative keeps its text', () => {
    expect(p('提升')).toMatchObject({ kind: 'qualitative', text: '提升', normalized: '提升' });
  });
});

describe('parseTargetText (normalise + numerals + word operators)', () => {
  it.each<[string, Partial<ParsedTarget>]>([
    ['=>150件', { op: '>=', value: 150, unit: '件' }],
    ['90%以上', { op: '>=', value: 90, unit: '%' }],
    ['不低于95%', { op: '>=', value: 95, unit: '%' }],
    ['3个工作日内', { op: '<=', value: 3, unit: '个工作日' }],
    ['超过100人', { op: '>', value: 100, unit: '人' }],
    ['不满10人', { op: '<', value: 10, unit: '人' }],
    ['≥八十五%', { op: '>=', value: 85, unit: '%' }],
    ['二十九万', { op: null, value: 290000, displayUnit: '万' }],
    ['百分之九十五', { value: 95, unit: '%' }],
    ['100%%', { value: 100, unit: '%' }],
  ])('%s', (text, expected) => {
    expect(parseTargetText(text, Y)).toMatchObject({ kind: 'quantitative', ...expected });
  });

  it('年内 is a date, not a word operator', () => {
    expect(parseTargetText('2021年内', Y)).toMatchObject({ kind: 'date', date: { end: '2021-12-31', op: '<=' } });
  });
});
