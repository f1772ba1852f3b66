/**
 * §4 "Reading the actual".
 */
import { readActual, unitsAgree } from '../../../src/core/completion';
import type { CellInput } from '../../../src/core/completion';
import { cell, target } from './helpers';

function read(targetText: string, actual: CellInput | string | null, unitColumn: string | null = null) {
  const a = typeof actual === 'string' ? cell(actual) : actual;
  return readActual(a, { target: target(targetText), unitColumn, year: 2021 });
}

describe('readActual: the examples of §4', () => {
  it.each([
    ['=2500', cell(2500), 2500, ''],
    ['≥20000人次', '21,560人次', 21560, '人次'],
    ['≥29万', '30.2万', 302000, ''],
    ['≥15万单', '14.6万单', 146000, '单'],
    ['≥95%', '98.5%', 98.5, '%'],
    ['≥95%', cell(0.973, '0.0%', '97.3%'), 97.3, '%'],
    ['≥95%', cell(0.95, '0%', '95%'), 95, '%'],
    ['=25期', cell(25, '0"期"', '25期'), 25, '期'],
    ['≤50万元', '55万元', 550000, '元'],
    ['≤500000元', '55万元', 550000, '元'],
    ['≤50万元', '550000元', 550000, '元'],
  ])('%s / %p → %p %s', (t, a, value, unit) => {
    const r = read(t, a);
    expect(r.kind).toBe('number');
    expect(r.value).toBeCloseTo(value as number, 9);
    expect(r.unit).toBe(unit);
    expect(r.unitMismatch).toBe(false);
    expect(r.findings).toEqual([]);
  });
});

describe('bare numbers take the 度量单位, else the target displayUnit (≥1000× exception)', () => {
  it.each([
    ['≥29万', '30.2', 302000],
    ['≥29万', '302000', 302000],
    ['≥29万', cell(302000), 302000],
    ['≥29万', '28999', 28999 * 1e4],
    ['≥29万', '29000', 29000],
    ['≤50万元', '55', 550000],
    ['≥200个', '186', 186],
    ['≥95%', '97.3', 97.3],
    ['≥95%', cell(97.3), 97.3],
  ])('under %s, "%s" reads %p', (t, a, value) => {
    const r = read(t, a);
    expect(r.bare).toBe(true);
    expect(r.value).toBeCloseTo(value as number, 6);
  });

  it('split layout: a bare actual takes the 度量单位 (万元)', () => {
    const r = read('≥50万元', '55', '万元');
    expect(r.value).toBe(550000);
    expect(r.unit).toBe('元');
    expect(r.parsed?.unitSource).toBe('unit-column');
  });

  it('split layout: the ≥1000× exception applies to the 度量单位 multiplier too', () => {
    expect(read('≥50万元', '550000', '万元').value).toBe(550000);
  });

  it('the bare actual is returned as a ParsedTarget with the inherited unit', () => {
    const r = read('≥29万', '30.2');
    expect(r.parsed).toMatchObject({
      kind: 'quantitative',
      value: 302000,
      writtenNumber: 30.2,
      multiplier: 1e4,
      displayUnit: '万',
    });
  });
});

describe('units must agree in base units', () => {
  it.each([
    ['≥2000人次', '1980人', '人', '人次'],
    ['≥200个', '95%', '%', '个'],
    ['≥95%', '30.2万', '万', '%'],
    ['=2500', '98%', '%', ''],
    ['≤50万元', '55万人', '万人', '万元'],
  ])('%s vs %s → unit-mismatch', (t, a, actualUnit, targetUnit) => {
    const r = read(t, a);
    expect(r.unitMismatch).toBe(true);
    expect(r.findings).toEqual([
      { code: 'completion.unit-mismatch', severity: 'warning', params: { actualUnit, targetUnit } },
    ]);
  });

  it.each([
    ['≤50万元', '55万元'],
    ['≤50万元', '550000元'],
    ['≤500000元', '50万元'],
    ['=2500', '2500人'],
    ['≥29万', '30.2万'],
    ['≥29万人次', '30.2万'],
    ['≥10km', '12KM'],
  ])('%s vs %s agree', (t, a) => {
    expect(read(t, a).unitMismatch).toBe(false);
  });

  it('unitsAgree', () => {
    expect(unitsAgree('元', '元')).toBe(true);
    expect(unitsAgree('人', '人次')).toBe(false);
    expect(unitsAgree('', '个')).toBe(true);
    expect(unitsAgree('%', '')).toBe(false);
    expect(unitsAgree('‰', '%')).toBe(false);
  });
});

describe('small numbers under a % target', () => {
  it.each([
    ['0.973', 0.973],
    ['1', 1],
    ['0.5', 0.5],
  ])('bare %s → %p percentage points + ambiguous-percent', (a, v) => {
    const r = read('≥95%', a);
    expect(r.value).toBe(v);
    expect(r.unit).toBe('%');
    expect(r.findings).toEqual([{ code: 'completion.ambiguous-percent', severity: 'warning', params: { value: v } }]);
  });

  it('a General number cell 0.973 is ambiguous too', () => {
    expect(read('≥95%', cell(0.973)).findings.map((f) => f.code)).toEqual(['completion.ambiguous-percent']);
  });

  it.each([['0'], ['1.5'], ['0.5%']])('%s is not ambiguous', (a) => {
    expect(read('≥95%', a).findings).toEqual([]);
  });

  it('a %-formatted 0.973 is not ambiguous', () => {
    expect(read('≥95%', cell(0.973, '0.0%', '97.3%')).findings).toEqual([]);
  });

  it('not under a non-% target', () => {
    expect(read('≥1个', '0.5').findings).toEqual([]);
  });
});

describe('special values', () => {
  it.each(['—', '/', '-', '*', '——', '--', ' / ', '／', '', '  '])('"%s" counts as blank', (a) => {
    expect(read('≥95%', a).kind).toBe('blank');
  });

  it('a null cell is blank', () => expect(read('≥95%', null).kind).toBe('blank'));

  it.each(['不适用', ' 不适用 ', '不适用。'])('"%s" → na', (a) => {
    expect(read('≥95%', a).kind).toBe('na');
  });

  it('an Excel error value is unreadable (completion.invalid)', () => {
    const r = read('≥95%', { value: { error: '#N/A' }, text: '#N/A' });
    expect(r.kind).toBe('invalid');
    expect(r.findings.map((f) => f.code)).toEqual(['completion.invalid']);
  });
});

describe('other readings', () => {
  it('a date cell is a date (1900 and 1904 systems)', () => {
    const a = readActual(
      { value: 44530, text: '2021/11/30', format: 'yyyy/m/d' },
      { target: target('2021年12月31日前'), unitColumn: null },
    );
    expect(a.kind).toBe('date');
    expect(a.date?.end).toBe('2021-11-30');
    const b = readActual(
      { value: 44530 - 1462, text: '2021/11/30', format: 'yyyy/m/d' },
      { target: target('年底'), unitColumn: null, date1904: true },
    );
    expect(b.date?.end).toBe('2021-11-30');
  });

  it.each([
    ['2021年11月30日', '2021-11-30'],
    ['2021.11.30', '2021-11-30'],
    ['2021年11月', '2021-11-30'],
    ['11月底', '2021-11-30'],
  ])('text date %s → %s', (a, iso) => {
    const r = read('2021年12月31日前', a);
    expect(r.kind).toBe('date');
    expect(r.date?.end).toBe(iso);
  });

  it('text without digits is text', () => {
    expect(read('提升', '达成')).toMatchObject({ kind: 'text', text: '达成' });
  });

  it.each([
    ['完成186个', 186],
    ['达到97%', 97],
    ['98.5%(较上年提高)', 98.5],
    ['累计完成2500人次', 2500],
  ])('a number after a leading verb or before a remark is read: %s', (a, v) => {
    const r = read('≥95个', a);
    expect(r.kind).toBe('number');
    expect(r.value).toBe(v);
  });

  it('an operator in the actual is ignored (≥95% reads 95%)', () => {
    expect(read('≥90%', '≥95%').value).toBe(95);
  });

  it('a word operator and Chinese numerals read as for the target', () => {
    expect(read('≥90%', '95%以上').value).toBe(95);
    expect(read('≥20个', '二十五个').value).toBe(25);
  });

  it('a range actual is unreadable', () => {
    const r = read('≥90%', '90%-95%');
    expect(r.kind).toBe('invalid');
    expect(r.findings.map((f) => f.code)).toEqual(['completion.invalid']);
  });
});
