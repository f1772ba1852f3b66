const ExcelJS = require('exceljs');
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  console.log('date1904', wb.properties.date1904);
  wb.eachSheet((ws) => {
    console.log('SHEET', ws.name, ws.dimensions && ws.dimensions.address, 'merges', JSON.stringify(ws.model.merges));
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (c) => {
        console.log(
          c.address,
          c.type,
          JSON.stringify(c.value).slice(0, 80),
          c.numFmt ? 'fmt=' + c.numFmt : '',
          c.isMerged ? 'M:' + c.master.address : '',
        );
      });
    });
    console.log('cols', ws.columns && ws.columns.map((c) => c.width).join(','));
  });
})();
