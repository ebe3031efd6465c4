/**
 * Revised and transitional Renstra tables, as offices write them when the plan changes or the
 * period is not the usual five years:
 *
 * - Renstra Perubahan (Permendagri 86/2017 Pasal 342-344: a Renstra is changed when the RPJMD is
 *   changed): T-C.27 with "Semula | Menjadi" per year, or a "Sebelum Perubahan" block beside a
 *   "Setelah Perubahan" block with "Alasan Perubahan"; T-C.25 targets "Semula | Menjadi" and an IKU
 *   table that must follow the revised ("Menjadi") targets; a T-C.24 with the APBD murni and the
 *   APBD perubahan, whose rasio is taken against the budget after the change.
 * - Periods other than five years: a Renstra 2021-2026 of six years (RPJMD 2021-2026), a Renstra
 *   Transisi 2024-2026 under an RPD (Inmendagri 52/2022), and a two-year Renstra Transisi 2025-2026.
 * - Funding split by sumber dana per year (APBD | DAK | Bankeu Provinsi | Jumlah): Jumlah is the
 *   year's pagu and must equal the sources; every money column sums up the hierarchy.
 * - Bab II evaluation of the previous Renstra: Target | Realisasi | Tingkat Capaian per year and
 *   a final "Capaian Akhir Periode".
 * - A T-C.27 with quarterly targets for its first year; T-C.25/IKU with both "Kondisi Awal" and
 *   "Target Akhir RPJMD"; a T-C.27 with "Pagu Indikatif Tahun 2026 (Rp)" and "Prakiraan Maju
 *   2027-2030".
 *
 * Expectations follow the regulation's forms (Permendagri 86/2017 T-C.23 … T-C.27) and planners'
 * practice, not what the engine does. Where a pair of columns is a plan of its own (Semula and
 * Menjadi), both pairs are read as that year's target and pagu, both must add up, and a mistake is
 * named in the pair that holds it.
 */
import { type FundingColumns, type Item, type Node, type Num, I, fundingRoles, mapTree, renderFunding, sub } from '../funding';
import { type Layout, type RoleSpec, type SheetBuilder as SB, type V, SheetBuilder, b, letters, meanGrowth, numbers, round, shift, workbook, yearRoles, years } from '../kit';
import { jalan, kominfo, penunjang, sda } from '../data';
import { jt, kecamatanFull, kesehatan, keuangan, penunjangFull, sosial, trantibum } from '../agencies';
import { entities, tc27, titles } from '../sheets';

/** Built here; split at the end of the file into the corpus's layouts and the pending ones. */
const built: Layout[] = [];

// =============================================================================================
// Helpers

const M = 1_000_000;
const k1000 = (x: number): number => Math.round(x / 1000) * 1000;

/** A bold heading over a range (or one cell). */
function head(sb: SB, ref: string, label: string | number): void {
  sb.mergeText(ref, b(label));
}

/** Percentage r / t × 100, rounded to 2 decimals. */
const pct = (r: number, t: number): number => round((r / t) * 100, 2);

/** Σ of the leaf pagu under a node in a year (index). */
function leafSum(n: Node, y: number): number {
  const kids = n.kids.filter((k): k is Node => k.kind === 'node');
  return kids.length ? kids.reduce((s, k) => s + leafSum(k, y), 0) : (n.pagu?.[y] ?? 0);
}

/** Σ of every program's leaves in a year. */
const planSum = (items: Item[], y: number): number => items.reduce((s, it) => s + (it.kind === 'node' ? leafSum(it, y) : 0), 0);

/** A copy of a plan with `f` applied to every node. */
const editPlan = (items: Item[], f: (n: Node) => Node): Item[] => items.map((it) => (it.kind === 'node' ? mapTree(it, f) : it));

/** A copy of a plan whose leaves' pagu are replaced by `f` (per leaf). */
const leafPagu = (items: Item[], f: (n: Node) => number[]): Item[] => editPlan(items, (n) => (n.pagu && !n.kids.some((k) => k.kind === 'node') ? { ...n, pagu: f(n) } : n));

/** The node with a key (code) in a plan. */
function nodeOf(items: Item[], key: string): Node {
  const n = entities(items).find((x) => x.key === key);
  if (!n) throw new Error(`no node ${key}`);
  return n;
}

/** Role map of a list of columns with one role per year. */
function perYear(role: 'target' | 'pagu' | 'realisasi' | 'rasio', cols: string[], ys: number[]): Record<string, RoleSpec> {
  return yearRoles(role, cols, ys);
}

// =============================================================================================
// 1. Renstra Perubahan T-C.27: each year "Semula {Target | Rp} | Menjadi {Target | Rp}"

{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Sosial Kabupaten Blitar Tahun 2021-2026 (Perubahan)']);
  const ys = years(2022, 5);
  head(sb, 'A4:A7', 'Kode');
  head(sb, 'B4:B7', 'Program/Kegiatan/Sub Kegiatan');
  head(sb, 'C4:C7', 'Indikator Kinerja Program (Outcome)/Kegiatan (Output)/Sub Kegiatan (Output)');
  head(sb, 'D4:D7', 'Satuan');
  head(sb, 'E4:E7', 'Kondisi Kinerja Awal RPJMD (Tahun 2021)');
  head(sb, 'F4:Y4', 'Target Kinerja Program dan Kerangka Pendanaan');
  const semT: string[] = [];
  const semR: string[] = [];
  const menT: string[] = [];
  const menR: string[] = [];
  ys.forEach((y, i) => {
    const c = shift('F', 4 * i);
    head(sb, `${c}5:${shift(c, 3)}5`, y);
    head(sb, `${c}6:${shift(c, 1)}6`, 'Semula');
    head(sb, `${shift(c, 2)}6:${shift(c, 3)}6`, 'Menjadi');
    sb.put(`${c}7`, [b('Target'), b('Rp'), b('Target'), b('Rp')]);
    semT.push(c);
    semR.push(shift(c, 1));
    menT.push(shift(c, 2));
    menR.push(shift(c, 3));
  });
  head(sb, 'Z4:AC5', 'Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah');
  head(sb, 'Z6:AA6', 'Semula');
  head(sb, 'AB6:AC6', 'Menjadi');
  sb.put('Z7', [b('Target'), b('Rp'), b('Target'), b('Rp')]);
  head(sb, 'AD4:AD7', 'Unit Kerja Perangkat Daerah Penanggung Jawab');
  sb.put('A8', numbers(30, 'plain'));

  const semula: Item[] = [penunjang('1.06', 0.5, 'small'), ...sosial(0.8)];
  // The change (2024-2026, years 2..4): permakanan raised and its target (and its kegiatan's, 560 → 600) with it, bansos cut, Tagana raised in 2026.
  const menjadi = editPlan(semula, (n) => {
    if (n.key === '1.06.04.2.01.0001') return { ...n, pagu: n.pagu!.map((v, y) => (y >= 2 ? k1000(v * 1.15) : v)), ind: [{ ...n.ind[0], t: n.ind[0].t.map((t, y) => (y >= 2 ? 380 : t)) }] };
    if (n.key === '1.06.04.2.01') return { ...n, ind: [{ ...n.ind[0], t: n.ind[0].t.map((t, y) => (y >= 2 ? 600 : t)) }] };
    if (n.key === '1.06.05.2.02.0006') return { ...n, pagu: n.pagu!.map((v, y) => (y >= 3 ? k1000(v * 0.8) : v)) };
    if (n.key === '1.06.06.2.02.0006') return { ...n, pagu: n.pagu!.map((v, y) => (y === 4 ? v + 10 * M : v)) };
    if (n.key === '1.06.04') return { ...n, ind: [{ ...n.ind[0], t: n.ind[0].t.map((t, y) => (y >= 2 ? Number(t) + 1 : t)) }] };
    return n;
  });
  const common = { bold: { program: true }, unitText: 'Dinas Sosial', jumlah: { label: 'JUMLAH', labelCol: 'B' } };
  const fs = renderFunding(sb, 9, semula, { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: semT, pagu: semR, akhirTarget: 'Z', akhirPagu: 'AA', unit: 'AD' }, common);
  // Planted (Menjadi): the kegiatan Rehabilitasi Sosial Dasar 2025 still holds its Semula sum after its permakanan was raised.
  const kegKey = '1.06.04.2.01';
  const stale = leafSum(nodeOf(semula, kegKey), 3) - leafSum(nodeOf(menjadi, kegKey), 3);
  const fm = renderFunding(sb, 9, menjadi, { name: 'B', target: menT, pagu: menR, akhirTarget: 'AB', akhirPagu: 'AC' }, { ...common, paguDelta: [{ key: kegKey, year: 3, delta: stale }] });
  // Planted (Semula): the end-of-period Rp of Pendataan Fakir Miskin summed 2022-2025 only.
  const fakir = '1.06.05.2.02.0001';
  const fakirRow = fs.row(fakir);
  sb.set(`AA${fakirRow}`, { v: [0, 1, 2, 3].reduce((s, y) => s + fs.pagu(fakir, y), 0), fmt: '#,##0' });
  const roles: Record<string, RoleSpec> = {
    A: 'code',
    B: 'name',
    C: 'indicator',
    D: 'satuan',
    E: 'baseline',
    ...yearRoles('target', semT, ys),
    ...yearRoles('pagu', semR, ys),
    ...yearRoles('target', menT, ys),
    ...yearRoles('pagu', menR, ys),
    Z: 'akhir-target',
    AA: 'akhir-pagu',
    AB: 'akhir-target',
    AC: 'akhir-pagu',
    AD: 'notes',
  };
  built.push({
    id: 'rv-perubahan-tc27-semula-menjadi',
    viaXlsx: true,
    description:
      'Renstra Perubahan 2021-2026 (Dinas Sosial) T-C.27: each year 2022-2026 over "Semula {Target | Rp} | Menjadi {Target | Rp}", the end-of-period pair likewise, four header rows and a 1 2 3 … row. Semula is the plan as first signed, Menjadi the plan in force; both are whole plans, so both must add up (parent = Σ children, JUMLAH = Σ programs, akhir Rp = Σ of its own pair\'s years). Planted: (Menjadi) the kegiatan Rehabilitasi Sosial Dasar 2025 keeps its Semula sum after the permakanan sub kegiatan was raised; (Semula) the akhir Rp of Pendataan Fakir Miskin omits 2026',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:AD${fm.last}`, headerRows: [4, 5, 6, 7, 8], roles }],
    findings: [
      { rule: 'total.pagu-induk', cell: fm.cell(kegKey, 'pagu', 3) },
      { rule: 'total.akhir-periode-pagu', cell: `AA${fakirRow}` },
    ],
  });
}

// =============================================================================================
// 2. Renstra Perubahan T-C.27 of the remaining years: a "Sebelum Perubahan" block beside a
//    "Setelah Perubahan" block, an "Alasan Perubahan" column, a sub kegiatan added by the change

{
  const sb = new SheetBuilder('Renstra Perubahan');
  titles(sb, 1, ['Tabel 5.1', 'Perubahan Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Kecamatan Sukorejo Tahun 2024-2026']);
  const ys = years(2024, 3);
  head(sb, 'A4:A6', 'Kode');
  head(sb, 'B4:B6', 'Program/Kegiatan/Sub Kegiatan');
  head(sb, 'C4:C6', 'Indikator Kinerja');
  head(sb, 'D4:D6', 'Satuan');
  head(sb, 'E4:E6', 'Kondisi Kinerja Awal (2023)');
  head(sb, 'F4:K4', 'Target Kinerja dan Pagu Indikatif Sebelum Perubahan');
  head(sb, 'L4:Q4', 'Target Kinerja dan Pagu Indikatif Setelah Perubahan');
  const befT = letters('F', 3, 2);
  const befR = letters('G', 3, 2);
  const aftT = letters('L', 3, 2);
  const aftR = letters('M', 3, 2);
  [...befT, ...aftT].forEach((c, i) => {
    head(sb, `${c}5:${shift(c, 1)}5`, ys[i % 3]);
    sb.put(`${c}6`, [b('Target'), b('Pagu (Rp)')]);
  });
  head(sb, 'R4:R6', 'Alasan Perubahan');
  head(sb, 'S4:S6', 'Perangkat Daerah Penanggung Jawab');
  sb.put('A7', numbers(19, 'paren'));

  const added = '7.01.03.2.01.0002';
  const addedName = 'Sinkronisasi Program Kerja dan Kegiatan Pemberdayaan Masyarakat yang Dilakukan oleh Pemerintah dan Swasta di Wilayah Kerja Kecamatan';
  const addedInd = 'Jumlah Dokumen Sinkronisasi Program Kerja dan Kegiatan Pemberdayaan Masyarakat yang Dilakukan oleh Pemerintah dan Swasta di Wilayah Kerja Kecamatan';
  const withAdded = (pagu: number[], t: Num[]): Item[] =>
    editPlan([penunjang('7.01', 0.45, 'small'), ...kecamatanFull(0.9, 3)], (n) =>
      n.key === '7.01.03.2.01' ? { ...n, kids: [...n.kids.slice(0, 1), sub(added, addedName, I(addedInd, 'Dokumen', '-', t), pagu), ...n.kids.slice(1)] } : n,
    );
  const before = withAdded([0, 0, 0], ['-', '-', '-']);
  const after0 = withAdded(jt(12.5, 1, 3), [1, 1, 1]);
  const after = editPlan(after0, (n) => {
    if (n.key === '7.01.02.2.04.0001') return { ...n, pagu: n.pagu!.map((v, y) => (y >= 1 ? k1000(v * 0.75) : v)) };
    if (n.key === '7.01.04.2.01.0001') return { ...n, pagu: n.pagu!.map((v, y) => (y >= 1 ? v + 6 * M : v)) };
    return n;
  });
  const common = { bold: { program: true }, unitText: 'Kecamatan Sukorejo', jumlah: { label: 'JUMLAH', labelCol: 'B' } };
  const fb = renderFunding(sb, 8, before, { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: befT, pagu: befR, unit: 'S' }, { ...common, blank: [0, 1, 2].map((year) => ({ key: added, year })) });
  // Planted: the kegiatan's 2025 SUM range not widened over the added sub kegiatan (program and JUMLAH sum the kegiatan shown).
  const kegKey = '7.01.03.2.01';
  const missed = nodeOf(after, added).pagu![1];
  // Planted: the 2026 JUMLAH of the block after the change still shows the JUMLAH before it.
  const stale = planSum(before, 2) - planSum(after, 2);
  const fa = renderFunding(sb, 8, after, { name: 'B', target: aftT, pagu: aftR }, { ...common, paguDelta: [{ key: kegKey, year: 1, delta: -missed }], jumlahDelta: [{ year: 2, delta: stale }] });
  sb.set(`R${fb.row(added)}`, 'Sub kegiatan baru (pemutakhiran nomenklatur)');
  sb.set(`R${fb.row('7.01.02.2.04.0001')}`, 'Penyesuaian kebutuhan layanan non perizinan');
  sb.set(`R${fb.row('7.01.04.2.01.0001')}`, 'Penambahan patroli bersama menjelang Pilkada');
  built.push({
    id: 'rv-perubahan-tc27-blok-sebelum-setelah',
    description:
      'Kecamatan Renstra Perubahan for the remaining years 2024-2026: "Target Kinerja dan Pagu Indikatif Sebelum Perubahan" (each year Target | Pagu (Rp)) beside "… Setelah Perubahan", then "Alasan Perubahan" and the PD column, (1)…(19). A sub kegiatan added by the change has "-" and no pagu before it. Both blocks are whole plans and must add up. Planted (Setelah): the kegiatan Koordinasi Kegiatan Pemberdayaan Desa 2025 leaves out the added sub kegiatan; the 2026 JUMLAH still shows the JUMLAH before the change',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Renstra Perubahan',
        kind: 'program-pendanaan',
        range: `A4:S${fa.last}`,
        headerRows: [4, 5, 6, 7],
        roles: { A: 'code', B: 'name', C: 'indicator', D: 'satuan', E: 'baseline', ...perYear('target', befT, ys), ...perYear('pagu', befR, ys), ...perYear('target', aftT, ys), ...perYear('pagu', aftR, ys), R: 'notes', S: 'notes' },
      },
    ],
    findings: [
      { rule: 'total.pagu-induk', cell: fa.cell(kegKey, 'pagu', 1) },
      { rule: 'total.jumlah', cell: fa.cell('jumlah', 'pagu', 2) },
    ],
  });
}

// =============================================================================================
// T-C.25 and IKU pieces

interface Goal {
  tujuan?: string;
  sasaran?: string;
  ind: string;
  sat: string;
  base: V;
  t: V[];
}

/** IKU: No | Indikator Kinerja Utama | Satuan | baseline | targets | [akhir] | [extra ref] | Penanggung Jawab; two header rows. */
function ikuTable(
  sb: SB,
  top: number,
  labels: V[],
  data: (Goal & { ref?: V })[],
  o: { awal: string; akhir?: string; ref?: string; pj: string },
): { last: number; right: string; roles: Record<string, RoleSpec>; cell: (i: number, y: number) => string } {
  const n = labels.length;
  head(sb, `A${top}:A${top + 1}`, 'No');
  head(sb, `B${top}:B${top + 1}`, 'Indikator Kinerja Utama');
  head(sb, `C${top}:C${top + 1}`, 'Satuan');
  head(sb, `D${top}:D${top + 1}`, o.awal);
  head(sb, `E${top}:${shift('E', n - 1)}${top}`, 'Target Kinerja Tahun');
  sb.put(`E${top + 1}`, labels.map((l) => (typeof l === 'object' && l ? l : b(l as string | number))));
  let c = shift('E', n);
  const extra: string[] = [];
  if (o.akhir) {
    head(sb, `${c}${top}:${c}${top + 1}`, o.akhir);
    extra.push(c);
    c = shift(c, 1);
  }
  let refCol: string | undefined;
  if (o.ref) {
    head(sb, `${c}${top}:${c}${top + 1}`, o.ref);
    refCol = c;
    c = shift(c, 1);
  }
  head(sb, `${c}${top}:${c}${top + 1}`, 'Penanggung Jawab');
  data.forEach((d, i) => {
    const row: V[] = [i + 1, d.ind, d.sat, d.base, ...d.t];
    if (o.akhir) row.push(d.t[n - 1]);
    if (o.ref) row.push(d.ref);
    row.push(o.pj);
    sb.put(`A${top + 2 + i}`, row);
  });
  const roles: Record<string, RoleSpec> = { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline' };
  if (o.akhir) roles[extra[0]] = 'akhir-target';
  if (refCol) roles[refCol] = 'ref-target';
  return { last: top + 1 + data.length, right: c, roles, cell: (i, y) => `${shift('E', y)}${top + 2 + i}` };
}

// =============================================================================================
// 3. Renstra Perubahan T-C.25 with targets "Semula | Menjadi" per year, and the revised IKU

{
  const ys = years(2022, 5);
  type G2 = Goal & { m: V[] };
  const plan: G2[] = [
    { tujuan: 'Meningkatnya kualitas kesehatan masyarakat', ind: 'Usia Harapan Hidup', sat: 'Tahun', base: 72.9, t: [73, 73.1, 73.2, 73.3, 73.4], m: [73, 73.1, 73.3, 73.5, 73.7] },
    { sasaran: 'Meningkatnya derajat kesehatan ibu dan anak', ind: 'Angka Kematian Ibu (per 100.000 KH)', sat: 'per 100.000 KH', base: 112, t: [108, 104, 100, 96, 92], m: [108, 104, 98, 92, 86] },
    { sasaran: 'Menurunnya prevalensi stunting', ind: 'Prevalensi Stunting', sat: '%', base: 24.8, t: [22, 20, 18, 16, 14], m: [22, 20, 17, 15.5, 14] },
    { tujuan: 'Meningkatnya mutu pelayanan kesehatan', ind: 'Indeks Kepuasan Masyarakat terhadap Layanan Kesehatan', sat: 'Indeks', base: 79.5, t: [80, 81, 82, 83, 84], m: [80, 81, 82, 83, 84] },
    { sasaran: 'Meningkatnya fasilitas kesehatan yang terakreditasi', ind: 'Persentase Puskesmas Terakreditasi Paripurna', sat: '%', base: 20, t: [25, 35, 45, 55, 65], m: [25, 35, 50, 65, 80] },
  ];
  const s31 = new SheetBuilder('Tabel 3.1');
  titles(s31, 1, ['Tabel 3.1', 'Perubahan Tujuan dan Sasaran Jangka Menengah Dinas Kesehatan Kabupaten Madiun Tahun 2021-2026']);
  head(s31, 'A4:A6', 'No');
  head(s31, 'B4:B6', 'Tujuan');
  head(s31, 'C4:C6', 'Sasaran');
  head(s31, 'D4:D6', 'Indikator Tujuan/Sasaran');
  head(s31, 'E4:E6', 'Satuan');
  head(s31, 'F4:F6', 'Kondisi Awal (2021)');
  head(s31, 'G4:P4', 'Target Kinerja Tujuan/Sasaran pada Tahun');
  const sem = letters('G', 5, 2);
  const men = letters('H', 5, 2);
  sem.forEach((c, i) => {
    head(s31, `${c}5:${shift(c, 1)}5`, ys[i]);
    s31.put(`${c}6`, [b('Semula'), b('Menjadi')]);
  });
  head(s31, 'Q4:R5', 'Kondisi Kinerja pada Akhir Periode Renstra');
  s31.put('Q6', [b('Semula'), b('Menjadi')]);
  head(s31, 'S4:S6', 'Keterangan');
  let no = 0;
  plan.forEach((g, i) => {
    const r = 7 + i;
    const pairs = g.t.flatMap((t, y) => [t, g.m[y]]);
    s31.put(`A${r}`, [g.tujuan ? ++no : undefined, g.tujuan, g.sasaran, g.ind, g.sat, g.base, ...pairs, g.t[4], g.m[4], g.t.some((t, y) => t !== g.m[y]) ? 'Disesuaikan dengan Perubahan RPJMD' : undefined]);
  });
  const s44 = new SheetBuilder('Tabel 4.4');
  titles(s44, 1, ['Tabel 4.4', 'Indikator Kinerja Utama Dinas Kesehatan Kabupaten Madiun (Perubahan)']);
  // Planted: the IKU kept the Semula 2025 target of Prevalensi Stunting (16) where T-C.25 Menjadi says 15,5.
  const stunting = 2;
  const ikuRows = plan.map((g, i) => ({ ...g, t: g.m.map((v, y) => (i === stunting && y === 3 ? g.t[3] : v)) }));
  const iku = ikuTable(s44, 4, ys, ikuRows, { awal: 'Kondisi Awal (2021)', akhir: 'Kondisi Akhir (2026)', pj: 'Kepala Dinas Kesehatan' });
  built.push({
    id: 'rv-perubahan-tc25-semula-menjadi-iku',
    description:
      'Renstra Perubahan 2021-2026 (Dinas Kesehatan): T-C.25 with each year 2022-2026 over "Semula | Menjadi", the akhir pair likewise, "Keterangan: Disesuaikan dengan Perubahan RPJMD"; the revised IKU (Tabel 4.4) states one target per year. The IKU must follow the Menjadi targets (the plan in force) and may differ from Semula wherever the change moved a target. Planted: the IKU kept the Semula 2025 target of Prevalensi Stunting (16) where Menjadi says 15,5',
    workbook: workbook(s31, s44),
    tables: [
      {
        sheet: 'Tabel 3.1',
        kind: 'tujuan-sasaran',
        range: `A4:S${6 + plan.length}`,
        headerRows: [4, 5, 6],
        roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', E: 'satuan', F: 'baseline', ...perYear('target', sem, ys), ...perYear('target', men, ys), Q: 'akhir-target', R: 'akhir-target', S: 'notes' },
      },
      { sheet: 'Tabel 4.4', kind: 'iku', range: `A4:${iku.right}${iku.last}`, headerRows: [4, 5], roles: { ...iku.roles, ...perYear('target', letters('E', 5), ys) } },
    ],
    findings: [{ rule: 'crosstable.iku-target', cell: [`Tabel 4.4!${iku.cell(stunting, 3)}`, `Tabel 3.1!${men[3]}${7 + stunting}`] }],
  });
}

// =============================================================================================
// 4. T-C.24 with the APBD murni and the APBD perubahan: the rasio is against the budget after the change

{
  const ys = years(2020, 5);
  interface Row3 {
    name: string;
    murni: number[];
    p: number[];
    r: number[];
  }
  const data: Row3[] = [
    {
      name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
      murni: [4_215_600_000, 4_388_150_000, 4_512_900_000, 4_706_300_000, 4_915_450_000],
      p: [3_986_410_000, 4_420_900_000, 4_610_250_000, 4_706_300_000, 5_044_120_000],
      r: [3_801_226_540, 4_198_337_210, 4_402_118_600, 4_488_950_315, 4_876_005_900],
    },
    {
      name: 'Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)',
      murni: [2_850_000_000, 3_120_500_000, 3_410_000_000, 3_655_750_000, 3_902_000_000],
      p: [2_214_800_000, 3_265_500_000, 3_185_400_000, 3_870_250_000, 4_015_600_000],
      r: [2_098_515_300, 3_102_884_150, 3_011_260_900, 3_706_118_400, 3_880_412_750],
    },
    {
      name: 'Program Pengelolaan Pelayaran',
      murni: [415_000_000, 438_200_000, 462_750_000, 485_000_000, 510_300_000],
      p: [312_600_000, 445_900_000, 498_300_000, 470_150_000, 522_800_000],
      r: [298_144_500, 421_006_800, 455_912_400, 452_330_600, 503_418_250],
    },
    {
      name: 'Program Pengelolaan Perkeretaapian',
      murni: [126_500_000, 132_800_000, 139_400_000, 146_350_000, 153_700_000],
      p: [98_750_000, 132_800_000, 151_600_000, 146_350_000, 160_950_000],
      r: [92_115_250, 127_446_900, 143_208_300, 139_991_700, 155_602_100],
    },
  ];
  const total = (k: 'murni' | 'p' | 'r'): number[] => ys.map((_, y) => data.reduce((s, d) => s + d[k][y], 0));
  const t: Row3 = { name: 'JUMLAH', murni: total('murni'), p: total('p'), r: total('r') };
  // Planted: the JUMLAH realisasi 2023 leaves out Program Pengelolaan Perkeretaapian.
  t.r = t.r.map((v, y) => (y === 3 ? v - data[3].r[3] : v));
  const values = (d: Row3): number[] => [...d.murni, ...d.p, ...d.r, ...d.p.map((a, y) => round(d.r[y] / a, 2)), round(meanGrowth(d.p) * 100, 2), round(meanGrowth(d.r) * 100, 2)];
  const sb = new SheetBuilder('Tabel 2.6');
  titles(sb, 1, ['Tabel 2.6', 'Anggaran dan Realisasi Pendanaan Pelayanan Dinas Perhubungan Kabupaten Ngawi Tahun 2020-2024']);
  head(sb, 'A4:A5', 'No');
  head(sb, 'B4:B5', 'Uraian');
  head(sb, 'C4:G4', 'Anggaran Murni (APBD) pada Tahun');
  head(sb, 'H4:L4', 'Anggaran Setelah Perubahan (P-APBD) pada Tahun');
  head(sb, 'M4:Q4', 'Realisasi Anggaran pada Tahun');
  head(sb, 'R4:V4', 'Rasio antara Realisasi dan Anggaran Setelah Perubahan Tahun');
  head(sb, 'W4:X4', 'Rata-rata Pertumbuhan (%)');
  sb.put('C5', [...ys, ...ys, ...ys, ...ys].map((y) => b(y)));
  sb.put('W5', [b('Anggaran'), b('Realisasi')]);
  sb.put('A6', numbers(24, 'paren'));
  data.forEach((d, i) => sb.put(`A${7 + i}`, [i + 1, d.name, ...values(d)]));
  const jr = 7 + data.length;
  sb.put(`B${jr}`, [b('JUMLAH'), ...values(t).map((v) => b(v))]);
  // Planted: LLAJ 2022 rasio taken against the APBD murni: 3.011.260.900 / 3.410.000.000 = 0,88 where the P-APBD gives 0,95.
  const llajRasio = `${shift('R', 2)}8`;
  sb.set(llajRasio, round(data[1].r[2] / data[1].murni[2], 2));
  built.push({
    id: 'rv-tc24-anggaran-murni-dan-perubahan',
    description:
      'T-C.24 of a Dishub (2020-2024) that shows the budget twice: "Anggaran Murni (APBD)" and "Anggaran Setelah Perubahan (P-APBD)" per year, then Realisasi, "Rasio antara Realisasi dan Anggaran Setelah Perubahan", growth of the P-APBD and of the realisasi (mean year-on-year), (1)…(24), JUMLAH. The anggaran the rasio and growth are held against is the P-APBD (the budget in force, the DPPA); the murni columns are a reference that still sums. Planted: LLAJ 2022 rasio 0,88 taken against the murni (P-APBD gives 0,95); JUMLAH realisasi 2023 without Perkeretaapian',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 2.6',
        kind: 'anggaran-realisasi',
        range: `A4:X${jr}`,
        headerRows: [4, 5, 6],
        roles: { A: 'no', B: 'name', ...perYear('pagu', letters('H', 5), ys), ...perYear('realisasi', letters('M', 5), ys), ...perYear('rasio', letters('R', 5), ys), W: 'growth/anggaran', X: 'growth/realisasi' },
      },
    ],
    findings: [
      { rule: 'ratio.anggaran', cell: llajRasio },
      { rule: 'total.jumlah', cell: `P${jr}` },
    ],
  });
}

// =============================================================================================
// 5. A six-year Renstra 2021-2026 (RPJMD 2021-2026): six Target | Rp pairs, akhir = Σ six years

{
  const sb = new SheetBuilder('T-C.27');
  sb.mergeText('A1:U1', b('RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN SATUAN POLISI PAMONG PRAJA KABUPATEN TUBAN TAHUN 2021-2026'));
  const ys = years(2021, 6);
  const h = tc27(sb, 3, { yearLabels: ys.map((y) => `Tahun ${y}`), satuan: true, numberRow: 'plain', labels: { baseline: 'Kondisi Kinerja Awal (2020)' } });
  const items: Item[] = [penunjangFull('1.05', 0.35, 6), ...trantibum(0.9, 6)];
  const kegKey = '1.05.02.2.02';
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true, kegiatan: true },
    unitText: 'Satpol PP',
    lokasiText: 'Kab. Tuban',
    jumlah: { label: 'JUMLAH', labelCol: 'B' },
    // Planted: the kegiatan Penegakan Perda 2023 typed 7.500.000 over its sub kegiatan (the program sums it as shown).
    paguDelta: [{ key: kegKey, year: 2, delta: 7_500_000 }],
  });
  // Planted: the program's akhir Rp summed 2021-2025 only (the sixth year added later, the formula left).
  const progKey = '1.05.02';
  const akhir = f.cell(progKey, 'akhirPagu');
  sb.set(akhir, { v: [0, 1, 2, 3, 4].reduce((s, y) => s + f.pagu(progKey, y), 0), fmt: '#,##0', bold: true });
  built.push({
    id: 'rv-enam-tahun-2021-2026-tc27',
    viaXlsx: true,
    description:
      'Satpol PP Renstra 2021-2026 of six years (the RPJMD 2021-2026 of a region whose kepala daerah was elected in 2020): T-C.27 with "Tahun 2021" … "Tahun 2026" over Target | Rp, Satuan, akhir pair, unit and lokasi, a 1 2 3 … row. Six years, not five: the akhir Rp is Σ of six years, the akhir target the 2026 target. Planted: the kegiatan Penegakan Perda 2023 7.500.000 over its sub kegiatan; the program\'s akhir Rp sums 2021-2025 only',
    workbook: workbook(sb),
    tables: [{ sheet: 'T-C.27', kind: 'program-pendanaan', range: `A3:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, ys) }],
    findings: [
      { rule: 'total.pagu-induk', cell: f.cell(kegKey, 'pagu', 2) },
      { rule: 'total.akhir-periode-pagu', cell: akhir },
    ],
  });
}

// =============================================================================================
// 6. A two-year Renstra Transisi 2025-2026: T-C.25 and T-C.27 over two years

{
  const ys = [2025, 2026];
  const s31 = new SheetBuilder('Tabel 3.1');
  titles(s31, 1, ['Tabel 3.1', 'Tujuan dan Sasaran Renstra Transisi Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Lumajang Tahun 2025-2026']);
  head(s31, 'A4:A5', 'No');
  head(s31, 'B4:B5', 'Tujuan');
  head(s31, 'C4:C5', 'Sasaran');
  head(s31, 'D4:D5', 'Indikator Tujuan/Sasaran');
  head(s31, 'E4:E5', 'Satuan');
  head(s31, 'F4:F5', 'Kondisi Awal (2024)');
  head(s31, 'G4:H4', 'Target Kinerja pada Tahun');
  s31.put('G5', ys.map((y) => b(y)));
  const goals: Goal[] = [
    { tujuan: 'Meningkatnya akuntabilitas pengelolaan keuangan daerah', ind: 'Opini BPK atas LKPD', sat: 'Opini', base: 'WTP', t: ['WTP', 'WTP'] },
    { sasaran: 'Meningkatnya kualitas perencanaan dan penatausahaan anggaran', ind: 'Persentase Ketepatan Waktu Penetapan APBD', sat: '%', base: 100, t: [100, 100] },
    { sasaran: 'Meningkatnya tertib administrasi barang milik daerah', ind: 'Persentase Barang Milik Daerah yang Tercatat dan Bersertifikat', sat: '%', base: 72, t: [76, 80] },
  ];
  let no = 0;
  goals.forEach((g, i) => s31.put(`A${6 + i}`, [g.tujuan ? ++no : undefined, g.tujuan, g.sasaran, g.ind, g.sat, g.base, ...g.t]));
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Renstra Transisi BPKAD Kabupaten Lumajang Tahun 2025-2026']);
  const h = tc27(sb, 4, { yearLabels: ys, satuan: true, numberRow: 'paren', labels: { group: 'Target Kinerja dan Kerangka Pendanaan Renstra Transisi', baseline: 'Kondisi Kinerja Awal (2024)' } });
  const items: Item[] = [penunjangFull('5.02', 0.3, 2), ...keuangan(0.6, 2)];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'BPKAD',
    lokasiText: 'Kab. Lumajang',
    jumlah: { label: 'JUMLAH', labelCol: 'B' },
    // Planted: the 2026 JUMLAH 35.000.000 short.
    jumlahDelta: [{ year: 1, delta: -35_000_000 }],
  });
  // Planted: the akhir target of Persentase BMD Tercatat copies 2025 (76) where the period ends at 80 in 2026.
  const bmd = '5.02.03';
  const akhirT = f.cell(bmd, 'akhirTarget');
  sb.set(akhirT, 76);
  built.push({
    id: 'rv-transisi-2025-2026-dua-tahun',
    description:
      'BPKAD Renstra Transisi of two years (2025-2026, until the RPJMD of the new term): T-C.25 with targets 2025 | 2026 ("WTP" text targets) and T-C.27 with two Target | Rp pairs, the akhir pair, (1)…(n). Two years are a whole period: akhir Rp = 2025 + 2026, akhir target = the 2026 target. Planted: JUMLAH 2026 35.000.000 short; akhir target of Persentase BMD Tercatat 76 (the 2025 target) where 2026 says 80',
    workbook: workbook(s31, sb),
    tables: [
      { sheet: 'Tabel 3.1', kind: 'tujuan-sasaran', range: `A4:H${5 + goals.length}`, headerRows: [4, 5], roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', E: 'satuan', F: 'baseline', G: 'target@2025', H: 'target@2026' } },
      { sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, ys) },
    ],
    findings: [
      { rule: 'total.jumlah', cell: `Tabel 4.2!${f.cell('jumlah', 'pagu', 1)}` },
      { rule: 'total.akhir-periode-target', cell: `Tabel 4.2!${akhirT}` },
    ],
  });
}

// =============================================================================================
// 7. Renstra Transisi 2024-2026 under an RPD: T-C.25 in calendar years, the IKU in "Tahun ke-1..3"

{
  const ys = [2024, 2025, 2026];
  const goals: Goal[] = [
    { tujuan: 'Meningkatnya kualitas perencanaan pembangunan daerah', ind: 'Nilai Evaluasi Kinerja Penyelenggaraan Pemerintahan Daerah (EKPPD)', sat: 'Skor', base: 3.12, t: [3.2, 3.25, 3.3] },
    { sasaran: 'Meningkatnya konsistensi perencanaan dan penganggaran', ind: 'Persentase Konsistensi Program RKPD dan APBD', sat: '%', base: 88, t: [90, 92, 94] },
    { sasaran: 'Meningkatnya kualitas pengendalian dan evaluasi pembangunan', ind: 'Nilai Evaluasi RKPD', sat: 'Nilai', base: 'B', t: ['B', 'BB', 'BB'] },
    { tujuan: 'Meningkatnya pemanfaatan data dan inovasi daerah', ind: 'Indeks Inovasi Daerah', sat: 'Skor', base: 42.5, t: [45, 48, 52] },
  ];
  const s3 = new SheetBuilder('BAB III');
  titles(s3, 1, ['Tabel 3.1', 'Tujuan dan Sasaran Renstra Transisi Bappeda Kabupaten Probolinggo Tahun 2024-2026 (RPD 2024-2026)']);
  head(s3, 'A4:A5', 'No');
  head(s3, 'B4:B5', 'Tujuan');
  head(s3, 'C4:C5', 'Sasaran');
  head(s3, 'D4:D5', 'Indikator Kinerja');
  head(s3, 'E4:E5', 'Satuan');
  head(s3, 'F4:F5', 'Kondisi Awal (2023)');
  head(s3, 'G4:I4', 'Target Kinerja Tahun');
  s3.put('G5', ys.map((y) => b(y)));
  let no = 0;
  goals.forEach((g, i) => s3.put(`A${6 + i}`, [g.tujuan ? ++no : undefined, g.tujuan, g.sasaran, g.ind, g.sat, g.base, ...g.t]));
  const s4 = new SheetBuilder('BAB IV');
  titles(s4, 1, ['Tabel 4.1', 'Indikator Kinerja Utama Bappeda Kabupaten Probolinggo Periode Transisi 2024-2026']);
  // Planted: IKU Tahun ke-3 of Persentase Konsistensi 95 where T-C.25 2026 says 94.
  const kons = 1;
  const ikuRows = goals.map((g, i) => ({ ...g, t: g.t.map((v, y) => (i === kons && y === 2 ? 95 : v)) }));
  const iku = ikuTable(s4, 4, ['Tahun ke-1', 'Tahun ke-2', 'Tahun ke-3'], ikuRows, { awal: 'Kondisi Awal', akhir: 'Kondisi Akhir Periode', pj: 'Kepala Bappeda' });
  built.push({
    id: 'rv-transisi-rpd-2024-2026-tahun-ke',
    description:
      'Bappeda Renstra Transisi 2024-2026 (RPD 2024-2026 under Inmendagri 52/2022, three years): T-C.25 with targets 2024 | 2025 | 2026 (one text target "BB"), and the IKU with "Tahun ke-1 | Tahun ke-2 | Tahun ke-3" and Kondisi Akhir Periode; the titles give the period, so Tahun ke-3 is 2026. Planted: IKU Tahun ke-3 of Persentase Konsistensi 95 where T-C.25 2026 says 94',
    workbook: workbook(s3, s4),
    tables: [
      { sheet: 'BAB III', kind: 'tujuan-sasaran', range: `A4:I${5 + goals.length}`, headerRows: [4, 5], roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', E: 'satuan', F: 'baseline', G: 'target@2024', H: 'target@2025', I: 'target@2026' } },
      { sheet: 'BAB IV', kind: 'iku', range: `A4:${iku.right}${iku.last}`, headerRows: [4, 5], roles: { ...iku.roles, E: 'target@1', F: 'target@2', G: 'target@3' } },
    ],
    findings: [{ rule: 'crosstable.iku-target', cell: [`BAB IV!${iku.cell(kons, 2)}`, `BAB III!I${6 + kons}`] }],
  });
}

// =============================================================================================
// Sumber dana per year: Target | APBD | DAK | Bankeu Provinsi | Jumlah

type Sources = [number, number, number];

/** Splits each leaf's yearly pagu into APBD | DAK | Bankeu by shares (whole millions for DAK and Bankeu). */
function splitSources(items: Item[], shares: Record<string, [number, number]>): { apbd: Item[]; dak: Item[]; bankeu: Item[]; of: (n: Node, y: number) => Sources } {
  const of = (n: Node, y: number): Sources => {
    const total = n.pagu![y];
    const [d, k] = shares[n.key] ?? [0, 0];
    const dak = Math.floor((total * d) / M) * M;
    const bankeu = Math.floor((total * k) / M) * M;
    return [total - dak - bankeu, dak, bankeu];
  };
  const part = (i: number) => leafPagu(items, (n) => n.pagu!.map((_, y) => of(n, y)[i]));
  return { apbd: part(0), dak: part(1), bankeu: part(2), of };
}

/** The sumber-dana T-C.27 header from `top` (four rows and a number row); returns the columns. */
function sourcesHeader(
  sb: SB,
  top: number,
  ys: number[],
  o: { baseline: string; sources: string[]; total: string; money: string; pd: string },
): { target: string[]; src: string[][]; jumlah: string[]; akhirT: string; akhirP: string; unit: string; first: number } {
  const w = 2 + o.sources.length;
  head(sb, `A${top}:A${top + 3}`, 'Kode');
  head(sb, `B${top}:B${top + 3}`, 'Program/Kegiatan/Sub Kegiatan');
  head(sb, `C${top}:C${top + 3}`, 'Indikator Kinerja Program (Outcome)/Kegiatan (Output)');
  head(sb, `D${top}:D${top + 3}`, 'Satuan');
  head(sb, `E${top}:E${top + 3}`, o.baseline);
  const last = shift('F', w * ys.length - 1);
  head(sb, `F${top}:${last}${top}`, 'Target Kinerja Program dan Kerangka Pendanaan');
  const target: string[] = [];
  const src: string[][] = o.sources.map(() => []);
  const jumlah: string[] = [];
  ys.forEach((y, i) => {
    const c = shift('F', w * i);
    head(sb, `${c}${top + 1}:${shift(c, w - 1)}${top + 1}`, y);
    head(sb, `${c}${top + 2}:${c}${top + 3}`, 'Target');
    head(sb, `${shift(c, 1)}${top + 2}:${shift(c, w - 1)}${top + 2}`, o.money);
    sb.put(`${shift(c, 1)}${top + 3}`, [...o.sources, o.total].map((s) => b(s)));
    target.push(c);
    o.sources.forEach((_, k) => src[k].push(shift(c, 1 + k)));
    jumlah.push(shift(c, w - 1));
  });
  const akhirT = shift(last, 1);
  const akhirP = shift(last, 2);
  head(sb, `${akhirT}${top}:${akhirP}${top + 1}`, 'Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah');
  head(sb, `${akhirT}${top + 2}:${akhirT}${top + 3}`, 'Target');
  head(sb, `${akhirP}${top + 2}:${akhirP}${top + 3}`, 'Rp');
  const unit = shift(last, 3);
  head(sb, `${unit}${top}:${unit}${top + 3}`, o.pd);
  sb.put(`A${top + 4}`, numbers(5 + w * ys.length + 3, 'plain'));
  return { target, src, jumlah, akhirT, akhirP, unit, first: top + 5 };
}

// =============================================================================================
// 8. Dinas PUPR: pagu per year split by sumber dana, a kegiatan's Jumlah off

{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif menurut Sumber Dana Dinas PUPR Kabupaten Bojonegoro Tahun 2025-2029']);
  const ys = years(2025, 5);
  const h = sourcesHeader(sb, 4, ys, { baseline: 'Kondisi Kinerja Awal (2024)', sources: ['APBD', 'DAK', 'Bankeu Provinsi'], total: 'Jumlah', money: 'Pagu Indikatif (Rp)', pd: 'Unit Kerja PD Penanggung Jawab' });
  const items: Item[] = [penunjang('1.03', 0.8, 'small'), jalan(1.2), sda(1.1)];
  const split = splitSources(items, {
    '1.03.10.2.01.0053': [0.35, 0.25],
    '1.03.10.2.01.0055': [0.6, 0],
    '1.03.02.2.02.0014': [0.5, 0.2],
    '1.03.02.2.02.0021': [0, 0.3],
  });
  const common = { bold: { program: true }, jumlah: { label: 'JUMLAH', labelCol: 'B' } };
  // Planted: the kegiatan Penyelenggaraan Jalan Kabupaten/Kota 2027 Jumlah 25.000.000 over its sub kegiatan (program and JUMLAH sum it as shown).
  const kegKey = '1.03.10.2.01';
  const f = renderFunding(sb, h.first, items, { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: h.target, pagu: h.jumlah, akhirTarget: h.akhirT, akhirPagu: h.akhirP, unit: h.unit }, {
    ...common,
    unitText: 'Dinas PUPR',
    paguDelta: [{ key: kegKey, year: 2, delta: 25_000_000 }],
  });
  [split.apbd, split.dak, split.bankeu].forEach((tree, k) => renderFunding(sb, h.first, tree, { name: 'B', pagu: h.src[k] }, common));
  const right = h.unit;
  const roles: Record<string, RoleSpec> = { A: 'code', B: 'name', C: 'indicator', D: 'satuan', E: 'baseline', ...perYear('target', h.target, ys), ...perYear('pagu', h.jumlah, ys), [h.akhirT]: 'akhir-target', [h.akhirP]: 'akhir-pagu', [h.unit]: 'notes' };
  const jumlahCell = (key: string): string => f.cell(key, 'pagu', 2);
  built.push({
    id: 'rv-tc27-sumber-dana-per-tahun',
    viaXlsx: true,
    description:
      'Dinas PUPR T-C.27 whose pagu per year is split by sumber dana: each year over Target | "Pagu Indikatif (Rp)" {APBD | DAK | Bankeu Provinsi | Jumlah}, four header rows and a 1 2 3 … row, akhir Target | Rp. The Jumlah column is the year\'s pagu (parent = Σ children, JUMLAH = Σ programs, akhir Rp = Σ Jumlah); each source column also sums up the hierarchy, and Jumlah = APBD + DAK + Bankeu on every row. Planted: the kegiatan Penyelenggaraan Jalan 2027 Jumlah 25.000.000 over its sub kegiatan (its sources are right, so its row no longer adds up either: the same cell)',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${right}${f.last}`, headerRows: [4, 5, 6, 7, 8], roles }],
    findings: [{ rule: 'total.pagu-induk', cell: jumlahCell(kegKey) }],
    // The kegiatan's, the program's and the JUMLAH's 2027 Jumlah no longer equal their sources: the same mistake, seen across.
    tolerated: [kegKey, '1.03.10', 'jumlah'].map((k) => ({ rule: 'total.baris', cell: jumlahCell(k) })),
  });
}

// =============================================================================================
// 9. Dinas Kesehatan: sumber dana per year, a sub kegiatan's Jumlah leaves out the Bankeu

{
  const sb = new SheetBuilder('T-C.27 Sumber Dana');
  titles(sb, 1, ['Tabel 4.3', 'Rencana Program, Kegiatan dan Pendanaan per Sumber Dana Dinas Kesehatan Kabupaten Kediri Tahun 2025-2029']);
  const ys = years(2025, 5);
  const h = sourcesHeader(sb, 4, ys, { baseline: 'Baseline 2024', sources: ['APBD', 'DAK', 'Bankeu Provinsi'], total: 'Jumlah', money: 'Pagu (Rp)', pd: 'Perangkat Daerah Penanggung Jawab' });
  const all = kesehatan(0.4);
  const items: Item[] = [all[0], all[2]];
  const split = splitSources(items, {
    '1.02.02.2.01.0006': [0.7, 0],
    '1.02.02.2.01.0007': [0.5, 0.2],
    '1.02.02.2.02.0015': [0.3, 0.15],
    '1.02.02.2.02.0048': [0, 0.25],
    '1.02.02.2.02.0033': [0.25, 0],
    '1.02.05.2.03.0001': [0, 0.4],
  });
  const common = { bold: { program: true }, jumlah: { label: 'JUMLAH', labelCol: 'B' } };
  // Planted: Pengelolaan Layanan Imunisasi 2027 Jumlah = APBD + DAK, its Bankeu left out (the kegiatan, program and JUMLAH sum it as shown).
  const imun = '1.02.02.2.02.0048';
  const bankeu = split.of(nodeOf(items, imun), 2)[2];
  const f = renderFunding(sb, h.first, items, { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: h.target, pagu: h.jumlah, akhirTarget: h.akhirT, akhirPagu: h.akhirP, unit: h.unit }, {
    ...common,
    unitText: 'Dinas Kesehatan',
    paguDelta: [{ key: imun, year: 2, delta: -bankeu }],
  });
  [split.apbd, split.dak, split.bankeu].forEach((tree, k) => renderFunding(sb, h.first, tree, { name: 'B', pagu: h.src[k] }, common));
  const roles: Record<string, RoleSpec> = { A: 'code', B: 'name', C: 'indicator', D: 'satuan', E: 'baseline', ...perYear('target', h.target, ys), ...perYear('pagu', h.jumlah, ys), [h.akhirT]: 'akhir-target', [h.akhirP]: 'akhir-pagu', [h.unit]: 'notes' };
  const j = (key: string): string => f.cell(key, 'pagu', 2);
  built.push({
    id: 'rv-tc27-sumber-dana-jumlah-tanpa-bankeu',
    description: `Dinas Kesehatan T-C.27 split by sumber dana per year (Target | "Pagu (Rp)" {APBD | DAK | Bankeu Provinsi | Jumlah}), Baseline 2024, akhir Target | Rp. Jumlah must equal APBD + DAK + Bankeu on every row. Planted: Pengelolaan Layanan Imunisasi 2027 Jumlah leaves out its Bankeu Provinsi (${bankeu.toLocaleString('id-ID')}); the kegiatan, program and JUMLAH sum that Jumlah as shown, so the hierarchy adds up in every column and only the row sums tell`,
    workbook: workbook(sb),
    tables: [{ sheet: 'T-C.27 Sumber Dana', kind: 'program-pendanaan', range: `A4:${h.unit}${f.last}`, headerRows: [4, 5, 6, 7, 8], roles }],
    findings: [{ rule: 'total.baris', cell: j(imun) }],
    // The parents' Jumlah carry the same shortfall against their own sources: consequences of the one cell.
    tolerated: ['1.02.02.2.02', '1.02.02', 'jumlah'].map((k) => ({ rule: 'total.baris', cell: j(k) })),
  });
}

// =============================================================================================
// 10. Evaluation of the previous Renstra: per year Target | Realisasi | Tingkat Capaian (%), then
//     the Capaian Akhir Periode and its kategori

{
  const ys = years(2019, 5);
  interface Ev {
    ind: string;
    sat: string;
    base: number;
    t: number[];
    r: number[];
    /** Lower is better: capaian = (2 − R/T) × 100 (PermenPANRB 6/2022). */
    neg?: boolean;
  }
  const data: Ev[] = [
    { ind: 'Angka Kematian Ibu (per 100.000 KH)', sat: 'per 100.000 KH', base: 104, neg: true, t: [100, 96, 92, 88, 85], r: [102.3, 88.6, 97.1, 84.2, 79.5] },
    { ind: 'Persentase Puskesmas Terakreditasi', sat: '%', base: 30, t: [40, 55, 70, 85, 100], r: [38.1, 57.1, 66.7, 85.7, 100] },
    { ind: 'Prevalensi Stunting', sat: '%', base: 26.4, neg: true, t: [24, 22, 20, 18, 16], r: [25.2, 21.4, 19.8, 17.1, 15.3] },
    { ind: 'Cakupan Desa/Kelurahan Universal Child Immunization (UCI)', sat: '%', base: 88.5, t: [90, 92, 94, 96, 98], r: [91.5, 90.2, 95.1, 96.4, 97.3] },
    { ind: 'Indeks Kepuasan Masyarakat', sat: 'Indeks', base: 78.9, t: [80, 81, 82, 83, 84], r: [81.2, 82.3, 80.5, 84.1, 85.6] },
  ];
  const cap = (d: Ev, r: number, t: number): number => (d.neg ? round((2 - r / t) * 100, 2) : pct(r, t));
  const kategori = (x: number): string => (x > 90 ? 'Sangat Tinggi' : x > 75 ? 'Tinggi' : x > 65 ? 'Sedang' : x > 50 ? 'Rendah' : 'Sangat Rendah');
  const sb = new SheetBuilder('Tabel 2.4');
  titles(sb, 1, ['Tabel 2.4', 'Evaluasi Pencapaian Kinerja Renstra Dinas Kesehatan Kabupaten Ponorogo Periode 2019-2023']);
  head(sb, 'A4:A6', 'No');
  head(sb, 'B4:B6', 'Indikator Kinerja');
  head(sb, 'C4:C6', 'Satuan');
  head(sb, 'D4:D6', 'Kondisi Awal (2018)');
  head(sb, 'E4:S4', 'Target, Realisasi dan Tingkat Capaian Kinerja Renstra per Tahun');
  const tc: string[] = [];
  const rcol: string[] = [];
  const xc: string[] = [];
  ys.forEach((y, i) => {
    const c = shift('E', 3 * i);
    head(sb, `${c}5:${shift(c, 2)}5`, y);
    sb.put(`${c}6`, [b('Target'), b('Realisasi'), b('Capaian (%)')]);
    tc.push(c);
    rcol.push(shift(c, 1));
    xc.push(shift(c, 2));
  });
  head(sb, 'T4:V5', 'Capaian Akhir Periode Renstra (2023)');
  sb.put('T6', [b('Target Akhir'), b('Realisasi Akhir'), b('Tingkat Capaian (%)')]);
  head(sb, 'W4:W6', 'Kategori Capaian');
  sb.put('A7', numbers(23, 'paren'));
  data.forEach((d, i) => {
    const yearly = ys.flatMap((_, y) => [d.t[y], d.r[y], cap(d, d.r[y], d.t[y])]);
    const akhir = cap(d, d.r[4], d.t[4]);
    sb.put(`A${8 + i}`, [i + 1, d.ind, d.sat, d.base, ...yearly, d.t[4], d.r[4], akhir, kategori(akhir)]);
  });
  // Planted: UCI 2020 capaian 102,00 (target ÷ realisasi) where 90,2 / 92 = 98,04.
  const uci = `${xc[1]}11`;
  sb.set(uci, pct(92, 90.2));
  // Planted: IKM capaian akhir periode 109,10 where 85,6 / 84 = 101,90 (digits swapped).
  const ikm = 'V12';
  sb.set(ikm, 109.1);
  built.push({
    id: 'rv-evaluasi-renstra-lalu-capaian-akhir',
    viaXlsx: true,
    description:
      'Bab II evaluation of the previous Renstra (Dinas Kesehatan 2019-2023), year by year: each year over Target | Realisasi | Capaian (%), then "Capaian Akhir Periode Renstra (2023)" {Target Akhir | Realisasi Akhir | Tingkat Capaian (%)} and "Kategori Capaian" (Sangat Tinggi …), (1)…(23). A T-C.23 laid out year-major: capaian = R / T × 100, for Angka Kematian Ibu and Prevalensi Stunting (lower is better) (2 − R/T) × 100; the capaian akhir is the last year\'s realisasi over the target akhir. Planted: UCI 2020 capaian 102,00 (T/R) where 98,04; IKM capaian akhir 109,10 where 101,90',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 2.4',
        kind: 'pencapaian-kinerja',
        range: `A4:W${7 + data.length}`,
        headerRows: [4, 5, 6, 7],
        roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...perYear('target', tc, ys), ...perYear('realisasi', rcol, ys), ...perYear('rasio', xc, ys), T: 'akhir-target', U: 'realisasi', V: 'rasio' },
      },
    ],
    findings: [
      { rule: 'ratio.capaian', cell: uci },
      { rule: 'ratio.capaian', cell: ikm },
    ],
  });
}

// =============================================================================================
// 11. T-C.27 whose first year also carries quarterly targets (Triwulan I-IV)

{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan dan Pendanaan Satuan Polisi Pamong Praja Kabupaten Jember Tahun 2025-2029']);
  const ys = years(2025, 5);
  head(sb, 'A4:A7', 'Kode');
  head(sb, 'B4:B7', 'Program/Kegiatan/Sub Kegiatan');
  head(sb, 'C4:C7', 'Indikator Kinerja Program (Outcome)/Kegiatan (Output)');
  head(sb, 'D4:D7', 'Satuan');
  head(sb, 'E4:E7', 'Data Capaian pada Tahun Awal Perencanaan (2024)');
  head(sb, 'F4:S4', 'Target Kinerja Program dan Kerangka Pendanaan');
  head(sb, 'F5:K5', 2025);
  head(sb, 'F6:I6', 'Target per Triwulan');
  sb.put('F7', ['I', 'II', 'III', 'IV'].map((q) => b(q)));
  head(sb, 'J6:J7', 'Target');
  head(sb, 'K6:K7', 'Rp');
  const target = ['J', ...letters('L', 4, 2)];
  const pagu = ['K', ...letters('M', 4, 2)];
  ys.slice(1).forEach((y, i) => {
    const c = letters('L', 4, 2)[i];
    head(sb, `${c}5:${shift(c, 1)}5`, y);
    head(sb, `${c}6:${c}7`, 'Target');
    head(sb, `${shift(c, 1)}6:${shift(c, 1)}7`, 'Rp');
  });
  head(sb, 'T4:U5', 'Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah');
  head(sb, 'T6:T7', 'Target');
  head(sb, 'U6:U7', 'Rp');
  head(sb, 'V4:V7', 'Unit Kerja Perangkat Daerah Penanggung Jawab');
  head(sb, 'W4:W7', 'Lokasi');
  sb.put('A8', numbers(23, 'plain'));
  const items: Item[] = [penunjang('1.05', 0.55, 'small'), ...trantibum(0.75)];
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target, pagu, akhirTarget: 'T', akhirPagu: 'U', unit: 'V', lokasi: 'W' };
  const kegKey = '1.05.02.2.03';
  const f = renderFunding(sb, 9, items, cols, {
    bold: { program: true },
    indent: { kegiatan: 1, sub: 2 },
    unitText: 'Satpol PP',
    lokasiText: 'Kab. Jember',
    jumlah: { label: 'JUMLAH', labelCol: 'B' },
    // Planted: the kegiatan Pembinaan PPNS 2028 12.500.000 under its sub kegiatan.
    paguDelta: [{ key: kegKey, year: 3, delta: -12_500_000 }],
    // Planted: the 2025 JUMLAH 100.000.000 over the programs.
    jumlahDelta: [{ year: 0, delta: 100_000_000 }],
  });
  // Quarterly targets of 2025: counts cumulate to the year's target; percentages and indices hold the year's value each quarter.
  for (const n of entities(items)) {
    n.ind.forEach((ind, k) => {
      const t = ind.t[0];
      if (typeof t !== 'number') return;
      const q = /^%$|indeks/i.test(ind.satuan ?? '') ? [t, t, t, t] : [1, 2, 3, 4].map((i) => round((t * i) / 4, 0));
      sb.put(`F${f.row(n.key) + k}`, q);
    });
  }
  // Planted: Sosialisasi Penegakan Perda funded in 2025 with its 2025 target (and quarters) left empty.
  const sosialisasi = '1.05.02.2.02.0010';
  sb.put(`F${f.row(sosialisasi)}`, [null, null, null, null, null]);
  const noTarget = f.cell(sosialisasi, 'target', 0);
  built.push({
    id: 'rv-tc27-triwulan-tahun-pertama',
    description:
      'Satpol PP T-C.27 2025-2029 whose first year carries "Target per Triwulan" I | II | III | IV before the year\'s Target | Rp (cumulative counts, the same % each quarter); 2026-2029 Target | Rp; akhir pair, unit, lokasi; four header rows and a 1 2 3 … row. The quarters are no years (the Roman I-IV are quarters of 2025, not Tahun ke-1..4); the year\'s target is the Target column. Planted: the kegiatan Pembinaan PPNS 2028 12.500.000 under its sub kegiatan; JUMLAH 2025 100.000.000 over the programs; Sosialisasi Penegakan Perda funded in 2025 with no 2025 target (the Target column and the quarters empty: the finding belongs in the year\'s Target column)',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:W${f.last}`, headerRows: [4, 5, 6, 7, 8], roles: fundingRoles(cols, ys) }],
    findings: [
      { rule: 'total.pagu-induk', cell: f.cell(kegKey, 'pagu', 3) },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 0) },
      { rule: 'value.pagu-tanpa-target', cell: noTarget },
    ],
  });
}

// =============================================================================================
// 12. T-C.25 and IKU with both "Kondisi Awal" and "Target Akhir RPJMD" reference columns

{
  const ys = years(2025, 5);
  type GR = Goal & { ref: V };
  const goals: GR[] = [
    { tujuan: 'Meningkatnya kesejahteraan sosial masyarakat', ind: 'Persentase Penduduk Miskin', sat: '%', base: 10.42, t: [10.1, 9.8, 9.5, 9.2, 8.9], ref: 8.9 },
    { sasaran: 'Meningkatnya pelayanan rehabilitasi sosial', ind: 'Persentase PPKS yang Tertangani', sat: '%', base: 78, t: [80, 82, 84, 86, 88], ref: 88 },
    { sasaran: 'Meningkatnya perlindungan dan jaminan sosial', ind: 'Persentase Keluarga Miskin Penerima Bantuan Sosial', sat: '%', base: 69.5, t: [72, 75, 78, 81, 85], ref: 82 },
    { tujuan: 'Meningkatnya ketangguhan sosial terhadap bencana', ind: 'Persentase Korban Bencana yang Terpenuhi Kebutuhan Dasarnya', sat: '%', base: 100, t: [100, 100, 100, 100, 100], ref: 100 },
    { sasaran: 'Meningkatnya kampung siaga bencana yang aktif', ind: 'Jumlah Kampung Siaga Bencana Aktif', sat: 'Kampung', base: 8, t: [9, 10, 11, 12, 13], ref: 12 },
  ];
  const s3 = new SheetBuilder('Tabel 3.1');
  titles(s3, 1, ['Tabel 3.1', 'Tujuan dan Sasaran Jangka Menengah Dinas Sosial Kabupaten Nganjuk Tahun 2025-2029']);
  head(s3, 'A4:A5', 'No');
  head(s3, 'B4:B5', 'Tujuan');
  head(s3, 'C4:C5', 'Sasaran');
  head(s3, 'D4:D5', 'Indikator Tujuan/Sasaran');
  head(s3, 'E4:E5', 'Satuan');
  head(s3, 'F4:F5', 'Kondisi Awal (2024)');
  head(s3, 'G4:K4', 'Target Kinerja Tujuan/Sasaran pada Tahun');
  s3.put('G5', ys.map((y) => b(y)));
  head(s3, 'L4:L5', 'Kondisi Kinerja pada Akhir Periode Renstra');
  head(s3, 'M4:M5', 'Target Akhir RPJMD (Tahun 2029)');
  let no = 0;
  goals.forEach((g, i) => s3.put(`A${6 + i}`, [g.tujuan ? ++no : undefined, g.tujuan, g.sasaran, g.ind, g.sat, g.base, ...g.t, g.t[4], g.ref]));
  const s4 = new SheetBuilder('Tabel 4.4');
  titles(s4, 1, ['Tabel 4.4', 'Indikator Kinerja Utama Dinas Sosial Kabupaten Nganjuk Tahun 2025-2029']);
  // Planted: IKU 2027 of Persentase PPKS yang Tertangani 85 where T-C.25 says 84.
  const ppks = 1;
  const ikuRows = goals.map((g, i) => ({ ...g, t: g.t.map((v, y) => (i === ppks && y === 2 ? 85 : v)) }));
  const iku = ikuTable(s4, 4, ys, ikuRows, { awal: 'Kondisi Awal (2024)', ref: 'Target Akhir RPJMD', pj: 'Kepala Dinas Sosial' });
  built.push({
    id: 'rv-tc25-iku-kondisi-awal-target-akhir-rpjmd',
    description:
      'Dinas Sosial 2025-2029: T-C.25 with "Kondisi Awal (2024)", targets 2025-2029, "Kondisi Kinerja pada Akhir Periode Renstra" and "Target Akhir RPJMD (Tahun 2029)"; the IKU with "Kondisi Awal (2024)" and "Target Akhir RPJMD". The RPJMD column is a reference the plan is held against, not a year of the plan: a Renstra target may exceed it (Bansos 85 against 82, Kampung Siaga 13 against 12) and that is no error. Planted: IKU 2027 of Persentase PPKS yang Tertangani 85 where T-C.25 says 84',
    workbook: workbook(s3, s4),
    tables: [
      {
        sheet: 'Tabel 3.1',
        kind: 'tujuan-sasaran',
        range: `A4:M${5 + goals.length}`,
        headerRows: [4, 5],
        roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', E: 'satuan', F: 'baseline', ...perYear('target', letters('G', 5), ys), L: 'akhir-target', M: 'ref-target' },
      },
      { sheet: 'Tabel 4.4', kind: 'iku', range: `A4:${iku.right}${iku.last}`, headerRows: [4, 5], roles: { ...iku.roles, ...perYear('target', letters('E', 5), ys) } },
    ],
    findings: [{ rule: 'crosstable.iku-target', cell: [`Tabel 4.4!${iku.cell(ppks, 2)}`, `Tabel 3.1!I${6 + ppks}`] }],
  });
}

// =============================================================================================
// 13. T-C.27 with "Pagu Indikatif Tahun 2026 (Rp)" and "Prakiraan Maju" 2027-2030

{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Komunikasi dan Informatika Kabupaten Sidoarjo Tahun 2026-2030']);
  const ys = years(2026, 5);
  head(sb, 'A4:A6', 'Kode');
  head(sb, 'B4:B6', 'Program/Kegiatan/Sub Kegiatan');
  head(sb, 'C4:C6', 'Indikator Kinerja');
  head(sb, 'D4:D6', 'Satuan');
  head(sb, 'E4:E6', 'Kondisi Awal (2025)');
  head(sb, 'F4:G4', 'Rencana Tahun 2026');
  head(sb, 'F5:F6', 'Target Kinerja');
  head(sb, 'G5:G6', 'Pagu Indikatif Tahun 2026 (Rp)');
  head(sb, 'H4:O4', 'Prakiraan Maju');
  letters('H', 4, 2).forEach((c, i) => {
    head(sb, `${c}5:${shift(c, 1)}5`, ys[i + 1]);
    sb.put(`${c}6`, [b('Target'), b('Rp')]);
  });
  head(sb, 'P4:Q5', 'Kondisi Kinerja pada Akhir Periode Renstra (2030)');
  sb.put('P6', [b('Target'), b('Rp')]);
  head(sb, 'R4:R6', 'Perangkat Daerah Penanggung Jawab');
  sb.put('A7', numbers(18, 'paren'));
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: ['F', ...letters('H', 4, 2)], pagu: ['G', ...letters('I', 4, 2)], akhirTarget: 'P', akhirPagu: 'Q', unit: 'R' };
  const items: Item[] = [penunjang('2.16', 0.6, 'small'), ...kominfo(1.1)];
  const progKey = '2.16.03';
  const f = renderFunding(sb, 8, items, cols, {
    bold: { program: true, kegiatan: true },
    unitText: 'Diskominfo',
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'E' },
    // Planted: Program Pengelolaan Aplikasi Informatika 2028 40.000.000 over its kegiatan (JUMLAH sums it as shown).
    paguDelta: [{ key: progKey, year: 2, delta: 40_000_000 }],
    // Planted: the 2026 JUMLAH (pagu indikatif) 150.000.000 short.
    jumlahDelta: [{ year: 0, delta: -150_000_000 }],
  });
  built.push({
    id: 'rv-tc27-pagu-indikatif-2026-prakiraan-maju',
    viaXlsx: true,
    description:
      'Diskominfo Renstra 2026-2030 T-C.27 whose first year is "Rencana Tahun 2026" {Target Kinerja | "Pagu Indikatif Tahun 2026 (Rp)"} and the rest "Prakiraan Maju" 2027 … 2030 {Target | Rp}, akhir (2030) pair, (1)…(18), JUMLAH merged over A:E. The pagu indikatif and the prakiraan maju are the five years of one plan: each sums up, akhir Rp = Σ five years. Planted: Program Pengelolaan Aplikasi Informatika 2028 40.000.000 over its kegiatan; JUMLAH 2026 150.000.000 short',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:R${f.last}`, headerRows: [4, 5, 6, 7], roles: fundingRoles(cols, ys) }],
    findings: [
      { rule: 'total.pagu-induk', cell: f.cell(progKey, 'pagu', 2) },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 0) },
    ],
  });
}


/**
 * Not in the corpus yet: one year holding several columns of one measure — Semula | Menjadi, APBD
 * murni | perubahan, APBD | DAK | Bankeu | Jumlah — is read as several plan columns of that year, so
 * the end-of-period sums take them all and ratios and IKU comparisons take the first. Each layout
 * still states what a planner expects; they join the corpus once the engine reads a column's
 * variant (the version in force, the Jumlah of the sources).
 */
const PENDING = new Set([
  'rv-perubahan-tc27-semula-menjadi',
  'rv-perubahan-tc25-semula-menjadi-iku',
  'rv-tc24-anggaran-murni-dan-perubahan',
  'rv-tc27-sumber-dana-per-tahun',
  'rv-tc27-sumber-dana-jumlah-tanpa-bankeu',
]);

export const revisionsUnseenLayouts: Layout[] = built.filter((l) => !PENDING.has(l.id));
export const revisionsPendingLayouts: Layout[] = built.filter((l) => PENDING.has(l.id));
