/**
 * The `renstra check` command: JSON contract, readable report, exit codes, and bad input — every
 * unreadable file gets one clear line naming it and the cause, never a stack trace.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import XlsxPopulate from 'xlsx-populate';
import { MAX_FILE_BYTES } from '../src/cli/read-xlsx';
import type { Report } from '../src/core/report';
import { main } from '../src/cli/main';
import { runCli } from './helpers/cli';
import { REAL, SAMPLE } from './helpers/load';

const dir = mkdtempSync(join(tmpdir(), 'renstra-cli-'));

const run = runCli;

async function writeWorkbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** A real password-protected workbook (xlsx-populate writes ECMA-376 agile encryption, as Excel does). */
async function encryptedWorkbook(file: string): Promise<string> {
  const wb = await XlsxPopulate.fromBlankAsync();
  wb.sheet(0).cell('A1').value('TARGET 2025');
  await wb.toFileAsync(file, { password: 'rahasia' });
  return file;
}

describe('JSON report (contract version 1)', () => {
  test('lists tables and findings with the documented fields', async () => {
    const { code, out } = await run('check', SAMPLE, '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(out) as Report;
    expect(report.version).toBe(1);
    expect(report.files).toHaveLength(1);
    const file = report.files[0];
    expect(file.file).toBe(SAMPLE);
    expect(file.tables.find((t) => t.sheet === 'Tabel 4.2')).toMatchObject({
      range: 'A4:O108',
      kind: 'program-pendanaan',
      headerRows: [4, 5, 6, 7],
      years: [2025, 2026, 2027, 2028, 2029, 2030],
    });
    const h108 = file.findings.find((f) => f.sheet === 'Tabel 4.2' && f.cell === 'H108')!;
    expect(Object.keys(h108).sort()).toEqual(['actual', 'cell', 'expected', 'message', 'related', 'rule', 'severity', 'sheet']);
    expect(h108).toMatchObject({ rule: 'total.jumlah', severity: 'error', expected: 1984398226, actual: 1972398226 });
    expect(h108.related).toEqual(['H9', 'H70', 'H81', 'H90', 'H99']);
  });
});

describe('readable report', () => {
  test('grouped by file, sheet and table with a one-line summary', async () => {
    const { code, out } = await run('check', SAMPLE);
    expect(code).toBe(1);
    expect(out).toContain(`== ${SAMPLE}`);
    expect(out).toContain('-- Lembar "Tabel 4.2"');
    expect(out).toMatch(/Tabel Rencana Program, Kegiatan dan Pendanaan \(T-C.27\) \[program-pendanaan\] A4:O108, tahun 2025–2030/);
    expect(out).toMatch(/GALAT\s+H108\s+Jumlah pagu tahun 2027 tertulis Rp 1\.972\.398\.226/);
    expect(out).toMatch(/diharapkan: 1\.984\.398\.226 · tertulis: 1\.972\.398\.226/);
    expect(out).toMatch(/Ringkasan .*: 6 tabel Renstra, \d+ galat, \d+ peringatan, \d+ catatan/);
  });

  test('a workbook without errors exits 0', async () => {
    const file = await writeWorkbook('bersih.xlsx', (wb) => {
      const ws = wb.addWorksheet('IKU');
      ws.addRow(['NO', 'INDIKATOR', 'SATUAN', 'BASELINE 2024', 'TARGET 2025', 'TARGET 2026', 'TARGET 2027']);
      ws.addRow([1, 'Indeks Kepuasan Masyarakat', 'Skor', 81, 81.5, 82, 82.5]);
    });
    const { code, out } = await run('check', file);
    expect(code).toBe(0);
    expect(out).toMatch(/1 tabel Renstra, 0 galat/);
  });
});

describe('bad input: clear messages, exit 2 only for unreadable files', () => {
  test('a missing file', async () => {
    const { code, err } = await run('check', join(dir, 'tidak-ada.xlsx'));
    expect(code).toBe(2);
    expect(err).toBe(`renstra: ${join(dir, 'tidak-ada.xlsx')}: berkas tidak ditemukan`);
  });

  test('a text file named .xlsx', async () => {
    const file = join(dir, 'teks.xlsx');
    writeFileSync(file, 'ini bukan workbook\n');
    const { code, err } = await run('check', file);
    expect(code).toBe(2);
    expect(err).toMatch(/teks\.xlsx: bukan berkas \.xlsx/);
  });

  test('a corrupt (truncated) zip', async () => {
    const file = join(dir, 'rusak.xlsx');
    const bytes = readFileSync(SAMPLE);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const { code, err } = await run('check', file);
    expect(code).toBe(2);
    expect(err).toMatch(/rusak\.xlsx: arsip zip rusak atau terpotong/);
  });

  /** A zip package with the given entries (jszip writes them in this order, `mimetype` first). */
  async function writeZip(name: string, entries: Record<string, string>): Promise<string> {
    const zip = new JSZip();
    for (const [path, text] of Object.entries(entries)) zip.file(path, text);
    const file = join(dir, name);
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    return file;
  }

  const ODF_MANIFEST = '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>';

  // exceljs opens any zip without complaint and finds no sheets: these used to read as "0 tabel".
  test.each([
    ['an .ods renamed .xlsx', 'calc.xlsx', { mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>', 'META-INF/manifest.xml': ODF_MANIFEST },
      /calc\.xlsx: berkas OpenDocument \(\.ods\): simpan sebagai \.xlsx — buka di LibreOffice Calc lalu Simpan Sebagai "Excel 2007-365 \(\.xlsx\)"/],
    ['an OpenDocument package without its mimetype entry', 'tanpa-mimetype.xlsx', { 'content.xml': '<office:document-content/>', 'META-INF/manifest.xml': ODF_MANIFEST },
      /tanpa-mimetype\.xlsx: berkas OpenDocument \(\.ods\): simpan sebagai \.xlsx/],
    ['an OpenDocument text document', 'teks.odt', { mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>', 'META-INF/manifest.xml': ODF_MANIFEST },
      /teks\.odt: bukan workbook Excel: isinya dokumen teks OpenDocument \(\.odt\)/],
    ['a Word document renamed .xlsx', 'laporan.xlsx', { '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' },
      /laporan\.xlsx: bukan workbook Excel: arsip zip tanpa xl\/workbook\.xml — isinya dokumen Word \(\.docx\)/],
    ['a plain zip archive renamed .xlsx', 'arsip.xlsx', { 'catatan.txt': 'bukan workbook' },
      /arsip\.xlsx: bukan workbook Excel: arsip zip tanpa xl\/workbook\.xml \(mungkin dokumen Word\/PowerPoint/],
    ['an Excel binary workbook (.xlsb) renamed .xlsx', 'biner.xlsx', { '[Content_Types].xml': '<Types/>', 'xl/workbook.bin': 'x' },
      /biner\.xlsx: format Excel Binary \(\.xlsb\), bukan \.xlsx/],
  ])('%s', async (_label, name, entries, message) => {
    const file = await writeZip(name, entries as Record<string, string>);
    const { code, out, err } = await run('check', file);
    expect(code).toBe(2);
    expect(err.split('\n')).toHaveLength(1);
    expect(err).toMatch(message);
    expect(out).not.toMatch(/0 tabel/);
  });

  test('a workbook whose sheet list is empty', async () => {
    const source = await writeWorkbook('daftar-lembar.xlsx', (wb) => {
      wb.addWorksheet('Sheet1').getCell('A1').value = 'TARGET 2025';
    });
    const zip = await JSZip.loadAsync(readFileSync(source));
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', workbookXml.replace(/<sheets>[\s\S]*<\/sheets>/, '<sheets/>'));
    const file = join(dir, 'tanpa-lembar.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const { code, err } = await run('check', file);
    expect(code).toBe(2);
    expect(err).toMatch(/tanpa-lembar\.xlsx: workbook tanpa lembar kerja/);
  });

  test('a password-protected workbook', async () => {
    // Excel 97-2003 files share the OLE2 container; they get their own message (see below).
    const file = await encryptedWorkbook(join(dir, 'terkunci.xlsx'));
    const { code, err } = await run('check', file);
    expect(code).toBe(2);
    expect(err).toMatch(/terkunci\.xlsx: workbook dilindungi kata sandi/);
  });

  test('an old Excel 97-2003 file renamed .xlsx', async () => {
    const file = join(dir, 'lama.xlsx');
    const ole2 = Buffer.alloc(1536);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole2, 0);
    Buffer.from('Workbook', 'utf16le').copy(ole2, 1024);
    writeFileSync(file, ole2);
    const { code, err } = await run('check', file);
    expect(code).toBe(2);
    expect(err).toMatch(/lama\.xlsx: format Excel 97-2003 \(\.xls\)/);
  });

  test('a file too large to read safely', async () => {
    const file = join(dir, 'raksasa.xlsx');
    writeFileSync(file, readFileSync(SAMPLE));
    truncateSync(file, MAX_FILE_BYTES + 1); // sparse: no disk is used
    const { code, err } = await run('check', file);
    expect(code).toBe(2);
    expect(err).toMatch(/raksasa\.xlsx: berkas terlalu besar \(257 MB; batas 256 MB\)/);
  });

  test('an empty file', async () => {
    const file = join(dir, 'kosong.xlsx');
    writeFileSync(file, '');
    const { code, err } = await run('check', file);
    expect(code).toBe(2);
    expect(err).toMatch(/kosong\.xlsx: berkas kosong/);
  });

  test('an empty workbook and a sheet with only text are read, with no table found', async () => {
    const empty = await writeWorkbook('workbook-kosong.xlsx', (wb) => {
      wb.addWorksheet('Sheet1');
    });
    const textOnly = await writeWorkbook('hanya-teks.xlsx', (wb) => {
      const ws = wb.addWorksheet('Catatan');
      ws.addRow(['Catatan rapat penyusunan Renstra']);
      ws.addRow(['Dihadiri oleh Camat dan Sekretaris Kecamatan']);
    });
    const { code, out, err } = await run('check', empty, textOnly);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/workbook-kosong\.xlsx: 0 tabel Renstra/);
    expect(out).toMatch(/hanya-teks\.xlsx: 0 tabel Renstra/);
    expect(out).toMatch(/Tidak ada tabel Renstra yang dikenali/);
  });

  test('error values in number cells are findings, not a failure', async () => {
    const file = await writeWorkbook('galat.xlsx', (wb) => {
      const ws = wb.addWorksheet('Pendanaan');
      ws.addRow(['KODE', 'PROGRAM/KEGIATAN/SUB KEGIATAN', 'INDIKATOR', 'TARGET 2026', 'PAGU 2026', 'TARGET 2027', 'PAGU 2027']);
      ws.addRow(['7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Indeks', 80, { formula: 'E3', result: { error: '#REF!' } }, 81, 200]);
      ws.addRow(['7.01.02.2.01', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 12, 100, 12, { formula: 'G4/0', result: { error: '#DIV/0!' } }]);
      ws.addRow(['7.01.02.2.01.0002', 'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 12, 100, 12, 200]);
    });
    const { code, out, err } = await run('check', file, '--format', 'json');
    expect(err).toBe('');
    expect(code).toBe(1);
    const findings = (JSON.parse(out) as Report).files[0].findings;
    expect(findings.filter((f) => f.rule === 'value.galat').map((f) => [f.cell, f.actual])).toEqual([
      ['E2', '#REF!'],
      ['G3', '#DIV/0!'],
    ]);
    expect(findings.find((f) => f.cell === 'G3')!.message).toMatch(/pembagian dengan nol/);
  });

  test('one unreadable file does not stop the others', async () => {
    const bad = join(dir, 'bukan.xlsx');
    writeFileSync(bad, 'x');
    const { code, out, err } = await run('check', bad, REAL, '--format', 'json');
    expect(code).toBe(2);
    expect(err.split('\n')).toHaveLength(1);
    const report = JSON.parse(out) as Report;
    expect(report.files[0]).toMatchObject({ file: bad, tables: [], findings: [] });
    expect(report.files[0].error).toMatch(/bukan berkas \.xlsx/);
    expect(report.files[1].tables).toHaveLength(1);
  });

  test('bad arguments', async () => {
    expect((await run('check')).code).toBe(2);
    const r = await run('check', SAMPLE, '--format', 'xml');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--format harus "text", "json" atau "csv"/);
    expect((await run('periksa')).err).toMatch(/Perintah tidak dikenal: periksa/);
  });
});

test('several files: progress on stderr when it is a terminal, and a summary of all files', async () => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['check', SAMPLE, REAL], { out: (s) => out.push(s), err: (s) => err.push(s), errIsTty: true });
  expect(code).toBe(1);
  expect(err).toEqual([`[1/2] memeriksa ${SAMPLE} …`, `[2/2] memeriksa ${REAL} …`]);
  expect(out.join('\n')).toMatch(/== Ringkasan semua berkas\n.*6 tabel Renstra.*\n.*1 tabel Renstra/);
  const quiet = await run('check', SAMPLE, REAL);
  expect(quiet.err).toBe('');
});

test('the installed command runs with real exit codes and no stack trace', () => {
  const bin = join(__dirname, '..', 'bin', 'renstra.js');
  const ok = spawnSync(process.execPath, [bin, 'check', REAL, '--format', 'json'], { encoding: 'utf8' });
  expect(ok.status).toBe(1);
  expect(JSON.parse(ok.stdout).files[0].tables[0].kind).toBe('program-pendanaan');
  const bad = spawnSync(process.execPath, [bin, 'check', join(dir, 'tidak-ada.xlsx')], { encoding: 'utf8' });
  expect(bad.status).toBe(2);
  expect(bad.stderr).not.toMatch(/at .*\.js:\d+/);
});
