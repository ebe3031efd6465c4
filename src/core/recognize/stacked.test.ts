/**
 * A T-C.27 that stacks a "Target" row and an "Rp" row under each entity: recognised with a target and
 * a pagu per year, checked and filled on the cells the planner sees.
 */
import { checkWorkbook } from '../check';
import { buildFillPlan } from '../fill/plan';
import { sheetFromValues } from '../grid';
import { SECOND_MEASURE } from '../address';

type Row = (string | number | null)[];

/** Header, then per entity a target row and an Rp row — name and code repeated, no merged cells, no heading over the label column. */
function stackedSheet(paguOf: (code: string) => number[] = defaultPagu): ReturnType<typeof sheetFromValues> {
  const rows: Row[] = [
    ['Tabel 4.2 Rencana Program, Kegiatan dan Pendanaan Kecamatan Kartoharjo'],
    [],
    ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Satuan', null, '2025', '2026', '2027', 'Akhir Periode'],
  ];
  const entity = (code: string, name: string, indicator: string, targets: number[]) => {
    const pagu = paguOf(code);
    rows.push([code, name, indicator, '%', 'Target', ...targets, targets[targets.length - 1]]);
    rows.push([code, name, indicator, '%', 'Rp', ...pagu, pagu.reduce((a, b) => a + b, 0)]);
  };
  entity('7.01.02', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 'Indeks Kepuasan Masyarakat', [80, 81, 82]);
  entity('7.01.02.2.01', 'Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat', 'Persentase Urusan yang Dilaksanakan', [90, 92, 95]);
  entity('7.01.02.2.01.0001', 'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan', 'Jumlah Dokumen', [4, 4, 4]);
  entity('7.01.02.2.01.0002', 'Pelaksanaan Kegiatan Pelayanan Administrasi Terpadu Kecamatan', 'Jumlah Layanan', [12, 12, 12]);
  const total = defaultPagu('7.01.02');
  rows.push([null, 'Jumlah', null, null, 'Rp', ...total, total.reduce((a, b) => a + b, 0)]);
  return sheetFromValues('Tabel 4.2', rows);
}

function defaultPagu(code: string): number[] {
  const subs: Record<string, number[]> = { '7.01.02.2.01.0001': [100, 110, 120], '7.01.02.2.01.0002': [200, 210, 220] };
  if (subs[code]) return subs[code];
  return [300, 320, 340];
}

test('target and Rp rows under each entity are read as one entity with a target and a pagu for every year', () => {
  const { tables, models, findings } = checkWorkbook({ sheets: [stackedSheet()] });
  expect(tables).toHaveLength(1);
  const [t] = tables;
  expect(t.kind).toBe('program-pendanaan');
  expect(t.stacked).toEqual({ col: 4, paguRows: [4, 6, 8, 10, 11] });
  const roles = (role: string) => t.columns.filter((c) => c.role === role).map((c) => `${c.col % SECOND_MEASURE}${c.col >= SECOND_MEASURE ? "'" : ''}@${c.year ?? ''}`);
  expect(roles('target')).toEqual(['5@2025', '6@2026', '7@2027']);
  expect(roles('pagu')).toEqual(["5'@2025", "6'@2026", "7'@2027"]);
  expect(roles('akhir-target')).toEqual(['8@']);
  expect(roles('akhir-pagu')).toEqual(["8'@"]);
  // Four entities, not eight: the Rp row repeating code and name is the same entity's second row.
  const [m] = models;
  expect(m.entities.map((e) => `${e.code} ${e.level} ${e.rows.map((r) => r + 1).join('+')}`)).toEqual([
    '7.01.02 program 4+5',
    '7.01.02.2.01 kegiatan 6+7',
    '7.01.02.2.01.0001 subKegiatan 8+9',
    '7.01.02.2.01.0002 subKegiatan 10+11',
  ]);
  expect(findings).toEqual([]);
});

test('a parent pagu that is not the sum of its children is reported on its Rp row, the children named by their Rp cells', () => {
  const sheet = stackedSheet((code) => (code === '7.01.02.2.01' ? [300, 321, 340] : defaultPagu(code)));
  const { findings } = checkWorkbook({ sheets: [sheet] });
  const induk = findings.filter((f) => f.rule === 'total.pagu-induk');
  expect(induk.map((f) => [f.cell, f.expected, f.actual, f.related])).toEqual([
    // The program's 320 is right for the kegiatan as they should be; against the 321 written, 1 short.
    ['G5', 321, 320, ['G7']],
    ['G7', 320, 321, ['G9', 'G11']],
  ]);
  expect(induk[1].message).toContain('(G9 + G11)');
  // The targets (80, 81 …) are never taken for money, nor the money for targets.
  expect(findings.filter((f) => f.rule !== 'total.pagu-induk' && f.rule !== 'total.akhir-periode-pagu')).toEqual([]);
});

test('fill writes each parent pagu as the SUM of its children’s Rp cells, in the sheet columns, and the targets stay targets', () => {
  const blank = stackedSheet();
  // Clear the kegiatan's and the program's Rp cells and the Jumlah row: fill computes them.
  for (const r of [4, 6, 11]) for (const c of [5, 6, 7, 8]) blank.rows[r][c] = undefined;
  const { models } = checkWorkbook({ sheets: [blank] });
  const plan = buildFillPlan(models, 'portabel');
  expect(plan.cells.every((c) => c.col < SECOND_MEASURE)).toBe(true);
  const at = (cell: string) => plan.cells.find((c) => c.cell === cell);
  expect(at('F7')).toMatchObject({ col: 5, row: 6, kind: 'pagu-induk', formula: 'SUM(F9,F11)', value: 300, status: 'isi' });
  expect(at('F5')).toMatchObject({ kind: 'pagu-induk', formula: 'SUM(F7)', value: 300 });
  expect(at('I7')).toMatchObject({ kind: 'akhir-pagu', formula: 'SUM(F7,G7,H7)', value: 960 });
  expect(at('F12')).toMatchObject({ kind: 'jumlah', formula: 'SUM(F5)', value: 300 });
  // The end-of-period target reads the target row; no pagu formula lands on a target row.
  expect(at('I6')).toMatchObject({ kind: 'akhir-target', formula: 'IF(H6="","",H6)' });
  const targetRows = new Set([3, 5, 7, 9]);
  expect(plan.cells.filter((c) => targetRows.has(c.row) && c.kind !== 'akhir-target')).toEqual([]);
});

test('a satuan column saying "Rp" on some rows is no stack of measures', () => {
  const sheet = sheetFromValues('IKU', [
    ['Indikator Kinerja Utama', 'Satuan', '2025', '2026', '2027'],
    ['Pendapatan Asli Daerah', 'Rp', 100, 110, 120],
    ['Indeks Kepuasan Masyarakat', 'Indeks', 80, 81, 82],
    ['Realisasi Pajak Daerah', 'Rp', 50, 55, 60],
  ]);
  const { tables } = checkWorkbook({ sheets: [sheet] });
  expect(tables.every((t) => !t.stacked && t.columns.every((c) => c.col < SECOND_MEASURE))).toBe(true);
});

describe('the stack as other offices write it', () => {
  type Variant = 'rp-first' | 'satuan' | 'uraian-mid';
  /** Four entities; the program's 2027 pagu is 341 where its kegiatan adds to 340. */
  function build(variant: Variant) {
    const rows: Row[] = [['Tabel 4.2 Rencana Program, Kegiatan dan Pendanaan'], []];
    if (variant === 'uraian-mid') rows.push(['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Uraian', 'Indikator', 'Satuan', '2025', '2026', '2027', 'Akhir Periode']);
    else rows.push(['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Satuan', ...(variant === 'satuan' ? [] : ['Uraian']), '2025', '2026', '2027', 'Akhir Periode']);
    const entity = (code: string, name: string, indicator: string, t: number[], p: number[]) => {
      const T = [...t, t[2]];
      const P = [...p, p[0] + p[1] + p[2]];
      if (variant === 'rp-first') {
        rows.push([code, name, indicator, '%', 'Rp', ...P], [null, null, null, null, 'Target', ...T]);
      } else if (variant === 'satuan') {
        // The satuan column says the target's unit on the target row and "Rp" on the money row.
        rows.push([code, name, indicator, '%', ...T], [null, null, null, 'Rp', ...P]);
      } else {
        rows.push([code, name, 'Target', indicator, '%', ...T], [null, null, 'Rp', null, null, ...P]);
      }
    };
    entity('7.01.02', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 'Indeks Kepuasan Masyarakat', [80, 81, 82], [300, 320, 341]);
    entity('7.01.02.2.01', 'Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat', 'Persentase Urusan yang Dilaksanakan', [90, 92, 95], [300, 320, 340]);
    entity('7.01.02.2.01.0001', 'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan', 'Jumlah Dokumen', [4, 4, 4], [100, 110, 120]);
    entity('7.01.02.2.01.0002', 'Pelaksanaan Kegiatan Pelayanan Administrasi Terpadu Kecamatan', 'Jumlah Layanan', [12, 12, 12], [200, 210, 220]);
    return sheetFromValues('Tabel 4.2', rows);
  }

  test.each([
    ['rp-first', 'the Rp row above the Target row', [3, 5, 7, 9], 'H4'],
    ['satuan', 'no label column: the satuan column says "Rp" on the money row', [4, 6, 8, 10], 'G5'],
    ['uraian-mid', 'the label column between name and indicator', [4, 6, 8, 10], 'H5'],
  ] as const)('%s (%s): one error, on the program’s 2027 Rp cell', (variant, _what, paguRows, cell) => {
    const { tables, models, findings } = checkWorkbook({ sheets: [build(variant)] });
    expect(tables.map((t) => t.kind)).toEqual(['program-pendanaan']);
    expect(tables[0].stacked?.paguRows).toEqual(paguRows);
    expect(models[0].entities.map((e) => e.level)).toEqual(['program', 'kegiatan', 'subKegiatan', 'subKegiatan']);
    expect(findings.map((f) => `${f.rule} ${f.cell} ${f.expected} ${f.actual}`)).toEqual([`total.pagu-induk ${cell} 340 341`]);
  });
});
