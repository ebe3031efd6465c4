/** Recognition on hand-written grids: header wording, band shapes, kinds, table boundaries. */
import { parseA1, rangeA1 } from '../address';
import { sheetFromValues, type MergeArea } from '../grid';
import { recognizeSheet } from '.';

const range = (t: { top: number; left: number; bottom: number; right: number }) => rangeA1(t.top, t.left, t.bottom, t.right);

describe('column roles from header wording', () => {
  test('"Tahun ke-1..5" years, "(%)" ratio columns, "Kondisi Awal" baseline', () => {
    const sheet = sheetFromValues('Capaian', [
      ['No', 'Indikator Kinerja', 'Kondisi Awal', 'Target Tahun ke-1', 'Target Tahun ke-2', 'Realisasi Tahun ke-1', 'Realisasi Tahun ke-2', 'Rasio Capaian (%) Tahun ke-1', 'Rasio Capaian (%) Tahun ke-2'],
      [1, 'Indeks Kepuasan Masyarakat', 80, 81, 82, 82, 83, 101.23, 101.22],
    ]);
    const [t] = recognizeSheet(sheet);
    expect(t.kind).toBe('pencapaian-kinerja');
    expect(t.relativeYears).toBe(true);
    expect(t.years).toEqual([1, 2]);
    expect(t.columns.map((c) => `${c.role}${c.year ?? ''}${c.percent ? '%' : ''}`)).toEqual([
      'no', 'indicator', 'baseline', 'target1', 'target2', 'realisasi1', 'realisasi2', 'rasio1%', 'rasio2%',
    ]);
  });

  test('T-C.27 with "Rp" columns and the end-of-period columns', () => {
    const merges: MergeArea[] = [
      { top: 0, left: 3, bottom: 0, right: 6 },
      { top: 1, left: 3, bottom: 1, right: 4 },
      { top: 1, left: 5, bottom: 1, right: 6 },
      { top: 0, left: 7, bottom: 1, right: 8 },
    ];
    const sheet = sheetFromValues(
      'T-C.27',
      [
        ['Kode', 'Program dan Kegiatan', 'Data Capaian pada Tahun Awal Perencanaan', 'Target Kinerja Program dan Kerangka Pendanaan', null, null, null, 'Kondisi Kinerja pada akhir periode Renstra PD', null],
        [null, null, null, 'Tahun-1', null, 'Tahun-2', null, null, null],
        [null, null, null, 'target', 'Rp', 'target', 'Rp', 'target', 'Rp'],
        ['7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 80, 81, 1000, 82, 2000, 82, 3000],
      ],
      merges,
    );
    const [t] = recognizeSheet(sheet);
    expect(t.kind).toBe('program-pendanaan');
    expect(t.header.rows).toEqual([0, 1, 2]);
    expect(t.columns.map((c) => `${c.role}${c.year ?? ''}`)).toEqual(['code', 'name', 'baseline', 'target1', 'pagu1', 'target2', 'pagu2', 'akhir-target', 'akhir-pagu']);
  });

  test('tolerant spelling: "BASELI NE", "TARGET TAHUNA", "KKEGIATAN"', () => {
    const sheet = sheetFromValues('x', [
      ['PROGRAM/ KKEGIATAN', 'INDIKATOR', 'BASELI NE 2024', 'TARGET TAHUNA', 'TARGET TAHUNA', 'PAGU', 'PAGU'],
      [null, null, null, 2025, 2026, 2025, 2026],
      ['PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'Nilai', 1, 2, 3, 100, 200],
    ]);
    const [t] = recognizeSheet(sheet);
    expect(t.kind).toBe('program-pendanaan');
    expect(t.columns.map((c) => `${c.role}${c.year ?? ''}`)).toEqual(['name', 'indicator', 'baseline', 'target2025', 'target2026', 'pagu2025', 'pagu2026']);
  });
});

describe('kinds', () => {
  test('IKU with baseline, IKK without (no title needed)', () => {
    const iku = sheetFromValues('a', [
      ['NO', 'INDIKATOR', 'SATUAN', 'BASELINE 2024', 2025, 2026, 2027],
      [1, 'Indeks Kepuasan Masyarakat', 'Skor', 81, 81.5, 82, 82.5],
    ]);
    const ikk = sheetFromValues('b', [
      ['NO', 'INDIKATOR', 'SATUAN', 'TARGET 2025', 'TARGET 2026', 'TARGET 2027'],
      [1, 'Persentase desa mandiri', '%', 10, 12, 14],
    ]);
    expect(recognizeSheet(iku)[0].kind).toBe('iku');
    expect(recognizeSheet(ikk)[0].kind).toBe('ikk');
  });

  test('a title above the header decides between look-alike kinds', () => {
    const sheet = sheetFromValues('c', [
      ['Tabel 4.6 Indikator Kinerja Kunci'],
      [],
      ['NO', 'INDIKATOR', 'SATUAN', 'BASELINE 2024', 2025, 2026, 2027],
      [1, 'Cakupan layanan', '%', 81, 81.5, 82, 82.5],
    ]);
    expect(recognizeSheet(sheet)[0].kind).toBe('ikk');
  });

  test('a table that is not a Renstra table is ignored', () => {
    const sheet = sheetFromValues('daftar hadir', [
      ['Nama', 'Jabatan', 'Tanda tangan'],
      ['Budi', 'Camat', null],
    ]);
    expect(recognizeSheet(sheet)).toEqual([]);
  });
});

describe('table boundaries', () => {
  test('two tables on one sheet, away from A1, separated by blank rows', () => {
    const rows: (string | number | null)[][] = [];
    const put = (r: number, c: number, values: (string | number | null)[]) => {
      rows[r] ??= [];
      values.forEach((v, i) => (rows[r][c + i] = v));
    };
    put(3, 2, ['NO', 'INDIKATOR', 'SATUAN', 'BASELINE 2024', 'TARGET 2025', 'TARGET 2026']);
    put(4, 2, [1, 'Indeks Kepuasan Masyarakat', 'Skor', 81, 81.5, 82]);
    put(5, 2, [2, 'Nilai SAKIP', 'Nilai', 82, 82.5, 83]);
    put(8, 2, ['Sumber: Renstra 2025-2029']);
    put(11, 2, ['TUJUAN', 'SASARAN', 'INDIKATOR', 'TARGET 2025', 'TARGET 2026']);
    put(12, 2, ['Meningkatnya kualitas pelayanan publik', 'Meningkatnya kepuasan', 'Indeks Kepuasan Masyarakat', 81.5, 82]);
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    const tables = recognizeSheet(sheetFromValues('Lampiran', rows));
    expect(tables.map((t) => [t.kind, range(t)])).toEqual([
      ['iku', 'C4:H6'],
      ['tujuan-sasaran', 'C12:G13'],
    ]);
  });

  test('a header repeated after a page break (with its column-number row) is not data', () => {
    const header = [
      ['PROGRAM/KEGIATAN', 'INDIKATOR', 'TARGET 2026', 'PAGU 2026'],
      [1, 2, 3, 4],
    ];
    const sheet = sheetFromValues('p', [
      ...header,
      ['PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Indeks', 80, 300],
      ...header,
      ['Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 12, 300],
    ]);
    const [t] = recognizeSheet(sheet);
    expect(t.repeats.map((b) => b.rows)).toEqual([[3, 4]]);
    expect(t.dataRows).toEqual([2, 5]);
  });
});

test('a data row of short header-like words ("Tujuan", "Outcome") does not cut a table in two', () => {
  const sheet = sheetFromValues('Cascading', [
    ['TUJUAN', 'SASARAN', 'OUTCOME', 'OUTPUT', 'PROGRAM/ KEGIATAN/ SUB KEGIATAN'],
    ['Meningkatnya kualitas pelayanan publik', null, 'Meningkatnya kualitas pelayanan', null, 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK'],
    ['Tujuan', null, 'Outcome', null, 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan'],
    [null, null, null, null, 'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan'],
  ]);
  const tables = recognizeSheet(sheet);
  expect(tables.map((t) => [t.kind, range(t)])).toEqual([['cascading', 'A1:E4']]);
  expect(tables[0].dataRows).toEqual([1, 2, 3]);
});

/** Merges from A1 ranges, for readable grids. */
function mergesOf(...ranges: string[]): MergeArea[] {
  return ranges.map((r) => {
    const [a, b] = r.split(':').map(parseA1);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
}
const roles = (t: { columns: { role: string; year?: number }[] }) => t.columns.map((c) => `${c.role}${c.year ?? ''}`);
const _ = null;

describe('the regulation’s own forms (Permendagri 86/2017)', () => {
  test('T-C.27: three header rows tied by merges; "Unit Kerja Perangkat Daerah Penanggung Jawab" does not break the band', () => {
    const sheet = sheetFromValues(
      'T-C.27',
      [
        ['Kode', 'Program dan Kegiatan', 'Indikator Kinerja Program (outcome) dan Kegiatan (output)', 'Data Capaian pada Tahun Awal Perencanaan', 'Target Kinerja Program dan Kerangka Pendanaan', _, _, _, 'Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah', _, 'Unit Kerja Perangkat Daerah Penanggung Jawab', 'Lokasi'],
        [_, _, _, _, 'Tahun-1', _, 'Tahun-2', _, _, _, _, _],
        [_, _, _, _, 'target', 'Rp', 'target', 'Rp', 'target', 'Rp', _, _],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)'],
        ['7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Indeks', 80, 81, 1000, 82, 2000, 82, 3000, 'Seksi Pemerintahan', 'Kecamatan Kartoharjo'],
      ],
      mergesOf('A1:A3', 'B1:B3', 'C1:C3', 'D1:D3', 'E1:H1', 'E2:F2', 'G2:H2', 'I1:J2', 'K1:K3', 'L1:L3'),
    );
    const [t] = recognizeSheet(sheet);
    expect(t.kind).toBe('program-pendanaan');
    expect(t.header.rows).toEqual([0, 1, 2, 3]);
    expect(t.header.numberRow).toBe(3);
    expect(roles(t)).toEqual(['code', 'name', 'indicator', 'baseline', 'target1', 'pagu1', 'target2', 'pagu2', 'akhir-target', 'akhir-pagu', 'notes', 'notes']);
  });

  test.each([
    ['merged', mergesOf('A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:I1')],
    ['not merged', []],
  ])('T-C.25 with "… pada Tahun ke-" over bare 1..5 (%s) reads years 1..5, not column numbers', (_label, merges) => {
    const sheet = sheetFromValues(
      'T-C.25',
      [
        ['No', 'Tujuan', 'Sasaran', 'Indikator Tujuan/Sasaran', 'Target Kinerja Tujuan/Sasaran pada Tahun ke-', _, _, _, _],
        [_, _, _, _, 1, 2, 3, 4, 5],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
        [1, 'Meningkatnya kualitas pelayanan publik', 'Meningkatnya kepuasan masyarakat', 'Indeks Kepuasan Masyarakat', 81, 82, 83, 84, 85],
      ],
      merges,
    );
    const [t] = recognizeSheet(sheet);
    expect(t.kind).toBe('tujuan-sasaran');
    expect(t.header).toMatchObject({ rows: [0, 1, 2], numberRow: 2 });
    expect(t.relativeYears).toBe(true);
    expect(roles(t)).toEqual(['no', 'tujuan', 'sasaran', 'indicator', 'target1', 'target2', 'target3', 'target4', 'target5']);
  });

  test('T-C.23 and T-C.24: three groups of 1..5 under "Tahun ke-" headings', () => {
    const tc23 = sheetFromValues(
      'T-C.23',
      [
        ['No', 'Indikator Kinerja sesuai Tugas dan Fungsi Perangkat Daerah', 'Target NSPK', 'Target IKK', 'Target Indikator Lainnya', 'Target Renstra Perangkat Daerah Tahun ke-', _, 'Realisasi Capaian Tahun ke-', _, 'Rasio Capaian pada Tahun ke-', _],
        [_, _, _, _, _, 1, 2, 1, 2, 1, 2],
        [1, 'Indeks Kepuasan Masyarakat', '-', '-', '-', 80, 81, 80, 81, 1, 1],
      ],
      mergesOf('A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:G1', 'H1:I1', 'J1:K1'),
    );
    const [a] = recognizeSheet(tc23);
    expect(a.kind).toBe('pencapaian-kinerja');
    expect(roles(a)).toEqual(['no', 'indicator', 'ref-target', 'ref-target', 'ref-target', 'target1', 'target2', 'realisasi1', 'realisasi2', 'rasio1', 'rasio2']);
    const tc24 = sheetFromValues(
      'T-C.24',
      [
        ['No', 'Uraian', 'Anggaran pada Tahun ke-', _, 'Realisasi Anggaran pada Tahun ke-', _, 'Rasio antara Realisasi dan Anggaran Tahun ke-', _, 'Rata-rata Pertumbuhan', _],
        [_, _, 1, 2, 1, 2, 1, 2, 'Anggaran', 'Realisasi'],
        [1, 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 100, 110, 90, 100, 0.9, 0.91, 0.1, 0.11],
      ],
      mergesOf('A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1', 'I1:J1'),
    );
    const [b] = recognizeSheet(tc24);
    expect(b.kind).toBe('anggaran-realisasi');
    expect(b.columns.map((c) => `${c.role}${c.year ?? ''}${c.series ?? ''}`)).toEqual([
      'no', 'name', 'pagu1', 'pagu2', 'realisasi1', 'realisasi2', 'rasio1', 'rasio2', 'growthanggaran', 'growthrealisasi',
    ]);
  });

  test('T-C.26 (tujuan, sasaran, strategi, arah kebijakan) is a text table, never a numeric kind', () => {
    const sheet = sheetFromValues('T-C.26', [
      ['No', 'Tujuan', 'Sasaran', 'Strategi', 'Arah Kebijakan'],
      [1, 'Meningkatnya kualitas pelayanan publik', 'Meningkatnya kepuasan masyarakat', 'Peningkatan kualitas layanan administrasi', 'Mengoptimalkan pelayanan terpadu kecamatan'],
    ]);
    const [t] = recognizeSheet(sheet);
    expect(t.kind).toBe('strategi-kebijakan');
    expect(roles(t)).toEqual(['no', 'tujuan', 'sasaran', 'strategi', 'kebijakan']);
  });
});

describe('year labels', () => {
  test('a year written once over its TARGET | PAGU pair, without a merge, covers both', () => {
    const sheet = sheetFromValues('x', [
      ['PROGRAM/KEGIATAN', 'INDIKATOR', 'TARGET DAN PAGU INDIKATIF', _, _, _, 'KET'],
      [_, _, 2026, _, 2027, _, _],
      [_, _, 'TARGET', 'PAGU', 'TARGET', 'PAGU', _],
      ['PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'Nilai', 1, 100, 2, 200, 'x'],
    ]);
    const [t] = recognizeSheet(sheet);
    expect(roles(t)).toEqual(['name', 'indicator', 'target2026', 'pagu2026', 'target2027', 'pagu2027', 'notes']);
  });

  test.each([
    ['2025', 2025, false], ['"2025"', 2025, false], ['Tahun 2025', 2025, false], ['TA 2025', 2025, false], ['Th. 2025', 2025, false],
    ['(2025)', 2025, false], ['Tahun-1', 1, true], ['Tahun ke-1', 1, true], ['TAHUN 1', 1, true], ['Th 1', 1, true], ['Tahun IV', 4, true],
  ])('"%s" over target | Rp is year %s', (label, year, relative) => {
    const sheet = sheetFromValues(
      'x',
      [
        ['Program/Kegiatan', 'Indikator', label, _],
        [_, _, 'Target', 'Rp'],
        ['PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'Nilai', 1, 100],
      ],
      mergesOf('A1:A2', 'B1:B2', 'C1:D1'),
    );
    const [t] = recognizeSheet(sheet);
    expect(t.kind).toBe('program-pendanaan');
    expect(roles(t)).toEqual(['name', 'indicator', `target${year}`, `pagu${year}`]);
    expect(t.relativeYears).toBe(relative);
  });
});

test('a "Kode" heading that lost its merge over Urusan | Bidang | Program | Kegiatan | Sub Kegiatan still reads five code columns', () => {
  const sheet = sheetFromValues('T-C.27', [
    ['Kode', null, null, null, null, 'Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Target 2026', 'Pagu 2026', 'Target 2027', 'Pagu 2027'],
    [7, '01', '02', null, null, 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Indeks', 80, 300, 81, 300],
    [7, '01', '02', '2,01', null, 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 4, 300, 4, 300],
    [7, '01', '02', '2,01', '0001', 'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan', 'Laporan', 4, 100, 4, 100],
    [7, '01', '02', '2,01', '0002', 'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 4, 200, 4, 200],
  ]);
  const [t] = recognizeSheet(sheet);
  expect(t.kind).toBe('program-pendanaan');
  expect(t.columns.slice(0, 6).map((c) => c.role)).toEqual(['code', 'code', 'code', 'code', 'code', 'name']);
  // A column with no heading whose cells are words is not taken for a code.
  const words = sheetFromValues('T-C.27', [
    ['Kode', null, 'Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Target 2026', 'Pagu 2026'],
    ['7.01.02', 'Bagian Pemerintahan', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Indeks', 80, 300],
    ['7.01.02.2.01', 'Bagian Pemerintahan', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 4, 300],
  ]);
  expect(recognizeSheet(words)[0].columns[1].role).toBe('other');
});
