/**
 * The package patcher under `renstra fill`, on hand-written worksheet XML: where a cell goes, what
 * it keeps, and what it refuses — everything else in the text stays as it was.
 */
import JSZip from 'jszip';
import { patchWorkbook, withFullCalcOnLoad, type CellPatch } from '../src/cli/patch-xlsx';

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

const sheet = (data: string, before = '<dimension ref="A1:C3"/>', after = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${before}<sheetData>${data}</sheetData>${after}</worksheet>`;

async function patch(sheetXml: string, patches: Omit<CellPatch, 'sheet'>[], own: Record<string, string> = {}) {
  const zip = new JSZip();
  zip.file('xl/workbook.xml', WORKBOOK);
  zip.file('xl/_rels/workbook.xml.rels', RELS);
  zip.file('xl/worksheets/sheet1.xml', sheetXml);
  zip.file('xl/other.bin', Buffer.from([0, 1, 2, 255]));
  const bytes = await zip.generateAsync({ type: 'nodebuffer' });
  const result = await patchWorkbook(
    bytes,
    patches.map((p) => ({ sheet: 'S', ...p })),
    (_s, row, col) => own[`${row}:${col}`],
  );
  const out = await JSZip.loadAsync(result.bytes);
  return {
    ...result,
    xml: await out.file('xl/worksheets/sheet1.xml')!.async('string'),
    workbook: await out.file('xl/workbook.xml')!.async('string'),
    other: await out.file('xl/other.bin')!.async('nodebuffer'),
  };
}

test('an existing cell: formula and cached value replace its content; its style stays, its type goes', async () => {
  const r = await patch(sheet('<row r="1"><c r="A1" s="3" t="s"><v>0</v></c><c r="B1" s="7"><v>5</v></c></row>'), [{ row: 0, col: 1, formula: 'IFERROR(A1/C1,"")', value: 0.5 }]);
  expect(r.xml).toContain('<c r="A1" s="3" t="s"><v>0</v></c><c r="B1" s="7"><f>IFERROR(A1/C1,&quot;&quot;)</f><v>0.5</v></c>');
  expect(r.written).toHaveLength(1);
  expect(r.other).toEqual(Buffer.from([0, 1, 2, 255]));
  expect(r.changedParts.sort()).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
});

test('new cells go in column order inside their row; new rows in row order; the row style is used', async () => {
  const r = await patch(
    sheet('<row r="1"><c r="A1"><v>1</v></c><c r="D1"><v>4</v></c></row><row r="3" s="9" customFormat="1"><c r="A3"><v>3</v></c></row><row r="5"/>'),
    [
      { row: 0, col: 2, formula: 'A1*2', value: 2 },
      { row: 0, col: 1, formula: 'A1+1', value: 2 },
      { row: 0, col: 5, formula: 'D1', value: 4 },
      { row: 1, col: 0, formula: 'A1', value: 1 },
      { row: 2, col: 1, formula: 'A3', value: 3 },
      { row: 4, col: 0, formula: '1', value: 1 },
      { row: 4, col: 2, formula: '2', value: 2 },
      { row: 9, col: 0, formula: '9', value: 9 },
    ],
  );
  expect(r.xml).toContain(
    '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1+1</f><v>2</v></c><c r="C1"><f>A1*2</f><v>2</v></c><c r="D1"><v>4</v></c><c r="F1"><f>D1</f><v>4</v></c></row>' +
      '<row r="2"><c r="A2"><f>A1</f><v>1</v></c></row>' +
      '<row r="3" s="9" customFormat="1"><c r="A3"><v>3</v></c><c r="B3" s="9"><f>A3</f><v>3</v></c></row>' +
      '<row r="5"><c r="A5"><f>1</f><v>1</v></c><c r="C5"><f>2</f><v>2</v></c></row>' +
      '<row r="10"><c r="A10"><f>9</f><v>9</v></c></row></sheetData>',
  );
  // The dimension grows to the new cells.
  expect(r.xml).toContain('<dimension ref="A1:F10"/>');
});

test('an empty <sheetData/> opens; a column style is used for a new cell', async () => {
  const r = await patch(sheet('', '<cols><col min="2" max="4" width="12" style="4" customWidth="1"/></cols>').replace('<sheetData></sheetData>', '<sheetData/>'), [
    { row: 1, col: 2, formula: '1+1', value: 2 },
  ]);
  expect(r.xml).toContain('<sheetData><row r="2"><c r="C2" s="4"><f>1+1</f><v>2</v></c></row></sheetData>');
});

test('a shared formula master overwritten: the other cells of its group keep their own formula', async () => {
  const r = await patch(
    sheet('<row r="1"><c r="C1"><f t="shared" ref="C1:C3" si="0">A1*2</f><v>2</v></c></row><row r="2"><c r="C2"><f t="shared" si="0"/><v>4</v></c></row><row r="3"><c r="C3"><f t="shared" si="0"></f><v>6</v></c></row>'),
    [{ row: 0, col: 2, formula: 'IFERROR(A1/B1,"")', value: 1 }],
    { '1:2': 'A2*2', '2:2': 'A3*2' },
  );
  expect(r.xml).toContain('<c r="C2"><f>A2*2</f><v>4</v></c>');
  expect(r.xml).toContain('<c r="C3"><f>A3*2</f><v>6</v></c>');
  expect(r.xml).not.toContain('si="0"');
});

test('cells inside a multi-cell array formula, or in rows without addresses, are refused with a reason', async () => {
  const r = await patch(
    sheet('<row r="1"><c r="A1"><f t="array" ref="A1:A2">B1:B2*2</f><v>2</v></c></row><row r="2"><c r="A2"><v>4</v></c></row><row><c><v>1</v></c></row>'),
    [
      { row: 1, col: 0, formula: 'B2*3', value: 6 },
      { row: 2, col: 3, formula: '1', value: 1 },
    ],
  );
  expect(r.written).toEqual([]);
  expect(r.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/rumus array/), expect.stringMatching(/tanpa alamat sel/)]);
  // Nothing written, nothing changed.
  expect(r.changedParts).toEqual([]);
});

test('a prefixed namespace (x:) is kept in the inserted elements', async () => {
  const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
  const r = await patch(xml, [{ row: 0, col: 1, formula: 'A1*2', value: 2 }]);
  expect(r.xml).toContain('<x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1"><x:f>A1*2</x:f><x:v>2</x:v></x:c></x:row>');
});

test('workbook.xml asks for a full calculation on load, in the place the schema wants it', () => {
  expect(withFullCalcOnLoad('<workbook><sheets/><calcPr calcId="191029"/></workbook>')).toBe('<workbook><sheets/><calcPr fullCalcOnLoad="1" calcId="191029"/></workbook>');
  expect(withFullCalcOnLoad('<workbook><sheets/><calcPr fullCalcOnLoad="0"/></workbook>')).toBe('<workbook><sheets/><calcPr fullCalcOnLoad="1"/></workbook>');
  expect(withFullCalcOnLoad('<workbook><sheets/><definedNames/><pivotCaches/><extLst/></workbook>')).toBe('<workbook><sheets/><definedNames/><calcPr fullCalcOnLoad="1"/><pivotCaches/><extLst/></workbook>');
  expect(withFullCalcOnLoad('<workbook><sheets/></workbook>')).toBe('<workbook><sheets/><calcPr fullCalcOnLoad="1"/></workbook>');
});
