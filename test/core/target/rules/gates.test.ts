import { ROWS, ruleTester } from '../rule-tester';

ruleTester('target.excel-error', {
  valid: [{ text: '≥95%' }, { text: 'N/A' }, { text: '#N/A说明' }],
  invalid: [
    { ctx: { cell: { value: { error: '#N/A' }, text: '#N/A' } }, fix: null },
    { ctx: { cell: { value: { error: '#DIV/0!' }, text: '#DIV/0!' } } },
    { text: '#N/A' },
    { text: '#DIV/0!' },
    { text: '#VALUE!' },
    { text: '#REF!' },
    { text: '#NAME?' },
    { text: '#NUM!' },
    { text: '#NULL!' },
    { text: '#SPILL!' },
    { text: '#CALC!' },
    { text: ' #N/A ' },
    { ctx: { cell: { value: 1, text: '1' } }, nature: '≥', unit: '#REF!' },
  ],
});

ruleTester('target.empty', {
  valid: [{ text: '≥1' }, { text: '不适用' }, { text: '', nature: '不适用' }],
  invalid: [
    { text: '', fix: null },
    { ctx: { cell: null } },
    { text: '   ' },
    { text: '\u200B' },
    { text: '。' },
    { text: '', nature: '≥', unit: '%' },
  ],
});

ruleTester('target.placeholder', {
  valid: [{ text: '≥95%' }, { text: '提升' }, { text: '无投诉' }, { text: '/', nature: '不适用' }],
  invalid: [
    ...[
      '待定',
      '待补充',
      '待填',
      '暂无',
      '暂定',
      '无',
      '略',
      '同上',
      '见附件',
      '详见附件',
      '见附表',
      '另附',
      '/',
      '\\',
      '-',
      '--',
      '—',
      '——',
      '...',
      '......',
      '…',
      '……',
      '*',
      '**',
      'X',
      'XX',
      'xx',
      '××',
      '?',
      '？',
      'N/A',
      'n/a',
      'NA',
      'TBD',
      '／',
      '待定。',
    ].map((text) => ({ text, fix: null })),
    { text: '/', nature: '≥', unit: '个' },
  ],
});

ruleTester('target.not-applicable', {
  valid: [{ text: '≥95%' }, { text: '适用' }],
  invalid: [
    { text: '不适用', fix: null },
    { text: '不适用。' },
    { text: '本年度不适用' },
    { text: '', nature: '不适用' },
    { text: '—', nature: '不适用', unit: '' },
  ],
});

ruleTester('target.vague', {
  valid: [
    { text: '≥1200人次' },
    { text: '提升' },
    { text: '多元化' },
    { text: '左右兼顾' },
    { text: '≥300人' },
    { text: '接近一流水平', ctx: ROWS.benefit },
  ],
  invalid: [
    { text: '约1200人次', fix: null },
    { text: '大约1200人次' },
    { text: '大概50场' },
    { text: '近300人' },
    { text: '约一千人' },
    { text: '300余人' },
    { text: '300多人' },
    { text: '3万余人' },
    { text: '1200人次左右' },
    { text: '95%上下' },
    { text: '≈95%' },
    { text: '若干' },
    { text: '一些' },
    { text: '适量' },
    { text: '大量' },
    { text: '很多' },
    { text: '较多' },
  ],
});

describe('gates stop checking', () => {
  const { findingsFor } = jest.requireActual('../rule-tester') as typeof import('../rule-tester');
  it('only one finding for a gate', () => {
    expect(findingsFor({ text: '待定', ctx: ROWS.quantity }).map((f) => f.code)).toEqual(['target.placeholder']);
    expect(findingsFor({ text: '约1200', ctx: ROWS.quantity }).map((f) => f.code)).toEqual(['target.vague']);
    expect(findingsFor({ text: '', ctx: ROWS.rate }).map((f) => f.code)).toEqual(['target.empty']);
    expect(findingsFor({ text: '不适用', ctx: ROWS.rate }).map((f) => f.code)).toEqual(['target.not-applicable']);
  });
});
