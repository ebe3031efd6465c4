/**
 * Hostile and broken packages (found by `npm run fuzz`): each is refused with one clear line naming
 * the file and the cause — a zip bomb from its declared sizes before anything is inflated, cells
 * beyond Excel's sheet, merge areas of millions of cells or overlapping, shared strings out of
 * range, duplicate sheet names, dangling relationships, malformed XML (part, line and column),
 * damaged compressed data — or read right where the format allows what exceljs cannot take: cells
 * without addresses, thousands of merge areas, a million empty rows.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { readXlsx, WorkbookReadError } from '../src/cli/read-xlsx';
import { declaredParts, MAX_UNPACKED_BYTES, shown, zipBombReason } from '../src/cli/package-guard';
import { checkWorkbook } from '../src/core/check';
import { sheetFromValues } from '../src/core/grid';
import { validateDeclarations } from '../src/core/recognize';
import { asColumnNumber } from '../src/core/recognize/vocabulary';
import { BOMB_PART_BYTES, zipBomb } from '../scripts/fuzz-mutations';
import { runCli } from './helpers/cli';
import { REAL, SAMPLE } from './helpers/load';

const dir = mkdtempSync(join(tmpdir(), 'renstra-guard-'));
const sample = readFileSync(SAMPLE);
/** The sample's "Tabel 4.2" (the T-C.27 funding table). */
const SHEET = 'xl/worksheets/sheet5.xml';

async function variant(name: string, edit: (zip: JSZip) => Promise<void> | void, source: Buffer = sample): Promise<string> {
  const zip = await JSZip.loadAsync(source);
  await edit(zip);
  const file = join(dir, name);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

async function editPart(zip: JSZip, path: string, fn: (xml: string) => string): Promise<void> {
  zip.file(path, fn(await zip.file(path)!.async('string')));
}

const addRows = (rows: string) => (zip: JSZip) => editPart(zip, SHEET, (x) => x.replace('</sheetData>', `${rows}</sheetData>`));
const addMerges = (refs: string[]) => (zip: JSZip) => editPart(zip, SHEET, (x) => x.replace(/(<mergeCells\b[^>]*>)/, `$1${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}`));

/** `renstra check FILE` refuses it: exit 2, one line naming the file, the cause matching `cause`. */
async function refused(file: string, cause: RegExp): Promise<string> {
  const { code, err } = await runCli('check', file);
  expect(code).toBe(2);
  expect(err.split('\n')).toHaveLength(1);
  expect(err.startsWith(`renstra: ${file}: `)).toBe(true);
  expect(err).toMatch(cause);
  expect(err).not.toMatch(/\bat .*:\d+:\d+|undefined|TypeError/);
  return err;
}

function gridOf(sheets: Awaited<ReturnType<typeof readXlsx>>['sheets']) {
  return sheets.map(({ name, rows, merges, rowCount, colCount }) => ({ name, rows: JSON.stringify(rows), merges, rowCount, colCount }));
}

describe('a zip bomb is refused from the central directory before anything is inflated', () => {
  /** jszip inflates a part only through its internalStream: spy on it. */
  const zipObject = Object.getPrototypeOf(new JSZip().file('a', 'b').file('a')!) as { internalStream: (...a: unknown[]) => unknown };

  test.each([
    ['eight 64 MiB parts next to the workbook', 8, undefined, /isi arsip zip mengaku 512 MB setelah diekstrak dari \d+ KB \(\d+ bagian, terbesar xl\/media\/image1\.png: 64 MB dari \d+ KB; batas 256 MB\) — kemungkinan zip bomb, berkas tidak dibuka/],
    ['the worksheets themselves, 2 GiB in all', 32, 'sheets', /mengaku 2\.048 MB .*terbesar xl\/worksheets\/sheet1\.xml: 64 MB/],
    ['the mimetype entry (read before the workbook is opened)', 8, 'mimetype', /mengaku 512 MB .*terbesar mimetype: 64 MB/],
  ])('%s', async (_label, parts, first, cause) => {
    const file = join(dir, `bom-${parts}-${first ?? 'media'}.xlsx`);
    const bytes = await zipBomb(sample, parts, first);
    expect(bytes.length).toBeLessThan(3 * 1024 * 1024);
    writeFileSync(file, bytes);
    const inflate = jest.spyOn(zipObject, 'internalStream');
    try {
      await refused(file, cause);
      const fill = await runCli('fill', file, '-o', join(dir, `bom-${parts}-keluar.xlsx`));
      expect(fill.code).toBe(2);
      expect(fill.err).toMatch(new RegExp(`^renstra: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*kemungkinan zip bomb`));
      expect(inflate).not.toHaveBeenCalled();
    } finally {
      inflate.mockRestore();
    }
  });

  test('the declared sizes are what the parts inflate to (jszip keeps them where the guard reads them)', async () => {
    const zip = await JSZip.loadAsync(sample);
    const parts = declaredParts(zip);
    expect(parts.length).toBeGreaterThan(10);
    for (const p of parts) expect(p.unpacked).toBe((await zip.file(p.path)!.async('nodebuffer')).length);
    expect(zipBombReason(zip)).toBeUndefined();
  });

  test('the cap is on the total: four 64 MiB parts pass it, five do not', async () => {
    expect(MAX_UNPACKED_BYTES).toBe(4 * BOMB_PART_BYTES);
    const under = await JSZip.loadAsync(await zipBomb(Buffer.from(await new JSZip().file('a.txt', 'x').generateAsync({ type: 'nodebuffer' })), 4));
    // a.txt and four parts: one byte over the cap.
    expect(zipBombReason(under)).toMatch(/mengaku 256 MB/);
    const exact = new JSZip();
    for (const [name, f] of Object.entries(under.files)) if (name !== 'a.txt') exact.file(name, (f as unknown as { _data: unknown })._data as never);
    expect(zipBombReason(await JSZip.loadAsync(await exact.generateAsync({ type: 'nodebuffer' })))).toBeUndefined();
  });
});

describe("cells, rows and merge areas beyond Excel's sheet", () => {
  test('a row past 1 048 576', async () => {
    await refused(await variant('baris-jauh.xlsx', addRows('<row r="2000000"><c r="A2000000"><v>1</v></c></row>')), /lembar "Tabel 4\.2" \(xl\/worksheets\/sheet5\.xml\): baris 2\.000\.000 di luar batas lembar Excel \(1\.048\.576 baris\)/);
  });

  test('a cell past column XFD, a cell address that is none', async () => {
    await refused(await variant('kolom-jauh.xlsx', addRows('<row r="200"><c r="XFE200"><v>1</v></c></row>')), /sel XFE200 di luar batas lembar Excel \(1\.048\.576 baris × 16\.384 kolom, sampai XFD1048576\)/);
    await refused(await variant('alamat-rusak.xlsx', addRows('<row r="200"><c r="A0"><v>1</v></c></row>')), /lembar "Tabel 4\.2" .*: alamat sel "A0" tidak sah; buka di Excel/);
  });

  test('the last cell of the sheet is a cell like any other', async () => {
    const file = await variant('sel-terakhir.xlsx', addRows('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'));
    const { code, err } = await runCli('check', file);
    expect(err).toBe('');
    expect(code).toBe(1);
  });

  test('a merge area of the whole sheet, overlapping merge areas, a merge area with a bad address', async () => {
    await refused(await variant('gabung-seluruh.xlsx', addMerges(['A200:XFD1048576'])), /sel gabungan \(merge\) A200:XFD1048576 mencakup 17\.176\.608\.768 sel \(batas 200\.000 sel gabungan per lembar\) — hapus penggabungan yang terlalu luas lalu simpan ulang$/);
    await refused(await variant('gabung-tumpang.xlsx', addMerges(['Q1:R3', 'R2:S4'])), /sel gabungan \(merge\) R2:S4 bertumpang tindih dengan Q1:R3/);
    await refused(await variant('gabung-rusak.xlsx', addMerges(['A0:B0'])), /sel gabungan \(merge\) "A0:B0": alamat sel "A0" tidak sah/);
  });
});

describe('shared strings out of range are refused, not read as empty cells', () => {
  test.each([
    ['an index past the table', (x: string) => x.replace(/(<c r="A1"[^>]*t="s"[^>]*><v>)\d+/, '$19999'), /sel A1 merujuk teks bersama nomor 9\.999, padahal daftar teks bersama \(xl\/sharedStrings\.xml\) hanya memuat \d+ teks/],
    ['an index that is no number', (x: string) => x.replace(/(<c r="A1"[^>]*t="s"[^>]*><v>)\d+/, '$1abc'), /sel A1 merujuk teks bersama dengan nomor "abc" yang bukan bilangan/],
  ])('%s', async (label, fn, cause) => {
    await refused(await variant(`teks-${label.length}.xlsx`, (zip) => editPart(zip, SHEET, fn)), cause);
  });

  test('shared strings without the table', async () => {
    await refused(await variant('tanpa-sst.xlsx', (zip) => void zip.remove('xl/sharedStrings.xml')), /lembar "Tabel 2\.7" .*merujuk teks bersama nomor \d+, tetapi berkas tidak memuat daftar teks bersama/);
  });
});

describe('a broken package structure is named', () => {
  test('two sheets with one name', async () => {
    const file = await variant('nama-ganda.xlsx', (zip) => editPart(zip, 'xl/workbook.xml', (x) => x.replace('name="Tabel 4.4"', 'name="tabel 4.2"')));
    await refused(file, /daftar lembar \(xl\/workbook\.xml\) memuat nama lembar "tabel 4\.2" lebih dari sekali/);
  });

  test('a sheet pointing at a relationship its part lacks still reads: its drawing is not data', async () => {
    // The PUPR workbook's sheet holds a drawing and comments through its relationships part.
    const file = await variant('relasi-hilang.xlsx', (zip) => editPart(zip, 'xl/worksheets/sheet1.xml', (x) => x.replace('<drawing r:id="rId1"/>', '<drawing r:id="rId7"/>')), readFileSync(REAL));
    const broken = await runCli('check', file, '--format', 'json');
    const original = await runCli('check', REAL, '--format', 'json');
    expect(broken.code).toBe(original.code);
    const findings = (out: string) => (JSON.parse(out) as { files: { findings: unknown[] }[] }).files[0].findings;
    expect(findings(broken.out)).toEqual(findings(original.out));
  });

  test('malformed XML: the part, the line and the column', async () => {
    const file = await variant('xml-rusak.xlsx', (zip) => editPart(zip, SHEET, (x) => x.replace('</sheetData>', '</sheetDat>')));
    await refused(file, /lembar "Tabel 4\.2" \(xl\/worksheets\/sheet5\.xml\) bukan XML yang sah \(baris 2 kolom \d+: tag penutup tak terduga\); buka di Excel/);
  });

  test('a style sheet without its cell formats', async () => {
    const file = await variant('gaya-kosong.xlsx', (zip) => void zip.file('xl/styles.xml', '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'));
    await refused(file, /gaya sel \(xl\/styles\.xml\) tidak sesuai format \.xlsx/);
  });

  test('a part whose stored bytes no longer match their checksum', async () => {
    const zip = await JSZip.loadAsync(sample);
    const stored = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    // The one "Rencana Program" title in the stored shared strings, one letter changed.
    const at = stored.indexOf('Rencana Program');
    expect(at).toBeGreaterThan(0);
    stored[at] = 'r'.charCodeAt(0);
    const file = join(dir, 'checksum.xlsx');
    writeFileSync(file, stored);
    await refused(file, /arsip zip rusak: isi bagian xl\/sharedStrings\.xml tidak cocok dengan checksum-nya \(CRC-32\)/);
  });

  test('damaged compressed data: the part is named', async () => {
    const zip = await JSZip.loadAsync(sample);
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const parts = declaredParts(await JSZip.loadAsync(bytes));
    const sheet = parts.find((p) => p.path === SHEET)!;
    // Somewhere in the middle of the archive's largest part: its compressed stream.
    const middle = bytes.indexOf(Buffer.from(SHEET)) + SHEET.length + Math.floor(sheet.packed / 2);
    for (let i = 0; i < 16; i++) bytes[middle + i] ^= 0xff;
    const file = join(dir, 'inflate-rusak.xlsx');
    writeFileSync(file, bytes);
    await refused(file, /arsip zip rusak: (bagian xl\/worksheets\/sheet5\.xml tidak dapat diekstrak \(data terkompresinya rusak\)|isi bagian xl\/worksheets\/sheet5\.xml tidak cocok dengan checksum-nya)/);
  });
});

test('a refusal stays on one line, whatever the file put into it (a damaged header yields a garbage part name)', async () => {
  expect(new WorkbookReadError('x.xlsx', 'bagian a\nb\r\n\u0000c rusak').reason).toBe('bagian a b ?c rusak');
  expect(shown('[Content_Types].xml\u0001\ufffd\n' + 'x'.repeat(200))).toMatch(/^\[Content_Types\]\.xml\?\?\?x+…$/);
  // A part whose name holds a line break, inflating to other bytes than its checksum says.
  const zip = await JSZip.loadAsync(sample);
  zip.file('xl/media/gambar\nbaru.png', 'gambar');
  const stored = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  // The stored data right after the part's name in its local header.
  const data = stored.indexOf('gambar', stored.indexOf('baru.png') + 8);
  expect(data).toBeGreaterThan(0);
  stored[data] = 'G'.charCodeAt(0);
  const file = join(dir, 'nama-baris.xlsx');
  writeFileSync(file, stored);
  await refused(file, /arsip zip rusak: isi bagian xl\/media\/gambar\?baru\.png tidak cocok dengan checksum-nya/);
});

describe('read right, where exceljs alone could not', () => {
  const original = () => readXlsx(SAMPLE);

  test('cells written without their address (each follows the one before) read as with it', async () => {
    const file = await variant('tanpa-alamat.xlsx', (zip) =>
      editPart(zip, SHEET, (x) =>
        x.replace(/<row\b[^>]*>([\s\S]*?)<\/row>/g, (row) => {
          let prev = -1;
          return row.replace(/<c r="([A-Z]+)\d+"/g, (c, letters: string) => {
            const col = letters.charCodeAt(0) - 65;
            const keep = letters.length > 1 || col !== prev + 1;
            prev = letters.length > 1 ? 99 : col;
            return keep ? c : '<c';
          });
        }),
      ),
    );
    expect((await JSZip.loadAsync(readFileSync(file))).file(SHEET)).toBeTruthy();
    expect(gridOf((await readXlsx(file)).sheets)).toEqual(gridOf((await original()).sheets));
  });

  test('thousands of merge areas (exceljs checks each against all before it): the same grid, in a second', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `<row r="${i + 200}"><c r="A${i + 200}"><v>${i}</v></c><c r="B${i + 200}"><v>7</v></c></row>`).join('');
    const file = await variant('banyak-gabung.xlsx', async (zip) => {
      await addRows(rows)(zip);
      await addMerges(Array.from({ length: 1500 }, (_, i) => `A${i + 200}:B${i + 200}`))(zip);
    });
    const read = await readXlsx(file);
    const before = await original();
    const sheet = read.sheets[4];
    expect(sheet.merges).toHaveLength(before.sheets[4].merges.length + 1500);
    expect(sheet.merges).toEqual(expect.arrayContaining(before.sheets[4].merges));
    expect(JSON.stringify(sheet.rows.slice(0, 108))).toBe(JSON.stringify(before.sheets[4].rows.slice(0, 108)));
    for (let i = 0; i < 1500; i++) {
      expect(sheet.rows[i + 199][0]).toEqual({ v: i });
      // Merged away: Excel shows it empty.
      expect(sheet.rows[i + 199][1]).toBeUndefined();
    }
    expect(gridOf(read.sheets.filter((_, i) => i !== 4))).toEqual(gridOf(before.sheets.filter((_, i) => i !== 4)));
  });

  test('a million empty rows read as none', async () => {
    const rows: string[] = [];
    for (let r = 200; r <= 150_000; r++) rows.push(`<row r="${r}" s="1" customFormat="1"/>`);
    const file = await variant('baris-kosong.xlsx', addRows(rows.join('')));
    expect(gridOf((await readXlsx(file)).sheets)).toEqual(gridOf((await original()).sheets));
  });
});

describe('the core on hostile values', () => {
  test('a cell of 32 000 spaces is no column number, and is read in linear time', () => {
    const spaces = ' '.repeat(32000) + 'Jumlah 1';
    expect(asColumnNumber(spaces)).toBeUndefined();
    expect(asColumnNumber(' (3) ')).toBe(3);
    const rows = [['PROGRAM', 'TARGET 2025', 'PAGU 2025'], ...Array.from({ length: 200 }, () => [spaces, spaces, spaces])];
    checkWorkbook({ sheets: [sheetFromValues('Tabel', rows)] });
  });

  test('a number text of 32 000 digits is no number (not Infinity)', () => {
    const rows = [
      ['KODE', 'PROGRAM/ KEGIATAN/ SUB KEGIATAN', 'INDIKATOR', 'TARGET 2026', 'PAGU 2026', 'TARGET 2027', 'PAGU 2027'],
      ['7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Indeks', 80, 1000, 81, '1'.repeat(32000)],
      ['7.01.02.2.01', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 12, 1000, 12, 2000],
    ];
    const { findings } = checkWorkbook({ sheets: [sheetFromValues('Pendanaan', rows)] });
    for (const f of findings) expect(f.message).not.toMatch(/Infinity|NaN/);
  });

  test('tables declared by hand: a header of a million rows, and declarations without a sheet, are set aside with a reason', () => {
    const { valid, problems } = validateDeclarations(['Tabel 4.2'], [
      { sheet: 'Tabel 4.2', header: 'A1:XFD1048576', kind: 'program-pendanaan' },
      [],
      { sheet: 'Tabel 4.2', kind: 'iku' },
      { sheet: 'Tabel 4.2', header: 'A4:O6' },
      { sheet: 'Tabel 4.2', header: 'A4:O6', kind: 'program-pendanaan', columns: [null, 5] },
    ]);
    expect(problems).toEqual([
      'tanda tabel ke-1 (Tabel 4.2!A1:XFD1048576): baris judulnya 1048576 baris, lebih dari 30; tandai baris judul tabel saja; diabaikan',
      'tanda tabel ke-2: tanpa nama lembar; diabaikan',
      'tanda tabel ke-3 (Tabel 4.2): tanpa rentang baris judul; diabaikan',
      expect.stringMatching(/^tanda tabel ke-4 \(Tabel 4\.2!A4:O6\): jenis tabel tidak disebut \(pilihan: /),
      'tanda tabel ke-5 (Tabel 4.2!A4:O6): kolom kosong tidak dapat dipakai; diabaikan',
      'tanda tabel ke-5 (Tabel 4.2!A4:O6): kolom 5 tidak dapat dipakai; diabaikan',
    ]);
    expect(valid).toEqual([{ sheet: 'Tabel 4.2', header: 'A4:O6', kind: 'program-pendanaan' }]);
  });
});
