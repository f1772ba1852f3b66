/** The preview's in-memory workbook passes the WorkbookHost conformance suite. */
import { MemoryHost } from '../../src/preview/memory-host';
import { describeHostConformance, SEED } from './conformance';
import { exceljsLook, seedBytes } from './seed-exceljs';

describeHostConformance('MemoryHost (the preview)', async () => {
  const host = await MemoryHost.open(await seedBytes(SEED), 'seed.xlsx', 'zh');
  let current = host;
  return {
    host,
    look: async (sheet, cell) => exceljsLook(current.workbook, sheet, cell),
    // the workbook as the preview downloads it, opened again
    reopen: async () => (current = await MemoryHost.open(await host.toBytes(), 'seed.xlsx', 'zh')),
    selection: async () => current.selection,
  };
});
