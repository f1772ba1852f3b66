/**
 * `jixiao fix <file> [--out <file>]`: applies every SAFE fix (notation only, never the meaning) and
 * writes a copy — by default `<name>.修正.xlsx` next to the input — with a 修改记录 sheet listing each
 * change (sheet, cell, before, after, rule). The input file is only read.
 */
import * as path from 'node:path';
import type * as ExcelJS from 'exceljs';
import { message } from '../core/messages';
import { uniqueSheetName } from '../core/sheet-names';
import type { Lang } from '../core/types';
import { applySafeFixes, type FixChange } from '../workbook/copies';
import { readWorkbookForEdit, writeWorkbookAtomic } from '../workbook/node-write';
import { sameFile } from '../workbook/node-paths';
import { CliError, EXIT_OK } from './errors';

export type { FixChange } from '../workbook/copies';

export interface FixOptions {
  out?: string;
  lang: Lang;
  /** Cells one sheet may hold (the reader's cell budget). */
  maxCells?: number;
}

export function defaultFixOutput(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}${message('cli.fix-copy-suffix')}`);
}

export async function runFix(
  file: string,
  options: FixOptions,
): Promise<{ exitCode: number; out: string; changes: FixChange[] }> {
  const out = options.out ?? defaultFixOutput(file);
  if (out.trim() === '') throw new CliError('cli.output-empty');
  if (await sameFile(out, file)) throw new CliError('cli.output-is-input', { path: out });
  const { workbook } = await readWorkbookForEdit(file, options.maxCells ? { maxCells: options.maxCells } : {});
  const changes = applySafeFixes(workbook, { lang: options.lang });

  const ws = workbook.addWorksheet(
    uniqueSheetName(
      message('cli.sheet.changes', options.lang),
      workbook.worksheets.map((w) => w.name),
    ),
    {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    },
  );
  const headers = (['sheet', 'cell', 'before', 'after', 'rule', 'message'] as const).map((c) =>
    message(`cli.col.${c}`, options.lang),
  );
  ws.addRow(headers).font = { bold: true };
  // every value a plain string: a "before" such as "=>150件" stays text, never a formula
  for (const c of changes) ws.addRow([c.sheet, c.cell, c.before, c.after, c.rule, c.message]);
  [18, 8, 24, 24, 30, 60].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.autoFilter = { from: 'A1', to: `F${changes.length + 1}` } as unknown as ExcelJS.AutoFilter;

  await writeWorkbookAtomic(workbook, out);
  return { exitCode: EXIT_OK, out, changes };
}
