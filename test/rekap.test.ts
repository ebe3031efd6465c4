/**
 * The Bappeda's rekap: `renstra check … --laporan rekap.xlsx` over the sample, the PUPR workbook and
 * an unreadable file — the Ringkasan rows, statuses and totals, each file's findings with links that
 * open the agency's workbook at the cell (read back with exceljs), the file opening in LibreOffice —
 * and `--format csv`.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { agencyName } from '../src/core/agency';
import { runCli } from './helpers/cli';
import { resave, SOFFICE } from './helpers/libreoffice';
import { REAL, SAMPLE } from './helpers/load';

const dir = mkdtempSync(join(tmpdir(), 'renstra-rekap-'));
const opd = join(dir, 'OPD');
mkdirSync(opd);
const sample = join(opd, 'renstra-kartoharjo.xlsx');
const pupr = join(opd, 'renstra-dinas-pu.xlsx');
const broken = join(opd, 'rusak.xlsx');
copyFileSync(SAMPLE, sample);
copyFileSync(REAL, pupr);
writeFileSync(broken, 'ini bukan workbook');
const rekap = join(dir, 'rekap.xlsx');

let wb: ExcelJS.Workbook;
let run: { code: number; out: string; err: string };

beforeAll(async () => {
  run = await runCli('check', sample, pupr, broken, '--laporan', rekap);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(rekap);
}, 60000);

test('Ringkasan: one row per file with its agency, tables, counts and status, and a totals row', () => {
  expect(run.code).toBe(2);
  expect(run.err).toContain(`rekap 3 berkas ditulis ke ${rekap}`);
  const ws = wb.getWorksheet('Ringkasan')!;
  const row = (r: number) => (ws.getRow(r).values as unknown[]).slice(1);
  expect(row(1)).toEqual(['No', 'Berkas', 'Perangkat Daerah', 'Tabel dikenali', 'Galat', 'Peringatan', 'Catatan', 'Status', 'Keterangan']);
  const [first, second, third] = [row(2), row(3), row(4)];
  expect(first[2]).toBe('Kecamatan Kartoharjo');
  expect(first[3]).toMatch(/Rencana Program, Kegiatan dan Pendanaan \(T-C\.27\)/);
  expect(first[4]).toBe(27);
  expect(first[7]).toBe('Perlu perbaikan');
  expect(first[8]).toMatch(/^27 galat: .*total\.jumlah/);
  // No title names the PUPR workbook's agency: its file name, made readable.
  expect(second[2]).toBe('renstra dinas pu');
  expect(third[7]).toBe('Tidak terbaca');
  expect(third[8]).toMatch(/bukan arsip zip|bukan workbook|zip/);
  const totals = row(5);
  expect(totals[1]).toBe('Jumlah');
  expect((ws.getCell('E5').value as { formula: string }).formula).toBe('SUM(E2:E4)');
  expect(ws.autoFilter).toBeTruthy();
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  // The file name opens its findings sheet.
  expect((ws.getCell('B2').value as { hyperlink: string }).hyperlink).toBe("#'01 Kecamatan Kartoharjo'!A1");
});

test('each file has its findings sheet; each cell address opens the agency’s workbook at that cell', () => {
  const ws = wb.getWorksheet('01 Kecamatan Kartoharjo')!;
  let h108: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(2).value === 'Tabel 4.2' && (row.getCell(3).value as { result?: string })?.result === 'H108') h108 = row;
  });
  expect(h108).toBeDefined();
  expect((h108!.getCell(3).value as { formula: string }).formula).toBe(`HYPERLINK("OPD/renstra-kartoharjo.xlsx#'Tabel 4.2'!H108","H108")`);
  expect(h108!.getCell(4).value).toBe('Galat');
  expect(h108!.getCell(5).value).toBe('total.jumlah');
  expect(h108!.getCell(7).value).toBe('1.984.398.226');
  const unreadable = wb.getWorksheet('03 rusak')!;
  expect(String(unreadable.getCell('B4').value)).toMatch(/^Berkas tidak terbaca: /);
});

test('the rekap opens in LibreOffice; an existing rekap is not overwritten without --paksa', async () => {
  if (!existsSync(SOFFICE)) throw new Error(`LibreOffice tidak ada di ${SOFFICE}: pasang dengan "apt-get install libreoffice-calc-nogui" (.ci/run melakukannya).`);
  const [copy] = resave([rekap], 'ods');
  expect(existsSync(copy)).toBe(true);
  const again = await runCli('check', sample, '--laporan', rekap);
  expect(again.code).toBe(2);
  expect(again.err).toMatch(/berkas rekap sudah ada; pakai --paksa/);
  expect((await runCli('check', sample, '--laporan', rekap, '--paksa')).err).toContain('rekap 1 berkas ditulis');
}, 120000);

test('--format csv: UTF-8 with BOM, one row per finding and per unreadable file, ";" between fields', async () => {
  const { out } = await runCli('check', sample, broken, '--format', 'csv');
  expect(out.startsWith('\ufeffBerkas;Perangkat Daerah;Lembar;Sel;Tingkat;Aturan;Nama aturan;Diharapkan;Tertulis;Penjelasan')).toBe(true);
  const lines = out.split('\r\n');
  const json = JSON.parse((await runCli('check', sample, '--format', 'json')).out) as { files: { findings: unknown[] }[] };
  expect(lines).toHaveLength(1 + json.files[0].findings.length + 1);
  expect(lines.find((l) => l.includes(';Tabel 4.2;H108;Galat;total.jumlah;'))).toMatch(/;1\.984\.398\.226;1\.972\.398\.226;/);
  expect(lines[lines.length - 1]).toMatch(/rusak\.xlsx;rusak;;;Tidak terbaca;/);
});

test('the agency is read from title rows, whatever their case', () => {
  const grid = (titles: string[]) => ({ sheets: [{ name: 'S', rows: titles.map((v) => [{ v }]), merges: [], rowCount: titles.length, colCount: 1 }] });
  expect(agencyName(grid(['RENCANA STRATEGIS DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN MAGETAN']))).toBe('Dinas Pekerjaan Umum dan Penataan Ruang');
  expect(agencyName(grid(['Jumlah ASN Kecamatan Kartoharjo Berdasarkan Status Pegawai']))).toBe('Kecamatan Kartoharjo');
  expect(agencyName(grid(['Tabel 4.2', 'Rencana Program dan Pendanaan']))).toBeUndefined();
});
