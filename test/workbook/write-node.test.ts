/**
 * Atomic writes: a temporary file in the target's folder, renamed over the target only when complete;
 * on failure the target is untouched and no temporary file is left.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import {
  OutputWriteError,
  readWorkbookForEdit,
  writeFileAtomic,
  writeWorkbookAtomic,
} from '../../src/workbook/node-write';
import { WorkbookReadError } from '../../src/workbook/errors';
import { FIXTURES_DIR } from '../helpers/shared';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-write-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('writes, replaces an existing file, leaves no temporary file', async () => {
  const target = path.join(dir, '汇总.xlsx');
  await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
  expect([...fs.readFileSync(target)]).toEqual([1, 2, 3]);
  await writeFileAtomic(target, async () => new Uint8Array([4]));
  expect([...fs.readFileSync(target)]).toEqual([4]);
  expect(fs.readdirSync(dir)).toEqual(['汇总.xlsx']);
});

test('a failure while producing the bytes leaves the old file as it was and nothing else', async () => {
  const target = path.join(dir, 'a.xlsx');
  fs.writeFileSync(target, 'old');
  await expect(
    writeFileAtomic(target, async () => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    }),
  ).rejects.toMatchObject({ name: 'OutputWriteError', detail: 'reason.disk-full' });
  expect(fs.readFileSync(target, 'utf8')).toBe('old');
  expect(fs.readdirSync(dir)).toEqual(['a.xlsx']);
});

test('a missing folder, a folder as target, a file as folder: OutputWriteError with a plain reason', async () => {
  await expect(writeFileAtomic(path.join(dir, 'none', 'x.xlsx'), new Uint8Array([1]))).rejects.toMatchObject({
    detail: 'reason.folder-missing',
  });
  await expect(writeFileAtomic(dir, new Uint8Array([1]))).rejects.toBeInstanceOf(OutputWriteError);
  fs.writeFileSync(path.join(dir, 'f'), '');
  await expect(writeFileAtomic(path.join(dir, 'f', 'x.xlsx'), new Uint8Array([1]))).rejects.toMatchObject({
    detail: 'reason.not-a-folder',
  });
  expect(fs.readdirSync(dir)).toEqual(['f']);
});

test('writeWorkbookAtomic + readWorkbookForEdit round trip; bad inputs are WorkbookReadError', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').getCell('A1').value = 'x';
  const file = path.join(dir, 'w.xlsx');
  await writeWorkbookAtomic(wb, file);
  const { workbook, snapshot } = await readWorkbookForEdit(file);
  expect(workbook.getWorksheet('S')!.getCell('A1').value).toBe('x');
  expect(snapshot.sheets[0].cells[0].text).toBe('x');
  await expect(readWorkbookForEdit(path.join(dir, 'nope.xlsx'))).rejects.toMatchObject({ code: 'file.not-found' });
  fs.writeFileSync(path.join(dir, 'e.xlsx'), '');
  await expect(readWorkbookForEdit(path.join(dir, 'e.xlsx'))).rejects.toBeInstanceOf(WorkbookReadError);
  await expect(readWorkbookForEdit(dir)).rejects.toMatchObject({ code: 'file.unreadable' });
  const seed = await readWorkbookForEdit(path.join(FIXTURES_DIR, 'seed-2021-sfj.xlsx'));
  expect(seed.snapshot.sheets.map((s) => s.sheet)).toEqual(seed.workbook.worksheets.map((w) => w.name));
});
