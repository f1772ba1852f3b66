/**
 * `jixiao template [--layout …] [--year …] --out 模板.xlsx`: the standard blank form — the same
 * definition the add-in's "插入标准模板" uses (src/core/template.ts) — written with exceljs.
 */
import { buildTemplate, type TemplateLayout } from '../core/template';
import { excelWorkbookClass } from '../workbook/exceljs-node';
import { writeWorkbookAtomic } from '../workbook/node-write';
import { writeTemplate } from '../workbook/write-template';

export interface TemplateCommandOptions {
  layout: TemplateLayout;
  year: number;
  rows: number;
  out: string;
}

export async function runTemplate(options: TemplateCommandOptions): Promise<{ rows: number }> {
  const def = buildTemplate({ layout: options.layout, year: options.year, indicatorRows: options.rows });
  const Workbook = excelWorkbookClass();
  const wb = new Workbook();
  wb.creator = 'jixiao';
  writeTemplate(wb, def);
  await writeWorkbookAtomic(wb, options.out);
  return { rows: def.table.lastRow - def.table.firstRow + 1 };
}
