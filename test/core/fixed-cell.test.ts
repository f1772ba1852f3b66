/**
 * fixedCellWrite: the one decision of what a fixed cell holds (value + number format). Every decision
 * is re-rendered through its number format (numfmt, as Excel shows it) and must show the fix's text.
 */
import { fixedCellWrite } from '../../src/core/patch';
import { numfmt } from '../../src/workbook/format';
import fc from 'fast-check';

const cases: [text: string, format: string | undefined, expected: ReturnType<typeof fixedCellWrite>][] = [
  // 九十 in a 0% cell: the value 0.9, shown 90% — never 90 (shown 9000%)
  ['90', '0%', { text: '90%', value: 0.9 }],
  ['90%', '0%', { text: '90%', value: 0.9 }],
  ['95.5', '0%', { text: '95.5%', value: 0.955, format: '0.0%' }],
  ['95', '0.00%', { text: '95.00%', value: 0.95 }],
  ['95.25', '0.0%', { text: '95.25%', value: 0.9525, format: '0.00%' }],
  ['90', 'yyyy-mm-dd', { text: '90', value: 90, format: 'General' }],
  ['1200', '#,##0', { text: '1200', value: 1200, format: 'General' }],
  ['100%', undefined, { text: '100%', value: 1, format: '0%' }],
  ['100%', 'General', { text: '100%', value: 1, format: '0%' }],
  ['90', 'General', { text: '90', value: 90 }],
  ['90', undefined, { text: '90', value: 90 }],
  ['90', '0.00', { text: '90.00', value: 90 }],
  ['90.125', '0.00', { text: '90.125', value: 90.125, format: 'General' }],
  ['90', '0', { text: '90', value: 90 }],
  // text fixes stay text; a text cell keeps even a number as text
  ['≥150件', 'General', { text: '≥150件' }],
  ['≥90%', '0%', { text: '≥90%' }],
  ['90', '@', { text: '90' }],
  ['≥', undefined, { text: '≥' }],
];

const shown = (format: string | undefined, value: number) =>
  numfmt.format(format ?? 'General', value, { locale: 'zh-CN' });

describe('fixedCellWrite', () => {
  it.each(cases)('%s in a %s cell', (text, format, expected) => {
    const d = fixedCellWrite(text, format);
    expect(d).toEqual(expected);
    if (d.value !== undefined) expect(shown(d.format ?? format, d.value)).toBe(d.text);
  });

  it('property: a numeric decision shows exactly its text through the format it leaves on the cell', () => {
    const formats = fc.constantFrom(
      undefined,
      'General',
      '0',
      '0.00',
      '0%',
      '0.0%',
      '0.00%',
      '#,##0',
      'yyyy-mm-dd',
      '@',
    );
    const number = fc
      .tuple(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 3 }))
      .map(([n, d]) => (d === 0 ? String(n) : (n / 10 ** d).toFixed(d).replace(/0+$/, '').replace(/\.$/, '')));
    fc.assert(
      fc.property(number, fc.boolean(), formats, (n, pct, format) => {
        const d = fixedCellWrite(pct ? `${n}%` : n, format);
        if (d.value === undefined) return format === '@';
        const percent = pct || /%/.test(format ?? '');
        return (
          shown(d.format ?? format, d.value) === d.text &&
          Number(d.text.replace('%', '')) === Number(n) &&
          d.text.endsWith('%') === percent
        );
      }),
    );
  });
});
