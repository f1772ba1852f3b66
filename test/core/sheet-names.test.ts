/** The one rule for naming a new sheet, and the one answer to "is this cell empty". */
import { isEmptyContent } from '../../src/core/cell-content';
import { quoteSheet, uniqueSheetName } from '../../src/core/sheet-names';

describe('uniqueSheetName', () => {
  test.each([
    ['修改记录', [], '修改记录'],
    ['修改记录', ['Sheet1'], '修改记录'],
    ['修改记录', ['修改记录'], '修改记录 (2)'],
    ['修改记录', ['修改记录', '修改记录 (2)'], '修改记录 (3)'],
    ['Changes', ['changes'], 'Changes (2)'], // Excel compares sheet names without case
    ['Changes', ['CHANGES', 'changes (2)'], 'Changes (3)'],
    ['指标库', ['指标库(2)'], '指标库'],
  ] as const)('%s among %j → %s', (base, taken, expected) => {
    expect(uniqueSheetName(base, taken)).toBe(expected);
  });

  test('never longer than Excel allows (31 characters), the suffix kept', () => {
    const long = '财政项目支出绩效目标申报表财政项目支出绩效目标申报表财政项目支出';
    expect(long.length).toBeGreaterThan(31);
    const first = uniqueSheetName(long, []);
    expect(first).toBe(long.slice(0, 31));
    const second = uniqueSheetName(long, [first]);
    expect(second).toHaveLength(31);
    expect(second.endsWith(' (2)')).toBe(true);
  });

  test('quoteSheet doubles inner quotes', () => {
    expect(quoteSheet("O'Brien 表")).toBe("'O''Brien 表'");
    expect(quoteSheet('指标库')).toBe("'指标库'");
  });
});

describe('isEmptyContent', () => {
  test.each([
    [null, undefined, true],
    [undefined, undefined, true],
    ['', undefined, true],
    ['   ', undefined, true],
    ['x', undefined, false],
    [0, undefined, false],
    [false, undefined, false],
    [new Date(0), undefined, false],
    [{ error: '#N/A' }, undefined, false],
    ['', '=A1', false], // a formula is content whatever it shows
    [null, 'SUM(A1:A2)', false],
    [null, '', true],
  ] as const)('%j (formula %j) → %s', (value, formula, expected) => {
    expect(isEmptyContent(value, formula)).toBe(expected);
  });
});
