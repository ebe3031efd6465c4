/** Rules on small hand-written tables: each test plants one mistake and expects exactly its finding. */
import { checkWorkbook } from '../check';
import { sheetFromValues, type CellData } from '../grid';
import { officialNomenclature } from '../nomenclature/official';
import type { Finding } from './types';

type V = string | number | null | CellData;

function check(sheets: Record<string, V[][]>, withNomenclature = true): Finding[] {
  const workbook = { sheets: Object.entries(sheets).map(([name, rows]) => sheetFromValues(name, rows)) };
  return checkWorkbook(workbook, withNomenclature ? { nomenclature: officialNomenclature() } : {}).findings;
}

const brief = (fs: Finding[], rule?: RegExp) => fs.filter((f) => !rule || rule.test(f.rule)).map((f) => `${f.rule} ${f.cell}`);

const FUNDING_HEADER: V[] = ['KODE', 'PROGRAM/ KEGIATAN/ SUB KEGIATAN', 'INDIKATOR', 'TARGET 2026', 'PAGU 2026', 'TARGET 2027', 'PAGU 2027', 'TARGET 2028', 'PAGU 2028'];
const P = ['7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Indeks'];
const K = ['7.01.02.2.01', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen'];
const S1 = ['7.01.02.2.01.0001', 'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait', 'Laporan'];
const S2 = ['7.01.02.2.01.0002', 'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen'];

describe('total.*', () => {
  test('a kegiatan whose pagu is not the sum of its sub kegiatan', () => {
    const fs = check({
      T: [FUNDING_HEADER, [...P, 1, 300, 1, 300, 1, 300], [...K, 1, 300, 1, 310, 1, 300], [...S1, 5, 100, 5, 100, 5, 100], [...S2, 5, 200, 5, 200, 5, 200]],
    });
    expect(brief(fs, /^total\./)).toEqual(['total.pagu-induk G2', 'total.pagu-induk G3']);
    const g3 = fs.find((f) => f.cell === 'G3')!;
    expect(g3).toMatchObject({ expected: 300, actual: 310, related: ['G4', 'G5'] });
    expect(g3.message).toMatch(/selisih Rp 10 lebih/);
  });

  test('end-of-period Rp is the sum of the years, its target the last year’s', () => {
    const fs = check({
      T: [
        ['KODE', 'PROGRAM DAN KEGIATAN', 'INDIKATOR', 'TARGET TAHUN 1', 'RP TAHUN 1', 'TARGET TAHUN 2', 'RP TAHUN 2', 'KONDISI AKHIR PERIODE TARGET', 'KONDISI AKHIR PERIODE RP'],
        [...S2, 5, 100, 6, 200, 6, 300],
        [...S2.slice(0, 1), 'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 5, 100, 6, 200, 5, 250],
      ],
    });
    expect(brief(fs, /^total\.akhir/)).toEqual(['total.akhir-periode-target H3', 'total.akhir-periode-pagu I3']);
    expect(fs.find((f) => f.cell === 'I3')).toMatchObject({ expected: 300, actual: 250 });
  });
});

describe('ratio.*', () => {
  const header: V[] = ['NO', 'INDIKATOR', 'TARGET 2023', 'TARGET 2024', 'REALISASI 2023', 'REALISASI 2024', 'RASIO 2023', 'RASIO 2024'];
  test('negative polarity: 2 − R/T and T/R are both accepted, R/T is not', () => {
    const fs = check({
      C: [
        header,
        [1, 'Persentase deviasi serapan anggaran', 7, 8, 6.5, 9, 1.07, { v: 0.875, fmt: '0.000' }],
        [2, 'Persentase deviasi serapan anggaran', 7, 8, 6.5, 9, { v: 0.93, fmt: '0.00' }, { v: 0.89, fmt: '0.00' }],
      ],
    });
    expect(brief(fs, /^ratio\./)).toEqual(['ratio.capaian G3']);
    expect(fs[0].message).toMatch(/polaritas negatif/);
  });

  test('a row whose ratios all follow R/T is read as higher-is-better, whatever its name suggests; one year against the rest is still reported', () => {
    const h: V[] = ['NO', 'INDIKATOR', 'TARGET 2022', 'TARGET 2023', 'TARGET 2024', 'REALISASI 2022', 'REALISASI 2023', 'REALISASI 2024', 'RASIO 2022', 'RASIO 2023', 'RASIO 2024'];
    const ratio = (v: number) => ({ v, fmt: '0.00' });
    const fs = check({
      C: [
        h,
        // "genangan" reads lower-is-better, but every year of this row is R/T: the planner's is higher-is-better.
        [1, 'Persentase Kawasan Permukiman Bebas Genangan', 80, 85, 90, 82, 86, 91, ratio(1.03), ratio(1.01), ratio(1.01)],
        [2, 'Luas Kawasan yang Mengalami Genangan', 80, 85, 90, 82, 86, 91, ratio(1.03), ratio(1.01), ratio(1.01)],
        // Two years R/T and one inverted (T/R): the inverted year is the mistake.
        [3, 'Indeks Kepuasan Masyarakat', 80, 85, 90, 82, 86, 91, ratio(1.03), ratio(0.99), ratio(1.01)],
      ],
    });
    expect(brief(fs, /^ratio\./)).toEqual(['ratio.capaian J4']);
  });

  test('one year alone does not turn a row: an inverted single ratio is reported', () => {
    const fs = check({
      C: [
        ['NO', 'INDIKATOR', 'TARGET 2024', 'REALISASI 2024', 'CAPAIAN (%) 2024'],
        [1, 'Indeks Kepuasan Masyarakat', 80, 88, { v: 90.91, fmt: '0.00' }],
      ],
    });
    expect(brief(fs, /^ratio\./)).toEqual(['ratio.capaian E2']);
  });

  test('percent columns compare ×100, and a ratio with no realisasi is reported', () => {
    const fs = check({
      C: [
        ['NO', 'INDIKATOR', 'TARGET 2023', 'TARGET 2024', 'REALISASI 2023', 'REALISASI 2024', 'CAPAIAN (%) 2023', 'CAPAIAN (%) 2024'],
        [1, 'Indeks Kepuasan Masyarakat', 80, 81, 82.33, null, { v: 102.91, fmt: '0.00' }, 100],
      ],
    });
    expect(brief(fs, /^ratio\./)).toEqual(['ratio.tanpa-input H2']);
  });

  test('a rasio typed as a percentage in a ratio column is accepted', () => {
    const fs = check({ C: [header, [1, 'Indeks Kepuasan Masyarakat', 80, 81, 82.33, 82.92, 102.91, 102.37]] });
    expect(brief(fs, /^ratio\./)).toEqual([]);
  });
});

describe('cascade.*', () => {
  test('a sub kegiatan before any kegiatan, and a kegiatan before any program', () => {
    const fs = check({ T: [FUNDING_HEADER, [...K, 1, 300, 1, 300, 1, 300], [...S1, 5, 300, 5, 300, 5, 300]] });
    expect(brief(fs, /^cascade\./)).toEqual(['cascade.kegiatan-tanpa-program B2']);
    const fs2 = check({ T: [FUNDING_HEADER, [...P, 1, 300, 1, 300, 1, 300], [...S1, 5, 300, 5, 300, 5, 300]] });
    expect(brief(fs2, /^cascade\./)).toEqual(['cascade.sub-tanpa-kegiatan B3']);
  });

  test('levels fall back to the sums when names, codes and indentation say nothing', () => {
    const fs = check(
      {
        T: [
          ['PROGRAM/ KEGIATAN', 'INDIKATOR', 'TARGET 2026', 'PAGU 2026', 'TARGET 2027', 'PAGU 2027'],
          ['PROGRAM ALFA', 'Indeks', 1, 300, 1, 300],
          ['Kegiatan Beta', 'Dokumen', 1, 300, 1, 300],
          ['Rincian Gamma', 'Laporan', 1, 100, 1, 100],
          ['Rincian Delta', 'Laporan', 1, 200, 1, 200],
          ['Kegiatan Epsilon', 'Dokumen', 1, 50, 1, 60],
          ['Rincian Zeta', 'Laporan', 1, 50, 1, 50],
        ],
      },
      false,
    );
    // Epsilon (50/60) is not the sum of Zeta in 2027: unknown, it falls to the position rule as a
    // sub kegiatan of Beta, and Beta no longer adds up.
    expect(brief(fs, /^(total|cascade)\./)).toEqual(['total.pagu-induk D3', 'total.pagu-induk F3']);
  });
});

describe('targets in words or ranges', () => {
  test('a ratio against "WTP", "≤ 25" or "60-85" cannot be checked: noted as info, never an error', () => {
    const fs = check({
      C: [
        ['NO', 'INDIKATOR', 'TARGET 2023', 'TARGET 2024', 'REALISASI 2023', 'REALISASI 2024', 'RASIO 2023', 'RASIO 2024'],
        [1, 'Opini BPK atas Laporan Keuangan', 'WTP', 'WTP', 'WTP', 'WTP', '100%', '100%'],
        [2, 'Bed Occupancy Rate (BOR)', '60-85', '60-85', 78, 81, 1, 1],
        [3, 'Net Death Rate (NDR)', '≤ 25', '≤ 25', 21, 19, 1, 1],
        // A blank target stays an error.
        [4, 'Indeks Kepuasan Masyarakat', null, 80, 81, 82, 1.01, 1.03],
      ],
    });
    expect(fs.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.cell}`)).toEqual(['ratio.tanpa-input G5']);
    const info = fs.filter((f) => f.rule === 'ratio.tanpa-input' && f.severity === 'info');
    expect(info).toHaveLength(6);
    expect(info[0].message).toMatch(/"WTP" bukan satu angka/);
  });

  test('an IKU target in words that differs from the T-C.25 target ("BB" against "A") is reported', () => {
    const fs = check({
      'Tabel 3.1': [
        ['TUJUAN', 'SASARAN', 'INDIKATOR', 'TARGET 2025', 'TARGET 2026'],
        ['Meningkatnya akuntabilitas', 'Meningkatnya kualitas SAKIP', 'Nilai SAKIP', 'BB', 'A'],
      ],
      'Tabel 4.4': [
        ['NO', 'INDIKATOR', 'SATUAN', 'BASELINE 2024', 'TARGET 2025', 'TARGET 2026'],
        [1, 'Nilai SAKIP', 'Predikat', 'B', 'bb', 'BB'],
      ],
    });
    expect(fs.filter((f) => f.rule.startsWith('crosstable.')).map((f) => `${f.rule} ${f.cell} ${f.expected} ${f.actual}`)).toEqual(['crosstable.iku-target F2 A BB']);
  });
});

describe('crosstable.*', () => {
  test('an IKU target that differs from the tujuan-sasaran target of the same indicator', () => {
    const fs = check({
      'Tabel 3.1': [
        ['TUJUAN', 'SASARAN', 'INDIKATOR', 'TARGET 2025', 'TARGET 2026'],
        ['Meningkatnya kualitas pelayanan', 'Meningkatnya kepuasan', 'Indeks Kepuasan Masyarakat', '81,50 Skor', '82,00 Skor'],
      ],
      'Tabel 4.4': [
        ['NO', 'INDIKATOR', 'SATUAN', 'BASELINE 2024', 'TARGET 2025', 'TARGET 2026'],
        [1, 'Indeks Kepuasan Masyarakat', 'Skor', 81, 81.5, 82.5],
      ],
    });
    expect(brief(fs, /^crosstable\./)).toEqual(['crosstable.iku-target F2']);
    expect(fs.find((f) => f.rule === 'crosstable.iku-target')).toMatchObject({ expected: 82, actual: 82.5, related: ["'Tabel 3.1'!E2"] });
  });

  test('an entity of the funding table missing from the cascading table and back', () => {
    const fs = check({
      Cascading: [
        ['TUJUAN', 'SASARAN', 'OUTCOME', 'OUTPUT', 'PROGRAM/ KEGIATAN/ SUB KEGIATAN'],
        ['Meningkatnya kualitas pelayanan publik', null, 'Meningkatnya kualitas pelayanan publik di kecamatan', null, P[1]],
        [null, null, null, 'Terlaksananya koordinasi pemerintahan', K[1]],
        [null, null, null, null, S2[1]],
        [null, null, null, null, 'Pelaksanaan Urusan Pemerintahan yang Terkait dengan Pelayanan Perizinan Non Usaha'],
      ],
      Pendanaan: [FUNDING_HEADER, [...P, 1, 300, 1, 300, 1, 300], [...K, 1, 300, 1, 300, 1, 300], [...S1, 5, 100, 5, 100, 5, 100], [...S2, 5, 200, 5, 200, 5, 200]],
    });
    expect(brief(fs, /^crosstable\./)).toEqual(['crosstable.tidak-di-pendanaan E5', 'crosstable.tidak-di-cascading B4']);
  });

  test('an IKU in "Tahun 1 … 5" is compared with the tujuan-sasaran table in calendar years, year n with the plan’s n-th year', () => {
    const fs = check({
      'Tabel 3.1': [
        ['TUJUAN', 'SASARAN', 'INDIKATOR', 'TARGET 2025', 'TARGET 2026', 'TARGET 2027'],
        ['Meningkatnya akuntabilitas kinerja', 'Meningkatnya kualitas perencanaan', 'Nilai SAKIP Kecamatan', 71, 72, 73],
      ],
      'Tabel 4.4': [
        ['NO', 'INDIKATOR', 'SATUAN', 'KONDISI AWAL', 'TAHUN 1', 'TAHUN 2', 'TAHUN 3'],
        [1, 'Nilai SAKIP Kecamatan', 'Nilai', 70, 71, 72, 73.5],
      ],
    });
    expect(brief(fs, /^crosstable\./)).toEqual(['crosstable.iku-target G2']);
    const f = fs.find((x) => x.rule === 'crosstable.iku-target')!;
    expect(f).toMatchObject({ expected: 73, actual: 73.5, related: ["'Tabel 3.1'!F2"] });
    expect(f.message).toMatch(/tahun ke-3 .*tahun 2027/);
  });

  test('two tables in calendar years over different periods compare only the years both hold', () => {
    // 2025 and 2026 agree; the IKU's 2024 and the tujuan-sasaran's 2027 have no counterpart.
    const fs = check({
      'Tabel 3.1': [
        ['TUJUAN', 'SASARAN', 'INDIKATOR', 'TARGET 2025', 'TARGET 2026', 'TARGET 2027'],
        ['Meningkatnya akuntabilitas kinerja', 'Meningkatnya kualitas perencanaan', 'Nilai SAKIP Kecamatan', 71, 72, 73],
      ],
      'Tabel 4.4': [
        ['NO', 'INDIKATOR', 'SATUAN', 'TARGET 2024', 'TARGET 2025', 'TARGET 2026'],
        [1, 'Nilai SAKIP Kecamatan', 'Nilai', 70, 71, 72],
      ],
    });
    expect(brief(fs, /^crosstable\./)).toEqual([]);
  });

  test('a tujuan-sasaran table with "Indikator Tujuan" and "Indikator Sasaran" columns: the sasaran indicators are read too', () => {
    const fs = check({
      'Tabel 3.1': [
        ['NO', 'TUJUAN', 'INDIKATOR TUJUAN', 'SASARAN', 'INDIKATOR SASARAN', 'TARGET 2025', 'TARGET 2026'],
        [1, 'Meningkatnya kemandirian desa', 'Persentase Desa Berstatus Mandiri', null, null, 20, 22],
        [null, null, null, 'Meningkatnya kualitas tata kelola pemerintahan desa', 'Persentase Desa dengan Tata Kelola Pemerintahan Desa Baik', 66, 70],
        [2, 'Meningkatnya akuntabilitas kinerja Dinas PMD', 'Nilai SAKIP Dinas PMD', 'Meningkatnya kualitas perencanaan', 'Persentase Dokumen Perencanaan yang Tepat Waktu', 92, 94],
      ],
      'Tabel 4.4': [
        ['NO', 'INDIKATOR', 'SATUAN', 'BASELINE 2024', 'TARGET 2025', 'TARGET 2026'],
        [1, 'Persentase Desa dengan Tata Kelola Pemerintahan Desa Baik', '%', 62, 66, 72],
        // Named beside a sasaran indicator on one row, the tujuan indicator has no targets of its own there.
        [2, 'Nilai SAKIP Dinas PMD', 'Nilai', 67, 68, 69.5],
      ],
    });
    expect(brief(fs, /^crosstable\./)).toEqual(['crosstable.iku-target F2']);
    expect(fs.find((f) => f.rule === 'crosstable.iku-target')).toMatchObject({ expected: 70, actual: 72, related: ["'Tabel 3.1'!G3"] });
  });

  describe('funding and cascading entities are paired by code, then by name one to one, level for level', () => {
    const PROG = ['5.01.03', 'PROGRAM KOORDINASI DAN SINKRONISASI PERENCANAAN PEMBANGUNAN DAERAH', 'Persentase'];
    const KEG = ['5.01.03.2.01', 'Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia', 'Persentase'];
    const PEM = ['5.01.03.2.01.0002', 'Asistensi Penyusunan Dokumen Perencanaan Pembangunan Perangkat Daerah Bidang Pemerintahan', 'Dokumen'];
    const PM = ['5.01.03.2.01.0006', 'Asistensi Penyusunan Dokumen Perencanaan Pembangunan Perangkat Daerah Bidang Pembangunan Manusia', 'Dokumen'];
    const funding = (...rows: V[][]) => [FUNDING_HEADER, ...rows.map((r) => [...r, 1, 100, 1, 100, 1, 100])];
    const CASCADING_HEADER: V[] = ['TUJUAN', 'SASARAN', 'OUTCOME', 'OUTPUT', 'KODE', 'PROGRAM/ KEGIATAN/ SUB KEGIATAN'];
    const cascading = (rows: [string, string][]) => [
      CASCADING_HEADER,
      ...rows.map(([code, name], i) =>
        i === 0 ? ['Meningkatnya kualitas perencanaan', null, 'Meningkatnya kualitas perencanaan pembangunan', null, code, name] : i === 1 ? [null, null, null, 'Terkoordinasinya perencanaan', code, name] : [null, null, null, null, code, name],
      ),
    ];

    test('a sub kegiatan missing from the cascading is an error, though its sibling’s name is almost its own', () => {
      const fs = check({
        Cascading: cascading([
          [PROG[0], PROG[1]],
          [KEG[0], KEG[1]],
          [PEM[0], PEM[1]],
        ]),
        Pendanaan: funding([...PROG], [...KEG], [...PEM], [...PM]),
      });
      expect(fs.filter((f) => f.rule.startsWith('crosstable.')).map((f) => `${f.severity} ${f.rule} ${f.cell}`)).toEqual(['error crosstable.tidak-di-cascading B5']);
    });

    test('an equal code is the same entity, however its name is spelled; spelling variations are tolerated', () => {
      const fs = check({
        Cascading: cascading([
          [PROG[0], `${PROG[1]}.`],
          [KEG[0], 'Koordinasi  Perencanaan Bidang Pemerintahan & Pembangunan Manusia'],
          // Shortened past any likeness of names: the code says which sub kegiatan it is.
          [PEM[0], 'Asistensi Renja PD Bid. Pemerintahan'],
          [PM[0], PM[1].toLowerCase()],
        ]),
        Pendanaan: funding([...PROG], [...KEG], [...PEM], [...PM]),
      });
      expect(brief(fs, /^crosstable\./)).toEqual([]);
    });

    test('without codes on one side, names pair one to one: one row cannot account for two siblings', () => {
      const fs = check({
        Cascading: cascading([
          [PROG[0], PROG[1]],
          [KEG[0], KEG[1]],
          [PEM[0], PEM[1]],
        ]),
        // The funding table writes a code in the name cell or none, "&" for "dan", double spaces, capitals, a trailing period.
        Pendanaan: funding(
          [null, `${PROG[0]} ${PROG[1]}`, PROG[2]],
          [null, KEG[1].replace(' dan ', ' & ').replace(' Bidang ', '  Bidang '), KEG[2]],
          [null, `${PEM[1].toUpperCase()}.`, PEM[2]],
          [null, PM[1], PM[2]],
        ),
      });
      expect(fs.filter((f) => f.rule.startsWith('crosstable.')).map((f) => `${f.severity} ${f.rule} ${f.cell}`)).toEqual(['error crosstable.tidak-di-cascading B5']);
    });

    test('a missing sub kegiatan is never taken for, or likened to, an entity of another level', () => {
      const fs = check({
        Cascading: cascading([
          [PROG[0], PROG[1]],
          [KEG[0], KEG[1]],
          [PEM[0], PEM[1]],
        ]),
        // A sub kegiatan named like the kegiatan above it (no code on either side of it).
        Pendanaan: funding([...PROG], [...KEG], [...PEM], ['5.01.03.2.01.0001', 'Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia', 'Dokumen']),
      });
      const miss = fs.filter((f) => f.rule.startsWith('crosstable.'));
      expect(miss.map((f) => `${f.severity} ${f.rule} ${f.cell}`)).toEqual(['error crosstable.tidak-di-cascading B5']);
      expect(miss[0].related).toEqual([]);
    });
  });
});

describe('value.*', () => {
  test('negative pagu, target without pagu, pagu without target', () => {
    const fs = check({
      T: [FUNDING_HEADER, [...P, 1, 100, 1, 100, 1, -5], [...K, 1, 100, 1, 100, 1, -5], [...S2, 5, 100, null, 100, 5, -5]],
    });
    expect(brief(fs, /^value\.(pagu|target-tanpa)/).sort()).toEqual(['value.pagu-negatif I2', 'value.pagu-negatif I3', 'value.pagu-negatif I4', 'value.pagu-tanpa-target F4']);
  });

  test('a formula never calculated is reported, never guessed', () => {
    const fs = check({ T: [FUNDING_HEADER, [...S2, 5, { v: null, f: 'E3*2', noValue: true }, 5, 100, 5, 100]] });
    expect(brief(fs, /^value\.rumus/)).toEqual(['value.rumus-tanpa-nilai E2']);
  });
});

test('a cascading table drawn down to kegiatan says nothing of the funding table’s sub kegiatan', () => {
  const funding = sheetFromValues('Pendanaan', [
    ['PROGRAM/KEGIATAN/SUB KEGIATAN', 'INDIKATOR', 'TARGET 2026', 'PAGU 2026'],
    ['PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Indeks', 80, 300],
    ['Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 1, 300],
    ['Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Laporan', 12, 300],
  ]);
  const cascading = sheetFromValues('Cascading', [
    ['TUJUAN', 'SASARAN', 'OUTCOME', 'OUTPUT', 'PROGRAM/ KEGIATAN'],
    ['Meningkatnya kualitas pelayanan publik', 'Meningkatnya kepuasan', 'Meningkatnya kualitas pelayanan', null, 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK'],
    [null, null, null, 'Terkoordinasinya kegiatan pemerintahan', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan'],
  ]);
  const result = checkWorkbook({ sheets: [funding, cascading] }, { nomenclature: officialNomenclature() });
  expect(result.tables.map((t) => t.kind)).toEqual(['program-pendanaan', 'cascading']);
  expect(result.findings.filter((f) => f.rule.startsWith('crosstable.'))).toEqual([]);
});
