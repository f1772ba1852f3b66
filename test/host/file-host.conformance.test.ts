/** The CLI's exceljs copy path (open → change → write the file) passes the WorkbookHost conformance suite. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describeHostConformance, SEED } from './conformance';
import { FileHost } from './file-host';
import { exceljsLook, seedBytes } from './seed-exceljs';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describeHostConformance('the exceljs copy path (jixiao fix / score --out)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-conformance-'));
  dirs.push(dir);
  const file = path.join(dir, 'seed.xlsx');
  fs.writeFileSync(file, await seedBytes(SEED));
  const host = new FileHost(file);
  return {
    host,
    look: async (sheet, cell) => exceljsLook(await host.open(), sheet, cell),
    reopen: async () => new FileHost(file),
  };
});
