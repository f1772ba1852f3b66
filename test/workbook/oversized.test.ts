/**
 * Sheets whose used range claims a million rows: only existing cells are read, a warning is given,
 * and reading stays fast.
 */
import JSZip from 'jszip';
import { readWorkbookBuffer } from '../../src/workbook/read';
import { buildWorkbook } from '../helpers/build-workbook';
import { message } from '../../src/core/messages';

async function patchSheet(buf: Buffer, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', edit(xml));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

let base: Buffer;
beforeAll(async () => {
  base = await buildWorkbook([
    {
      name: '大表',
      rows: [
        ['一级指标', '二级指标'],
        ['产出指标', { value: 0.9, numFmt: '0%' }],
      ],
    },
    { name: '正常', rows: [['x']] },
  ]);
});

function expectSmallRead(r: Awaited<ReturnType<typeof readWorkbookBuffer>>) {
  const big = r.sheets.find((s) => s.sheet === '大表')!;
  expect(big.cells.map((c) => c.text)).toEqual(['一级指标', '二级指标', '产出指标', '90%']);
}

test('<dimension ref="A1:XFD1048576"/>', async () => {
  const buf = await patchSheet(base, (x) => x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'));
  const t0 = Date.now();
  const r = await readWorkbookBuffer(buf, 'big.xlsx');
  expect(Date.now() - t0).toBeLessThan(2000);
  expectSmallRead(r);
  expect(r.warnings).toEqual([{ code: 'form.sheet-oversized', params: { sheet: '大表', rows: 1048576 } }]);
  expect(message('form.sheet-oversized', 'zh', r.warnings[0].params)).toContain('1048576');
});

test('a style-only row 1,000,000 and a style-only cell at XFD1048576', async () => {
  const buf = await patchSheet(base, (x) =>
    x.replace(
      '</sheetData>',
      '<row r="1000000" s="0" customFormat="1" ht="20" customHeight="1"/><row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData>',
    ),
  );
  const t0 = Date.now();
  const r = await readWorkbookBuffer(buf, 'big.xlsx');
  expect(Date.now() - t0).toBeLessThan(2000);
  expectSmallRead(r);
  expect(r.warnings).toEqual([{ code: 'form.sheet-oversized', params: { sheet: '大表', rows: 1048576 } }]);
});

test('a whole-sheet column style', async () => {
  const buf = await patchSheet(base, (x) =>
    x.replace('<sheetData>', '<cols><col min="1" max="16384" width="9" customWidth="1"/></cols><sheetData>'),
  );
  const r = await readWorkbookBuffer(buf);
  expectSmallRead(r);
  expect(r.warnings).toEqual([]);
});

test('no warning for a normal sheet', async () => {
  const r = await readWorkbookBuffer(base);
  expect(r.warnings).toEqual([]);
});
