/**
 * Workbooks holding what `renstra fill` must never lose: the sample with, one feature per file, a
 * chart, a pivot table, an image, comments, data validation, conditional formatting, hidden and
 * protected sheets, defined names and print titles, an .xlsm with its vbaProject.bin, an external
 * link, and custom XML. What exceljs writes (image, comment, validation, …) is written by exceljs;
 * what it cannot write (chart, pivot, VBA, external link, custom XML) is added as package parts with
 * jszip, the way Excel lays them out.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SAMPLE } from './load';

export type Feature =
  | 'chart'
  | 'pivot'
  | 'image'
  | 'comment'
  | 'validation'
  | 'conditional'
  | 'hidden-protected'
  | 'names-print'
  | 'vba'
  | 'external-link'
  | 'custom-xml';

export const FEATURES: Feature[] = ['chart', 'pivot', 'image', 'comment', 'validation', 'conditional', 'hidden-protected', 'names-print', 'vba', 'external-link', 'custom-xml'];

/** How to see that a file holds its feature: a part whose name matches, holding the text. */
export const FEATURE_MARK: Record<Feature, { part: RegExp; text?: string }> = {
  chart: { part: /^xl\/charts\/chart1\.xml$/ },
  pivot: { part: /^xl\/pivotTables\/pivotTable1\.xml$/ },
  image: { part: /^xl\/media\/image1\.png$/ },
  comment: { part: /^xl\/comments\d*\.xml$/, text: 'Bappeda' },
  validation: { part: /^xl\/worksheets\/sheet\d+\.xml$/, text: '<dataValidations' },
  conditional: { part: /^xl\/worksheets\/sheet\d+\.xml$/, text: '<conditionalFormatting' },
  'hidden-protected': { part: /^xl\/worksheets\/sheet\d+\.xml$/, text: '<sheetProtection' },
  'names-print': { part: /^xl\/workbook\.xml$/, text: '_xlnm.Print_Titles' },
  vba: { part: /^xl\/vbaProject\.bin$/ },
  'external-link': { part: /^xl\/externalLinks\/externalLink1\.xml$/ },
  'custom-xml': { part: /^customXml\/item1\.xml$/ },
};

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Step 1: what exceljs can write. The sheets the sample's fill touches are Tabel 2.7, 2.8 and 4.2. */
async function withExceljs(feature: Feature): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const t27 = wb.getWorksheet('Tabel 2.7')!;
  const t42 = wb.getWorksheet('Tabel 4.2')!;
  if (feature === 'image') {
    const id = wb.addImage({ buffer: readFileSync(join(__dirname, '..', '..', 'assets', 'icon-64.png')) as never, extension: 'png' });
    t27.addImage(id, 'W2:X5');
  }
  if (feature === 'comment') {
    t42.getCell('B7').note = 'Kode program diperiksa ulang oleh Bappeda';
    t27.getCell('A4').note = 'Sumber: LKjIP';
  }
  if (feature === 'validation') {
    t27.getCell('V7').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Tercapai,Tidak tercapai"'] };
  }
  if (feature === 'conditional') {
    t42.addConditionalFormatting({
      ref: 'H7:H108',
      rules: [{ type: 'cellIs', operator: 'greaterThan', priority: 1, formulae: ['1000000000'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }],
    });
  }
  if (feature === 'hidden-protected') {
    const hidden = wb.addWorksheet('Catatan Internal', { state: 'hidden' });
    hidden.getCell('A1').value = 'Catatan internal tim perencana';
    await wb.getWorksheet('Tabel 3.1')!.protect('', { selectLockedCells: true });
  }
  if (feature === 'names-print') {
    wb.definedNames.add("'Tabel 4.2'!$A$7:$A$108", 'KodeProgram');
    t42.pageSetup.printTitlesRow = '4:6';
    t42.pageSetup.orientation = 'landscape';
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function addRelationship(zip: JSZip, relsPath: string, id: string, type: string, target: string, external = false): Promise<void> {
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`;
  const existing = await zip.file(relsPath)?.async('string');
  zip.file(relsPath, existing ? existing.replace('</Relationships>', `${rel}</Relationships>`) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${rel}</Relationships>`);
}

async function addContentType(zip: JSZip, entry: string): Promise<void> {
  const ct = (await zip.file('[Content_Types].xml')!.async('string')).replace('</Types>', `${entry}</Types>`);
  zip.file('[Content_Types].xml', ct);
}

/** The part path of a sheet, by name. */
async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  return `xl/${target.replace(/^\/?xl\//, '')}`;
}

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Pagu 2026</c:v></c:tx><c:val><c:numRef><c:f>'Tabel 4.2'!$H$7:$H$12</c:f></c:numRef></c:val></c:ser><c:axId val="111"/><c:axId val="222"/></c:barChart><c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/></c:catAx><c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>27</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik Pagu"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

/** Puts an element into a worksheet where the schema wants it: before the elements that follow it. */
function insertInWorksheet(xml: string, element: string, before: string[]): string {
  for (const name of before) {
    const at = xml.indexOf(`<${name}`);
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  return xml.replace('</worksheet>', `${element}</worksheet>`);
}

/** Step 2: the parts exceljs cannot write. */
async function withParts(bytes: Buffer, feature: Feature): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  if (feature === 'chart') {
    const path = await sheetPath(zip, 'Tabel 4.2');
    const relsPath = path.replace(/worksheets\/(sheet\d+\.xml)$/, 'worksheets/_rels/$1.rels');
    zip.file('xl/charts/chart1.xml', CHART);
    zip.file('xl/drawings/drawing1.xml', DRAWING);
    await addRelationship(zip, 'xl/drawings/_rels/drawing1.xml.rels', 'rId1', `${REL}/chart`, '../charts/chart1.xml');
    await addRelationship(zip, relsPath, 'rIdGrafik1', `${REL}/drawing`, '../drawings/drawing1.xml');
    const sheet = await zip.file(path)!.async('string');
    zip.file(path, insertInWorksheet(sheet, `<drawing xmlns:r="${REL}" r:id="rIdGrafik1"/>`, ['legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']));
    await addContentType(zip, '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    await addContentType(zip, '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
  }
  if (feature === 'pivot') {
    zip.file(
      'xl/pivotCache/pivotCacheDefinition1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A6:C10" sheet="Tabel 2.8"/></cacheSource><cacheFields count="1"><cacheField name="Uraian" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`,
    );
    zip.file('xl/pivotCache/pivotCacheRecords1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${MAIN}" count="0"/>`);
    zip.file(
      'xl/pivotTables/pivotTable1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${MAIN}" name="Ringkasan" cacheId="7" dataCaption="Nilai"><location ref="A3:B4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="1"><pivotField showAll="0"/></pivotFields></pivotTableDefinition>`,
    );
    await addRelationship(zip, 'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', 'rId1', `${REL}/pivotCacheRecords`, 'pivotCacheRecords1.xml');
    await addRelationship(zip, 'xl/_rels/workbook.xml.rels', 'rIdPivot1', `${REL}/pivotCacheDefinition`, 'pivotCache/pivotCacheDefinition1.xml');
    const path = await sheetPath(zip, 'Tabel 3.1');
    await addRelationship(zip, path.replace(/worksheets\/(sheet\d+\.xml)$/, 'worksheets/_rels/$1.rels'), 'rIdPivotTable1', `${REL}/pivotTable`, '../pivotTables/pivotTable1.xml');
    await addRelationship(zip, 'xl/pivotTables/_rels/pivotTable1.xml.rels', 'rId1', `${REL}/pivotCacheDefinition`, '../pivotCache/pivotCacheDefinition1.xml');
    const wb = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', wb.replace(/(<\/sheets>(?:<definedNames>[\s\S]*?<\/definedNames>)?(?:<calcPr[^>]*\/>)?)/, `$1<pivotCaches><pivotCache cacheId="7" r:id="rIdPivot1"/></pivotCaches>`));
    await addContentType(zip, '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>');
    await addContentType(zip, '<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/>');
    await addContentType(zip, '<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/>');
  }
  if (feature === 'vba') {
    // The VBA project as Excel stores it: an opaque binary part. Its bytes only have to survive.
    zip.file('xl/vbaProject.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256)));
    await addRelationship(zip, 'xl/_rels/workbook.xml.rels', 'rIdVba1', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin');
    const ct = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      ct
        .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
        .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
    );
  }
  if (feature === 'external-link') {
    zip.file(
      'xl/externalLinks/externalLink1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="${MAIN}"><externalBook xmlns:r="${REL}" r:id="rId1"><sheetNames><sheetName val="Pagu"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>5</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
    );
    await addRelationship(zip, 'xl/externalLinks/_rels/externalLink1.xml.rels', 'rId1', `${REL}/externalLinkPath`, 'file:///D:/Renstra/pagu-bappeda.xlsx', true);
    await addRelationship(zip, 'xl/_rels/workbook.xml.rels', 'rIdLink1', `${REL}/externalLink`, 'externalLinks/externalLink1.xml');
    const wb = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', wb.replace('</sheets>', '</sheets><externalReferences><externalReference r:id="rIdLink1"/></externalReferences>'));
    await addContentType(zip, '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>');
  }
  if (feature === 'custom-xml') {
    zip.file('customXml/item1.xml', '<?xml version="1.0" encoding="UTF-8"?><dokumen xmlns="urn:bappeda:renstra"><perangkatDaerah>Kecamatan Kartoharjo</perangkatDaerah></dokumen>');
    zip.file('customXml/itemProps1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6C4A1D3E-2B7F-4E10-9A55-0F1E2D3C4B5A}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>');
    await addRelationship(zip, 'customXml/_rels/item1.xml.rels', 'rId1', `${REL}/customXmlProps`, 'itemProps1.xml');
    await addRelationship(zip, 'xl/_rels/workbook.xml.rels', 'rIdCustom1', `${REL}/customXml`, '../customXml/item1.xml');
    await addContentType(zip, '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>');
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Writes the workbook of `feature` into `dir`; an .xlsm for VBA. */
export async function buildCorpusFile(feature: Feature, dir: string): Promise<string> {
  const file = join(dir, `sampel-${feature}.${feature === 'vba' ? 'xlsm' : 'xlsx'}`);
  writeFileSync(file, await withParts(await withExceljs(feature), feature));
  return file;
}
