/**
 * A workbook nobody here wrote (a Dinas PUPR Renstra funding table: "TAHUN 1..5", live parent
 * formulas, codes). The mistakes below were found by the engine, then confirmed by reading the
 * formulas: these tests keep them found, they are not special cases in the engine.
 */
import type { CheckResult } from '../src/core/check';
import { rangeA1 } from '../src/core/address';
import { at, checkFile, REAL } from './helpers/load';

let result: CheckResult;
beforeAll(async () => {
  result = await checkFile(REAL);
});

test('recognised as one program-pendanaan table with relative years 1..5', () => {
  expect(result.tables).toHaveLength(1);
  const t = result.tables[0];
  expect(t.kind).toBe('program-pendanaan');
  expect(rangeA1(t.top, t.left, t.bottom, t.right)).toBe('A1:R96');
  expect(t.years).toEqual([1, 2, 3, 4, 5]);
  expect(t.relativeYears).toBe(true);
});

test('the hierarchy comes from the codes, X.XX and old 1.3.xx forms included', () => {
  const m = result.models[0];
  const byRow = (r: number) => m.entities.find((e) => e.nameRow === r - 1)!;
  expect(byRow(4).level).toBe('program');
  expect(byRow(5).level).toBe('kegiatan');
  expect(byRow(6).level).toBe('subKegiatan');
  expect(byRow(39).level).toBe('program');
  expect(byRow(44).children.map((c) => c.nameRow + 1)).toEqual([45, 46, 47, 48, 49]);
  // Row 56 has no code: it is a sub kegiatan by position under kegiatan 1.3.05.2.01.
  expect(byRow(56).parent?.nameRow).toBe(54);
});

test('a formula cached as 0 stays 0 (exceljs drops <v>0</v>) and is not reported as missing', () => {
  const m = result.models[0];
  const g26 = m.value(25, 6);
  expect(g26.cell?.f).toMatch(/SUM\(G27:G28\)/);
  expect(g26.reading?.value).toBe(0);
  expect(result.findings.filter((f) => f.rule === 'value.rumus-tanpa-nilai')).toEqual([]);
});

test('program SDA: parent formulas refer to #REF!, so its pagu shows empty while its kegiatan sum to billions', () => {
  for (const col of ['H', 'J', 'L', 'N', 'P']) {
    const f = at(result.findings, 'RENSTRA', `${col}39`, 'total.pagu-induk')[0];
    expect(f.severity).toBe('error');
    expect(f.actual).toBeNull();
    expect(f.related).toEqual([`${col}40`, `${col}44`]);
    expect(f.message).toMatch(/#REF!/);
  }
  expect(at(result.findings, 'RENSTRA', 'H39', 'total.pagu-induk')[0].expected).toBe(5451167913 + 8878500000); // H40 + H44 as written (H44 is itself reported)
  expect(at(result.findings, 'RENSTRA', 'G39', 'value.rumus-rusak')).toHaveLength(1);
});

test('kegiatan irigasi sums H47:H49 and leaves out two of its five sub kegiatan, every year', () => {
  for (const col of ['H', 'J', 'L', 'N', 'P']) {
    const f = at(result.findings, 'RENSTRA', `${col}44`, 'total.pagu-induk')[0];
    expect(f).toMatchObject({ severity: 'error', expected: 20336300000, actual: 8878500000 });
  }
});

test('kegiatan RTRW year 1 sums only its first sub kegiatan (=SUM(H86))', () => {
  expect(at(result.findings, 'RENSTRA', 'H85', 'total.pagu-induk')[0]).toMatchObject({ expected: 2335018750, actual: 629235750 });
  expect(at(result.findings, 'RENSTRA', 'J85', 'total.pagu-induk')).toEqual([]);
});

test('a sub kegiatan coded 1.3.08… sits under kegiatan 1.3.09.2.01', () => {
  expect(at(result.findings, 'RENSTRA', 'B65', 'cascade.kode-induk')[0]).toMatchObject({ severity: 'error', actual: '1.3.08.2.01.0021' });
});

test('funded sub kegiatan without targets are warned, not called errors', () => {
  const f = at(result.findings, 'RENSTRA', 'G72', 'value.pagu-tanpa-target')[0];
  expect(f.severity).toBe('warning');
  expect(f.related).toEqual(['H72', 'J72', 'L72', 'N72', 'P72']);
});

test('urusan and bidang heading rows without pagu are not errors', () => {
  expect(result.findings.filter((f) => /^[A-Z]+[23]$/.test(f.cell))).toEqual([]);
});

test('every error is one of the confirmed mistakes', () => {
  const errors = new Set(result.findings.filter((f) => f.severity === 'error').map((f) => `${f.cell} ${f.rule}`));
  const expected = new Set([
    ...['G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P'].map((c) => `${c}39 value.rumus-rusak`),
    ...['H', 'J', 'L', 'N', 'P'].map((c) => `${c}39 total.pagu-induk`),
    ...['H', 'J', 'L', 'N', 'P'].map((c) => `${c}44 total.pagu-induk`),
    'H85 total.pagu-induk',
    'B65 cascade.kode-induk',
  ]);
  expect([...errors].sort()).toEqual([...expected].sort());
});
