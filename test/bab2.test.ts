/**
 * Bab II count tables (rekap-jumlah): the seed's Tabel 2.1–2.5 (status pegawai, golongan, eselon,
 * pendidikan, diklat) recognised with their ranges, the one real mistake (Tabel 2.4 "Sarjana"
 * 0 + 2 = 4) reported once at the cell to fix, synthetic variants (the word in the No column, `-`
 * as 0, a column-only and a row-only table, a Renstra table that must stay what it is), and the
 * fill writing SUM into an emptied Jumlah cell.
 */
import { join } from 'path';
import { rangeA1 } from '../src/core/address';
import { checkWorkbook } from '../src/core/check';
import { buildFillPlan } from '../src/core/fill/plan';
import { sheetFromValues, type SheetGrid, type WorkbookGrid } from '../src/core/grid';
import { kindSpec } from '../src/core/recognize/kinds';
import { readXlsx } from '../src/cli/read-xlsx';

const BAB2 = join(__dirname, 'fixtures', 'renstra-kartoharjo-bab2.xlsx');

const wb = (...sheets: SheetGrid[]): WorkbookGrid => ({ sheets });
const range = (t: { top: number; left: number; bottom: number; right: number }) => rangeA1(t.top, t.left, t.bottom, t.right);

describe('the seed’s Bab II tables', () => {
  let result: ReturnType<typeof checkWorkbook>;
  let workbook: WorkbookGrid;
  beforeAll(async () => {
    workbook = await readXlsx(BAB2);
    result = checkWorkbook(workbook);
  });

  test('Tabel 2.1–2.5 are rekap-jumlah tables, with their ranges and columns', () => {
    expect(result.tables.map((t) => [t.sheet, t.kind, range(t)])).toEqual([
      ['Tabel 2.1', 'rekap-jumlah', 'A4:E7'],
      ['Tabel 2.2', 'rekap-jumlah', 'A4:E16'],
      ['Tabel 2.3', 'rekap-jumlah', 'A4:F11'],
      ['Tabel 2.4', 'rekap-jumlah', 'A4:E11'],
      ['Tabel 2.5', 'rekap-jumlah', 'A4:C8'],
    ]);
    const roles = (sheet: string) => result.tables.find((t) => t.sheet === sheet)!.columns.map((c) => c.role);
    expect(roles('Tabel 2.1')).toEqual(['no', 'name', 'kategori', 'kategori', 'jumlah']);
    // Eselon is text beside the label; the counts follow.
    expect(roles('Tabel 2.3')).toEqual(['no', 'name', 'other', 'kategori', 'kategori', 'jumlah']);
    // One count column and a Jumlah row: a column-only table.
    expect(roles('Tabel 2.5')).toEqual(['no', 'name', 'kategori']);
    expect(kindSpec('rekap-jumlah').label).toMatch(/Rekapitulasi/);
  });

  test('exactly one finding: Tabel 2.4 E6 (Sarjana 0 + 2 written 4), the column total it breaks as related', () => {
    expect(result.findings).toHaveLength(1);
    const [f] = result.findings;
    expect(f).toMatchObject({ rule: 'total.baris', severity: 'error', sheet: 'Tabel 2.4', cell: 'E6', expected: 2, actual: 4 });
    expect(f.related).toEqual(expect.arrayContaining(['C6', 'D6', 'E11']));
    expect(f.message).toMatch(/"Sarjana" tertulis 4/);
    expect(f.message).toMatch(/0 \+ 2 = 2/);
    expect(f.message).toMatch(/berjumlah 14.*E11.*12/);
  });

  test('the fill plans SUM for the Jumlah cells, the Sarjana row a conflict; an emptied Jumlah gets its SUM', () => {
    const plan = buildFillPlan(result.models, 'portabel');
    const e6 = plan.cells.find((c) => c.sheet === 'Tabel 2.4' && c.cell === 'E6')!;
    expect(e6).toMatchObject({ kind: 'jumlah-rekap', formula: 'SUM(C6:D6)', value: 2, status: 'konflik' });
    // "-" in a Jumlah cell whose sum is 0: the same, filled.
    expect(plan.cells.find((c) => c.sheet === 'Tabel 2.4' && c.cell === 'E9')).toMatchObject({ formula: 'SUM(C9:D9)', value: 0, status: 'isi' });
    expect(plan.cells.find((c) => c.sheet === 'Tabel 2.5' && c.cell === 'C8')).toMatchObject({ formula: 'SUM(C5:C7)', value: 4, status: 'isi' });

    // Empty the Jumlah cells of Tabel 2.1's PNS row and Jumlah row.
    const sheet = workbook.sheets.find((s) => s.name === 'Tabel 2.1')!;
    const rows = sheet.rows.map((r) => (r ? r.slice() : r));
    rows[4][4] = undefined; // E5
    rows[6][3] = undefined; // D7
    rows[6][4] = undefined; // E7
    const emptied = checkWorkbook(wb({ ...sheet, rows }));
    expect(emptied.tables.map((t) => [t.kind, range(t)])).toEqual([['rekap-jumlah', 'A4:E7']]);
    expect(emptied.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const cells = buildFillPlan(emptied.models, 'portabel').cells;
    expect(cells.find((c) => c.cell === 'E5')).toMatchObject({ kind: 'jumlah-rekap', formula: 'SUM(C5:D5)', value: 9, status: 'isi' });
    expect(cells.find((c) => c.cell === 'D7')).toMatchObject({ formula: 'SUM(D5:D6)', value: 6, status: 'isi' });
    // The Jumlah row's Jumlah cell sums the new row totals (9 + 3).
    expect(cells.find((c) => c.cell === 'E7')).toMatchObject({ formula: 'SUM(E5:E6)', value: 12, status: 'isi' });
  });
});

describe('synthetic count tables', () => {
  test('the word "Jumlah" in the No column, "-" as 0', () => {
    const s = sheetFromValues('Eselon', [
      ['Tabel 2.3 Jumlah ASN Berdasarkan Eselon'],
      [],
      ['No', 'Jabatan', 'Eselon', 'Laki-laki', 'Perempuan', 'Jumlah'],
      ['1', 'Camat', 'IIIa', 1, '-', 1],
      ['2', 'Sekretaris', 'IIIb', '-', 1, 1],
      ['3', 'Kepala Seksi', 'IVa', 2, 2, 4],
      ['4', 'Staf', '', '-', '-', '-'],
      ['Jumlah', '', '', 3, 3, 6],
    ]);
    const r = checkWorkbook(wb(s));
    expect(r.tables.map((t) => [t.kind, range(t)])).toEqual([['rekap-jumlah', 'A3:F8']]);
    expect(r.findings).toEqual([]);
  });

  test('a wrong total-row cell is reported at that cell (total.kolom); a wrong category cell once, at itself', () => {
    const s = sheetFromValues('Golongan', [
      ['No', 'Golongan', 'Laki-laki', 'Perempuan', 'Jumlah'],
      [1, 'III/a', 2, 1, 3],
      [2, 'III/b', 1, 7, 3],
      [3, 'III/c', 4, 4, 8],
      [null, 'Jumlah', 7, 7, 13],
    ]);
    const r = checkWorkbook(wb(s));
    expect(r.tables.map((t) => [t.kind, range(t)])).toEqual([['rekap-jumlah', 'A1:E5']]);
    // D3 typed 7 for 2: its row (3) and its column (7) both say 2. E5 typed 13 for 14: its column and row both say 14.
    expect(r.findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
      ['total.baris', 'D3', 2, 7],
      ['total.kolom', 'E5', 14, 13],
    ]);
    expect(r.findings[0].related).toEqual(['E3', 'D5']);
  });

  test('a column-only table (one count column and a Jumlah row) and a row-only table (Jumlah column, no Jumlah row)', () => {
    const columnOnly = sheetFromValues('Diklat', [
      ['No', 'Diklat Kepemimpinan', 'Jumlah (orang)'],
      ['1.', 'Diklatpim Tk. II', '-'],
      ['2.', 'Diklatpim Tk. III', 1],
      ['3.', 'Diklatpim Tk. IV', 3],
      [null, 'Jumlah', 5],
    ]);
    const rowOnly = sheetFromValues('Sarana', [
      ['No', 'Jenis Sarana', 'Baik', 'Rusak Ringan', 'Rusak Berat', 'Jumlah'],
      ['1.', 'Komputer', 5, 1, 0, 6],
      ['2.', 'Printer', 3, 2, 1, 7],
      ['3.', 'Kendaraan roda 2', 6, 2, 0, 8],
    ]);
    const r = checkWorkbook(wb(columnOnly, rowOnly));
    expect(r.tables.map((t) => [t.sheet, t.kind, range(t)])).toEqual([
      ['Diklat', 'rekap-jumlah', 'A1:C5'],
      ['Sarana', 'rekap-jumlah', 'A1:F4'],
    ]);
    expect(r.findings.map((f) => [f.sheet, f.rule, f.cell, f.expected, f.actual])).toEqual([
      ['Diklat', 'total.kolom', 'C5', 4, 5],
      ['Sarana', 'total.baris', 'F3', 6, 7],
    ]);
    expect(r.findings[0].message).toMatch(/tertulis 5, padahal 3 baris di atasnya berjumlah 4.*lebih 1/);
    expect(r.findings[1].message).toMatch(/"Printer" tertulis 7, padahal Baik \+ Rusak Ringan \+ Rusak Berat = 3 \+ 2 \+ 1 = 6/);
  });

  test('a Renstra numeric table with a Jumlah row stays what it is; a table without a Jumlah line is not a rekap', () => {
    const tc24 = sheetFromValues('T-C.24', [
      ['Tabel 2.8 Anggaran dan Realisasi Pendanaan Pelayanan'],
      ['No', 'Uraian', 'Anggaran 2021', 'Anggaran 2022', 'Realisasi 2021', 'Realisasi 2022'],
      [1, 'Program Penunjang Urusan Pemerintahan Daerah', 100, 120, 90, 110],
      [2, 'Program Penyelenggaraan Pemerintahan', 50, 60, 45, 58],
      [null, 'Jumlah', 150, 180, 135, 168],
    ]);
    const noJumlah = sheetFromValues('Penduduk', [
      ['No', 'Desa', 'Laki-laki', 'Perempuan'],
      [1, 'Kawedanan', 2415, 2498],
      [2, 'Bogem', 1904, 1962],
    ]);
    // "Jumlah Penduduk" beside "Luas": a Jumlah heading whose sums agree nowhere.
    const notSums = sheetFromValues('Wilayah', [
      ['No', 'Desa', 'Luas', 'Jumlah Penduduk'],
      [1, 'Kawedanan', 3, 4913],
      [2, 'Bogem', 2, 3866],
    ]);
    const r = checkWorkbook(wb(tc24, noJumlah, notSums));
    expect(r.tables.map((t) => [t.sheet, t.kind])).toEqual([['T-C.24', 'anggaran-realisasi']]);
  });
});
