/**
 * Hostile and huge workbooks through the .xlsx adapter (#11). Every file is generated here
 * (bench/hostile-files.js), never committed. No timing is asserted: the generous test timeouts are
 * hang guards only (before #11 the merge bomb ran out of a 4 GB heap after minutes, 100,000 merges
 * ran past 5 minutes, 130,000 rows overflowed the stack).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import * as ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/core/analyze';
import { LARGE_MERGE_CELLS, parseRange } from '../../src/core/grid';
import { message } from '../../src/core/messages';
import { sniffWorkbookBytes, WorkbookReadError } from '../../src/workbook/errors';
import { readWorkbookFile, readInputBytes } from '../../src/workbook/node';
import { readWorkbookForEdit, writeWorkbookAtomic } from '../../src/workbook/node-write';
import { DEFAULT_READ_LIMITS, hookLoad, prepareMerges, readWorkbookBuffer } from '../../src/workbook/read';
import { systemReason } from '../../src/workbook/reasons';
import { checkZipLimits, zipEntries } from '../../src/workbook/zip-limits';
import { cfbEntryNames } from '../../src/workbook/cfb';

/* eslint-disable @typescript-eslint/no-require-imports */
const hostile = require('../../bench/hostile-files.js') as {
  xlsx(sheets: { name: string; xml: string }[]): Promise<Buffer>;
  sheetXml(o: { rows: [number, (string | number | null)[]][]; merges?: string[]; dimension?: string | null }): string;
  formRows(n: number, first?: number): [number, (string | number | null)[]][];
  mergeBomb(): Promise<Buffer>;
  manyMerges(n?: number): Promise<Buffer>;
  manyRows(n?: number): Promise<Buffer>;
  controlChars(): Promise<Buffer>;
  zipBombDeclared(bytes?: number): Promise<Buffer>;
  rawZip(entries: { name: string; data: Buffer; method: number; inflated: number; crc: number }[]): Buffer;
  encryptedCfb(): Buffer;
  xlsWithEncryptedWords(): Buffer;
};
/* eslint-enable @typescript-eslint/no-require-imports */

async function failure(p: Promise<unknown>): Promise<WorkbookReadError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(WorkbookReadError);
    return err as WorkbookReadError;
  }
  throw new Error('expected a WorkbookReadError');
}

let tmp = '';
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-hostile-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('5. the merge bomb: one merged range A30:XFD1048576 in a 12 KB file', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await hostile.mergeBomb();
  });

  test('is small, reads, and its merge is clipped to the cells that hold content', async () => {
    expect(bytes.length).toBeLessThan(12 * 1024);
    const r = await readWorkbookBuffer(bytes, 'bomb.xlsx');
    const s = r.sheets[0];
    const lastRow = Math.max(...s.cells.map((c) => c.row));
    const lastCol = Math.max(...s.cells.map((c) => c.col));
    expect(s.merges).toHaveLength(1);
    const m = parseRange(s.merges[0]);
    expect(m.top).toBe(30);
    expect(m.left).toBe(1);
    expect(m.bottom).toBeLessThanOrEqual(Math.max(30, lastRow));
    expect(m.right).toBeLessThanOrEqual(Math.max(1, lastCol));
    // the claimed dimension still says how big the sheet pretends to be
    expect(r.warnings.map((w) => w.code)).toContain('form.sheet-oversized');
    // and the form above it is checked as usual
    const model = analyzeWorkbook(r, { lang: 'zh' });
    expect(model.forms).toHaveLength(1);
    expect(model.forms[0].indicators).toHaveLength(20);
  }, 60_000);

  test('exceljs is never handed the merge unclipped: the loaded sheet holds no cell per merged cell', async () => {
    const wb = new ExcelJS.Workbook();
    hookLoad(wb);
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    let cells = 0;
    ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, () => void cells++));
    expect(cells).toBeLessThan(1000);
    expect(Object.keys((ws as unknown as { _merges: object })._merges)).toEqual(['A30']);
  }, 60_000);

  test('a corrected copy (fix) keeps the merge, clipped, and the copy reads back', async () => {
    const file = path.join(tmp, 'bomb.xlsx');
    fs.writeFileSync(file, bytes);
    const { workbook } = await readWorkbookForEdit(file);
    const out = path.join(tmp, 'bomb.copy.xlsx');
    await writeWorkbookAtomic(workbook, out);
    const back = await readWorkbookFile(out);
    expect(back.sheets[0].merges).toHaveLength(1);
    expect(back.sheets[0].merges[0]).toMatch(/^A30(:[A-Z]+\d+)?$/);
  }, 60_000);
});

describe('6. 100,000 merged ranges', () => {
  test('read in n log n: every merge kept, none lost, no overlap reported', async () => {
    const bytes = await hostile.manyMerges(100_000);
    const r = await readWorkbookBuffer(bytes, 'merges.xlsx');
    expect(r.sheets[0].merges).toHaveLength(100_000);
    expect(r.sheets[0].merges[99_999]).toBe('A100000:B100000');
  }, 120_000);

  test('overlapping merges are still refused as a damaged file (found without comparing every pair)', async () => {
    const xml = hostile.sheetXml({ rows: [[1, ['a']]], merges: ['A1:C3', 'E1:F9', 'B3:B4'] });
    const e = await failure(readWorkbookBuffer(await hostile.xlsx([{ name: 'S', xml }])));
    expect(e.code).toBe('file.corrupt');
    expect(e.params.detail).toBe('reason.overlapping-merges');
    expect(() => prepareMerges(['A1:B2', 'C1:D2', 'A3:D3'], { maxRow: 3, maxCol: 4 })).not.toThrow();
    const wide = { maxRow: 1_048_576, maxCol: 16_384 };
    expect(() => prepareMerges(['A1:A1048576', 'XFD1:XFD1048576', 'B5:XFC5', 'A9:B9'], wide)).toThrow(/already merged/);
    expect(() => prepareMerges(['A1:A1048576', 'XFD1:XFD1048576', 'B5:XFC5', 'B9:C9'], wide)).not.toThrow();
  });
});

describe('7. 130,000 indicator rows', () => {
  test('check without "Maximum call stack size exceeded"', async () => {
    const bytes = await hostile.manyRows(130_000);
    const r = await readWorkbookBuffer(bytes, 'rows.xlsx');
    const model = analyzeWorkbook(r, { lang: 'zh' });
    expect(model.forms).toHaveLength(1);
    expect(model.forms[0].indicators).toHaveLength(130_000);
    expect(model.issues.length).toBeGreaterThan(130_000);
  }, 240_000);
});

describe('8. zip bombs and the cell budget', () => {
  test('a zip declaring 3.5 GB is refused from its central directory, before inflating', async () => {
    const bytes = await hostile.zipBombDeclared(3.5e9);
    expect(bytes.length).toBeLessThan(10_000);
    const entries = zipEntries(bytes)!;
    expect(entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')?.inflated).toBe(3.5e9);
    const e = await failure(readWorkbookBuffer(bytes, 'bomb.xlsx'));
    expect(['file.zip-ratio', 'file.zip-too-large']).toContain(e.code);
    expect(message(e.code, 'zh', e.params)).toMatch(/压缩/);
    expect(message(e.code, 'en', e.params)).toMatch(/zip bomb/);
  });

  test('the total inflated size and the entry count are bounded too', () => {
    const part = (name: string, inflated: number) => ({
      name,
      data: Buffer.alloc(inflated / 10),
      method: 8,
      inflated,
      crc: 0,
    });
    const many = hostile.rawZip([part('a.xml', 100e6), part('b.xml', 100e6), part('c.xml', 100e6)]);
    expect(checkZipLimits(many, { ...DEFAULT_READ_LIMITS, maxInflatedBytes: 200e6 })).toMatchObject({
      code: 'file.zip-too-large',
    });
    expect(checkZipLimits(many, DEFAULT_READ_LIMITS)).toBeNull();
    expect(checkZipLimits(many, { ...DEFAULT_READ_LIMITS, maxEntries: 2 })).toMatchObject({
      code: 'file.zip-entries',
      params: { entries: 3 },
    });
  });

  test('an ordinary workbook passes the zip checks', async () => {
    const bytes = await hostile.manyRows(100);
    expect(checkZipLimits(bytes, DEFAULT_READ_LIMITS)).toBeNull();
  });

  test('a sheet past the cell budget stops with a message naming the sheet and the limit', async () => {
    const rows: [number, (string | number)[]][] = [];
    for (let r = 1; r <= 600; r++) rows.push([r, [r, r, r, r]]);
    const bytes = await hostile.xlsx([
      { name: '小表', xml: hostile.sheetXml({ rows: [[1, ['x']]] }) },
      { name: '大表', xml: hostile.sheetXml({ rows }) },
    ]);
    const e = await failure(readWorkbookBuffer(bytes, 'big.xlsx', { maxCells: 1000 }));
    expect(e.code).toBe('file.too-many-cells');
    expect(e.params).toMatchObject({ sheet: '大表', limit: 1000 });
    expect(message(e.code, 'zh', e.params)).toContain('“大表”');
    expect(message(e.code, 'en', e.params)).toContain('"大表"');
    // the default budget reads it
    expect((await readWorkbookBuffer(bytes, 'big.xlsx')).sheets[1].cells).toHaveLength(2400);
    // and the copy for fix honours the budget too
    const file = path.join(tmp, 'big.xlsx');
    fs.writeFileSync(file, bytes);
    expect((await failure(readWorkbookForEdit(file, { maxCells: 1000 }))).code).toBe('file.too-many-cells');
  }, 60_000);

  test('a file over the size limit is refused before it is read', async () => {
    const file = path.join(tmp, 'large.xlsx');
    fs.writeFileSync(file, Buffer.alloc(4096));
    const e = await failure(readInputBytes(file, 1024));
    expect(e.code).toBe('file.too-large');
  });
});

describe('encrypted workbooks: told by the OLE2 directory', () => {
  test('EncryptionInfo / EncryptedPackage in the directory: "文件设置了打开密码，无法读取"', async () => {
    const bytes = hostile.encryptedCfb();
    expect(cfbEntryNames(bytes)).toEqual(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']);
    const e = await failure(readWorkbookBuffer(bytes, 'secret.xlsx'));
    expect(e.code).toBe('file.encrypted');
    expect(message(e.code, 'zh')).toContain('文件设置了打开密码，无法读取');
    expect(message(e.code, 'zh')).not.toContain('97-2003');
    expect(message(e.code, 'en')).toMatch(/password to open/);
  });

  test('an old .xls whose cells hold the words is still an old .xls (the directory decides, not the bytes)', () => {
    const bytes = hostile.xlsWithEncryptedWords();
    expect(cfbEntryNames(bytes)).toEqual(['Root Entry', 'Workbook']);
    expect(sniffWorkbookBytes(bytes, 'old.xls')).toBe('file.legacy-xls');
  });
});

describe('3. only regular files are read', () => {
  test('a FIFO is refused at once (no hang waiting for a writer)', async () => {
    const fifo = path.join(tmp, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    for (const read of [readWorkbookFile, readWorkbookForEdit]) {
      const e = await failure(read(fifo));
      expect(e.code).toBe('file.unreadable');
      expect(e.params.detail).toBe('reason.not-regular-file');
    }
  }, 20_000);

  test('/dev/zero is refused before a byte is read', async () => {
    for (const read of [readWorkbookFile, readWorkbookForEdit]) {
      const e = await failure(read('/dev/zero'));
      expect(e.params.detail).toBe('reason.not-regular-file');
    }
  }, 20_000);
});

describe('9/12. text from the file and raw system texts', () => {
  test('control characters in cells are read as text, never interpreted', async () => {
    const r = await readWorkbookBuffer(await hostile.controlChars(), 'ctl.xlsx');
    const texts = r.sheets[0].cells.map((c) => c.text);
    expect(texts.some((t) => t.includes('\u001b'))).toBe(true);
    expect(texts.some((t) => t.includes('\n共检查'))).toBe(true);
  });

  test('a sheet name longer than 31 characters (another tool wrote it) reads, shortened, with no English warning on stderr', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const long = '一个名字超过三十一个字符的工作表名称一个名字超过三十一个字符的工作表';
      const bytes = await hostile.xlsx([
        { name: long, xml: hostile.sheetXml({ rows: [[1, ['x']]] }) },
        { name: long + '二', xml: hostile.sheetXml({ rows: [[1, ['y']]] }) },
      ]);
      const r = await readWorkbookBuffer(bytes, 'long.xlsx');
      expect(r.sheets.map((s) => s.sheet)).toEqual([long.slice(0, 31), long.slice(0, 28) + '(2)']);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  test('system error codes become catalog reasons, never raw codes', () => {
    expect(systemReason({ code: 'EIO' })).toBe('reason.io-error');
    expect(systemReason({ code: 'ERR_FS_FILE_TOO_LARGE' })).toBe('reason.too-large');
    expect(systemReason({ code: 'EWHATEVER' })).toBe('reason.unknown');
    for (const code of ['EIO', 'ENXIO', 'ETIMEDOUT', 'ERR_FS_FILE_TOO_LARGE', 'EACCES']) {
      const reason = systemReason({ code });
      expect(message(reason, 'zh')).not.toBe(reason);
      expect(message(reason, 'en')).not.toBe(reason);
    }
  });
});

test('LARGE_MERGE_CELLS leaves ordinary form merges alone', () => {
  expect(LARGE_MERGE_CELLS).toBeGreaterThanOrEqual(10_000);
});
