import { checkTarget } from '../../../src/core/target/check';
import { BASE_CONTEXT, ROWS, cellOf } from './rule-tester';

describe('checkTarget — typed cells', () => {
  it('0.95 in a 0% cell reads 95%', () => {
    const r = checkTarget({ ...BASE_CONTEXT, ...ROWS.rate, cell: { value: 0.95, text: '95%', format: '0%' } });
    expect(r.text).toBe('95%');
    expect(r.target).toMatchObject({ kind: 'quantitative', value: 95, unit: '%' });
  });
  it('a rounded display computes with the raw value', () => {
    const r = checkTarget({ ...BASE_CONTEXT, ...ROWS.rate, cell: { value: 0.973, text: '97%', format: '0%' } });
    expect(r.target).toMatchObject({ value: 97.3, writtenNumber: 97 });
  });
  it('25 in "≥"0"期" reads ≥25期', () => {
    const r = checkTarget({ ...BASE_CONTEXT, cell: { value: 25, text: '≥25期', format: '"≥"0"期"' } });
    expect(r.target).toMatchObject({ kind: 'quantitative', op: '>=', value: 25, unit: '期' });
    expect(r.verdict).toBe('ok');
  });
  it('a date cell is a date target', () => {
    const r = checkTarget({
      ...BASE_CONTEXT,
      ...ROWS.time,
      cell: { value: 44561, text: '2021/12/31', format: 'yyyy/m/d' },
    });
    expect(r.target).toMatchObject({ kind: 'date', date: { end: '2021-12-31', op: '<=' } });
    expect(r.findings).toEqual([]);
  });
  it('a 1904 date cell', () => {
    const r = checkTarget({
      ...BASE_CONTEXT,
      ...ROWS.time,
      date1904: true,
      cell: { value: 43099, text: '2021/12/31', format: 'yyyy/m/d' },
    });
    expect(r.target.date?.end).toBe('2021-12-31');
  });
  it('an error value', () => {
    const r = checkTarget({ ...BASE_CONTEXT, cell: { value: { error: '#N/A' }, text: '#N/A' } });
    expect(r.verdict).toBe('error');
    expect(r.findings.map((f) => f.code)).toEqual(['target.excel-error']);
    expect(r.text).toBe('#N/A');
  });
});

describe('checkTarget — split layout', () => {
  it('指标性质 + 指标值 + 度量单位 parse as one value', () => {
    const r = checkTarget({
      ...BASE_CONTEXT,
      ...ROWS.cost,
      nature: cellOf('≤'),
      cell: cellOf('128'),
      unit: cellOf('万元'),
    });
    expect(r.target).toMatchObject({
      op: '<=',
      value: 1280000,
      unit: '元',
      displayUnit: '万元',
      unitSource: 'unit-column',
    });
    expect(r.text).toBe('128');
    expect(r.nature).toBe('≤');
    expect(r.verdict).toBe('ok');
  });
  it('a word operator in 指标性质 is fixed in that cell', () => {
    const r = checkTarget({
      ...BASE_CONTEXT,
      ...ROWS.rate,
      nature: cellOf('不低于'),
      cell: cellOf('95'),
      unit: cellOf('%'),
    });
    expect(r.target).toMatchObject({ op: '>=', value: 95, unit: '%' });
    expect(r.findings).toEqual([
      {
        code: 'target.word-operator',
        severity: 'warning',
        params: { fix: '≥' },
        fix: { text: '≥', safety: 'safe', cell: 'nature' },
      },
    ]);
  });
  it('定性 means the 指标值 is qualitative text', () => {
    const r = checkTarget({
      ...BASE_CONTEXT,
      ...ROWS.benefit,
      nature: cellOf('定性'),
      cell: cellOf('提升'),
      unit: cellOf(''),
    });
    expect(r.target).toMatchObject({ kind: 'qualitative', text: '提升' });
    expect(r.verdict).toBe('ok');
  });
  it('不适用 in 指标性质 gives kind na', () => {
    const r = checkTarget({ ...BASE_CONTEXT, nature: cellOf('不适用'), cell: cellOf(''), unit: null });
    expect(r.target.kind).toBe('na');
    expect(r.findings.map((f) => f.code)).toEqual(['target.not-applicable']);
    expect(r.verdict).toBe('ok');
  });
  it('a unit written in both 指标值 and 度量单位 is not doubled', () => {
    const r = checkTarget({
      ...BASE_CONTEXT,
      ...ROWS.rate,
      nature: cellOf('≥'),
      cell: cellOf('95%'),
      unit: cellOf('%'),
    });
    expect(r.target).toMatchObject({ op: '>=', value: 95, unit: '%' });
    expect(r.verdict).toBe('ok');
  });
});

describe('checkTarget — classification and internal repairs', () => {
  it('reports rate / reverse / cost flags', () => {
    expect(checkTarget({ ...BASE_CONTEXT, ...ROWS.rePetition, cell: cellOf('≤1%') })).toMatchObject({
      rate: true,
      reverse: true,
      cost: false,
    });
    expect(checkTarget({ ...BASE_CONTEXT, ...ROWS.cost, cell: cellOf('≤1万元') })).toMatchObject({
      rate: false,
      cost: true,
    });
  });
  it('takes the unit from a trailing bracket of the 三级 name', () => {
    const r = checkTarget({ ...BASE_CONTEXT, level3: '项目成本（万元）', level2: '成本指标', cell: cellOf('≤128') });
    expect(r.target).toMatchObject({ value: 1280000, unit: '元', displayUnit: '万元', unitSource: 'name' });
    expect(r.verdict).toBe('ok');
  });
  it('orders a reversed range for completion', () => {
    const r = checkTarget({ ...BASE_CONTEXT, ...ROWS.rate, cell: cellOf('95%-90%') });
    expect(r.target.range).toEqual({ low: 90, high: 95 });
  });
  it('a vague target still gives a best-effort reading', () => {
    const r = checkTarget({ ...BASE_CONTEXT, cell: cellOf('约1200人次') });
    expect(r.verdict).toBe('error');
    expect(r.target).toMatchObject({ kind: 'quantitative', value: 1200, unit: '人次' });
  });
  it('embedded numbers are treated as qualitative', () => {
    const r = checkTarget({ ...BASE_CONTEXT, ...ROWS.quality, cell: cellOf('完成3项制度修订') });
    expect(r.target.kind).toBe('qualitative');
    expect(r.verdict).toBe('warning');
  });
});
