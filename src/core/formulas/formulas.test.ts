import {
  cagr,
  FormulaError,
  kategoriCapaian,
  meanGrowth,
  mutuIkm,
  nilaiIkm,
  nilaiIkmDariJawaban,
  nilaiSakip,
  persenCapaian,
  pertumbuhan,
  polarityOfIndicator,
  predikatSakip,
  rasioCapaian,
  rasioRealisasi,
  shownMatches,
} from '.';

describe('capaian', () => {
  test('positive polarity: R / T (Tabel 2.7 IKM 2020: 77,41 / 72,50)', () => {
    expect(rasioCapaian(77.41, 72.5)).toBeCloseTo(1.0677, 4);
  });
  test('negative polarity, PermenPANRB 6/2022: 2 − R/T (T 7, R 6,5 → 107%)', () => {
    expect(persenCapaian(6.5, 7, 'negatif')).toBeCloseTo(107.142857, 5);
  });
  test('negative polarity, T/R alternative (T 8, R 9 → 87,5%)', () => {
    expect(persenCapaian(9, 8, 'negatif-tr')).toBeCloseTo(88.888889, 5);
    expect(persenCapaian(9, 8, 'negatif')).toBeCloseTo(87.5, 10);
  });
  test.each([
    ['Angka Kematian Ibu', 'negatif'],
    ['Persentase Balita Stunting', 'negatif'],
    ['Jumlah Pelanggaran Perda', 'negatif'],
    // Handling a lower-is-better subject is higher-is-better.
    ['Persentase Penyelesaian Pelanggaran Perda dan Perkada', 'positif'],
    ['Penurunan Angka Kemiskinan', 'positif'],
    ['Persentase Temuan BPK yang Ditindaklanjuti', 'positif'],
    ['Persentase Kawasan Kumuh yang Tertangani', 'positif'],
    ['Indeks Kepuasan Masyarakat', 'positif'],
    // A handling word after the subject does not turn it: "Kematian … penanganan" stays lower-is-better.
    ['Angka Kematian Pasien dalam Penanganan Gawat Darurat', 'negatif'],
  ] as const)('polarity of "%s": %s', (name, polarity) => {
    expect(polarityOfIndicator(name)).toBe(polarity);
  });
  test('zero denominators are #DIV/0!', () => {
    expect(() => rasioCapaian(1, 0)).toThrow(FormulaError);
    try {
      rasioRealisasi(5, 0);
    } catch (e) {
      expect((e as FormulaError).excelError).toBe('#DIV/0!');
    }
  });
  test.each([
    [90.01, 'Sangat Tinggi'],
    [90, 'Tinggi'],
    [76, 'Tinggi'],
    [75.99, 'Sedang'],
    [66, 'Sedang'],
    [65.9, 'Rendah'],
    [51, 'Rendah'],
    [50, 'Sangat Rendah'],
  ])('kategori %d → %s', (p, k) => expect(kategoriCapaian(p)).toBe(k));
});

describe('growth', () => {
  test('mean year-on-year growth and CAGR', () => {
    expect(meanGrowth([100, 110, 121])).toBeCloseTo(0.1, 12);
    expect(cagr([100, 110, 121])).toBeCloseTo(0.1, 12);
    expect(meanGrowth([100, 200, 100])).toBeCloseTo(0.25, 12);
    expect(cagr([100, 200, 100])).toBeCloseTo(0, 12);
    expect(pertumbuhan(80, 100)).toBeCloseTo(0.25, 12);
  });
  test('one value is not a series', () => {
    expect(() => meanGrowth([5])).toThrow(FormulaError);
  });
  test('a blank year is a year: steps count the years they span', () => {
    expect(meanGrowth([100, 121], [2020, 2022])).toBeCloseTo(0.1, 12);
    expect(cagr([100, 121], [2020, 2022])).toBeCloseTo(0.1, 12);
    expect(meanGrowth([100, 200, 200], [0, 1, 3])).toBeCloseTo(1 / 3, 12);
    expect(() => meanGrowth([100, 121], [2022, 2020])).toThrow(FormulaError);
  });
  test('a zero base is #DIV/0!, a negative base #NUM!, with the offending value', () => {
    expect(() => pertumbuhan(0, 5)).toThrow(expect.objectContaining({ excelError: '#DIV/0!' }));
    expect(() => pertumbuhan(-5, 5)).toThrow(expect.objectContaining({ excelError: '#NUM!', message: 'Nilai awal negatif (-5): pertumbuhan dari nilai negatif tidak bermakna.' }));
    expect(() => meanGrowth([100, 50, -10, 20])).toThrow(expect.objectContaining({ excelError: '#NUM!', index: 2 }));
    expect(() => cagr([100, 50, -10])).toThrow(expect.objectContaining({ excelError: '#NUM!', message: expect.stringMatching(/^Nilai terakhir negatif/) }));
  });
});

describe('IKM (PermenPANRB 14/2017)', () => {
  test('Σ(NRR × 1/9) × 25', () => {
    expect(nilaiIkm([3.2, 3.1, 3.3, 3.0, 3.4, 3.2, 3.1, 3.3, 3.2])).toBeCloseTo(3.2 * 25, 10);
  });
  test('from raw responses', () => {
    expect(nilaiIkmDariJawaban([[4, 3], [2, 3]])).toBeCloseTo(75, 10);
  });
  test.each([
    [88.31, 'A (Sangat Baik)'],
    [88.3, 'B (Baik)'],
    [76.61, 'B (Baik)'],
    [76.6, 'C (Kurang Baik)'],
    [65, 'C (Kurang Baik)'],
    [64.99, 'D (Tidak Baik)'],
  ])('mutu %d → %s', (v, m) => expect(mutuIkm(v)).toBe(m));
});

describe('SAKIP (PermenPANRB 88/2021)', () => {
  test('weights 30/30/15/25', () => {
    expect(nilaiSakip(100, 100, 100, 100)).toBe(100);
    expect(nilaiSakip(80, 70, 60, 90)).toBeCloseTo(24 + 21 + 9 + 22.5, 10);
  });
  test.each([
    [90.01, 'AA'],
    [90, 'A'],
    [80.01, 'A'],
    [80, 'BB'],
    [70, 'B'],
    [60, 'CC'],
    [50, 'C'],
    [30, 'D'],
  ])('predikat %d → %s', (v, p) => expect(predikatSakip(v)).toBe(p));
});

describe('shownMatches: rounded or truncated to the shown decimals', () => {
  test('rounded', () => expect(shownMatches(1.07, 1.0677, 2)).toBe('dibulatkan'));
  test('truncated (Tabel 2.8 style)', () => expect(shownMatches(0.96, 0.96501, 2)).not.toBeNull());
  test('truncated only', () => expect(shownMatches(0.99, 0.99962, 2)).toBe('dipotong'));
  test('neither', () => expect(shownMatches(1.14, 1.2027, 2)).toBeNull());
  test('floating noise does not break an exact match', () => expect(shownMatches(0.3, 0.1 + 0.2, 2)).toBe('dibulatkan'));
});
