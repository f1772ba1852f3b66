/** The conformance seed as an exceljs workbook (.xlsx bytes), and a cell's look as exceljs holds it. */
import * as ExcelJS from 'exceljs';
import type { SeedSheet } from './conformance';

export async function seedBytes(seed: SeedSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of seed) {
    const ws = wb.addWorksheet(s.name);
    for (const [a1, v] of Object.entries(s.cells)) ws.getCell(a1).value = v;
    for (const m of s.merges) ws.mergeCells(m);
    for (const [a1, look] of Object.entries(s.looks)) {
      const cell = ws.getCell(a1);
      if (look.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${look.fill.slice(1)}` } };
      if (look.note) cell.note = look.note;
    }
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The fill and the note of a cell, as exceljs holds them (a deep copy). */
export function exceljsLook(wb: ExcelJS.Workbook, sheet: string, a1: string): unknown {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const cell = ws.getCell(a1);
  const note = cell.note;
  return JSON.parse(JSON.stringify({ fill: cell.style?.fill ?? null, note: note ?? null }));
}
