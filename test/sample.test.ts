/**
 * Acceptance on the bundled sample (Kecamatan Kartoharjo, Renstra 2025-2029): every table found
 * with its kind and exact range, every defect listed in DOMAIN.md reported at its cell, and no
 * error finding beyond the ones a careful planner confirms.
 */
import type { CheckResult } from '../src/core/check';
import { rangeA1 } from '../src/core/address';
import { at, checkFile, SAMPLE } from './helpers/load';

let result: CheckResult;
beforeAll(async () => {
  result = await checkFile(SAMPLE);
});

test('all six tables are found with the right kinds, exact ranges, header rows and years', () => {
  const tables = result.tables.map((t) => ({
    sheet: t.sheet,
    kind: t.kind,
    range: rangeA1(t.top, t.left, t.bottom, t.right),
    headerRows: t.header.rows.map((r) => r + 1),
    years: t.years,
  }));
  expect(tables).toEqual([
    { sheet: 'Tabel 2.7', kind: 'pencapaian-kinerja', range: 'A4:U10', headerRows: [4, 5, 6], years: [2020, 2021, 2022, 2023, 2024, 2025] },
    { sheet: 'Tabel 2.8', kind: 'anggaran-realisasi', range: 'A4:S15', headerRows: [4, 5], years: [2020, 2021, 2022, 2023, 2024] },
    { sheet: 'Tabel 3.1', kind: 'tujuan-sasaran', range: 'A4:K9', headerRows: [4, 5, 6], years: [2025, 2026, 2027, 2028, 2029, 2030] },
    { sheet: 'Tabel 4.1', kind: 'cascading', range: 'A4:H60', headerRows: [4, 5], years: [] },
    { sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: 'A4:O108', headerRows: [4, 5, 6, 7], years: [2025, 2026, 2027, 2028, 2029, 2030] },
    { sheet: 'Tabel 4.4', kind: 'iku', range: 'A4:K9', headerRows: [4, 5, 6], years: [2025, 2026, 2027, 2028, 2029, 2030] },
  ]);
});

test('Tabel 4.2 page-break header repeats are skipped, the shifted last one included', () => {
  const t = result.tables.find((x) => x.sheet === 'Tabel 4.2')!;
  expect(t.repeats.map((b) => b.rows[0] + 1)).toEqual([15, 24, 34, 42, 50, 58, 65, 76, 85, 94, 104]);
  expect(t.dataRows.map((r) => r + 1)).not.toContain(105);
});

test('Tabel 4.2: the Jumlah row is 12.000.000 short in 2027-2030 and right in 2026', () => {
  const f = result.findings;
  const expected: [string, number, number][] = [
    ['H108', 1984398226, 1972398226],
    ['J108', 2195898226, 2183898226],
    ['L108', 2407898226, 2395898226],
    ['N108', 2619898226, 2607898226],
  ];
  for (const [cell, exp, act] of expected) {
    const hit = at(f, 'Tabel 4.2', cell, 'total.jumlah');
    expect(hit).toHaveLength(1);
    expect(hit[0]).toMatchObject({ severity: 'error', expected: exp, actual: act });
    expect(hit[0].related).toEqual(expect.arrayContaining([`${cell[0]}9`]));
    expect(hit[0].message).toMatch(/kurang Rp 12\.000\.000/);
  }
  expect(at(f, 'Tabel 4.2', 'F108')).toHaveLength(0);
});

test('Tabel 4.2: program, kegiatan and sub kegiatan sums are all right (no total.pagu-induk)', () => {
  expect(result.findings.filter((x) => x.rule === 'total.pagu-induk')).toEqual([]);
});

test('Tabel 4.2: 43 among 4s, a parent target unlike its children, a pagu stored as text', () => {
  expect(at(result.findings, 'Tabel 4.2', 'G39', 'value.pola-target')[0]).toMatchObject({ severity: 'warning', expected: 4, actual: 43 });
  expect(at(result.findings, 'Tabel 4.2', 'D11', 'value.target-induk')[0]).toMatchObject({ severity: 'warning', expected: 20, actual: 18 });
  expect(at(result.findings, 'Tabel 4.2', 'F22', 'value.angka-teks')[0]).toMatchObject({ severity: 'warning', expected: 1344033013, actual: '1.344.033.013.' });
});

test('Tabel 2.7: the 2023 rasio 1,14 where 84,19 / 70 = 1,20, and two ratios without realisasi', () => {
  expect(at(result.findings, 'Tabel 2.7', 'T8', 'ratio.capaian')[0]).toMatchObject({ severity: 'error', expected: 1.2, actual: 1.14 });
  for (const cell of ['U9', 'U10']) {
    const f = at(result.findings, 'Tabel 2.7', cell, 'ratio.tanpa-input')[0];
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/tergeser satu kolom/);
  }
  // The IKM row is right, rounded to two decimals.
  for (const cell of ['Q7', 'R7', 'S7', 'T7', 'U7']) expect(at(result.findings, 'Tabel 2.7', cell)).toEqual([]);
});

test('Tabel 2.8: Total ≠ Σ rows at F15, H15, I15, K15; the wrong 2022 rasio; rasio 2021 without anggaran; growth matching no formula', () => {
  for (const cell of ['F15', 'H15', 'I15', 'K15']) expect(at(result.findings, 'Tabel 2.8', cell, 'total.jumlah')[0]?.severity).toBe('error');
  for (const cell of ['C15', 'D15', 'E15', 'G15', 'J15', 'L15']) expect(at(result.findings, 'Tabel 2.8', cell, 'total.jumlah')).toEqual([]);
  const penunjang = at(result.findings, 'Tabel 2.8', 'O7', 'ratio.anggaran')[0];
  expect(penunjang).toMatchObject({ expected: 0.93, actual: 0.95 });
  expect(penunjang.message).toMatch(/0,9273/);
  for (const row of [7, 11, 12, 13, 14]) expect(at(result.findings, 'Tabel 2.8', `N${row}`, 'ratio.tanpa-input')).toHaveLength(1);
  // Truncated ratios are accepted (P7 = 0,96501 shown 0,96).
  expect(at(result.findings, 'Tabel 2.8', 'P7')).toEqual([]);
  const growth = result.findings.filter((x) => x.sheet === 'Tabel 2.8' && x.rule === 'growth.rata-rata');
  expect(growth.map((g) => g.cell)).toEqual(expect.arrayContaining(['R7', 'S7']));
  expect(growth[0].message).toMatch(/CAGR/);
});

test('Tabel 3.1 and 4.4: IKU targets agree', () => {
  expect(result.findings.filter((f) => f.rule.startsWith('crosstable.'))).toEqual([]);
});

test('every error finding is one a careful planner confirms (exact list)', () => {
  const errors = result.findings.filter((f) => f.severity === 'error').map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
  expect(errors.sort()).toEqual(
    [
      'Tabel 2.7!T8 ratio.capaian',
      'Tabel 2.7!U9 ratio.tanpa-input',
      'Tabel 2.7!U10 ratio.tanpa-input',
      // Tabel 2.8 ratios that match neither rounding nor truncation of realisasi / anggaran.
      'Tabel 2.8!M6 ratio.anggaran',
      'Tabel 2.8!O7 ratio.anggaran',
      'Tabel 2.8!M8 ratio.anggaran',
      'Tabel 2.8!M10 ratio.anggaran',
      'Tabel 2.8!O12 ratio.anggaran',
      'Tabel 2.8!O13 ratio.anggaran',
      'Tabel 2.8!P13 ratio.anggaran',
      'Tabel 2.8!O14 ratio.anggaran',
      'Tabel 2.8!M15 ratio.anggaran',
      'Tabel 2.8!N15 ratio.anggaran',
      'Tabel 2.8!O15 ratio.anggaran',
      'Tabel 2.8!N7 ratio.tanpa-input',
      'Tabel 2.8!N11 ratio.tanpa-input',
      'Tabel 2.8!N12 ratio.tanpa-input',
      'Tabel 2.8!N13 ratio.tanpa-input',
      'Tabel 2.8!N14 ratio.tanpa-input',
      'Tabel 2.8!F15 total.jumlah',
      'Tabel 2.8!H15 total.jumlah',
      'Tabel 2.8!I15 total.jumlah',
      'Tabel 2.8!K15 total.jumlah',
      'Tabel 4.2!H108 total.jumlah',
      'Tabel 4.2!J108 total.jumlah',
      'Tabel 4.2!L108 total.jumlah',
      'Tabel 4.2!N108 total.jumlah',
    ].sort(),
  );
});

test('every finding says what was expected, what was found and why, in Indonesian', () => {
  for (const f of result.findings) {
    expect(f.rule).toMatch(/^(total|ratio|growth|cascade|crosstable|nomenclature|value)\.[a-z-]+$/);
    expect(f.cell).toMatch(/^[A-Z]+\d+$/);
    expect(f.message.length).toBeGreaterThan(40);
    expect(f.message).not.toMatch(/undefined|NaN|\[object/);
  }
});

test('typos in names get the official spelling and code', () => {
  const f = at(result.findings, 'Tabel 4.2', 'A31', 'nomenclature.nama')[0];
  expect(f.expected).toBe('Pendataan dan Pengolahan Administrasi Kepegawaian');
  expect(f.message).toMatch(/X\.XX\.01\.2\.05\.0003/);
});
