/**
 * Numbers at the edges through the whole checker (small grids through checkWorkbook): the cells of
 * test/helpers/number-edges.ts are read as the parser and ANGKA read them, growth over blank years
 * counts the years, and a header's scale ("(Rp juta)") reaches the sums, the ratios and the fill plan.
 */
import { GROWTH_EDGES, NUMBER_EDGES } from '../../../test/helpers/number-edges';
import { checkWorkbook } from '../check';
import { buildFillPlan } from '../fill/plan';
import { sheetFromValues, type CellData } from '../grid';
import { formatId } from '../number';
import type { Finding } from './types';

type V = string | number | null | CellData;

const run = (rows: V[][]) => checkWorkbook({ sheets: [sheetFromValues('T', rows)] });
const brief = (fs: Finding[], rule: RegExp) => fs.filter((f) => rule.test(f.rule)).map((f) => `${f.rule} ${f.cell}`);

const P = ['7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Indeks'];
const K = ['7.01.02.2.01', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen'];
const S1 = ['7.01.02.2.01.0001', 'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan', 'Laporan'];
const S2 = ['7.01.02.2.01.0002', 'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen'];
const funding = (pagu = '') => ['KODE', 'PROGRAM/ KEGIATAN/ SUB KEGIATAN', 'INDIKATOR', 'TARGET 2026', `PAGU 2026${pagu}`, 'TARGET 2027', `PAGU 2027${pagu}`];

/** A program over a kegiatan over two sub kegiatan; the parents' 2026 pagu typed as the sum. */
function fundingGrid(s1: V, s2: V, parent: V, header = ''): V[][] {
  return [funding(header), [...P, 1, parent, 1, 2], [...K, 1, parent, 1, 2], [...S1, 1, s1, 1, 1], [...S2, 1, s2, 1, 1]];
}

describe('a pagu written at the edges is summed as it means', () => {
  test.each(NUMBER_EDGES.map((e) => [e.text, e.value, e.why]))('%p (%d, %s)', (text, value) => {
    const { findings } = run(fundingGrid(text, 1000, (value as number) + 1000));
    expect(brief(findings, /^total\./)).toEqual([]);
    const asText = findings.find((f) => f.rule === 'value.angka-teks' && f.cell === 'E4')!;
    expect(asText).toMatchObject({ expected: value, actual: text });
    expect(asText.message).toContain(`dibaca sebagai ${formatId(value as number)}`);
  });
});

describe('growth over blank years (the table of test/helpers/number-edges.ts)', () => {
  const years = [2020, 2021, 2022, 2023, 2024];
  const header: V[] = ['NO', 'PROGRAM', ...years.map((y) => `ANGGARAN ${y}`), ...years.map((y) => `REALISASI ${y}`), 'RATA-RATA PERTUMBUHAN ANGGARAN', 'RATA-RATA PERTUMBUHAN REALISASI'];
  const pad = (s: (number | null)[]) => [...s, ...Array(5 - s.length).fill(null)];
  const line = (i: number, series: (number | null)[], growth: V): V[] => [i, `Program ${i}`, ...pad(series), ...Array(5).fill(null), growth, null];

  test.each(GROWTH_EDGES.map((g) => [g.why, g]))('%s', (_why, g) => {
    // Written as the mean (percent, 2 decimals) where it exists: no finding; else any number is reported.
    const shown = typeof g.mean === 'number' ? Math.round(g.mean * 10000) / 100 : 7;
    const { findings } = run([header, line(1, g.series, shown)]);
    const growth = findings.filter((f) => f.rule.startsWith('growth.'));
    if (typeof g.mean === 'number') expect(growth).toEqual([]);
    else if (typeof g.cagr === 'number') {
      // The mean does not exist but CAGR does: 7 matches neither, and the mean's reason is given.
      expect(brief(growth, /./)).toEqual(['growth.rata-rata M2']);
      expect(growth[0].message).toMatch(/rata-rata pertumbuhan tahunan = tidak terdefinisi \(D2 \(tahun 2021\) adalah 0, padahal menjadi pembagi/);
    } else {
      expect(growth).toHaveLength(1);
      expect(growth[0]).toMatchObject({ rule: 'growth.tidak-terdefinisi', cell: 'M2', expected: g.mean, actual: 7 });
      expect(growth[0].message).toMatch(/tidak dapat dihitung: [A-Z]+2 \(tahun 20\d\d\) (adalah 0|negatif)/);
    }
  });

  test('100, kosong, 121 written as one 21% step is reported, naming the blank year', () => {
    const { findings } = run([header, line(1, [100, null, 121], 21)]);
    expect(findings.filter((f) => f.rule.startsWith('growth.'))).toMatchObject([{ rule: 'growth.rata-rata', cell: 'M2', expected: 0.1, actual: 21 }]);
    expect(findings[0].message).toMatch(/rata-rata pertumbuhan tahunan = 10,00% dan CAGR = 10,00%.*Tahun yang kosong dihitung/);
  });

  test('a value matching the CAGR over the years spanned is accepted', () => {
    const cagr = Math.round((Math.pow(2, 1 / 3) - 1) * 10000) / 100; // 100, 200, kosong, 200
    expect(run([header, line(1, [100, 200, null, 200], cagr)]).findings.filter((f) => f.rule.startsWith('growth.'))).toEqual([]);
  });
});

describe('a scale in the header reaches sums, ratios and the fill plan', () => {
  test('"(Rp juta)": typed amounts are juta; the model reads rupiah', () => {
    const result = run(fundingGrid(1500, 500, 2000, ' (Rp juta)'));
    expect(brief(result.findings, /^(total|value)\./)).toEqual([]);
    const model = result.models[0];
    expect(model.scale(4)).toBe(1e6);
    expect(model.num(3, 4)).toBe(1_500_000_000);
    expect(model.value(3, 4).reading!.shown).toBe(1500);
  });

  test('"(Rp juta)": a wrong sum is reported in juta, as the cells show it, with the rupiah beside', () => {
    const { findings } = run(fundingGrid(1500, 500, 2100, ' (Rp juta)'));
    const wrong = findings.filter((f) => f.rule === 'total.pagu-induk');
    expect(wrong).toMatchObject([{ cell: 'E3', expected: 2000, actual: 2100 }]);
    expect(wrong[0].message).toContain('tertulis 2.100 (Rp juta; Rp 2.100.000.000)');
    expect(wrong[0].message).toContain('berjumlah 2.000 (Rp juta; Rp 2.000.000.000) (E4 + E5); selisih 100 (Rp juta; Rp 100.000.000) lebih');
    // Without a scale the amounts are plain rupiah.
    const plain = run(fundingGrid(1500, 500, 2100)).findings.find((f) => f.rule === 'total.pagu-induk')!;
    expect(plain).toMatchObject({ expected: 2000, actual: 2100 });
    expect(plain.message).toContain('tertulis Rp 2.100,');
  });

  test('a cell naming another scale under "(Rp juta)" is read as written and reported', () => {
    const { findings } = run(fundingGrid('1,5 M', 500, 2000, ' (Rp juta)'));
    expect(brief(findings, /^total\./)).toEqual([]); // 1,5 M = 1.500 juta: the sum holds
    const mixed = findings.filter((f) => f.rule === 'value.skala-campuran');
    expect(mixed).toMatchObject([{ cell: 'E4', expected: 1500, actual: '1,5 M', related: ['E2', 'E3', 'E5'] }]);
    expect(mixed[0].message).toMatch(/ditulis "1,5 M" \(dalam miliar\), sedangkan judul kolomnya \("PAGU 2026 \(Rp juta\)"\) menyatakan nilai kolom ini dalam juta rupiah\. Pemeriksa membacanya sebagai 1\.500 juta \(Rp 1\.500\.000\.000\)/);
    // The text is also reported as text, read in the column's unit.
    expect(findings.find((f) => f.rule === 'value.angka-teks')!.message).toContain('dibaca sebagai 1.500.000.000');
  });

  test('"(dalam ribuan rupiah)" in the title scales every money column', () => {
    const result = run([['Tabel 4.2 Rencana Program dan Pendanaan (dalam ribuan rupiah)'], [], ...fundingGrid(1500, 500, 2000)]);
    expect(result.models[0].scale(4)).toBe(1e3);
    expect(result.models[0].num(5, 4)).toBe(1_500_000);
  });

  test('a column mixing scales without a header scale is read consistently and reported cell by cell', () => {
    const { findings } = run(fundingGrid('1,5 M', '750 juta', 2_250_000_000));
    expect(brief(findings, /^total\./)).toEqual([]);
    expect(brief(findings, /skala/)).toEqual(['value.skala-campuran E4', 'value.skala-campuran E5']);
    expect(findings.find((f) => f.rule === 'value.skala-campuran' && f.cell === 'E5')!.message).toMatch(
      /"750 juta" \(dalam juta\), sedangkan 2 nilai lain di kolom ini ditulis sebagai angka penuh \(E2, E3\)/,
    );
  });

  test('realisasi in rupiah over anggaran in juta: the ratio compares rupiah', () => {
    const header: V[] = ['NO', 'PROGRAM', 'ANGGARAN 2023 (Rp juta)', 'ANGGARAN 2024 (Rp juta)', 'REALISASI 2023 (Rp)', 'REALISASI 2024 (Rp)', 'RASIO 2023', 'RASIO 2024'];
    const { findings, models } = run([header, [1, 'Program Penunjang', 1000, 2000, 950_000_000, 1_800_000_000, 0.95, 0.8]]);
    expect(models[0].table.kind).toBe('anggaran-realisasi');
    expect(brief(findings, /^ratio\./)).toEqual(['ratio.anggaran H2']); // 0,8 where 0,9; 0,95 is right
    // The fill plan would write H2 as F2/D2: juta and rupiah mixed, so it does not.
    const plan = buildFillPlan(models, 'portabel', { overwriteConflicts: true });
    const h2 = plan.cells.find((c) => c.cell === 'H2')!;
    expect(h2).toMatchObject({ status: 'terhalang', value: 0.9 });
    expect(h2.reason).toBe('F2 dan D2 berada di kolom dengan skala berbeda (rupiah penuh, juta — menurut judulnya); rumus atas sel-sel itu akan mencampur satuan. Samakan skalanya, lalu isi lagi.');
  });

  test('the fill plan writes a scaled column’s sums in the column’s unit', () => {
    const { models } = run(fundingGrid(1500, 500, null, ' (Rp juta)'));
    const plan = buildFillPlan(models, 'portabel');
    expect(plan.cells.filter((c) => c.col === 4).map((c) => [c.cell, c.formula, c.value, c.status])).toContainEqual(['E3', 'SUM(E4,E5)', 2000, 'isi']);
  });
});
