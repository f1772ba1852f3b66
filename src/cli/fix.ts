/**
 * `jixiao fix <file> [--out <file>]`: applies every SAFE fix (notation only, never the meaning) and
 * writes a copy — by default `<name>.修正.xlsx` next to the input — with a 修改记录 sheet listing each
 * change (sheet, cell, before, after, rule). The input file is only read.
 */
import * as path from 'node:path';
import type * as ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../core/analyze';
import { address } from '../core/grid';
import { message } from '../core/messages';
import { fixPatch, type PatchOp } from '../core/patch';
import type { Issue, Lang, WorkbookSnapshot } from '../core/types';
import { applyPatchToWorkbook } from '../workbook/apply-patch';
import { readWorkbookForEdit, writeWorkbookAtomic } from '../workbook/node-write';
import { sameFile } from '../workbook/node-paths';
import { CliError, EXIT_OK } from './errors';

export interface FixChange {
  sheet: string;
  cell: string;
  before: string;
  after: string;
  rule: string;
  message: string;
}

export interface FixOptions {
  out?: string;
  lang: Lang;
  /** Cells one sheet may hold (the reader's cell budget). */
  maxCells?: number;
}

export function defaultFixOutput(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.修正.xlsx`);
}

/** The displayed text of every cell, by "sheet!A1". */
function displayedTexts(snapshot: WorkbookSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of snapshot.sheets) for (const c of s.cells) out.set(`${s.sheet}!${address(c.row, c.col)}`, c.text);
  return out;
}

/** A sheet name not yet in the workbook: name, name(2), name(3), … */
export function freeSheetName(wb: ExcelJS.Workbook, name: string): string {
  let candidate = name;
  for (let n = 2; wb.getWorksheet(candidate); n++) candidate = `${name}(${n})`;
  return candidate;
}

/** Same file by identity (device + inode, or the real path of the folder): links and other spellings included. */
export { sameFile } from '../workbook/node-paths';

export async function runFix(file: string, options: FixOptions): Promise<{ exitCode: number; out: string; changes: FixChange[] }> {
  const out = options.out ?? defaultFixOutput(file);
  if (out.trim() === '') throw new CliError('cli.output-empty');
  if (await sameFile(out, file)) throw new CliError('cli.output-is-input', { path: out });
  const { snapshot, workbook } = await readWorkbookForEdit(file, options.maxCells ? { maxCells: options.maxCells } : {});
  const model = analyzeWorkbook(snapshot, { lang: options.lang });
  const patch = fixPatch(model.issues, 'safe');
  // the issue behind each write: the first safe fix of the cell, as fixPatch chose it
  const byCell = new Map<string, Issue>();
  for (const i of model.issues) {
    if (!i.fix || !i.cell || i.fix.safety !== 'safe') continue;
    const key = `${i.sheet}!${i.cell}`;
    if (!byCell.has(key)) byCell.set(key, i);
  }
  const texts = displayedTexts(snapshot);
  const changes: FixChange[] = patch.ops
    .filter((op): op is Extract<PatchOp, { kind: 'value' }> => op.kind === 'value')
    .map((op) => {
      const issue = byCell.get(`${op.sheet}!${op.cell}`);
      return {
        sheet: op.sheet,
        cell: op.cell,
        before: texts.get(`${op.sheet}!${op.cell}`) ?? '',
        after: op.text,
        rule: issue?.code ?? '',
        message: issue?.message ?? '',
      };
    });
  applyPatchToWorkbook(workbook, patch);

  const ws = workbook.addWorksheet(freeSheetName(workbook, message('cli.sheet.changes', options.lang)), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  const headers = ['sheet', 'cell', 'before', 'after', 'rule', 'message'].map((c) => message(`cli.col.${c}`, options.lang));
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
