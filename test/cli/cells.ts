/**
 * Cell-by-cell comparison of workbooks the CLI wrote: every cell's value, style, note and type.
 */
import type * as ExcelJS from 'exceljs';

export type CellDump = Record<string, unknown>;

/** Every cell of a sheet (empty ones too) by address. */
export function dump(ws: ExcelJS.Worksheet): CellDump {
  const out: CellDump = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      out[c.address] = JSON.parse(
        JSON.stringify({ value: c.value, style: c.style, note: c.note ?? null, type: c.type }),
      );
    }),
  );
  return out;
}
