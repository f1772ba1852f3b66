'use strict';
/**
 * Child for measurement (a): the bare exceljs load of a file, nothing else.
 * With --lean (a′): the same load through exceljs's document model alone (`exceljs/lib/doc/workbook`,
 * the package's own Workbook class without its streaming reader and writer) — what jixiao loads.
 */
const lean = process.argv.includes('--lean');
const ExcelJS = lean ? { Workbook: require('exceljs/lib/doc/workbook') } : require('exceljs');

(async () => {
  const t = process.hrtime.bigint();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv.slice(2).find((a) => a !== '--lean'));
  const readFileMs = Number(process.hrtime.bigint() - t) / 1e6;
  globalThis.__jixiaoBench = { readFileMs, sheets: wb.worksheets.length };
})().catch((err) => {
  console.error(err);
  process.exitCode = 2;
});
