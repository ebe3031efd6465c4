/** The RENSTRA spreadsheet functions, host-neutral: table-driven, with the sample's figures. */
import { GROWTH_EDGES, NUMBER_EDGES } from '../../test/helpers/number-edges';
import * as F from './sheet-functions';

const v = (x: F.Out[][] | F.Out) => (Array.isArray(x) ? x[0][0] : x);
const err = (x: F.Out[][] | F.Out) => {
  const e = v(x);
  expect(e).toBeInstanceOf(F.SheetError);
  return e as F.SheetError;
};

describe('RASIO_CAPAIAN / PERSEN_CAPAIAN', () => {
  // Tabel 2.7, IKM 2020-2024: realisasi / target, shown rounded to 2 decimals.
  test.each([
    [77.41, 72.5, 1.07],
    [77.51, 74, 1.05],
    [80.71, 75, 1.08],
    [82.33, 80, 1.03],
    [82.92, 81, 1.02],
  ])('Tabel 2.7 IKM: %d / %d → %d', (r, t, shown) => {
    expect(Math.round((v(F.RASIO_CAPAIAN(r, t)) as number) * 100) / 100).toBe(shown);
  });
  test('DOMAIN worked examples: negative polarity', () => {
    expect(v(F.RASIO_CAPAIAN(6.5, 7, 'negatif'))).toBeCloseTo(1.0714286, 6);
    expect(v(F.PERSEN_CAPAIAN(9, 8, 'negatif'))).toBeCloseTo(87.5, 10);
    expect(v(F.RASIO_CAPAIAN(9, 8, 'negatif-tr'))).toBeCloseTo(8 / 9, 12);
    expect(v(F.RASIO_CAPAIAN(9, 8, ' Negatif '))).toBeCloseTo(0.875, 12);
  });
  test('Indonesian number text is read like ANGKA', () => {
    expect(v(F.RASIO_CAPAIAN('84,19', '70 Nilai'))).toBeCloseTo(84.19 / 70, 12);
    expect(v(F.PERSEN_CAPAIAN('81 %', '100 %'))).toBeCloseTo(81, 10);
  });
  test('blanks give an empty string, not 0', () => {
    expect(v(F.RASIO_CAPAIAN(null, 70))).toBe('');
    expect(v(F.RASIO_CAPAIAN(64, ''))).toBe('');
  });
  test('zero target → #DIV/0!; bad text and bad polaritas → #VALUE! naming the argument', () => {
    expect(err(F.RASIO_CAPAIAN(5, 0)).code).toBe('#DIV/0!');
    expect(err(F.RASIO_CAPAIAN('tinggi', 5)).message).toBe('realisasi: teks "tinggi" bukan angka.');
    expect(err(F.RASIO_CAPAIAN(5, true)).message).toMatch(/^target: nilai logika/);
    expect(err(F.RASIO_CAPAIAN(5, 4, 'turun')).message).toMatch(/^polaritas: "turun" bukan salah satu/);
  });
  test('ranges: a column of realisasi and one of target give a column of ratios; a single value broadcasts', () => {
    expect(F.RASIO_CAPAIAN([[77.41], [77.51], [null]], [[72.5], [74], [75]])).toEqual([[77.41 / 72.5], [77.51 / 74], ['']]);
    expect(F.RASIO_CAPAIAN([[10, 20]], 5)).toEqual([[2, 4]]);
    expect(err(F.RASIO_CAPAIAN([[1], [2]], [[1], [2], [3]])).message).toMatch(/ukuran rentang/);
  });
});

describe('KATEGORI_CAPAIAN', () => {
  test.each([
    [106.77, 'Sangat Tinggi'],
    [90.01, 'Sangat Tinggi'],
    [90, 'Tinggi'],
    [76, 'Tinggi'],
    [75.5, 'Sedang'],
    [66, 'Sedang'],
    [65, 'Rendah'],
    [51, 'Rendah'],
    [50, 'Sangat Rendah'],
  ])('%d → %s', (p, k) => expect(v(F.KATEGORI_CAPAIAN(p))).toBe(k));
});

describe('RASIO_REALISASI', () => {
  test('Tabel 2.8 Penunjang 2022: 1.576.806.550 / 1.700.387.445 = 0,9273', () => {
    expect(v(F.RASIO_REALISASI(1576806550, '1.700.387.445'))).toBeCloseTo(0.92732, 5);
  });
  test('negative anggaran → #VALUE!, zero → #DIV/0!', () => {
    expect(err(F.RASIO_REALISASI(5, -1)).message).toMatch(/anggaran: .*negatif/);
    expect(err(F.RASIO_REALISASI(5, 0)).code).toBe('#DIV/0!');
  });
});

describe('PERTUMBUHAN / RATA_PERTUMBUHAN', () => {
  test('growth between two values', () => {
    expect(v(F.PERTUMBUHAN(1642014563, 1800898226))).toBeCloseTo(0.09676, 5);
    expect(err(F.PERTUMBUHAN(0, 5)).code).toBe('#DIV/0!');
  });
  test('Tabel 2.8 Penunjang anggaran 2022-2024: mean yoy and CAGR, blanks skipped', () => {
    const row = [[null, null, 1700387445, 1677707236, 1518285603]];
    expect(F.RATA_PERTUMBUHAN(row)).toBeCloseTo(-0.054181, 6);
    expect(F.RATA_PERTUMBUHAN(row, 'CAGR')).toBeCloseTo(-0.055063, 6);
  });
  test('one value, a bad method, text → errors', () => {
    expect((F.RATA_PERTUMBUHAN([[5]]) as F.SheetError).code).toBe('#VALUE!');
    expect((F.RATA_PERTUMBUHAN([[5, 6]], 'median') as F.SheetError).message).toMatch(/^metode:/);
    expect((F.RATA_PERTUMBUHAN([[5, -6]], 'cagr') as F.SheetError).code).toBe('#NUM!');
  });
});

describe('NILAI_IKM / MUTU_IKM', () => {
  test('from 9 NRR in a column or a row', () => {
    const nrr = [3.2, 3.1, 3.3, 3, 3.4, 3.2, 3.1, 3.3, 3.2];
    expect(F.NILAI_IKM(nrr.map((x) => [x]))).toBeCloseTo(80, 10);
    expect(F.NILAI_IKM([nrr])).toBeCloseTo(80, 10);
  });
  test('from raw answers (respondents × unsur)', () => {
    expect(F.NILAI_IKM([[4, 3, 3], [2, 3, 4], [null, null, null]])).toBeCloseTo(((3 + 3 + 3.5) / 3) * 25, 10);
    expect((F.NILAI_IKM([[4, 5], [2, 3]]) as F.SheetError).code).toBe('#VALUE!');
  });
  test.each([
    [100, 'A (Sangat Baik)'],
    [88.31, 'A (Sangat Baik)'],
    [88.3, 'B (Baik)'],
    [82.33, 'B (Baik)'],
    [76.61, 'B (Baik)'],
    [76.6, 'C (Kurang Baik)'],
    [65, 'C (Kurang Baik)'],
    [64.99, 'D (Tidak Baik)'],
    [25, 'D (Tidak Baik)'],
  ])('mutu %d → %s', (x, m) => expect(v(F.MUTU_IKM(x))).toBe(m));
  test('outside 25-100 → #VALUE!', () => expect(err(F.MUTU_IKM(101)).code).toBe('#VALUE!'));
});

describe('NILAI_SAKIP / PREDIKAT_SAKIP', () => {
  test('weights 30/30/15/25', () => {
    expect(v(F.NILAI_SAKIP(90, 85, 80, 95))).toBeCloseTo(88.25, 10);
    expect(err(F.NILAI_SAKIP(90, 85, 180, 95)).message).toMatch(/pelaporan/);
  });
  test.each([
    [100, 'AA'],
    [90.01, 'AA'],
    [90, 'A'],
    [89.43, 'A'],
    [80.01, 'A'],
    [80, 'BB'],
    [70.01, 'BB'],
    [60.5, 'B'],
    [50.5, 'CC'],
    [30.5, 'C'],
    [30, 'D'],
    [0, 'D'],
  ])('predikat %d → %s', (x, p) => expect(v(F.PREDIKAT_SAKIP(x))).toBe(p));
});

describe('ANGKA / TOTAL_AKHIR_PERIODE', () => {
  test.each([
    ['1.344.033.013.', 1344033013],
    ['81,50 Skor', 81.5],
    ['100 %', 1],
    [12, 12],
  ])('ANGKA(%p) → %d', (t, n) => expect(v(F.ANGKA(t))).toBe(n));
  test('ANGKA of words → #VALUE!, of a blank → ""', () => {
    expect(err(F.ANGKA('Indeks')).code).toBe('#VALUE!');
    expect(v(F.ANGKA(null))).toBe('');
  });
  test('Tabel 4.2 Program Penunjang 2026-2030 from separate cells', () => {
    expect(F.TOTAL_AKHIR_PERIODE(1642014563, 1800898226, 2000898226, 2200898226, [[2400898226]])).toBe(10045607467);
    expect(F.TOTAL_AKHIR_PERIODE([[100, null, '200']])).toBe(300);
    expect((F.TOTAL_AKHIR_PERIODE([[100, -5]]) as F.SheetError).code).toBe('#VALUE!');
  });
});

describe('numbers at the edges (test/helpers/number-edges.ts, shared with the parser and the rules)', () => {
  test.each(NUMBER_EDGES.map((e) => [e.text, e.value, e.why]))('ANGKA(%p) → %d (%s)', (text, value) => {
    expect(v(F.ANGKA(text))).toBe(value);
    // Every numeric argument reads text the same way.
    expect(v(F.RASIO_REALISASI(text, 1))).toBe(value);
  });

  const row = (series: (number | null)[]) => [series];
  const column = (series: (number | null)[]) => series.map((x) => [x]);
  describe.each(GROWTH_EDGES.map((g) => [g.why, g]))('RATA_PERTUMBUHAN: %s', (_why, g) => {
    test.each([
      ['rata-rata', g.mean],
      ['cagr', g.cagr],
    ] as const)('metode %s → %p', (metode, expected) => {
      for (const range of [row(g.series), column(g.series)]) {
        const out = F.RATA_PERTUMBUHAN(range, metode);
        if (typeof expected === 'number') expect(out).toBeCloseTo(expected, 12);
        else {
          expect(out).toBeInstanceOf(F.SheetError);
          expect((out as F.SheetError).code).toBe(expected);
          // The message names the value by its place in the range and says why.
          expect((out as F.SheetError).message).toMatch(/^deret: nilai ke-\d+ (adalah 0|negatif)/);
        }
      }
    });
  });

  test('the README examples: a blank year is a year, not a zero', () => {
    expect(F.RATA_PERTUMBUHAN([[100, '', 121]])).toBeCloseTo(0.1, 12);
    expect(F.RATA_PERTUMBUHAN([[100, null, 121]], 'cagr')).toBeCloseTo(0.1, 12);
    expect((F.RATA_PERTUMBUHAN([['(100)', 50, 80]]) as F.SheetError).message).toBe('deret: nilai ke-1 negatif (-100): pertumbuhan dari nilai negatif tidak bermakna.');
    expect((F.RATA_PERTUMBUHAN([[100, 0, 50]]) as F.SheetError).message).toMatch(/^deret: nilai ke-2 adalah 0, padahal menjadi pembagi/);
  });

  test('PERTUMBUHAN: a zero base is #DIV/0!, a negative base #NUM!, each with its reason', () => {
    expect(err(F.PERTUMBUHAN(0, 5)).message).toMatch(/adalah 0.*pembagian dengan nol/);
    expect(err(F.PERTUMBUHAN(-5, 5)).code).toBe('#NUM!');
    expect(err(F.PERTUMBUHAN('(5)', 5)).message).toMatch(/negatif \(-5\).*tidak bermakna/);
  });
});
