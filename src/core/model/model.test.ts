/** The table model on hand-written grids: codes over several columns, context rows, names listed at two levels. */
import { parseA1 } from '../address';
import { checkWorkbook } from '../check';
import { sheetFromValues, type MergeArea } from '../grid';
import nomenclatureData from '../../data/nomenklatur.json';
import { officialNomenclature } from '../nomenclature/official';
import { stripOutline } from './rows';

const _ = null;
const mergesOf = (...ranges: string[]): MergeArea[] =>
  ranges.map((r) => {
    const [a, b] = r.split(':').map(parseA1);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
const check = (values: (string | number | null)[][], merges: MergeArea[] = []) =>
  checkWorkbook({ sheets: [sheetFromValues('Renstra', values, merges)] }, { nomenclature: officialNomenclature() });
const levels = (result: ReturnType<typeof check>) => result.models[0].entities.map((e) => `${e.nameRow + 1} ${e.level}${e.code ? ` ${e.code}` : ''}`);
const errors = (result: ReturnType<typeof check>) => result.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.cell}`);

describe('the funding table with the strategy in front and the code over five columns', () => {
  const header = [
    ['Tujuan', 'Sasaran', 'Indikator Sasaran', 'Kode', _, _, _, _, 'Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Data Capaian pada Tahun Awal', 'Target Kinerja Program dan Kerangka Pendanaan', _, _, _, 'Kondisi Kinerja pada Akhir Periode', _, 'Unit Kerja', 'Lokasi'],
    [],
    [_, _, _, _, _, _, _, _, _, _, _, 'Tahun 2019', _, 'Tahun 2020', _, _, _, _, _],
    [],
    [_, _, _, _, _, _, _, _, _, _, _, 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp', _, _],
    [],
  ];
  const merges = mergesOf('A1:A6', 'B1:B6', 'C1:C6', 'D1:H6', 'I1:I6', 'J1:J6', 'K1:K6', 'L1:O2', 'P1:Q4', 'R1:R6', 'S1:S6', 'L3:M4', 'N3:O4', 'L5:L6', 'M5:M6', 'N5:N6', 'O5:O6', 'P5:P6', 'Q5:Q6');
  const rows = (bidangPagu: number | null, programAkhir: number | null = 600) => [
    ...header,
    ['Meningkatnya kualitas infrastruktur', 'Meningkatnya kemantapan jalan', 'Persentase jalan mantap', _, _, _, _, _, _, _, _, '98%', _, 'A', _, '99%', _, _, _],
    [_, _, _, '1', '03', _, _, _, 'URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG', _, _, _, bidangPagu, _, 300, _, (bidangPagu ?? 0) + 300, _, _],
    [_, _, _, '1', '03', '02', _, _, 'PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)', 'Persentase irigasi baik', 50, 60, 300, 70, 300, 70, programAkhir, 'Bidang SDA', 'Kabupaten'],
    [_, _, _, '1', '03', '02', '2.01', _, 'Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota', 'Jumlah dokumen', 1, 1, 300, 1, 300, 1, 600, 'Bidang SDA', 'Kabupaten'],
    [_, _, _, '1', '03', '02', '2.01', '0008', 'Pembangunan Bendungan', 'Jumlah bendungan', 1, 1, 100, 1, 100, 1, 200, 'Bidang SDA', 'Kabupaten'],
    [_, _, _, '1', '03', '02', '2.02', '0015', 'Rehabilitasi Embung', 'Jumlah embung', 1, 1, 200, 1, 200, 1, 400, 'Bidang SDA', 'Kabupaten'],
    [_, _, _, _, _, _, _, _, 'JUMLAH', _, _, _, 300, _, 300, _, 600, _, _],
  ];

  test('one program-pendanaan table; the joined code gives the hierarchy; the tujuan/sasaran row is context', () => {
    const result = check(rows(300), merges);
    expect(result.tables.map((t) => t.kind)).toEqual(['program-pendanaan']);
    expect(result.tables[0].years).toEqual([2019, 2020]);
    expect(levels(result)).toEqual([
      '8 bidang 1.03',
      '9 program 1.03.02',
      '10 kegiatan 1.03.02.2.01',
      '11 subKegiatan 1.03.02.2.01.0008',
      '12 subKegiatan 1.03.02.2.02.0015',
    ]);
    expect(result.models[0].rows.find((r) => r.r === 6)?.kind).toBe('context');
    // The sub kegiatan coded under kegiatan 2.02 sits under 2.01: reported at its last code part.
    expect(errors(result)).toEqual(['cascade.kode-induk H12']);
  });

  test('the bidang row above the programs is a parent: its Rp is the sum of its programs', () => {
    expect(errors(check(rows(350), merges))).toEqual(['total.pagu-induk M8', 'cascade.kode-induk H12']);
  });

  test('a blank parent Rp under children with money, and a blank end-of-period Rp, are reported', () => {
    const result = check(rows(null, null), merges);
    expect(errors(result)).toEqual(['total.pagu-induk M8', 'total.akhir-periode-pagu Q9', 'cascade.kode-induk H12']);
    expect(result.findings.find((f) => f.cell === 'M8')).toMatchObject({ expected: 300, actual: null });
    expect(result.findings.find((f) => f.cell === 'Q9')).toMatchObject({ expected: 600, actual: null });
  });
});

describe('names the nomenclature lists both as a kegiatan and as a sub kegiatan', () => {
  const header = ['PROGRAM/KEGIATAN/SUB KEGIATAN', 'INDIKATOR', 'TARGET 2026', 'PAGU 2026', 'TARGET 2027', 'PAGU 2027'];

  test('among sibling kegiatan without codes or indentation, the sums make it a kegiatan: no false error', () => {
    const result = check([
      header,
      ['PROGRAM PEREKONOMIAN DAN PEMBANGUNAN', 'Indeks', 1, 600, 1, 600],
      ['Pelaksanaan Administrasi Pembangunan', 'Dokumen', 1, 300, 1, 300],
      ['Fasilitasi Penyusunan Program Pembangunan', 'Dokumen', 1, 100, 1, 100],
      ['Pengendalian dan Evaluasi Program Pembangunan', 'Dokumen', 1, 200, 1, 200],
      ['Pengelolaan Pengadaan Barang dan Jasa', 'Dokumen', 1, 300, 1, 300],
      ['JUMLAH', _, _, 600, _, 600],
    ]);
    expect(levels(result)).toEqual(['2 program', '3 kegiatan', '4 subKegiatan', '5 subKegiatan', '6 kegiatan']);
    expect(errors(result)).toEqual([]);
  });

  test('the same name as a kegiatan and, right below it, as its own sub kegiatan', () => {
    const result = check([
      header,
      ['PROGRAM PEREKONOMIAN DAN PEMBANGUNAN', 'Indeks', 1, 300, 1, 300],
      ['Pengelolaan Pengadaan Barang dan Jasa', 'Dokumen', 1, 300, 1, 300],
      ['Pengelolaan Pengadaan Barang dan Jasa', 'Paket', 1, 300, 1, 300],
    ]);
    expect(levels(result)).toEqual(['2 program', '3 kegiatan', '4 subKegiatan']);
    expect(errors(result)).toEqual([]);
  });

  test('with indentation, the row takes the level of the rows indented like it', () => {
    const cell = (v: string, indent: number) => ({ v, indent });
    const result = checkWorkbook(
      {
        sheets: [
          sheetFromValues('Renstra', [
            header,
            ['PROGRAM PENYELENGGARAAN PENATAAN RUANG', 'Indeks', 1, 500, 1, 500],
            [cell('Koordinasi dan Sinkronisasi Pemanfaatan Ruang Daerah Kabupaten/Kota', 1), 'Dokumen', 1, 200, 1, 200],
            [cell('Pelaksanaan Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang', 2), 'Dokumen', 1, 200, 1, 200],
            [cell('Koordinasi Penyelenggaraan Penataan Ruang', 1), 'Dokumen', 1, 300, 1, 300],
          ]),
        ],
      },
      { nomenclature: officialNomenclature() },
    );
    expect(levels(result)).toEqual(['2 program', '3 kegiatan', '4 subKegiatan', '5 kegiatan']);
    expect(errors(result)).toEqual([]);
  });
});

test('a T-C.24 of belanja rows (no program anywhere) groups by sums without calling its rows orphans', () => {
  const result = check(
    [
      ['No', 'Uraian', 'Anggaran pada Tahun ke-', _, 'Realisasi Anggaran pada Tahun ke-', _, 'Rasio antara Realisasi dan Anggaran Tahun ke-', _],
      [_, _, 1, 2, 1, 2, 1, 2],
      ['1', 'BELANJA TIDAK LANGSUNG', 1000, 1100, 900, 1000, 0.9, 0.91],
      [_, 'Belanja Pegawai', 1000, 1100, 900, 1000, 0.9, 0.91],
      ['2', 'BELANJA LANGSUNG', 600, 700, 500, 600, 0.83, 0.86],
      [_, 'Belanja Barang dan Jasa', 400, 450, 350, 400, 0.88, 0.89],
      [_, 'Belanja Modal', 200, 250, 150, 200, 0.75, 0.8],
      [_, 'JUMLAH', 1600, 1800, 1400, 1600, 0.88, 0.89],
    ],
    mergesOf('A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1'),
  );
  expect(result.tables.map((t) => t.kind)).toEqual(['anggaran-realisasi']);
  expect(errors(result)).toEqual([]);
});

describe('every name the nomenclature lists both as a kegiatan and as a sub kegiatan', () => {
  // Listed from the shipped nomenclature itself, not by hand.
  const data = nomenclatureData as unknown as { programs: [string, string][]; kegiatan: [string, string][]; subKegiatan: [string, [string, string][]][] };
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const subNames = new Set(data.subKegiatan.flatMap(([, subs]) => subs.map(([, n]) => norm(n))));
  // One kegiatan entry per name (kab/kota codes, kegiatan digit 2, first).
  const twoLevel = data.kegiatan
    .filter(([, name]) => subNames.has(norm(name)))
    .sort(([a], [b]) => (a.split('.')[3] === '2' ? 0 : 1) - (b.split('.')[3] === '2' ? 0 : 1))
    .filter(([, name], i, all) => all.findIndex(([, n]) => norm(n) === norm(name)) === i);
  test('there are dozens of them (22 for kabupaten/kota alone)', () => {
    expect(twoLevel.length).toBeGreaterThanOrEqual(22);
  });

  test.each(twoLevel.map(([code, name]) => [name, code]))(
    '"%s" among its sibling kegiatan, without codes or indentation, stays a kegiatan and raises no error',
    (name, code) => {
      const programCode = code.split('.').slice(0, 3).join('.');
      const program = data.programs.find(([c]) => c === programCode);
      // A sibling kegiatan of the same program with a sub kegiatan of its own.
      const sibling = data.kegiatan
        .filter(([c, n]) => c !== code && c.startsWith(`${programCode}.`) && norm(n) !== norm(name))
        .map(([c, n]) => ({ c, n, subs: data.subKegiatan.find(([k]) => k === c)?.[1] ?? [] }))
        .find((k) => k.subs.length > 0 && !subNames.has(norm(k.n)) && k.subs.every(([, s]) => norm(s) !== norm(name)));
      if (!program || !sibling) return; // a program with no other kegiatan: nothing to sit among
      const result = check([
        ['PROGRAM/KEGIATAN/SUB KEGIATAN', 'INDIKATOR', 'TARGET 2026', 'PAGU 2026', 'TARGET 2027', 'PAGU 2027'],
        [program[1].toUpperCase().startsWith('PROGRAM') ? program[1] : `PROGRAM ${program[1]}`, 'Indeks', 1, 700, 1, 700],
        [sibling.n, 'Dokumen', 1, 400, 1, 400],
        [sibling.subs[0][1], 'Laporan', 1, 400, 1, 400],
        [name, 'Dokumen', 1, 300, 1, 300],
        ['JUMLAH', _, _, 700, _, 700],
      ]);
      const e = result.models[0].entities.find((x) => x.nameRow === 4)!;
      expect(e.level).toBe('kegiatan');
      expect(errors(result)).toEqual([]);
    },
  );
});

describe('the whole official list, written as one table without codes or indentation', () => {
  const data = nomenclatureData as unknown as { programs: [string, string][]; kegiatan: [string, string][]; subKegiatan: [string, [string, string][]][] };
  const subsOf = new Map(data.subKegiatan);
  // Kegiatan digit 2 is the kabupaten/kota form, 1 the province's (U.BB.PP.K.KK).
  test.each([
    ['kabupaten/kota', '2'],
    ['provinsi', '1'],
  ])('every %s program, kegiatan and sub kegiatan gets its level from the names alone, and no sum is falsely wrong', (_who, digit) => {
    const rows: (string | number | null)[][] = [['PROGRAM/KEGIATAN/SUB KEGIATAN', 'INDIKATOR', 'TARGET 2026', 'PAGU 2026', 'TARGET 2027', 'PAGU 2027']];
    const expected: string[] = [];
    let total = 0;
    for (const [pc, pn] of data.programs) {
      const kegiatan = data.kegiatan.filter(([k]) => k.startsWith(`${pc}.${digit}.`)).map(([k, n]) => ({ n, subs: subsOf.get(k) ?? [] })).filter((k) => k.subs.length);
      if (!kegiatan.length) continue;
      const program = kegiatan.reduce((s, k) => s + k.subs.length * 100, 0);
      total += program;
      rows.push([pn, 'Indeks', 1, program, 1, program]);
      expected.push('program');
      for (const k of kegiatan) {
        rows.push([k.n, 'Dokumen', 1, k.subs.length * 100, 1, k.subs.length * 100]);
        expected.push('kegiatan');
        for (const [, s] of k.subs) {
          rows.push([s, 'Laporan', 1, 100, 1, 100]);
          expected.push('subKegiatan');
        }
      }
    }
    rows.push(['JUMLAH', _, _, total, _, total]);
    const result = check(rows);
    expect(expected.length).toBeGreaterThan(3000);
    const wrong = result.models[0].entities.map((e, i) => (e.level === expected[i] ? '' : `${e.nameRow + 1} ${e.name}: ${e.level}, not ${expected[i]}`)).filter(Boolean);
    expect(wrong).toEqual([]);
    expect(errors(result)).toEqual([]);
  });
});

describe('one name column per level ("Program | Kegiatan | Sub Kegiatan"), each row filling its own', () => {
  const header = ['Program', 'Kegiatan', 'Sub Kegiatan', 'Indikator', 'Satuan', 'Target 2026', 'Pagu 2026', 'Target 2027', 'Pagu 2027'];
  const rows = [
    header,
    ['PROGRAM PENGELOLAAN PENDIDIKAN', _, _, 'Angka Partisipasi Sekolah', '%', 95, 500, 96, 512],
    [_, 'Pengelolaan Pendidikan Sekolah Dasar', _, 'Persentase SD terakreditasi', '%', 88, 300, 89, 300],
    [_, _, 'Pembangunan Ruang Kelas Baru', 'Jumlah ruang kelas baru', 'Ruang', 10, 100, 10, 100],
    [_, _, 'Rehabilitasi Sedang/Berat Ruang Kelas Sekolah', 'Jumlah ruang kelas direhabilitasi', 'Ruang', 40, 200, 40, 200],
    [_, 'Pengelolaan Pendidikan Sekolah Menengah Pertama', _, 'Persentase SMP terakreditasi', '%', 80, 200, 82, 212],
    [_, _, 'Pembangunan Ruang Kelas Baru', 'Jumlah ruang kelas baru', 'Ruang', 5, 200, 5, 200],
    ['JUMLAH', _, _, _, _, _, 500, _, 512],
  ];

  test('without codes: the column gives the level, the names are read, and the sums are checked against it', () => {
    const result = check(rows);
    const m = result.models[0];
    expect(m.table.kind).toBe('program-pendanaan');
    expect(m.entities.map((e) => `${e.nameRow + 1} ${e.level}(${e.levelSource}) ${e.name}`)).toEqual([
      '2 program(nama) PROGRAM PENGELOLAAN PENDIDIKAN',
      '3 kegiatan(kolom) Pengelolaan Pendidikan Sekolah Dasar',
      '4 subKegiatan(kolom) Pembangunan Ruang Kelas Baru',
      '5 subKegiatan(kolom) Rehabilitasi Sedang/Berat Ruang Kelas Sekolah',
      '6 kegiatan(kolom) Pengelolaan Pendidikan Sekolah Menengah Pertama',
      '7 subKegiatan(kolom) Pembangunan Ruang Kelas Baru',
    ]);
    expect(m.entities.map((e) => e.nameCol)).toEqual([0, 1, 2, 2, 1, 2]);
    // The SMP kegiatan's 2027 pagu (212) is not its sub kegiatan's 200 (the program and JUMLAH add it up).
    expect(errors(result)).toEqual(['total.pagu-induk I6']);
  });

  test('with codes in front: the code still decides the level, the name comes from the level column', () => {
    const coded = [
      ['Kode', ...header],
      ...rows.slice(1, -1).map((r, i) => [['1.01.02', '1.01.02.2.01', '1.01.02.2.01.0047', '1.01.02.2.01.0051', '1.01.02.2.02', '1.01.02.2.02.0047'][i], ...r]),
    ];
    const result = check(coded);
    expect(result.models[0].entities.map((e) => `${e.level}(${e.levelSource}) ${e.name}`)).toEqual([
      'program(kode) PROGRAM PENGELOLAAN PENDIDIKAN',
      'kegiatan(kode) Pengelolaan Pendidikan Sekolah Dasar',
      'subKegiatan(kode) Pembangunan Ruang Kelas Baru',
      'subKegiatan(kode) Rehabilitasi Sedang/Berat Ruang Kelas Sekolah',
      'kegiatan(kode) Pengelolaan Pendidikan Sekolah Menengah Pertama',
      'subKegiatan(kode) Pembangunan Ruang Kelas Baru',
    ]);
  });

  test('an export repeating the program and kegiatan names on each row: the deepest name is the row’s', () => {
    const repeated = rows.map((r, i) => {
      if (i === 0 || i === rows.length - 1) return r;
      const row = [...r];
      // Fill the parents' names in from the rows above, as a flattened SIPD export does.
      for (let c = 0; c < 2; c++) {
        if (row[c] !== _) continue;
        if (row.slice(c + 1, 3).every((x) => x === _)) continue;
        for (let k = i - 1; k > 0; k--) if (rows[k][c] !== _) { row[c] = rows[k][c]; break; }
      }
      return row;
    });
    expect(repeated[3].slice(0, 3)).toEqual(['PROGRAM PENGELOLAAN PENDIDIKAN', 'Pengelolaan Pendidikan Sekolah Dasar', 'Pembangunan Ruang Kelas Baru']);
    const result = check(repeated);
    expect(result.models[0].entities.map((e) => `${e.level} ${e.name}`)).toEqual([
      'program PROGRAM PENGELOLAAN PENDIDIKAN',
      'kegiatan Pengelolaan Pendidikan Sekolah Dasar',
      'subKegiatan Pembangunan Ruang Kelas Baru',
      'subKegiatan Rehabilitasi Sedang/Berat Ruang Kelas Sekolah',
      'kegiatan Pengelolaan Pendidikan Sekolah Menengah Pertama',
      'subKegiatan Pembangunan Ruang Kelas Baru',
    ]);
    expect(errors(result)).toEqual(['total.pagu-induk I6']);
  });

  test('one name merged over two columns is not two level columns', () => {
    const result = check(
      [
        ['Kode', 'Program/Kegiatan/Sub Kegiatan', _, 'Indikator', 'Target 2026', 'Pagu 2026'],
        ['1.01.02', 'PROGRAM PENGELOLAAN PENDIDIKAN', _, 'Angka Partisipasi Sekolah', 95, 300],
        ['1.01.02.2.01', 'Pengelolaan Pendidikan Sekolah Dasar', _, 'Persentase SD terakreditasi', 88, 300],
        ['1.01.02.2.01.0047', 'Pembangunan Ruang Kelas Baru', _, 'Jumlah ruang kelas baru', 10, 300],
      ],
      mergesOf('B1:C1', 'B2:C2', 'B3:C3', 'B4:C4'),
    );
    expect(result.models[0].entities.map((e) => `${e.level} ${e.nameCol} ${e.name}`)).toEqual([
      'program 1 PROGRAM PENGELOLAAN PENDIDIKAN',
      'kegiatan 1 Pengelolaan Pendidikan Sekolah Dasar',
      'subKegiatan 1 Pembangunan Ruang Kelas Baru',
    ]);
  });
});

describe('names run on into the next row (a table converted from PDF)', () => {
  const header = ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Target 2026', 'Pagu 2026', 'Target 2027', 'Pagu 2027'];

  test('a codeless row of text only, right below a coded entity, is the run-on of its name, even in capitals', () => {
    const result = check([
      header,
      ['7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Indeks Kepuasan Masyarakat', 80, 300, 81, 300],
      ['7.01.02.2.01', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di', 'Persentase kegiatan terkoordinasi', 100, 300, 100, 300],
      [_, 'Tingkat Kecamatan', _, _, _, _, _],
      ['7.01.02.2.01.0002', 'Peningkatan Efektifitas Kegiatan Pemerintahan di', 'Jumlah laporan', 12, 300, 12, 300],
      [_, 'Tingkat Kecamatan', 'yang disusun', _, _, _, _],
      [_, 'JUMLAH', _, _, 300, _, 300],
    ]);
    const m = result.models[0];
    expect(levels(result)).toEqual(['2 program 7.01.02', '3 kegiatan 7.01.02.2.01', '5 subKegiatan 7.01.02.2.01.0002']);
    expect(m.entities.map((e) => e.name)).toEqual([
      'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
      'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan',
      'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan',
    ]);
    expect(m.entities[1].rows).toEqual([2, 3]);
    expect(result.findings.filter((f) => f.rule === 'value.tanpa-isi' || f.rule === 'nomenclature.nama')).toEqual([]);
  });

  test('a codeless row with values, a heading in capitals, and a fragment of "Output :" text keep their meaning', () => {
    const result = check([
      header,
      ['7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Indeks Kepuasan Masyarakat', 80, 300, 81, 300],
      ['7.01.02.2.01', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan Output : Terlaksananya', 'Persentase kegiatan terkoordinasi', 100, 300, 100, 300],
      [_, 'koordinasi kegiatan pemerintahan.', _, _, _, _, _],
      ['7.01.02.2.01.0002', 'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Jumlah laporan', 12, 200, 12, 200],
      [_, 'Penyusunan Laporan Kecamatan', 'Jumlah laporan', 12, 100, 12, 100],
      [_, 'URUSAN PEMERINTAHAN BIDANG KESEHATAN', _, _, _, _, _],
      ['1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', 'Angka kematian ibu', 90, 100, 80, 100],
    ]);
    const m = result.models[0];
    expect(m.entities.map((e) => `${e.nameRow + 1} ${e.name}`)).toEqual([
      '2 PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
      '3 Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan',
      '5 Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan',
      '6 Penyusunan Laporan Kecamatan',
      '7 URUSAN PEMERINTAHAN BIDANG KESEHATAN',
      '8 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT',
    ]);
  });
});

describe('outline marks in front of names', () => {
  test('Roman numerals with a dot or parenthesis and a space are stripped; words that only look Roman are not', () => {
    expect(stripOutline('II. PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM')).toBe('PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM');
    expect(stripOutline('IV) Program Pengelolaan Pendidikan')).toBe('Program Pengelolaan Pendidikan');
    expect(stripOutline('viii. Penyediaan Makanan')).toBe('Penyediaan Makanan');
    expect(stripOutline('IV')).toBe('IV');
    expect(stripOutline('IV Penyediaan Makanan')).toBe('IV Penyediaan Makanan');
    expect(stripOutline('II.Penyediaan Makanan')).toBe('II.Penyediaan Makanan');
    expect(stripOutline('Vaksinasi Polio')).toBe('Vaksinasi Polio');
    expect(stripOutline('VI. ')).toBe('VI. ');
  });

  test('a program behind "II." is read by its name, with no false naming warning', () => {
    const result = check([
      ['PROGRAM/KEGIATAN/SUB KEGIATAN', 'INDIKATOR', 'TARGET 2026', 'PAGU 2026'],
      ['I. PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'Nilai SAKIP', 70, 100],
      ['II. PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM', 'Persentase gangguan trantibum tertangani', 90, 100],
    ]);
    expect(result.models[0].entities.map((e) => `${e.level}(${e.levelSource}) ${e.name}`)).toEqual([
      'program(nama) PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
      'program(nama) PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM',
    ]);
    expect(result.findings.filter((f) => f.rule === 'nomenclature.nama')).toEqual([]);
  });
});
