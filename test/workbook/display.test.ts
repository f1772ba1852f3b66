/**
 * Displayed text and raw values through the real adapter, on workbooks built with exceljs.
 */
import JSZip from 'jszip';
import { readWorkbookBuffer, sheetToGrid } from '../../src/workbook/read';
import type { ReadWorkbookResult } from '../../src/workbook/read';
import { formatGeneral, FormatCache } from '../../src/workbook/format';
import { address } from '../../src/core/grid';
import type { GridCell } from '../../src/core/types';
import { buildWorkbook, CellSpec } from '../helpers/build-workbook';
import * as ExcelJS from 'exceljs';
import { numfmt } from '../../src/workbook/format';

function byAddress(r: ReadWorkbookResult, sheet = 0): Map<string, GridCell> {
  return new Map(r.sheets[sheet].cells.map((c) => [address(c.row, c.col), c]));
}

async function readColumn(specs: CellSpec[], opts?: { date1904?: boolean }): Promise<Map<string, GridCell>> {
  const buf = await buildWorkbook([{ name: 'S', rows: specs.map((s) => [s]) }], opts);
  return byAddress(await readWorkbookBuffer(buf, 't.xlsx'));
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('custom literal formats', () => {
  test.each([
    [25, '"≥"0"期"', '≥25期'],
    [1200, '0"人次"', '1200人次'],
    [0.95, '"≥"0%', '≥95%'],
    [29, '"≥"0"万元"', '≥29万元'],
    [3, '0.0"%"', '3.0%'],
    [1280000, '#,##0', '1,280,000'],
    [1234.5, '#,##0.00', '1,234.50'],
    [-1234.5, '#,##0.00_);[Red](#,##0.00)', '(1,234.50)'],
    [0.973, '0.0%', '97.3%'],
    [0.88, '0%', '88%'],
    [12345, '0.0E+00', '1.2E+04'],
  ])('%p in %s shows %s', async (value, numFmt, text) => {
    const cells = await readColumn([{ value, numFmt }]);
    expect(cells.get('A1')).toEqual({ row: 1, col: 1, value, text, format: numFmt });
  });

  test('text in a format with a text section', async () => {
    const cells = await readColumn([
      { value: '29', numFmt: '@"万元"' },
      { value: 'abc', numFmt: '@' },
      { value: 'x', numFmt: '0%' },
    ]);
    expect(cells.get('A1')).toMatchObject({ value: '29', text: '29万元' });
    expect(cells.get('A2')).toMatchObject({ value: 'abc', text: 'abc', format: '@' });
    expect(cells.get('A3')).toMatchObject({ value: 'x', text: 'x' });
  });
});

describe('General numbers', () => {
  test.each([
    [0.1 + 0.2, '0.3'],
    [1e-7, '0.0000001'],
    [123456789012, '1.23457E+11'],
    [12345678901, '12345678901'],
    [2500, '2500'],
    [-42, '-42'],
    [0, '0'],
    [1 / 3, '0.333333333'],
    [0.000123456789, '0.000123457'],
    [1e15, '1E+15'],
  ])('%p shows %s', async (value, text) => {
    const cells = await readColumn([value]);
    expect(cells.get('A1')).toEqual({ row: 1, col: 1, value, text, format: 'General' });
  });

  test('the integer fast path agrees with numfmt', () => {
    for (const v of [1, -1, 7, 100, 99999, 2147483647, 2147483648, 12345678901, -12345678901, 99999999999]) {
      expect(formatGeneral(v)).toBe(numfmt.format('General', v));
    }
  });
});

describe('dates', () => {
  test('date formats, 1900 system', async () => {
    const cells = await readColumn([
      { value: utc(2021, 1, 1), numFmt: 'yyyy-mm-dd' },
      { value: utc(2021, 12, 31), numFmt: 'yyyy"年"m"月"d"日"' },
      { value: utc(2021, 6, 30), numFmt: 'yyyy"年"m"月"' },
      { value: utc(2021, 6, 30), numFmt: 'm"月"d"日"' },
      utc(2021, 3, 5), // exceljs gives it built-in format 14
      { value: 44197.5, numFmt: 'yyyy-mm-dd hh:mm' },
      { value: 44197, numFmt: '[$-804]yyyy"年"m"月"d"日" aaaa' },
    ]);
    expect(cells.get('A1')).toMatchObject({ value: 44197, text: '2021-01-01', format: 'yyyy-mm-dd' });
    expect(cells.get('A2')).toMatchObject({ value: 44561, text: '2021年12月31日' });
    expect(cells.get('A3')).toMatchObject({ value: 44377, text: '2021年6月' });
    expect(cells.get('A4')).toMatchObject({ value: 44377, text: '6月30日' });
    expect(cells.get('A5')).toMatchObject({ value: 44260, text: '2021/3/5' });
    expect(cells.get('A6')).toMatchObject({ value: 44197.5, text: '2021-01-01 12:00' });
    expect(cells.get('A7')).toMatchObject({ value: 44197, text: '2021年1月1日 星期五' });
  });

  test('1904 date system: value is the 1904 serial, text the same calendar date', async () => {
    const buf = await buildWorkbook(
      [
        {
          name: 'S',
          rows: [
            [{ value: utc(2021, 1, 1), numFmt: 'yyyy-mm-dd' }],
            [{ value: utc(2021, 12, 31), numFmt: 'yyyy"年"m"月"d"日"' }],
            [{ value: 5, numFmt: '0.0' }],
          ],
        },
      ],
      { date1904: true },
    );
    const r = await readWorkbookBuffer(buf);
    expect(r.sheets[0].date1904).toBe(true);
    const cells = byAddress(r);
    expect(cells.get('A1')).toMatchObject({ value: 44197 - 1462, text: '2021-01-01' });
    expect(cells.get('A2')).toMatchObject({ value: 44561 - 1462, text: '2021年12月31日' });
    expect(cells.get('A3')).toMatchObject({ value: 5, text: '5.0' });
  });

  test('out-of-range dates show ###### like Excel', async () => {
    const cells = await readColumn([{ value: -1, numFmt: 'yyyy-mm-dd' }]);
    expect(cells.get('A1')).toMatchObject({ value: -1, text: '######' });
  });
});

/** Rewrite styles.xml so that cells with placeholder formats point at built-in (locale) format ids. */
async function withBuiltinIds(buf: Buffer, ids: Record<string, number>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  let xml = await zip.file('xl/styles.xml')!.async('string');
  for (const [code, id] of Object.entries(ids)) {
    const m = new RegExp(`<numFmt numFmtId="(\\d+)" formatCode="${code}"/>`).exec(xml)!;
    xml = xml.replace(m[0], '').replace(new RegExp(`numFmtId="${m[1]}"`, 'g'), `numFmtId="${id}"`);
  }
  zip.file('xl/styles.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('built-in number format ids', () => {
  test('14, 22, 31, 57, 58 display as a zh-CN Excel shows them', async () => {
    const built = await buildWorkbook([
      {
        name: 'S',
        rows: [
          [{ value: 44197, numFmt: 'mm-dd-yy' }], // exceljs writes this as id 14
          [{ value: 44197.25, numFmt: 'P22' }],
          [{ value: 44197, numFmt: 'P31' }],
          [{ value: 44197, numFmt: 'P57' }],
          [{ value: 44197, numFmt: 'P58' }],
          [{ value: 0.5, numFmt: 'P10' }],
        ],
      },
    ]);
    const buf = await withBuiltinIds(built, { P22: 22, P31: 31, P57: 57, P58: 58, P10: 10 });
    const cells = byAddress(await readWorkbookBuffer(buf));
    expect(cells.get('A1')).toMatchObject({ value: 44197, text: '2021/1/1', format: 'yyyy/m/d' });
    expect(cells.get('A2')).toMatchObject({ value: 44197.25, text: '2021/1/1 6:00' });
    expect(cells.get('A3')).toMatchObject({ value: 44197, text: '2021年1月1日', format: 'yyyy"年"m"月"d"日"' });
    expect(cells.get('A4')).toMatchObject({ value: 44197, text: '2021年1月' });
    expect(cells.get('A5')).toMatchObject({ value: 44197, text: '1月1日' });
    expect(cells.get('A6')).toMatchObject({ value: 0.5, text: '50.00%', format: '0.00%' });
  });

  test('the patch is per workbook instance: a plain exceljs load still sees no format for id 31', async () => {
    const built = await buildWorkbook([{ name: 'S', rows: [[{ value: 44197, numFmt: 'P31' }]] }]);
    const buf = await withBuiltinIds(built, { P31: 31 });
    await readWorkbookBuffer(buf);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.worksheets[0].getCell('A1').numFmt).toBeUndefined();
  });
});

describe('value kinds', () => {
  test('rich text, booleans, errors, hyperlinks, formulas', async () => {
    const cells = await readColumn([
      { richText: [{ text: '≥' }, { text: '90' }, { text: '%' }] },
      true,
      false,
      { error: '#DIV/0!' },
      { value: { text: '见附件', hyperlink: 'http://example.com' } },
      { formula: '1/0', result: { error: '#DIV/0!' } },
      { formula: 'NOW()' },
      { formula: '"≥"&95&"%"', result: '≥95%' },
      { formula: 'A2', result: true },
      { formula: 'E6/D6', result: 0.9749344900895931, numFmt: '0.00%' },
      { formula: 'DATE(2021,1,1)', result: utc(2021, 1, 1), numFmt: 'yyyy-mm-dd' },
    ]);
    expect(cells.get('A1')).toMatchObject({ value: '≥90%', text: '≥90%' });
    expect(cells.get('A2')).toMatchObject({ value: true, text: 'TRUE' });
    expect(cells.get('A3')).toMatchObject({ value: false, text: 'FALSE' });
    expect(cells.get('A4')).toMatchObject({ value: { error: '#DIV/0!' }, text: '#DIV/0!' });
    expect(cells.get('A5')).toMatchObject({ value: '见附件', text: '见附件' });
    expect(cells.get('A6')).toMatchObject({ value: { error: '#DIV/0!' }, text: '#DIV/0!' });
    expect(cells.get('A7')).toMatchObject({ value: null, text: '' });
    expect(cells.get('A8')).toMatchObject({ value: '≥95%', text: '≥95%' });
    expect(cells.get('A9')).toMatchObject({ value: true, text: 'TRUE' });
    expect(cells.get('A10')).toMatchObject({ value: 0.9749344900895931, text: '97.49%' });
    expect(cells.get('A11')).toMatchObject({ value: 44197, text: '2021-01-01' });
  });

  test.each(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'])(
    'error %s',
    async (code) => {
      const cells = await readColumn([{ error: code }, { formula: 'X()', result: { error: code } }]);
      expect(cells.get('A1')).toMatchObject({ value: { error: code }, text: code });
      expect(cells.get('A2')).toMatchObject({ value: { error: code }, text: code });
    },
  );

  test('shared formulas give each cell its cached result', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 2;
    ws.getCell('A2').value = 4;
    ws.getCell('B1').value = {
      formula: 'A1/10',
      result: 0.2,
      shareType: 'shared',
      ref: 'B1:B2',
    } as ExcelJS.CellFormulaValue;
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 0.4 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('B1').numFmt = '0%';
    ws.getCell('B2').numFmt = '0%';
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const cells = byAddress(await readWorkbookBuffer(buf));
    expect(cells.get('B1')).toMatchObject({ value: 0.2, text: '20%' });
    expect(cells.get('B2')).toMatchObject({ value: 0.4, text: '40%' });
  });
});

describe('merges and layout', () => {
  test('only the top-left cell of a merged range is emitted; merges listed', async () => {
    const buf = await buildWorkbook([
      {
        name: '绩效',
        startRow: 13,
        startCol: 2,
        rows: [
          ['产出指标', '数量指标', '培训人数', { value: 25, numFmt: '"≥"0"期"' }],
          [null, null, '完成率', { value: 0.95, numFmt: '0%' }],
          [null, '质量指标', '合格率', '≥90%'],
        ],
        merges: ['B13:B15', 'C13:C14'],
        columnWidths: [10, 14, 38, 16],
      },
    ]);
    const r = await readWorkbookBuffer(buf);
    const g = r.sheets[0];
    expect(g.sheet).toBe('绩效');
    expect(g.merges.sort()).toEqual(['B13:B15', 'C13:C14']);
    const cells = byAddress(r);
    expect(cells.get('B13')).toMatchObject({ value: '产出指标' });
    expect(cells.has('B14')).toBe(false);
    expect(cells.has('B15')).toBe(false);
    expect(cells.has('C14')).toBe(false);
    expect(cells.get('E13')).toMatchObject({ text: '≥25期' });
    expect(cells.get('E14')).toMatchObject({ text: '95%' });
    expect(cells.get('C15')).toMatchObject({ value: '质量指标' });
    expect(g.cells.length).toBe(9);
  });

  test('sheetToGrid works on a workbook loaded by the caller', async () => {
    const buf = await buildWorkbook([
      { name: 'A', rows: [[1, 'x']] },
      { name: 'B', rows: [[null, { value: 0.5, numFmt: '0%' }]] },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(sheetToGrid(wb.worksheets[1], false)).toEqual({
      sheet: 'B',
      cells: [{ row: 1, col: 2, value: 0.5, text: '50%', format: '0%' }],
      merges: [],
      date1904: false,
    });
  });
});

describe('FormatCache', () => {
  test('invalid patterns fall back to General', () => {
    const cache = new FormatCache();
    expect(cache.number('0.0[[[', false)(1.5)).toBe('1.5');
  });
  test('a formatter is compiled once per pattern', () => {
    const cache = new FormatCache();
    expect(cache.number('0%', false)).toBe(cache.number('0%', false));
    expect(cache.number('0%', true)).not.toBe(cache.number('0%', false));
  });
});
