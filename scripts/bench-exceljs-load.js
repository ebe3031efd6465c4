// The benchmark's baseline: what opening a workbook costs — exceljs loads the file and every cell's
// value is touched once. (Plain JavaScript: no compiler in the measured process.)
const ExcelJS = require('exceljs');

(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  let cells = 0;
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value !== undefined) cells++;
      }),
    ),
  );
  process.stdout.write(`${cells}\n`);
})();
