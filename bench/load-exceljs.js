'use strict';
/** Child for measurement (a): the bare exceljs load of a file, nothing else. */
const ExcelJS = require('exceljs');

(async () => {
  const t = process.hrtime.bigint();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  const readFileMs = Number(process.hrtime.bigint() - t) / 1e6;
  globalThis.__jixiaoBench = { readFileMs, sheets: wb.worksheets.length };
})().catch((err) => {
  console.error(err);
  process.exitCode = 2;
});
