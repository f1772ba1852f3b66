import { formatHasPercent, readCell, serialToIsoDate } from '../../../src/core/target/cell';

describe('readCell', () => {
  it('empty / null', () => {
    expect(readCell(null)).toEqual({
      text: '',
      number: null,
      percent: false,
      isDate: false,
      isoDate: null,
      error: null,
    });
    expect(readCell(undefined).text).toBe('');
  });
  it('0.95 in a 0% cell reads 95%', () => {
    expect(readCell({ value: 0.95, text: '95%', format: '0%' })).toMatchObject({
      text: '95%',
      number: 95,
      percent: true,
    });
  });
  it('0.973 in a 0.0% cell reads 97.3', () => {
    expect(readCell({ value: 0.973, text: '97.3%', format: '0.0%' })).toMatchObject({
      text: '97.3%',
      number: 97.3,
      percent: true,
    });
  });
  it('renders a % number when the adapter gave no text', () => {
    expect(readCell({ value: 0.973, text: '', format: '0.0%' }).text).toBe('97.3%');
  });
  it('a quoted % is not a percent format', () => {
    expect(readCell({ value: 25, text: '≥25期', format: '"≥"0"期"' })).toMatchObject({
      text: '≥25期',
      number: 25,
      percent: false,
      isDate: false,
    });
    expect(formatHasPercent('0"%"')).toBe(false);
    expect(formatHasPercent('0\\%')).toBe(false);
    expect(formatHasPercent('0.0%')).toBe(true);
    expect(formatHasPercent('General')).toBe(false);
  });
  it('a date cell is a date', () => {
    expect(readCell({ value: 44561, text: '2021/12/31', format: 'yyyy/m/d' })).toMatchObject({
      text: '2021/12/31',
      isDate: true,
      isoDate: '2021-12-31',
      number: null,
    });
    expect(readCell({ value: 43099, text: '2021/12/31', format: 'yyyy/m/d' }, true).isoDate).toBe('2021-12-31');
    expect(readCell({ value: 44561, text: '2021年12月31日', format: 'yyyy"年"m"月"d"日"' }).isoDate).toBe('2021-12-31');
  });
  it('serials', () => {
    expect(serialToIsoDate(1)).toBe('1900-01-01');
    expect(serialToIsoDate(60)).toBe('1900-02-29');
    expect(serialToIsoDate(61)).toBe('1900-03-01');
    expect(serialToIsoDate(0, true)).toBe('1904-01-01');
  });
  it('error values and error texts', () => {
    expect(readCell({ value: { error: '#N/A' }, text: '#N/A' })).toMatchObject({ text: '#N/A', error: '#N/A' });
    expect(readCell({ value: { error: '#DIV/0!' }, text: '' })).toMatchObject({ text: '#DIV/0!', error: '#DIV/0!' });
    expect(readCell({ value: '#VALUE!', text: '#VALUE!' }).error).toBe('#VALUE!');
    expect(readCell({ value: 'N/A', text: 'N/A' }).error).toBeNull();
  });
  it('a plain number', () => {
    expect(readCell({ value: 200, text: '200', format: 'General' })).toMatchObject({
      text: '200',
      number: 200,
      percent: false,
    });
  });
  it('text', () => {
    expect(readCell({ value: '≥95%', text: '≥95%' })).toMatchObject({ text: '≥95%', number: null });
  });
});

describe('isDateFormat', () => {
  const { isDateFormat } = jest.requireActual(
    '../../../src/core/target/cell',
  ) as typeof import('../../../src/core/target/cell');
  it.each([
    ['yyyy/m/d', true],
    ['yyyy"年"m"月"d"日"', true],
    ['m/d/yy h:mm', true],
    ['[h]:mm:ss', true],
    ['[$-804]yyyy年m月d日', true],
    ['mmm-yy', true],
    ['General', false],
    ['@', false],
    ['0%', false],
    ['0.00E+00', false],
    ['#,##0.00', false],
    ['"≥"0"期"', false],
    ['[Red]0.00', false],
    ['0"天"', false],
    ['0\\d', false],
  ])('%s → %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});
