/**
 * The direct reader (src/cli/xlsx-reader.ts) gives the grid exceljs gave, cell for cell — on the
 * sample, its chapter II tables, the PUPR workbook, every workbook of the package corpus (chart,
 * pivot, VBA, …) and the sample and PUPR workbook as LibreOffice saves them — and reads what exceljs
 * needed help for: shared formulas in other cells, cells without an address.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { readXlsx } from '../src/cli/read-xlsx';
import { exceljsSheets } from './helpers/exceljs-grid';
import { resave, SOFFICE } from './helpers/libreoffice';
import { REAL, SAMPLE } from './helpers/load';
import { buildCorpusFile, FEATURES } from './helpers/package-corpus';

const BAB2 = join(__dirname, 'fixtures', 'renstra-kartoharjo-bab2.xlsx');

async function same(file: string): Promise<void> {
  const direct = (await readXlsx(file)).sheets;
  const reference = await exceljsSheets(file);
  expect(direct.map((s) => s.name)).toEqual(reference.map((s) => s.name));
  for (let i = 0; i < reference.length; i++) {
    // JSON drops the holes of sparse arrays the same way on both sides.
    expect({ file, sheet: direct[i].name, grid: JSON.parse(JSON.stringify(direct[i])) }).toEqual({ file, sheet: reference[i].name, grid: JSON.parse(JSON.stringify(reference[i])) });
  }
}

test.each([SAMPLE, REAL, BAB2])('%s reads as exceljs read it', async (file) => {
  await same(file);
});

test('every workbook of the package corpus reads as exceljs read it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'renstra-baca-'));
  for (const feature of FEATURES) await same(await buildCorpusFile(feature, dir));
}, 120000);

test('the sample and the PUPR workbook as LibreOffice saves them read as exceljs read them', async () => {
  if (!existsSync(SOFFICE)) throw new Error(`LibreOffice tidak ada di ${SOFFICE}: pasang dengan "apt-get install libreoffice-calc-nogui" (.ci/run melakukannya).`);
  for (const file of resave([SAMPLE, REAL], 'xlsx')) await same(file);
}, 180000);

test('a shared formula reads in each cell as that cell’s own formula; cells without an address take the next place', async () => {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  zip.file('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  zip.file(
    'xl/worksheets/sheet1.xml',
    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1"><v>2</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>4</v></c></row>' +
      '<row r="2"><c r="A2"><v>3</v></c><c r="B2"><f t="shared" si="0"/><v>6</v></c></row>' +
      '<row r="3"><c><v>5</v></c><c><f t="shared" si="0"/><v>10</v></c><c t="inlineStr"><is><t>catatan</t></is></c></row>' +
      '</sheetData></worksheet>',
  );
  const file = join(mkdtempSync(join(tmpdir(), 'renstra-baca-')), 'bersama.xlsx');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  const [sheet] = (await readXlsx(file)).sheets;
  expect(sheet.rows[1][1]).toEqual({ v: 6, f: 'A2*2' });
  expect(sheet.rows[2][0]).toEqual({ v: 5 });
  expect(sheet.rows[2][1]).toEqual({ v: 10, f: 'A3*2' });
  expect(sheet.rows[2][2]).toEqual({ v: 'catatan' });
});

test('a sheet the workbook lists but the package lacks is refused, not read as an empty sheet', async () => {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rid = /<sheet [^>]*name="Tabel 4.2"[^>]*r:id="([^"]+)"/.exec(wb)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  zip.remove(`xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`);
  const file = join(mkdtempSync(join(tmpdir(), 'renstra-baca-')), 'tanpa-lembar.xlsx');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  await expect(readXlsx(file)).rejects.toThrow(/bagian lembar "Tabel 4\.2" \(xl\/worksheets\/sheet\d+\.xml\) tidak ada di arsip/);
});
