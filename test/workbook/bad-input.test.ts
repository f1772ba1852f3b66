/**
 * Wrong and broken inputs: each gives the right file.* code, and nothing but WorkbookReadError is thrown.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { readWorkbookBuffer } from '../../src/workbook/read';
import { readWorkbookFile } from '../../src/workbook/node';
import { sniffWorkbookBytes, WorkbookReadError } from '../../src/workbook/errors';
import { buildWorkbook } from '../helpers/build-workbook';
import { message } from '../../src/core/messages';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A minimal compound-file (OLE2) image: header + one directory sector naming the given streams. */
function cfbWith(streamNames: string[], size = 2048): Uint8Array {
  const b = new Uint8Array(size);
  b.set(CFB, 0);
  b[0x18] = 0x3e; // minor version
  b[0x1a] = 0x03; // major version 3
  b[0x1c] = 0xfe; // byte order FFFE
  b[0x1d] = 0xff;
  b[0x1e] = 0x09; // sector shift 9 (512-byte sectors)
  let at = 512;
  for (const name of ['Root Entry', ...streamNames]) {
    for (let i = 0; i < name.length; i++) {
      b[at + i * 2] = name.charCodeAt(i) & 0xff;
      b[at + i * 2 + 1] = name.charCodeAt(i) >> 8;
    }
    b[at + 0x40] = (name.length + 1) * 2; // name length in bytes, with the terminator
    b[at + 0x42] = name === 'Root Entry' ? 5 : 2; // object type
    at += 128;
  }
  return b;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(WorkbookReadError);
    const e = err as WorkbookReadError;
    expect(e.stack ?? '').not.toMatch(/Error: .*\n.*Error:/); // no nested stack in the message
    return e.code;
  }
  return 'no error';
}

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const CSV_ZH = '一级指标,二级指标,三级指标,指标目标值\n产出指标,数量指标,培训人数,≥25期\n';

let realXlsx: Buffer;
beforeAll(async () => {
  realXlsx = await buildWorkbook([
    { name: 'S', rows: Array.from({ length: 50 }, (_, r) => [`行${r}`, r, { value: r / 100, numFmt: '0%' }]) },
  ]);
});

describe('sniffWorkbookBytes', () => {
  test('zip signature passes', () => {
    expect(sniffWorkbookBytes(new Uint8Array(realXlsx), 'a.xlsx')).toBeNull();
  });
  test.each([
    ['empty', new Uint8Array(0), 'a.xlsx', 'file.empty'],
    [
      'legacy xls (CFB with a Workbook stream)',
      cfbWith(['Workbook', '\u0005SummaryInformation']),
      'a.xlsx',
      'file.legacy-xls',
    ],
    ['legacy xls named .xls', cfbWith(['Workbook']), 'a.xls', 'file.legacy-xls'],
    ['WPS .et', cfbWith(['Workbook', 'WpsCustomData']), '表格.et', 'file.wps-et'],
    [
      'encrypted (EncryptedPackage)',
      cfbWith(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']),
      'a.xlsx',
      'file.encrypted',
    ],
    ['encrypted, only EncryptedPackage', cfbWith(['EncryptedPackage']), 'a.xlsx', 'file.encrypted'],
    ['encrypted .et still encrypted', cfbWith(['EncryptedPackage']), 'a.et', 'file.encrypted'],
    ['CSV without BOM, Chinese', utf8(CSV_ZH), 'a.xlsx', 'file.csv'],
    ['CSV with UTF-8 BOM, Chinese', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV_ZH)]), 'a.xlsx', 'file.csv'],
    [
      'CSV in GBK',
      new Uint8Array([0xd2, 0xbb, 0xbc, 0xb6, 0xd6, 0xb8, 0xb1, 0xea, 0x2c, 0x31, 0x0a]),
      'a.xlsx',
      'file.csv',
    ],
    ['tab-separated UTF-16 text', new Uint8Array([0xff, 0xfe, 0x61, 0, 0x09, 0, 0x62, 0]), 'a.xlsx', 'file.csv'],
    ['plain ASCII text', utf8('hello world'), 'a.xlsx', 'file.csv'],
    [
      'HTML saved as .xls',
      utf8('<html><body><table><tr><td>1</td></tr></table></body></html>'),
      'a.xls',
      'file.not-xlsx',
    ],
    [
      'random bytes',
      new Uint8Array(Array.from({ length: 1000 }, (_, i) => (i * 7919 + 13) % 256)),
      'a.xlsx',
      'file.not-xlsx',
    ],
    [
      'empty zip archive',
      new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]),
      'a.xlsx',
      'file.not-xlsx',
    ],
  ])('%s', (_label, bytes, name, code) => {
    expect(sniffWorkbookBytes(bytes, name)).toBe(code);
  });
});

describe('readWorkbookBuffer on bad input', () => {
  test('empty', async () => {
    expect(await codeOf(readWorkbookBuffer(new Uint8Array(0)))).toBe('file.empty');
    expect(await codeOf(readWorkbookBuffer(new ArrayBuffer(0)))).toBe('file.empty');
  });
  test('random bytes', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24);
    expect(await codeOf(readWorkbookBuffer(bytes, 'x.xlsx'))).toBe('file.not-xlsx');
  });
  test('truncated xlsx (first half)', async () => {
    const half = realXlsx.subarray(0, realXlsx.length >> 1);
    const err = await readWorkbookBuffer(half, 'x.xlsx').catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect(err.code).toBe('file.corrupt');
    expect(err.params.detail).toBe('reason.zip-damaged');
    expect(message('file.corrupt', 'en', err.params)).toBe(
      'The workbook is damaged or incomplete and cannot be read: the zip container is truncated or damaged',
    );
    expect(message('file.corrupt', 'zh', err.params)).toBe(
      '工作簿已损坏或不完整，无法读取：文件不完整或已损坏（可能没有完整下载或保存）',
    );
  });
  test('truncated xlsx (last bytes missing)', async () => {
    expect(await codeOf(readWorkbookBuffer(realXlsx.subarray(0, realXlsx.length - 10)))).toBe('file.corrupt');
  });
  test('CFB/BIFF header, .et, encrypted', async () => {
    expect(await codeOf(readWorkbookBuffer(cfbWith(['Workbook']), 'old.xls'))).toBe('file.legacy-xls');
    expect(await codeOf(readWorkbookBuffer(cfbWith(['Workbook']), 'wps.et'))).toBe('file.wps-et');
    expect(await codeOf(readWorkbookBuffer(cfbWith(['EncryptionInfo', 'EncryptedPackage']), 'secret.xlsx'))).toBe(
      'file.encrypted',
    );
  });
  test('CSV renamed .xlsx, with and without BOM', async () => {
    expect(await codeOf(readWorkbookBuffer(utf8(CSV_ZH), 'csv.xlsx'))).toBe('file.csv');
    expect(await codeOf(readWorkbookBuffer(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV_ZH)]), 'csv.xlsx'))).toBe(
      'file.csv',
    );
  });
  test('a zip that is not an xlsx (zipped text file) → file.not-xlsx', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', '这不是工作簿');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await codeOf(readWorkbookBuffer(bytes, 'notes.xlsx'))).toBe('file.not-xlsx');
  });
  test('an xlsx without its workbook part → file.not-xlsx', async () => {
    const zip = await JSZip.loadAsync(realXlsx);
    zip.remove('xl/workbook.xml');
    expect(await codeOf(readWorkbookBuffer(await zip.generateAsync({ type: 'nodebuffer' })))).toBe('file.not-xlsx');
  });
  test('broken sheet XML → file.corrupt with a plain detail', async () => {
    const zip = await JSZip.loadAsync(realXlsx);
    zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"');
    const err = await readWorkbookBuffer(await zip.generateAsync({ type: 'nodebuffer' })).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect(err.code).toBe('file.corrupt');
    expect(String(err.params.detail)).not.toMatch(/\n|at |TypeError|undefined/);
  });
  test('Uint8Array view into a larger buffer is read correctly', async () => {
    const big = new Uint8Array(realXlsx.length + 20);
    big.set(realXlsx, 10);
    const r = await readWorkbookBuffer(big.subarray(10, 10 + realXlsx.length));
    expect(r.sheets[0].cells.length).toBe(150);
  });
});

describe('readWorkbookFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-wb-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('not found', async () => {
    const p = path.join(dir, '不存在.xlsx');
    const err = await readWorkbookFile(p).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect(err.code).toBe('file.not-found');
    expect(err.params).toEqual({ path: p });
  });
  test('a directory', async () => {
    const err = await readWorkbookFile(dir).catch((e) => e);
    expect(err.code).toBe('file.unreadable');
    expect(err.params.detail).toBe('reason.is-folder');
    expect(message('file.unreadable', 'zh', err.params)).toBe('无法读取文件：这是一个文件夹，不是文件');
  });
  test('files by kind, and the file is not modified', async () => {
    const cases: [string, Uint8Array, string][] = [
      ['empty.xlsx', new Uint8Array(0), 'file.empty'],
      ['old.xls', cfbWith(['Workbook']), 'file.legacy-xls'],
      ['wps.et', cfbWith(['Workbook']), 'file.wps-et'],
      ['data.xlsx', utf8(CSV_ZH), 'file.csv'],
      ['half.xlsx', realXlsx.subarray(0, realXlsx.length >> 1), 'file.corrupt'],
    ];
    for (const [name, bytes, code] of cases) {
      const p = path.join(dir, name);
      fs.writeFileSync(p, bytes);
      const before = fs.statSync(p).mtimeMs;
      expect([name, await codeOf(readWorkbookFile(p))]).toEqual([name, code]);
      expect(fs.statSync(p).mtimeMs).toBe(before);
    }
  });
  test('a read-only file is read', async () => {
    const p = path.join(dir, 'ro.xlsx');
    fs.writeFileSync(p, realXlsx);
    fs.chmodSync(p, 0o444);
    const r = await readWorkbookFile(p);
    expect(r.sheets.map((s) => s.sheet)).toEqual(['S']);
    expect(Buffer.compare(fs.readFileSync(p), realXlsx)).toBe(0);
  });
});
