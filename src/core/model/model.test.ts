/** The table model on hand-written grids: codes over several columns, context rows, names listed at two levels. */
import { parseA1 } from '../address';
import { checkWorkbook } from '../check';
import { sheetFromValues, type MergeArea } from '../grid';
import nomenclatureData from '../../data/nomenklatur.json';
import { officialNomenclature } from '../nomenclature/official';

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
