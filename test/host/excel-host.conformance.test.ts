/** Excel's host (office-js, against the fake Excel) passes the WorkbookHost conformance suite. */
import { createExcelHost } from '../../src/excel/excel-host';
import { getCell, installFakeExcel, NO_FAKE_FILL, setCell, type Installed } from '../excel/fake-excel';
import { describeHostConformance, SEED } from './conformance';

let fx: Installed | undefined;

describeHostConformance(
  'ExcelHost (office-js, fake Excel)',
  async () => {
    const installed = installFakeExcel();
    fx = installed;
    const excel = installed.excel;
    for (const s of SEED) {
      const sheet = excel.findSheet(s.name) ?? excel.addSheet(s.name);
      for (const [a1, v] of Object.entries(s.cells)) setCell(sheet, a1, v);
      sheet.merges.push(...s.merges);
      for (const [a1, look] of Object.entries(s.looks)) {
        const cell = getCell(sheet, a1) ?? setCell(sheet, a1, null);
        if (look.fill) cell.fill = { color: look.fill, pattern: 'Solid', patternColor: null };
        if (look.note) sheet.notes.set(a1, look.note);
      }
    }
    const host = await createExcelHost();
    return {
      host,
      look: async (sheet, a1) => {
        const s = excel.sheet(sheet);
        return JSON.parse(
          JSON.stringify({ fill: getCell(s, a1)?.fill ?? NO_FAKE_FILL, note: s.notes.get(a1) ?? null }),
        );
      },
      reopen: () => createExcelHost(),
      selection: async () => {
        const sel = excel.workbook.selection;
        return sel ? { sheet: sel.sheet, cell: sel.address } : null;
      },
    };
  },
  () => {
    fx?.uninstall();
    fx = undefined;
  },
);
