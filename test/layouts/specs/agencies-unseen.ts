/**
 * Agencies whose Renstra tables differ from a Dinas's: a Bapenda (target and realisasi of PAD per
 * jenis pajak/retribusi, the 2024 PBJT merger of UU 1/2022; a provincial Bapenda with SAMSAT taxes),
 * an RSUD/BLUD (BOR/ALOS/BTO/TOI/NDR/GDR against ideal ranges, akreditasi "Paripurna", pendapatan
 * BLUD per layanan), the Inspektorat ("Level 3", "BB", SPIP "3,20"), the Sekretariat DPRD (targets
 * "12 Dok"), BPKAD (opini "WTP", a falling deviasi), Dinas Kesehatan SPM (12 layanan dasar, 100 %
 * targets, capaian above 100), Dinas Pendidikan (APK above 100, comma decimals typed as text), a
 * Kecamatan (lembaga per Desa | Kelurahan), Disdukcapil ("102.418 dok"), Diskominfo (SPBE "2,85",
 * KIP categories).
 *
 * Expectations come from the regulation (Permendagri 86/2017 forms, PermenPANRB 6/2022 polarity)
 * and from how these offices write, not from the engine: a ratio whose target is words or a range
 * ("WTP", "Level 3", "60-85", "≤ 25") cannot be checked by R/T and must raise no error; the planted
 * arithmetic mistakes must be found.
 */
import { type Item, I, flat, fundingRoles, keg, prog, renderFunding, rising, series, sub } from '../funding';
import { type Layout, type RoleSpec, type SheetBuilder as SB, type V, SheetBuilder, b, letters, meanGrowth, numbers, round, shift, sum, workbook, yearRoles, years } from '../kit';
import { penunjang } from '../data';
import { S, jt, penunjangFull } from '../agencies';
import { TC23_ROLES, TC24_ROLES, anggaranValues, addUp, tc23Header, tc24Header, tc27, titles } from '../sheets';

export const agenciesUnseenLayouts: Layout[] = [];

const M = 1_000_000;
/** Comma decimals with a fixed number of places, as typed in Indonesian documents: 2.85 → "2,85". */
const comma = (x: number, d = 2): string => x.toFixed(d).replace('.', ',');
/** Percentage of r over t, rounded to 2 decimals. */
const pct = (r: number, t: number): number => round((r / t) * 100, 2);
const isNum = (x: V): x is number => typeof x === 'number';

// =============================================================================================
// Shared pieces: T-C.23 with a Satuan column, T-C.25 and IKU with text targets

interface CapRow {
  ind: string;
  sat?: string;
  ref?: V;
  t: V[];
  r: V[];
  /** Shown rasio per year (already computed as the office computes it). */
  ras: V[];
}

/**
 * T-C.23 with a Satuan column and an optional reference column, from column A: No | Indikator |
 * Satuan | [ref] | Target × n | Realisasi × n | rasio × n; two header rows and a (1)… row.
 */
function tc23Sat(
  sb: SB,
  top: number,
  ys: number[],
  data: CapRow[],
  o: { indicator: string; ref?: string; target: string; real: string; rasio: string },
): { headerRows: number[]; first: number; last: number; roles: Record<string, RoleSpec>; right: string; tcol: string; rcol: string; xcol: string } {
  const n = ys.length;
  sb.mergeText(`A${top}:A${top + 1}`, b('No'));
  sb.mergeText(`B${top}:B${top + 1}`, b(o.indicator));
  sb.mergeText(`C${top}:C${top + 1}`, b('Satuan'));
  let c = 'D';
  const roles: Record<string, RoleSpec> = { A: 'no', B: 'indicator', C: 'satuan' };
  if (o.ref) {
    sb.mergeText(`D${top}:D${top + 1}`, b(o.ref));
    roles.D = 'ref-target';
    c = 'E';
  }
  const tcol = c;
  const rcol = shift(c, n);
  const xcol = shift(c, 2 * n);
  sb.mergeText(`${tcol}${top}:${shift(tcol, n - 1)}${top}`, b(o.target));
  sb.mergeText(`${rcol}${top}:${shift(rcol, n - 1)}${top}`, b(o.real));
  sb.mergeText(`${xcol}${top}:${shift(xcol, n - 1)}${top}`, b(o.rasio));
  sb.put(`${tcol}${top + 1}`, [...ys, ...ys, ...ys].map((y) => b(y)));
  const right = shift(xcol, n - 1);
  const width = letters('A', 30).indexOf(right) + 1;
  sb.put(`A${top + 2}`, numbers(width, 'paren'));
  Object.assign(roles, yearRoles('target', letters(tcol, n), ys), yearRoles('realisasi', letters(rcol, n), ys), yearRoles('rasio', letters(xcol, n), ys));
  const first = top + 3;
  data.forEach((d, i) => {
    const row: V[] = [i + 1, d.ind, d.sat];
    if (o.ref) row.push(d.ref);
    sb.put(`A${first + i}`, [...row, ...d.t, ...d.r, ...d.ras]);
  });
  return { headerRows: [top, top + 1, top + 2], first, last: first + data.length - 1, roles, right, tcol, rcol, xcol };
}

interface TsRow {
  tujuan?: string;
  sasaran?: string;
  ind: string;
  sat: string;
  base: V;
  t: V[];
}

/**
 * T-C.25 with satuan, kondisi awal and akhir: No | Tujuan | Sasaran | Indikator | Satuan |
 * Kondisi Awal | Target × n | Kondisi Akhir. Returns the row of each indicator.
 */
function tc25Text(sb: SB, top: number, ys: number[], data: TsRow[], awal: string): { last: number; right: string; rowOf: Map<string, number>; roles: Record<string, RoleSpec>; target: (ind: string, y: number) => string } {
  const n = ys.length;
  sb.mergeText(`A${top}:A${top + 1}`, b('No'));
  sb.mergeText(`B${top}:B${top + 1}`, b('Tujuan'));
  sb.mergeText(`C${top}:C${top + 1}`, b('Sasaran'));
  sb.mergeText(`D${top}:D${top + 1}`, b('Indikator Tujuan/Sasaran'));
  sb.mergeText(`E${top}:E${top + 1}`, b('Satuan'));
  sb.mergeText(`F${top}:F${top + 1}`, b(awal));
  sb.mergeText(`G${top}:${shift('G', n - 1)}${top}`, b('Target Kinerja Tujuan/Sasaran pada Tahun'));
  sb.put(`G${top + 1}`, ys.map((y) => b(y)));
  const akhir = shift('G', n);
  sb.mergeText(`${akhir}${top}:${akhir}${top + 1}`, b('Kondisi Kinerja pada Akhir Periode Renstra'));
  const rowOf = new Map<string, number>();
  let no = 0;
  data.forEach((d, i) => {
    const r = top + 2 + i;
    sb.put(`A${r}`, [d.tujuan ? ++no : undefined, d.tujuan, d.sasaran, d.ind, d.sat, d.base, ...d.t, d.t[n - 1]]);
    rowOf.set(d.ind, r);
  });
  const roles: Record<string, RoleSpec> = { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', E: 'satuan', F: 'baseline', ...yearRoles('target', letters('G', n), ys), [akhir]: 'akhir-target' };
  return { last: top + 1 + data.length, right: akhir, rowOf, roles, target: (ind, y) => `${shift('G', y)}${rowOf.get(ind)!}` };
}

/** IKU: No | Indikator Kinerja Utama | Satuan | Kondisi Awal | Target × n | Kondisi Akhir | Penanggung Jawab. */
function ikuText(
  sb: SB,
  top: number,
  ys: number[],
  data: TsRow[],
  awal: string,
  pj: string,
): { last: number; right: string; rowOf: Map<string, number>; roles: Record<string, RoleSpec>; target: (ind: string, y: number) => string } {
  const n = ys.length;
  sb.mergeText(`A${top}:A${top + 1}`, b('No'));
  sb.mergeText(`B${top}:B${top + 1}`, b('Indikator Kinerja Utama'));
  sb.mergeText(`C${top}:C${top + 1}`, b('Satuan'));
  sb.mergeText(`D${top}:D${top + 1}`, b(awal));
  sb.mergeText(`E${top}:${shift('E', n - 1)}${top}`, b('Target Kinerja'));
  sb.put(`E${top + 1}`, ys.map((y) => b(y)));
  const akhir = shift('E', n);
  const pjc = shift('E', n + 1);
  sb.mergeText(`${akhir}${top}:${akhir}${top + 1}`, b('Kondisi Akhir'));
  sb.mergeText(`${pjc}${top}:${pjc}${top + 1}`, b('Penanggung Jawab'));
  const rowOf = new Map<string, number>();
  data.forEach((d, i) => {
    const r = top + 2 + i;
    sb.put(`A${r}`, [i + 1, d.ind, d.sat, d.base, ...d.t, d.t[n - 1], pj]);
    rowOf.set(d.ind, r);
  });
  const roles: Record<string, RoleSpec> = { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', n), ys), [akhir]: 'akhir-target' };
  return { last: top + 1 + data.length, right: pjc, rowOf, roles, target: (ind, y) => `${shift('E', y)}${rowOf.get(ind)!}` };
}

// =============================================================================================
// 1. Bapenda kabupaten: Target dan Realisasi PAD per jenis pajak/retribusi, 2020-2024

{
  const sb = new SheetBuilder('Tabel 2.6');
  titles(sb, 1, ['Tabel 2.6', 'Target dan Realisasi Pendapatan Asli Daerah Kabupaten Ngawi Tahun 2020-2024']);
  const ys = years(2020);
  sb.mergeText('A4:A5', b('No'));
  sb.mergeText('B4:B5', b('Jenis Pendapatan'));
  sb.mergeText('C4:G4', b('Target (Rp)'));
  sb.mergeText('H4:L4', b('Realisasi (Rp)'));
  sb.mergeText('M4:Q4', b('Persentase Capaian (%)'));
  sb.mergeText('R4:S4', b('Rata-rata Pertumbuhan (%)'));
  sb.put('C5', [...ys, ...ys, ...ys].map((y) => b(y)));
  sb.put('R5', [b('Target'), b('Realisasi')]);
  sb.put('A6', numbers(19, 'paren'));
  type Leaf = { name: string; t: (number | null)[]; r: (number | null)[] };
  /** Target in millions; realisasi = target × factor, to the rupiah. */
  const leaf = (name: string, tj: (number | null)[], f: (number | null)[]): Leaf => ({
    name,
    t: tj.map((x) => (x === null ? null : x * M)),
    r: tj.map((x, i) => (x === null ? null : Math.round(x * M * f[i]!))),
  });
  const groups: { no: string; name: string; leaves: Leaf[] }[] = [
    {
      no: 'I',
      name: 'PAJAK DAERAH',
      leaves: [
        leaf('Pajak Hotel *)', [1250, 1100, 1450, 1800, null], [0.7883, 0.9383, 1.1051, 1.0641, null]),
        leaf('Pajak Restoran *)', [6500, 6000, 7250, 8400, null], [0.8942, 1.0409, 1.1176, 1.0855, null]),
        leaf('Pajak Hiburan *)', [450, 300, 400, 520, null], [0.4718, 0.628, 1.1631, 1.0556, null]),
        leaf('Pajak Reklame', [2100, 2000, 2200, 2350, 2500], [0.9072, 1.0202, 0.98, 1.0265, 0.9873]),
        leaf('Pajak Penerangan Jalan *)', [24000, 25000, 26500, 28000, null], [1.034, 1.0447, 1.053, 1.0502, null]),
        leaf('Pajak Parkir *)', [300, 250, 320, 350, null], [0.8311, 0.9604, 1.0278, 1.0137, null]),
        leaf('Pajak Barang dan Jasa Tertentu (PBJT) *)', [null, null, null, null, 42500], [null, null, null, null, 1.0428]),
        leaf('Pajak Air Tanah', [350, 375, 400, 425, 450], [1.0346, 1.0158, 0.9781, 1.0309, 1.0267]),
        leaf('Pajak Mineral Bukan Logam dan Batuan', [800, 850, 900, 950, 1000], [0.9125, 0.9561, 1.0422, 0.9877, 1.0105]),
        leaf('Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)', [18000, 18500, 19250, 20000, 21500], [0.9392, 0.9623, 0.9868, 1.0059, 0.9863]),
        leaf('Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)', [12000, 12500, 14000, 15000, 16500], [1.1171, 1.3245, 1.3243, 1.1484, 1.1458]),
      ],
    },
    {
      no: 'II',
      name: 'RETRIBUSI DAERAH',
      leaves: [
        leaf('Retribusi Jasa Umum', [9500, 8750, 9250, 9800, 10250], [0.9205, 0.8876, 0.9512, 0.9688, 0.9731]),
        leaf('Retribusi Jasa Usaha', [3200, 3000, 3400, 3650, 3900], [0.8734, 0.9127, 1.0118, 0.9905, 1.0214]),
        leaf('Retribusi Perizinan Tertentu', [2800, 2500, 3100, 3300, 3550], [0.9561, 1.182, 1.0345, 0.9418, 1.0072]),
      ],
    },
    {
      no: 'III',
      name: 'HASIL PENGELOLAAN KEKAYAAN DAERAH YANG DIPISAHKAN',
      leaves: [leaf('Bagian Laba atas Penyertaan Modal pada BUMD', [6850, 7100, 7450, 7800, 8200], [1, 1.0006, 1.0003, 1.0004, 1.0013])],
    },
    {
      no: 'IV',
      name: 'LAIN-LAIN PENDAPATAN ASLI DAERAH YANG SAH',
      leaves: [
        leaf('Jasa Giro', [1200, 1100, 1250, 1300, 1400], [1.1502, 1.2231, 1.0844, 1.1019, 1.0571]),
        leaf('Pendapatan Bunga Deposito', [4500, 4000, 4200, 5000, 5500], [1.0935, 1.1458, 1.2105, 1.0864, 1.0392]),
        leaf('Pendapatan BLUD', [138000, 146000, 153000, 163000, 174000], [1.0312, 1.0405, 1.0377, 1.0302, 1.0288]),
        leaf('Pendapatan Denda Pajak Daerah', [300, 250, 280, 300, 320], [1.2845, 1.412, 1.1534, 1.0921, 1.1187]),
      ],
    },
  ];
  const add = (xs: Leaf[], k: 't' | 'r') => ys.map((_, y) => {
    const v = xs.map((x) => x[k][y]).filter((x): x is number => x !== null);
    return v.length ? sum(v) : null;
  });
  const growth = (xs: (number | null)[]): V => (xs.filter((x) => x !== null).length >= 2 ? round(meanGrowth(xs) * 100, 2) : '-');
  const values = (t: (number | null)[], r: (number | null)[], bold: boolean): V[] => {
    const out: V[] = [...t.map((x) => x ?? '-'), ...r.map((x) => x ?? '-'), ...t.map((x, y) => (x !== null && r[y] !== null ? pct(r[y]!, x) : '-')), growth(t), growth(r)];
    return out.map((v) => (bold && (isNum(v) || v === '-') ? b(v) : v));
  };
  let row = 7;
  const leafRow = new Map<string, number>();
  const groupT: (number | null)[][] = [];
  const groupR: (number | null)[][] = [];
  for (const g of groups) {
    const t = add(g.leaves, 't');
    const r = add(g.leaves, 'r');
    groupT.push(t);
    groupR.push(r);
    sb.put(`A${row++}`, [b(g.no), b(g.name), ...values(t, r, true)]);
    g.leaves.forEach((l, i) => {
      leafRow.set(l.name, row);
      sb.put(`A${row++}`, [`${i + 1}.`, l.name, ...values(l.t, l.r, false)]);
    });
  }
  const jr = row;
  const totalT = ys.map((_, y) => sum(groupT.map((g) => g[y])));
  const totalR = ys.map((_, y) => sum(groupR.map((g) => g[y])));
  // Planted: JUMLAH PAD realisasi 2022 skipped the Hasil Pengelolaan Kekayaan Daerah group.
  totalR[2] -= groupR[2][2]!;
  sb.put(`A${jr}`, [undefined, b('JUMLAH PENDAPATAN ASLI DAERAH'), ...values(totalT, totalR, true)]);
  // Planted: Pajak Reklame 2021: 2.040.400.000 / 2.000.000.000 = 102,02 % — shown 98,02.
  const reklame = leafRow.get('Pajak Reklame')!;
  sb.set(`N${reklame}`, 98.02);
  sb.set(`A${jr + 1}`, '*) Sejak 2024 Pajak Hotel, Pajak Restoran, Pajak Hiburan, Pajak Parkir dan Pajak Penerangan Jalan dipungut sebagai PBJT (UU Nomor 1 Tahun 2022)');
  sb.set(`A${jr + 2}`, 'Sumber: LRA Pemerintah Kabupaten Ngawi Tahun 2020-2024 (audited)');
  agenciesUnseenLayouts.push({
    id: 'ag-bapenda-pad-jenis-pajak',
    viaXlsx: true,
    description:
      'Bapenda Bab II "Target dan Realisasi Pendapatan Asli Daerah … 2020-2024": Target (Rp) | Realisasi (Rp) | Persentase Capaian (%) | Rata-rata Pertumbuhan (%) Target | Realisasi; kelompok rows I PAJAK DAERAH … IV LAIN-LAIN PAD YANG SAH (bold, carrying the sum of their jenis rows "1." "2." …), JUMLAH PAD = Σ kelompok. The UU 1/2022 merger: Hotel/Restoran/Hiburan/Parkir/PPJ "-" in 2024, PBJT "-" before 2024 (growth "-"), growth of the old taxes over 2020-2023; BPHTB capaian 132 %. Planted: JUMLAH realisasi 2022 skips kelompok III; Pajak Reklame 2021 capaian 98,02 where 102,02',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 2.6',
        kind: 'anggaran-realisasi',
        range: `A4:S${jr}`,
        headerRows: [4, 5, 6],
        roles: { A: 'no', B: 'name', ...yearRoles('pagu', letters('C', 5), ys), ...yearRoles('realisasi', letters('H', 5), ys), ...yearRoles('rasio', letters('M', 5), ys), R: 'growth/anggaran', S: 'growth/realisasi' },
      },
    ],
    findings: [
      { rule: 'total.jumlah', cell: `J${jr}` },
      { rule: 'ratio.anggaran', cell: `N${reklame}` },
    ],
    // The JUMLAH's own capaian and growth follow from its wrong realisasi.
    tolerated: [
      { rule: 'ratio.anggaran', cell: `O${jr}` },
      { rule: 'growth.rata-rata', cell: `S${jr}` },
    ],
  });
}

// =============================================================================================
// 2. Bapenda kabupaten: T-C.25, T-C.27 with "≥ 100", "15,40" and "12 Dok" targets, IKU (2026-2030)

{
  const ys = years(2026);
  const pj = (juta: number, rate = 0.05) => jt(juta, 1, 5, rate);
  const ts: TsRow[] = [
    { tujuan: 'Meningkatnya kemandirian keuangan daerah', ind: 'Rasio PAD terhadap Total Pendapatan Daerah', sat: '%', base: '14,85', t: ['15,10', '15,40', '15,75', '16,10', '16,50'] },
    { sasaran: 'Meningkatnya realisasi pendapatan asli daerah', ind: 'Persentase Capaian Realisasi PAD terhadap Target', sat: '%', base: '103,52', t: flat('≥ 100') },
    { sasaran: 'Meningkatnya kualitas pelayanan pajak daerah', ind: 'Indeks Kepuasan Wajib Pajak', sat: 'Indeks', base: 81.6, t: [82, 82.5, 83, 83.5, 84] },
    { sasaran: 'Meningkatnya akuntabilitas kinerja Badan', ind: 'Nilai SAKIP Badan Pendapatan Daerah', sat: 'Predikat', base: 'BB', t: ['BB', 'BB', 'A', 'A', 'A'] },
  ];
  const s25 = new SheetBuilder('Tabel 3.1');
  titles(s25, 1, ['Tabel 3.1', 'Tujuan dan Sasaran Jangka Menengah Badan Pendapatan Daerah Kabupaten Ngawi']);
  const t25 = tc25Text(s25, 4, ys, ts, 'Kondisi Awal (2025)');

  const s27 = new SheetBuilder('Tabel 4.2');
  titles(s27, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Badan Pendapatan Daerah Kabupaten Ngawi Tahun 2026-2030']);
  const h = tc27(s27, 4, { yearLabels: ys, numberRow: 'plain' });
  const items: Item[] = [
    penunjang('5.02', 1.3, 'small'),
    prog(
      '5.02.04',
      'PROGRAM PENGELOLAAN PENDAPATAN DAERAH',
      [I('Persentase Capaian Realisasi PAD terhadap Target', '%', '103,52 %', flat('≥ 100 %')), I('Rasio PAD terhadap Total Pendapatan Daerah', '%', '14,85 %', ['15,10 %', '15,40 %', '15,75 %', '16,10 %', '16,50 %'])],
      [
        keg('5.02.04.2.01', 'Kegiatan Pengelolaan Pendapatan Daerah', I('Jumlah Dokumen dan Laporan Pengelolaan Pendapatan Daerah', undefined, '27 Dok', flat('27 Dok')), [
          S('5.02.04.2.01.0001', 'Perencanaan Pengelolaan Pajak Daerah', 'Jumlah Dokumen Rencana Pengelolaan Pajak Daerah', 'Dokumen', '1 Dok', flat('1 Dok'), pj(85)),
          S(
            '5.02.04.2.01.0005',
            'Pendataan dan Pendaftaran Objek Pajak Daerah',
            'Jumlah Laporan Hasil Pendataan dan Pendaftaran Objek Pajak Daerah, Subjek Pajak dan Wajib Pajak Daerah',
            'Laporan',
            '4 Lap',
            flat('4 Lap'),
            pj(420),
          ),
          S(
            '5.02.04.2.01.0007',
            'Penilaian Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBBP2) serta Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)',
            'Jumlah Objek Pajak yang Disesuaikan NJOP nya',
            'Obyek Pajak',
            '2.500 OP',
            ['2.500 OP', '3.000 OP', '3.500 OP', '4.000 OP', '4.500 OP'],
            pj(260),
          ),
          S('5.02.04.2.01.0009', 'Pelayanan dan Konsultasi Pajak Daerah', 'Jumlah Layanan dan Konsultasi Pajak Daerah', 'Layanan', '11.500 Layanan', ['12.000 Layanan', '12.500 Layanan', '13.000 Layanan', '13.500 Layanan', '14.000 Layanan'], pj(132)),
          S('5.02.04.2.01.0011', 'Penagihan Pajak Daerah', 'Jumlah Dokumen Hasil Pelaksanaan Penagihan Pajak Daerah', 'Dokumen', '12 Dok', flat('12 Dok'), pj(310)),
          S('5.02.04.2.01.0013', 'Pengendalian, Pemeriksaan dan Pengawasan Pajak Daerah', 'Jumlah Dokumen Hasil Pemeriksaan serta Pengendalian dan Pengawasan Pajak Daerah', 'Dokumen', '12 Dok', flat('12 Dok'), pj(145)),
          S('5.02.04.2.01.0015', 'Elektronifikasi Transaksi Pemerintah Daerah', 'Jumlah Laporan Perkembangan Elektronifikasi Transaksi Pemerintah Daerah', 'Laporan', '2 Lap', flat('2 Lap'), pj(60)),
        ]),
      ],
    ),
  ];
  const f = renderFunding(s27, h.firstData, items, h.cols, {
    bold: { program: true, kegiatan: true },
    unitText: 'Bapenda',
    lokasiText: 'Kabupaten Ngawi',
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'C' },
    paguDelta: [{ key: '5.02.04.2.01', year: 2, delta: 7_500_000 }],
  });

  const si = new SheetBuilder('Tabel 4.4');
  titles(si, 1, ['Tabel 4.4', 'Indikator Kinerja Utama Badan Pendapatan Daerah Kabupaten Ngawi']);
  const ikuRows = ts.map((x) => ({ ...x, t: [...x.t] }));
  // Planted: the IKU's 2029 Indeks Kepuasan Wajib Pajak is 83 where T-C.25 says 83,5.
  ikuRows[2].t[3] = 83;
  const iku = ikuText(si, 4, ys, ikuRows, 'Kondisi Awal (2025)', 'Kepala Badan');
  agenciesUnseenLayouts.push({
    id: 'ag-bapenda-tc25-tc27-iku-text-targets',
    description:
      'Bapenda 2026-2030 on three sheets: T-C.25 (satuan, "Kondisi Awal (2025)", kondisi akhir) with "15,10" typed as text, "≥ 100" and SAKIP "BB"/"A"; T-C.27 (no satuan column, 1 2 3 … row, program and kegiatan bold) whose program targets read "≥ 100 %" and "15,40 %" and whose sub kegiatan targets carry their unit ("1 Dok", "4 Lap", "2.500 OP", "12.000 Layanan"); IKU. Planted: the Pengelolaan Pendapatan kegiatan 7.500.000 over its sub kegiatan in 2028; the IKU 2029 Indeks Kepuasan Wajib Pajak 83 where T-C.25 says 83,5',
    workbook: workbook(s25, s27, si),
    tables: [
      { sheet: 'Tabel 3.1', kind: 'tujuan-sasaran', range: `A4:${t25.right}${t25.last}`, headerRows: [4, 5], roles: t25.roles },
      { sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, ys) },
      { sheet: 'Tabel 4.4', kind: 'iku', range: `A4:${iku.right}${iku.last}`, headerRows: [4, 5], roles: iku.roles },
    ],
    findings: [
      { rule: 'total.pagu-induk', cell: `Tabel 4.2!${f.cell('5.02.04.2.01', 'pagu', 2)}` },
      { rule: 'crosstable.iku-target', cell: [`Tabel 4.4!${iku.target('Indeks Kepuasan Wajib Pajak', 3)}`, `Tabel 3.1!${t25.target('Indeks Kepuasan Wajib Pajak', 3)}`] },
    ],
    tolerated: [{ rule: 'total.pagu-induk', cell: `Tabel 4.2!${f.cell('5.02.04.2.01', 'akhirPagu')}` }],
  });
}

// =============================================================================================
// 3. Bapenda provinsi: T-C.23 with a falling tunggakan, T-C.27 with provinsi codes (SAMSAT money)

{
  const s23 = new SheetBuilder('Tabel 2.3');
  titles(s23, 1, ['Tabel 2.3', 'Pencapaian Kinerja Pelayanan Badan Pendapatan Daerah Provinsi Jawa Tengah Tahun 2020-2024']);
  const h23 = tc23Header(s23, 4, years(2020), { agency: 'Bapenda Provinsi', numberRow: true });
  const d23 = h23[h23.length - 1] + 1;
  type C = { ind: string; refs: V[]; t: number[]; r: number[]; neg?: boolean };
  const cap: C[] = [
    { ind: 'Persentase Capaian Realisasi Pajak Daerah terhadap Target', refs: ['-', '-', 'V'], t: [100, 100, 100, 100, 100], r: [96.42, 104.18, 108.35, 102.77, 99.12] },
    { ind: 'Rasio Kepatuhan Wajib Pajak Kendaraan Bermotor', refs: ['-', 'V', '-'], t: [70, 72, 74, 76, 78], r: [68.4, 71.9, 75.2, 77.8, 79.1] },
    { ind: 'Persentase Tunggakan Pajak Kendaraan Bermotor', refs: ['-', '-', 'V'], t: [15, 14, 13, 12, 11], r: [16.2, 13.5, 12.1, 12.4, 10.2], neg: true },
    { ind: 'Persentase Kontribusi Pajak Daerah terhadap PAD', refs: ['-', '-', 'V'], t: [82, 82, 83, 83, 84], r: [84.6, 85.1, 83.9, 84.4, 85.2] },
    { ind: 'Indeks Kepuasan Masyarakat terhadap Layanan SAMSAT', refs: ['-', '-', 'V'], t: [80, 81, 82, 83, 84], r: [82.35, 83.1, 84.02, 85.6, 86.15] },
  ];
  cap.forEach((c, i) => s23.put(`A${d23 + i}`, [i + 1, c.ind, ...c.refs, ...c.t, ...c.r, ...c.t.map((t, y) => round(c.neg ? 2 - c.r[y] / t : c.r[y] / t, 2))]));
  const e23 = d23 + cap.length - 1;
  // Planted: kepatuhan 2022: 75,2 / 74 = 1,02 — shown 0,98 (target ÷ realisasi).
  const wrong23 = `R${d23 + 1}`;
  s23.set(wrong23, 0.98);
  s23.set(`A${e23 + 1}`, 'Keterangan: tunggakan PKB makin kecil makin baik, rasio = 2 − (realisasi/target) (PermenPANRB 6/2022)');

  const s27 = new SheetBuilder('Tabel 4.2');
  titles(s27, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Badan Pendapatan Daerah Provinsi Jawa Tengah Tahun 2025-2029']);
  const h = tc27(s27, 4, { yearLabels: years(2025), satuan: true, numberRow: 'paren' });
  const items: Item[] = [
    prog('5.02.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', I('Persentase Capaian Kinerja dan Realisasi Anggaran Perangkat Daerah', '%', 95, rising(95.5, 0.5)), [
      keg('5.02.01.1.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', I('Jumlah Dokumen Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Dokumen', 10, flat(10)), [
        sub('5.02.01.1.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', I('Jumlah Dokumen Perencanaan Perangkat Daerah', 'Dokumen', 2, flat(2)), series(245 * M)),
        sub('5.02.01.1.01.0007', 'Evaluasi Kinerja Perangkat Daerah', I('Jumlah Laporan Evaluasi Kinerja Perangkat Daerah', 'Laporan', 4, flat(4)), series(118 * M)),
      ]),
      keg('5.02.01.1.02', 'Administrasi Keuangan Perangkat Daerah', I('Jumlah Dokumen Administrasi Keuangan Perangkat Daerah', 'Dokumen', 12, flat(12)), [
        sub('5.02.01.1.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', I('Jumlah Orang yang Menerima Gaji dan Tunjangan ASN', 'Orang/Bulan', 1_426, flat(1_426)), series(168_450 * M, 5, 0.03)),
      ]),
    ]),
    prog(
      '5.02.04',
      'PROGRAM PENGELOLAAN PENDAPATAN DAERAH',
      [I('Persentase Capaian Realisasi Pajak Daerah terhadap Target', '%', 99.12, flat(100)), I('Rasio Kepatuhan Wajib Pajak Kendaraan Bermotor', '%', 79.1, rising(80, 1))],
      [
        keg('5.02.04.1.01', 'Kegiatan Pengelolaan Pendapatan Daerah', I('Jumlah Dokumen dan Laporan Pengelolaan Pajak Daerah', 'Dokumen', 60, flat(60)), [
          sub('5.02.04.1.01.0001', 'Perencanaan Pengelolaan Pajak Daerah', I('Jumlah Dokumen Rencana Pengelolaan Pajak Daerah', 'Dokumen', 1, flat(1)), series(1_250 * M)),
          sub('5.02.04.1.01.0004', 'Penyediaan Sarana dan Prasarana Pengelolaan Pajak Daerah', I('Jumlah Sarana dan Prasarana Pengelolaan Pajak Daerah', 'Sarana dan Prasarana', 37, flat(37)), series(24_800 * M, 5, 0.04)),
          sub(
            '5.02.04.1.01.0005',
            'Pendataan dan Pendaftaran Objek Pajak Daerah',
            I('Jumlah Laporan Hasil Pendataan dan Pendaftaran Objek Pajak Daerah, Subyek Pajak dan Wajib Pajak Daerah', 'Laporan', 12, flat(12)),
            series(6_420 * M),
          ),
          sub('5.02.04.1.01.0007', 'Penetapan Wajib Pajak Daerah', I('Jumlah Dokumen Ketetapan Pajak Daerah', 'Dokumen Ketetapan', 12_850_000, rising(13_100_000, 250_000)), series(38_650 * M, 5, 0.03)),
          sub('5.02.04.1.01.0010', 'Penagihan Pajak Daerah', I('Jumlah Dokumen Tertanggihnya WP yang Memiliki Piutang Pajak.', 'Dokumen SSPD', 410_000, rising(420_000, 10_000)), series(9_875 * M)),
          sub('5.02.04.1.01.0012', 'Pengendalian, Pemeriksaan dan Pengawasan Pajak Daerah', I('Jumlah Laporan Hasil Pengendalian dan Pengawasan Pajak Daerah', 'Laporan', 37, flat(37)), series(3_150 * M)),
        ]),
      ],
    ),
  ];
  const f = renderFunding(s27, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Bapenda Provinsi',
    lokasiText: 'Provinsi Jawa Tengah',
    jumlah: { label: 'TOTAL', labelCol: 'A', mergeTo: 'C' },
    jumlahDelta: [{ year: 2, delta: 100_000_000 }],
  });
  agenciesUnseenLayouts.push({
    id: 'ag-bapenda-prov-tc23-tc27',
    viaXlsx: true,
    description:
      'Bapenda Provinsi (a provincial Badan): T-C.23 2020-2024 (NSPK/IKK/Lainnya, rasio as ratio) with pajak capaian around 100, a falling "Persentase Tunggakan PKB" whose rasio is 2 − R/T as its note says; T-C.27 2025-2029 with provinsi codes (5.02.01.1.01, 5.02.04.1.01.0007), "PROGRAM PENUNJANG … PROVINSI", 1.426 pegawai, SAMSAT money in the tens of billions, targets in millions of ketetapan, TOTAL merged A:C. Planted: a kepatuhan rasio inverted (0,98 where 1,02), TOTAL 2027 100.000.000 over',
    workbook: workbook(s23, s27),
    tables: [
      { sheet: 'Tabel 2.3', kind: 'pencapaian-kinerja', range: `A4:T${e23}`, headerRows: h23, roles: TC23_ROLES(years(2020)) },
      { sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) },
    ],
    findings: [
      { rule: 'ratio.capaian', cell: `Tabel 2.3!${wrong23}` },
      { rule: 'total.jumlah', cell: `Tabel 4.2!${f.cell('jumlah', 'pagu', 2)}` },
    ],
    tolerated: [{ rule: 'total.jumlah', cell: `Tabel 4.2!${f.cell('jumlah', 'akhirPagu')}` }],
  });
}

// =============================================================================================
// 4. RSUD: T-C.23 of kinerja pelayanan against ideal ranges (BOR "60-85", NDR "≤ 25")

{
  const sb = new SheetBuilder('Tabel 2.3');
  titles(sb, 1, ['Tabel 2.3', 'Pencapaian Kinerja Pelayanan RSUD dr. Soeroto Kabupaten Ngawi Tahun 2020-2024']);
  const ys = years(2020);
  const f5 = (v: V): V[] => [v, v, v, v, v];
  const data: CapRow[] = [
    // In the range: 100; below its lower bound: realisasi ÷ lower bound; above an upper limit: limit ÷ realisasi.
    { ind: 'Bed Occupancy Rate (BOR)', sat: '%', ref: '60-85', t: f5('60-85'), r: [52.4, 58.9, 66.3, 71.8, 74.2], ras: [87.33, 98.17, 100, 100, 100] },
    { ind: 'Average Length of Stay (ALOS)', sat: 'hari', ref: '6-9', t: f5('6-9'), r: [4.2, 4.1, 4, 3.9, 3.8], ras: f5('-') },
    { ind: 'Bed Turn Over (BTO)', sat: 'kali', ref: '40-50', t: f5('40-50'), r: [38.5, 42.1, 45.6, 47.2, 49.8], ras: [96.25, 100, 100, 100, 100] },
    { ind: 'Turn Over Interval (TOI)', sat: 'hari', ref: '1-3', t: f5('1-3'), r: [3.6, 2.8, 2.1, 1.9, 1.7], ras: [83.33, 100, 100, 100, 100] },
    { ind: 'Net Death Rate (NDR)', sat: '‰', ref: '≤ 25', t: f5('≤ 25'), r: [27.4, 24.1, 22.8, 21.5, 20.9], ras: [91.24, 100, 100, 100, 100] },
    { ind: 'Gross Death Rate (GDR)', sat: '‰', ref: '≤ 45', t: f5('≤ 45'), r: [48.2, 44.5, 41.3, 39.8, 38.6], ras: [93.36, 100, 100, 100, 100] },
    { ind: 'Indeks Kepuasan Masyarakat', sat: 'Indeks', ref: '≥ 76,61', t: [78, 79, 80, 81, 82], r: [79.25, 80.1, 81.45, 82.6, 83.9], ras: [] },
    { ind: 'Rata-rata Waktu Tunggu Rawat Jalan', sat: 'menit', ref: '≤ 60', t: [60, 55, 50, 45, 40], r: [62, 54, 48, 46, 38], ras: [] },
    { ind: 'Angka Kejadian Infeksi Nosokomial (HAIs)', sat: '%', ref: '≤ 1,5', t: f5('≤ 1,5'), r: [1.8, 1.4, 1.2, 1.1, 0.9], ras: [83.33, 100, 100, 100, 100] },
  ];
  data[6].ras = data[6].t.map((t, i) => pct(data[6].r[i] as number, t as number));
  // Lower is better (PermenPANRB 6/2022 kondisi khusus): (2 − R/T) × 100.
  data[7].ras = data[7].t.map((t, i) => round((2 - (data[7].r[i] as number) / (t as number)) * 100, 2));
  const tb = tc23Sat(sb, 4, ys, data, { indicator: 'Indikator Kinerja Pelayanan', ref: 'Standar Nasional', target: 'Target Renstra', real: 'Realisasi', rasio: 'Capaian (%)' });
  // Planted: IKM 2022: 81,45 / 80 = 101,81 % — shown 98,22 (target ÷ realisasi).
  const ikm = tb.first + 6;
  const wrong = `${shift(tb.xcol, 2)}${ikm}`;
  sb.set(wrong, 98.22);
  sb.set(`A${tb.last + 1}`, 'Keterangan: standar BOR, ALOS, BTO, TOI, NDR dan GDR menurut Kemenkes (Barber-Johnson); capaian 100 bila realisasi di dalam rentang standar');
  agenciesUnseenLayouts.push({
    id: 'ag-rsud-tc23-ideal-ranges',
    viaXlsx: true,
    description:
      'RSUD T-C.23 2020-2024 with Satuan and a "Standar Nasional" column: BOR "60-85", ALOS "6-9" (capaian "-"), BTO "40-50", TOI "1-3", NDR "≤ 25" ‰, GDR "≤ 45" ‰, HAIs "≤ 1,5" as targets every year — capaian 100 inside the range, realisasi ÷ bound outside, as its note says; IKM (numeric targets, capaian above 100) and a falling waktu tunggu (2 − R/T). Ratios against a range or a threshold cannot be checked as R/T and must raise no error. Planted: IKM 2022 capaian 98,22 where 101,81',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.3', kind: 'pencapaian-kinerja', range: `A4:${tb.right}${tb.last}`, headerRows: tb.headerRows, roles: tb.roles }],
    findings: [{ rule: 'ratio.capaian', cell: wrong }],
  });
}

// =============================================================================================
// 5. RSUD: T-C.25 and IKU with "Paripurna", "< 45", CRR typed "82,5"

{
  const ys = years(2025);
  const ts: TsRow[] = [
    { tujuan: 'Meningkatnya mutu pelayanan kesehatan rujukan', ind: 'Status Akreditasi Rumah Sakit', sat: 'Predikat', base: 'Utama', t: ['Utama', 'Paripurna', 'Paripurna', 'Paripurna', 'Paripurna'] },
    { sasaran: 'Meningkatnya kualitas pelayanan rumah sakit', ind: 'Persentase Capaian Standar Pelayanan Minimal Rumah Sakit', sat: '%', base: 90.5, t: [92, 94, 96, 98, 100] },
    { sasaran: 'Meningkatnya kepuasan pasien', ind: 'Indeks Kepuasan Masyarakat', sat: 'Indeks', base: 82.4, t: [82.5, 83, 83.5, 84, 84.5] },
    { sasaran: 'Menurunnya angka kematian pasien rawat inap', ind: 'Net Death Rate (NDR)', sat: '‰', base: 20.9, t: [20.5, 20, 19.5, 19, 18.5] },
    { ind: 'Gross Death Rate (GDR)', sat: '‰', base: '< 45', t: ['< 45', '< 45', '< 45', '< 45', '< 45'] },
    { sasaran: 'Meningkatnya kemandirian keuangan BLUD', ind: 'Cost Recovery Rate (CRR)', sat: '%', base: '80,4', t: ['82,5', '85,0', '87,5', '90,0', '92,5'] },
  ];
  const s25 = new SheetBuilder('Tabel 3.1');
  titles(s25, 1, ['Tabel 3.1', 'Tujuan dan Sasaran Jangka Menengah Pelayanan RSUD dr. Soeroto Kabupaten Ngawi']);
  const t25 = tc25Text(s25, 4, ys, ts, 'Kondisi Awal (2024)');
  const si = new SheetBuilder('Tabel 4.4');
  titles(si, 1, ['Tabel 4.4', 'Indikator Kinerja Utama RSUD dr. Soeroto Kabupaten Ngawi']);
  const ikuRows = ts.map((x) => ({ ...x, t: [...x.t] }));
  // Planted: the IKU's 2027 NDR is 20 (copied from 2026) where T-C.25 says 19,5.
  ikuRows[3].t[2] = 20;
  const iku = ikuText(si, 4, ys, ikuRows, 'Kondisi Awal (2024)', 'Direktur');
  agenciesUnseenLayouts.push({
    id: 'ag-rsud-tc25-iku-akreditasi',
    description:
      'RSUD T-C.25 (satuan, kondisi awal/akhir) and IKU 2025-2029: "Status Akreditasi Rumah Sakit" "Utama" then "Paripurna", capaian SPM to 100, IKM, a falling NDR (‰), GDR "< 45" every year, Cost Recovery Rate typed "82,5" … "92,5" as text; the IKU repeats the T-C.25 (text targets equal). Planted: the IKU 2027 NDR 20 where T-C.25 says 19,5',
    workbook: workbook(s25, si),
    tables: [
      { sheet: 'Tabel 3.1', kind: 'tujuan-sasaran', range: `A4:${t25.right}${t25.last}`, headerRows: [4, 5], roles: t25.roles },
      { sheet: 'Tabel 4.4', kind: 'iku', range: `A4:${iku.right}${iku.last}`, headerRows: [4, 5], roles: iku.roles },
    ],
    findings: [{ rule: 'crosstable.iku-target', cell: [`Tabel 4.4!${iku.target('Net Death Rate (NDR)', 2)}`, `Tabel 3.1!${t25.target('Net Death Rate (NDR)', 2)}`] }],
  });
}

// =============================================================================================
// 6. Inspektorat: T-C.25 ("Level 3", "BB", SPIP "3,20"), IKU, T-C.27 (6.01.02, 6.01.03)

{
  const ys = years(2025);
  const ts: TsRow[] = [
    { tujuan: 'Meningkatnya akuntabilitas penyelenggaraan pemerintahan daerah', ind: 'Nilai SAKIP Pemerintah Kabupaten', sat: 'Predikat', base: 'BB', t: ['BB', 'BB', 'A', 'A', 'A'] },
    { sasaran: 'Meningkatnya kapabilitas APIP', ind: 'Level Kapabilitas APIP', sat: 'Level', base: 'Level 3', t: ['Level 3', 'Level 3', 'Level 3', 'Level 3', 'Level 4'] },
    { sasaran: 'Meningkatnya maturitas penyelenggaraan SPIP', ind: 'Skor Maturitas SPIP Terintegrasi', sat: 'Skor', base: '3,15', t: ['3,20', '3,30', '3,40', '3,50', '3,60'] },
    { sasaran: 'Meningkatnya tindak lanjut hasil pengawasan', ind: 'Persentase Rekomendasi Hasil Pengawasan yang Ditindaklanjuti', sat: '%', base: 86.4, t: [88, 90, 92, 94, 95] },
    { sasaran: 'Meningkatnya upaya pencegahan korupsi', ind: 'Skor Monitoring Center for Prevention (MCP) KPK', sat: 'Skor', base: '87,32', t: ['≥ 88', '≥ 89', '≥ 90', '≥ 91', '≥ 92'] },
  ];
  const s25 = new SheetBuilder('Tabel 3.1');
  titles(s25, 1, ['Tabel 3.1', 'Tujuan dan Sasaran Jangka Menengah Inspektorat Daerah Kabupaten Magetan']);
  const t25 = tc25Text(s25, 4, ys, ts, 'Kondisi Awal (2024)');
  const si = new SheetBuilder('Tabel 4.4');
  titles(si, 1, ['Tabel 4.4', 'Indikator Kinerja Utama Inspektorat Daerah Kabupaten Magetan']);
  const ikuRows = ts.map((x) => ({ ...x, t: [...x.t] }));
  // Planted: the IKU keeps "BB" for 2027 where T-C.25 raises the SAKIP target to "A".
  ikuRows[0].t[2] = 'BB';
  const iku = ikuText(si, 4, ys, ikuRows, 'Kondisi Awal (2024)', 'Inspektur');

  const s27 = new SheetBuilder('Tabel 4.2');
  titles(s27, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Inspektorat Daerah Kabupaten Magetan Tahun 2025-2029']);
  const h = tc27(s27, 4, { yearLabels: ys, satuan: true });
  const pj = (juta: number, rate = 0.05) => jt(juta, 1, 5, rate);
  const items: Item[] = [
    penunjang('6.01', 0.8, 'small'),
    prog(
      '6.01.02',
      'PROGRAM PENYELENGGARAAN PENGAWASAN',
      [I('Level Kapabilitas APIP', 'Level', 'Level 3', ['Level 3', 'Level 3', 'Level 3', 'Level 3', 'Level 4']), I('Persentase Rekomendasi Hasil Pengawasan yang Ditindaklanjuti', '%', 86.4, [88, 90, 92, 94, 95])],
      [
        keg('6.01.02.2.01', 'Penyelenggaraan Pengawasan Internal', I('Jumlah Laporan Hasil Pengawasan Internal', 'Laporan', 160, flat(165)), [
          S('6.01.02.2.01.0001', 'Pengawasan Kinerja Pemerintah Daerah', 'Jumlah Laporan Hasil Pengawasan Kinerja Pemerintah Daerah', 'Laporan', 45, flat(46), pj(420)),
          S('6.01.02.2.01.0002', 'Pengawasan Keuangan Pemerintah Daerah', 'Jumlah Laporan Hasil Pengawasan Keuangan Pemerintah Daerah', 'Laporan', 46, flat(46), pj(385)),
          S('6.01.02.2.01.0003', 'Reviu Laporan Kinerja', 'Jumlah Laporan Hasil Reviu Laporan Kinerja', 'Laporan', 1, flat(1), pj(64)),
          S('6.01.02.2.01.0004', 'Reviu Laporan Keuangan', 'Jumlah Laporan Hasil Reviu Laporan Keuangan', 'Laporan', 1, flat(1), pj(88)),
          S('6.01.02.2.01.0005', 'Pengawasan Desa', 'Jumlah Laporan Hasil Pengawasan Desa', 'Laporan', 67, flat(70), pj(515)),
          S(
            '6.01.02.2.01.0007',
            'Monitoring dan Evaluasi Tindak Lanjut Hasil Pemeriksaan BPK RI dan Tindak Lanjut Hasil Pemeriksaan APIP',
            'Jumlah Dokumen Hasil Monitoring dan Evaluasi Tindak Lanjut Hasil Pemeriksaan BPK RI dan Tindak Lanjut Hasil Pemeriksaan APIP',
            'Dokumen',
            2,
            flat(2),
            pj(72),
          ),
        ]),
        keg('6.01.02.2.02', 'Penyelenggaraan Pengawasan dengan Tujuan Tertentu', I('Jumlah Laporan Hasil Pengawasan dengan Tujuan Tertentu', 'Laporan', 14, flat(15)), [
          S('6.01.02.2.02.0001', 'Penanganan Penyelesaian Kerugian Negara/Daerah', 'Jumlah Laporan Penyelesaian Kerugian Negara/Daerah yang Ditangani', 'Laporan', 4, flat(5), pj(96)),
          S('6.01.02.2.02.0002', 'Pengawasan dengan Tujuan Tertentu', 'Jumlah Laporan Hasil Pengawasan Dengan Tujuan Tertentu', 'Laporan', 10, flat(10), pj(154)),
        ]),
      ],
    ),
    prog('6.01.03', 'PROGRAM PERUMUSAN KEBIJAKAN, PENDAMPINGAN DAN ASISTENSI', I('Skor Maturitas SPIP Terintegrasi', 'Skor', '3,15', ['3,20', '3,30', '3,40', '3,50', '3,60']), [
      keg('6.01.03.2.02', 'Pendampingan dan Asistensi', I('Jumlah Perangkat Daerah yang Didampingi', 'Perangkat Daerah', 38, flat(38)), [
        S('6.01.03.2.02.0001', 'Pendampingan dan Asistensi Urusan Pemerintahan Daerah', 'Jumlah Perangkat Daerah yang Dilakukan Pendampingan dan Asistensi Urusan Pemerintahan Daerah', 'Perangkat Daerah', 38, flat(38), pj(118)),
        S(
          '6.01.03.2.02.0002',
          'Pendampingan, Asistensi, Verifikasi, dan Penilaian Reformasi Birokrasi',
          'Jumlah Perangkat Daerah yang Dilakukan Pendampingan, Asistensi, Verifikasi, dan Penilaian Reformasi Birokrasi',
          'Perangkat Daerah',
          38,
          flat(38),
          pj(76),
        ),
        S(
          '6.01.03.2.02.0003',
          'Koordinasi, Monitoring dan Evaluasi serta Verifikasi Pencegahan dan Pemberantasan Korupsi',
          'Jumlah Kegiatan Koordinasi, Monitoring dan Evaluasi serta Verifikasi Pencegahan dan Pemberantasan Korupsi',
          'Kegiatan',
          8,
          flat(8),
          pj(58),
        ),
      ]),
    ]),
  ];
  const f = renderFunding(s27, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Inspektorat Daerah',
    lokasiText: 'Kabupaten Magetan',
    jumlah: { label: 'Jumlah', labelCol: 'B' },
    paguDelta: [{ key: '6.01.02', year: 3, delta: 20_000_000 }],
  });
  agenciesUnseenLayouts.push({
    id: 'ag-inspektorat-text-levels',
    viaXlsx: true,
    description:
      'Inspektorat 2025-2029: T-C.25 with SAKIP "BB"/"A", "Level 3" … "Level 4" Kapabilitas APIP, SPIP score "3,20" typed as text, MCP "≥ 88"; IKU copying it; T-C.27 (6.01.01 Penunjang small, 6.01.02 with two program indicators — "Level 3" and a % — 6.01.03 with "3,20" targets, satuan column). Planted: the IKU keeps SAKIP "BB" for 2027 where T-C.25 says "A" (a text target that disagrees); program 6.01.02 20.000.000 over its kegiatan in 2028',
    workbook: workbook(s25, si, s27),
    tables: [
      { sheet: 'Tabel 3.1', kind: 'tujuan-sasaran', range: `A4:${t25.right}${t25.last}`, headerRows: [4, 5], roles: t25.roles },
      { sheet: 'Tabel 4.4', kind: 'iku', range: `A4:${iku.right}${iku.last}`, headerRows: [4, 5], roles: iku.roles },
      { sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, ys) },
    ],
    findings: [
      { rule: 'crosstable.iku-target', cell: [`Tabel 4.4!${iku.target('Nilai SAKIP Pemerintah Kabupaten', 2)}`, `Tabel 3.1!${t25.target('Nilai SAKIP Pemerintah Kabupaten', 2)}`] },
      { rule: 'total.pagu-induk', cell: `Tabel 4.2!${f.cell('6.01.02', 'pagu', 3)}` },
    ],
    tolerated: [
      { rule: 'total.pagu-induk', cell: `Tabel 4.2!${f.cell('6.01.02', 'akhirPagu')}` },
      // The Jumlah adds the programs as shown (it carries the 20.000.000 too): defensible either way.
      { rule: 'total.jumlah', cell: `Tabel 4.2!${f.cell('jumlah', 'pagu', 3)}` },
      { rule: 'total.jumlah', cell: `Tabel 4.2!${f.cell('jumlah', 'akhirPagu')}` },
    ],
  });
}

// =============================================================================================
// 7. Sekretariat DPRD: T-C.27 whose targets carry their unit ("3 Dok", "12 Lap", "4.500 Orang")

{
  const sb = new SheetBuilder('BAB IV');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Sekretariat DPRD Kabupaten Ponorogo Tahun 2025-2029']);
  const ys = years(2025);
  const h = tc27(sb, 4, {
    yearLabels: ys.map((y) => `Tahun ${y}`),
    labels: { name: 'Program/Kegiatan/Sub Kegiatan', indicator: 'Indikator Kinerja', baseline: 'Kondisi Awal (2024)', target: 'Target', pagu: 'Pagu (Rp)' },
    lokasi: false,
  });
  const pj = (juta: number, rate = 0.05) => jt(juta, 1, 5, rate);
  const u = (n: string) => flat(n);
  const items: Item[] = [
    penunjangFull('4.02', 1.1, 5, { pegawai: 58 }),
    prog(
      '4.02.02',
      'PROGRAM DUKUNGAN PELAKSANAAN TUGAS DAN FUNGSI DPRD',
      [I('Persentase Raperda yang Ditetapkan Tepat Waktu', undefined, '80 %', ['80 %', '85 %', '85 %', '90 %', '90 %']), I('Persentase Fasilitasi Pelaksanaan Fungsi DPRD', undefined, '100 %', u('100 %'))],
      [
        keg('4.02.02.2.01', 'Pembentukan Peraturan Daerah dan Peraturan DPRD', I('Jumlah Dokumen Pembentukan Perda dan Peraturan DPRD', undefined, '14 Dok', u('14 Dok')), [
          S('4.02.02.2.01.0001', 'Penyusunan dan Pembahasan Program Pembentukan Peraturan Daerah', 'Jumlah Dokumen Hasil Penyusunan dan Pembahasan Program Pembentukan Peraturan Daerah', 'Dokumen', '1 Dok', u('1 Dok'), pj(145)),
          S('4.02.02.2.01.0002', 'Pembahasan Rancangan Peraturan Daerah', 'Jumlah Dokumen Hasil Pembahasan Rancangan Peraturan Daerah', 'Dokumen', '12 Dok', u('12 Dok'), pj(1_280)),
          S(
            '4.02.02.2.01.0006',
            'Sosialisasi Peraturan Daerah yang Dilakukan Bersama oleh DPRD dan Pemerintah Daerah',
            'Jumlah Orang yang Mengikuti Sosialisasi Peraturan Daerah yang Dilakukan Bersama oleh DPRD dan Pemerintah Daerah',
            'Orang',
            '4.500 Orang',
            u('4.500 Orang'),
            pj(675),
          ),
        ]),
        keg('4.02.02.2.02', 'Pembahasan Kebijakan Anggaran', I('Jumlah Dokumen Pembahasan Kebijakan Anggaran', undefined, '6 Dok', u('6 Dok')), [
          S('4.02.02.2.02.0001', 'Pembahasan KUA dan PPAS', 'Jumlah Dokumen Hasil Pembahasan KUA dan PPAS', 'Dokumen', '2 Dok', u('2 Dok'), pj(310)),
          S('4.02.02.2.02.0003', 'Pembahasan APBD', 'Jumlah Dokumen Hasil Pembahasan APBD', 'Dokumen', '1 Dok', u('1 Dok'), pj(420)),
          S('4.02.02.2.02.0006', 'Pembahasan Pertanggungjawaban APBD', 'Jumlah Dokumen Hasil Pembahasan Pertanggungjawaban APBD', 'Dokumen', '1 Dok', u('1 Dok'), pj(185)),
        ]),
        keg('4.02.02.2.03', 'Pengawasan Penyelenggaraan Pemerintahan', I('Jumlah Laporan Pengawasan Penyelenggaraan Pemerintahan', undefined, '16 Lap', u('16 Lap')), [
          S('4.02.02.2.03.0007', 'Pengawasan Penggunaan Anggaran', 'Jumlah Dokumen Hasil Pengawasan Penggunaan Anggaran', 'Dokumen', '4 Dok', u('4 Dok'), pj(540)),
          S('4.02.02.2.03.0008', 'Pembahasan Laporan Keterangan Pertanggungjawaban Kepala Daerah', 'Jumlah Rekomendasi Hasil Pembahasan Laporan Keterangan Pertanggungjawaban Kepala Daerah', 'Dokumen', '1 Dok', u('1 Dok'), pj(230)),
        ]),
        keg('4.02.02.2.05', 'Penyerapan dan Penghimpunan Aspirasi Masyarakat', I('Jumlah Dokumen Aspirasi Masyarakat yang Dihimpun', undefined, '4 Dok', u('4 Dok')), [
          S('4.02.02.2.05.0001', 'Kunjungan Kerja dalam Daerah', 'Jumlah Laporan Hasil Kunjungan Kerja DPRD', 'Laporan', '12 Lap', u('12 Lap'), pj(860)),
          S('4.02.02.2.05.0003', 'Pelaksanaan Reses', 'Jumah Dokumen Hasil Pelaksanaan Reses', 'Dokumen', '3 Dok', u('3 Dok'), pj(1_950)),
        ]),
        keg('4.02.02.2.08', 'Fasilitasi Tugas DPRD', I('Jumlah Dokumen Fasilitasi Tugas DPRD', undefined, '24 Dok', u('24 Dok')), [
          S('4.02.02.2.08.0001', 'Koordinasi dan Konsultasi Pelaksanaan Tugas DPRD', 'Jumlah Dokumen Hasil Koordinasi dan Konsultasi Pelaksanaan Tugas DPRD', 'Dokumen', '12 Dok', u('12 Dok'), pj(2_450)),
          S('4.02.02.2.08.0004', 'Fasilitasi Tugas Pimpinan DPRD', 'Jumlah Dokumen Hasil Fasilitasi Tugas Pimpinan DPRD', 'Dokumen', '12 Dok', u('12 Dok'), pj(735)),
        ]),
      ],
    ),
  ];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Sekretariat DPRD',
    jumlah: { label: 'JUMLAH', labelCol: 'B' },
    paguDelta: [{ key: '4.02.02.2.05', year: 1, delta: -10_000_000 }],
    jumlahDelta: [{ year: 3, delta: -15_000_000 }],
  });
  agenciesUnseenLayouts.push({
    id: 'ag-setwan-tc27-units-in-targets',
    description:
      'Sekretariat DPRD T-C.27 2025-2029 ("Tahun 2025" over "Target | Pagu (Rp)", "Kondisi Awal (2024)", no Lokasi, no satuan column): full Penunjang (4.02.01) and 4.02.02 Dukungan Pelaksanaan Tugas dan Fungsi DPRD (five kegiatan: Perda, anggaran, pengawasan, reses, fasilitasi); every target of the DPRD program typed with its unit ("80 %", "12 Dok", "12 Lap", "4.500 Orang"). Planted: the aspirasi kegiatan 10.000.000 under its sub kegiatan in 2026; JUMLAH 15.000.000 short in 2028',
    workbook: workbook(sb),
    tables: [{ sheet: 'BAB IV', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, ys) }],
    findings: [
      { rule: 'total.pagu-induk', cell: f.cell('4.02.02.2.05', 'pagu', 1) },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 3) },
    ],
    tolerated: [
      { rule: 'total.pagu-induk', cell: f.cell('4.02.02.2.05', 'akhirPagu') },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') },
    ],
  });
}

// =============================================================================================
// 8. BPKAD: T-C.23 with opini "WTP" and "Tepat Waktu", a falling deviasi; T-C.24

{
  const s23 = new SheetBuilder('Tabel 2.3');
  titles(s23, 1, ['Tabel 2.3', 'Pencapaian Kinerja Pelayanan Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Madiun']);
  const ys = years(2020);
  const h23 = tc23Header(s23, 4, ys, { agency: 'BPKAD', numberRow: true });
  const d23 = h23[h23.length - 1] + 1;
  const f5 = (v: V): V[] => [v, v, v, v, v];
  const ratio = (t: number[], r: number[], neg = false) => t.map((x, i) => round(neg ? 2 - r[i] / x : r[i] / x, 2));
  const dev = { t: [10, 10, 8, 8, 5], r: [12.4, 9.1, 7.6, 6.2, 4.8] };
  const aset = { t: [45, 50, 55, 60, 65], r: [46.2, 51.8, 53.9, 61.4, 66.1] };
  const ipkd = { t: [62, 64, 66, 68, 70], r: [60.85, 65.12, 66.4, 70.02, 71.3] };
  const rows23: V[][] = [
    ['Opini BPK atas Laporan Keuangan Pemerintah Daerah', '-', '-', 'V', ...f5('WTP'), ...f5('WTP'), ...f5('100%')],
    ['Ketepatan Waktu Penetapan Perda APBD', '-', 'V', '-', ...f5('Tepat Waktu'), 'Tepat Waktu', 'Terlambat', 'Tepat Waktu', 'Tepat Waktu', 'Tepat Waktu', ...f5('-')],
    ['Persentase Deviasi Realisasi Belanja terhadap Anggaran Kas', '-', '-', 'V', ...dev.t, ...dev.r, ...ratio(dev.t, dev.r, true)],
    ['Persentase Aset Tanah yang Bersertifikat', '-', '-', 'V', ...aset.t, ...aset.r, ...ratio(aset.t, aset.r)],
    ['Indeks Pengelolaan Keuangan Daerah (IPKD)', '-', 'V', '-', ...ipkd.t, ...ipkd.r.map((x) => comma(x)), ...ratio(ipkd.t, ipkd.r).map((x) => comma(x))],
  ];
  rows23.forEach((r, i) => s23.put(`A${d23 + i}`, [i + 1, ...r]));
  const e23 = d23 + rows23.length - 1;
  // Planted: aset tanah 2023: 61,4 / 60 = 1,02 — shown 0,98 (target ÷ realisasi).
  const wrong23 = `S${d23 + 3}`;
  s23.set(wrong23, 0.98);
  s23.set(`A${e23 + 1}`, 'Keterangan: deviasi makin kecil makin baik, rasio = 2 − (realisasi/target)');

  const s24 = new SheetBuilder('Tabel 2.4');
  titles(s24, 1, ['Tabel 2.4', 'Anggaran dan Realisasi Pendanaan Pelayanan BPKAD Kabupaten Madiun']);
  const h24 = tc24Header(s24, 4, ys);
  const progs = [
    { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [14_250_400_000, 14_905_118_000, 15_420_350_000, 16_118_900_000, 16_874_250_000], r: [13_612_905_118, 14_318_446_905, 14_905_227_341, 15_602_118_775, 16_305_887_410] },
    { name: 'Program Pengelolaan Keuangan Daerah', a: [2_450_000_000, 2_118_500_000, 2_655_750_000, 2_880_000_000, 3_015_400_000], r: [2_305_118_400, 2_011_905_320, 2_540_336_118, 2_745_905_227, 2_905_118_336] },
    { name: 'Program Pengelolaan Barang Milik Daerah', a: [1_125_000_000, 985_400_000, 1_240_000_000, 1_315_750_000, 1_402_000_000], r: [1_042_118_905, 942_336_118, 1_188_905_405, 1_254_118_227, 1_350_905_118] },
    { name: 'Program Pengelolaan Pendapatan Daerah', a: [3_850_000_000, 3_420_250_000, 4_105_000_000, 4_380_500_000, 4_655_000_000], r: [3_611_905_336, 3_305_118_227, 3_955_405_118, 4_205_336_905, 4_512_118_227] },
  ];
  const d24 = h24[h24.length - 1] + 1;
  progs.forEach((p, i) => s24.put(`A${d24 + i}`, [i + 1, p.name, ...anggaranValues(p)]));
  const j24 = d24 + progs.length;
  const tot = addUp(progs);
  // Planted: JUMLAH anggaran 2023 skipped the BMD program.
  tot.a[3] -= progs[2].a[3];
  s24.put(`B${j24}`, [b('JUMLAH'), ...anggaranValues(tot).map((v) => b(v))]);
  agenciesUnseenLayouts.push({
    id: 'ag-bpkad-wtp-tepat-waktu-deviasi',
    viaXlsx: true,
    description:
      'BPKAD Bab II: T-C.23 2020-2024 (NSPK/IKK/Lainnya, rasio as ratio) whose opini row reads "WTP" as target and realisasi with rasio "100%", "Tepat Waktu" against "Terlambat" (2021) with rasio "-", a falling deviasi (2 − R/T as its note says), IPKD typed "60,85" with rasio "0,98"; T-C.24 of four programs. Ratios against words cannot be checked and must raise no error. Planted: aset tanah 2023 rasio inverted (0,98 where 1,02); JUMLAH anggaran 2023 skips the BMD program',
    workbook: workbook(s23, s24),
    tables: [
      { sheet: 'Tabel 2.3', kind: 'pencapaian-kinerja', range: `A4:T${e23}`, headerRows: h23, roles: TC23_ROLES(ys) },
      { sheet: 'Tabel 2.4', kind: 'anggaran-realisasi', range: `A4:S${j24}`, headerRows: h24, roles: TC24_ROLES(ys) },
    ],
    findings: [
      { rule: 'ratio.capaian', cell: `Tabel 2.3!${wrong23}` },
      { rule: 'total.jumlah', cell: `Tabel 2.4!F${j24}` },
    ],
    tolerated: [
      { rule: 'ratio.anggaran', cell: `Tabel 2.4!P${j24}` },
      { rule: 'growth.rata-rata', cell: `Tabel 2.4!R${j24}` },
    ],
  });
}

// =============================================================================================
// 9. Dinas Kesehatan: capaian of the 12 SPM layanan dasar, 2020-2024

{
  const sb = new SheetBuilder('Tabel 2.5');
  titles(sb, 1, ['Tabel 2.5', 'Capaian Standar Pelayanan Minimal (SPM) Bidang Kesehatan Kabupaten Ngawi Tahun 2020-2024']);
  const ys = years(2020);
  const spm: [string, number[]][] = [
    ['Pelayanan Kesehatan Ibu Hamil', [92.45, 94.18, 96.02, 97.35, 98.11]],
    ['Pelayanan Kesehatan Ibu Bersalin', [95.12, 96.4, 97.85, 98.2, 99.05]],
    ['Pelayanan Kesehatan Bayi Baru Lahir', [96.3, 97.12, 98.44, 99.01, 99.36]],
    ['Pelayanan Kesehatan Balita', [78.65, 82.3, 88.9, 91.45, 94.2]],
    ['Pelayanan Kesehatan pada Usia Pendidikan Dasar', [61.2, 74.85, 89.6, 95.3, 97.8]],
    ['Pelayanan Kesehatan pada Usia Produktif', [35.4, 48.2, 62.75, 71.9, 80.15]],
    ['Pelayanan Kesehatan pada Usia Lanjut', [58.3, 66.1, 78.95, 84.6, 90.25]],
    ['Pelayanan Kesehatan Penderita Hipertensi', [42.15, 55.6, 81.3, 103.2, 98.75]],
    ['Pelayanan Kesehatan Penderita Diabetes Melitus', [68.4, 79.25, 92.1, 100, 100]],
    ['Pelayanan Kesehatan Orang dengan Gangguan Jiwa Berat', [112.5, 104.3, 100, 100, 100]],
    ['Pelayanan Kesehatan Orang Terduga Tuberkulosis', [48.6, 58.44, 72.3, 88.15, 95.6]],
    ['Pelayanan Kesehatan Orang dengan Risiko Terinfeksi HIV', [88.2, 91.75, 95.4, 100, 100]],
  ];
  const data: CapRow[] = spm.map(([ind, r]) => ({ ind, sat: '%', ref: '100%', t: [100, 100, 100, 100, 100], r, ras: r.map((x) => pct(x, 100)) }));
  const tb = tc23Sat(sb, 4, ys, data, { indicator: 'Jenis Pelayanan Dasar', ref: 'Target SPM', target: 'Target (%)', real: 'Realisasi (%)', rasio: 'Capaian (%)' });
  // Planted: usia lanjut 2022: 78,95 / 100 = 78,95 % — shown 87,95 (digits swapped).
  const lansia = tb.first + 6;
  const wrong = `${shift(tb.xcol, 2)}${lansia}`;
  sb.set(wrong, 87.95);
  sb.set(`A${tb.last + 1}`, 'Sumber: Profil Kesehatan Kabupaten Ngawi 2020-2024; Permenkes 4/2019 tentang Standar Teknis Pemenuhan Mutu Pelayanan Dasar pada SPM Bidang Kesehatan');
  agenciesUnseenLayouts.push({
    id: 'ag-dinkes-spm-12-layanan',
    description:
      'Dinas Kesehatan "Capaian SPM Bidang Kesehatan" 2020-2024 in T-C.23 form: the 12 jenis pelayanan dasar (Permenkes 4/2019), Satuan "%", a "Target SPM" column reading "100%", Target (%) 100 every year, Realisasi (%), Capaian (%) — above 100 where the estimated sasaran was too low (hipertensi 103,2, ODGJ 112,5). Planted: usia lanjut 2022 capaian 87,95 where 78,95',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.5', kind: 'pencapaian-kinerja', range: `A4:${tb.right}${tb.last}`, headerRows: tb.headerRows, roles: tb.roles }],
    findings: [{ rule: 'ratio.capaian', cell: wrong }],
  });
}

// =============================================================================================
// 10. Dinas Pendidikan: APK above 100, APM, angka putus sekolah (falling), all typed "106,52"

{
  const ys = years(2020);
  const s23 = new SheetBuilder('BAB II');
  titles(s23, 1, ['Tabel 2.4', 'Pencapaian Kinerja Pelayanan Dinas Pendidikan Kabupaten Madiun Tahun 2020-2024']);
  type E = { ind: string; sat: string; t: number[]; r: number[]; neg?: boolean; d?: number };
  const ed: E[] = [
    { ind: 'Angka Partisipasi Kasar (APK) SD/MI', sat: '%', t: [105, 105.5, 106, 106.5, 107], r: [106.52, 105.87, 107.24, 106.31, 108.15] },
    { ind: 'Angka Partisipasi Murni (APM) SD/MI', sat: '%', t: [97.5, 97.75, 98, 98.25, 98.5], r: [97.12, 97.8, 98.05, 98.3, 98.62] },
    { ind: 'Angka Partisipasi Kasar (APK) SMP/MTs', sat: '%', t: [92, 93, 94, 95, 96], r: [91.35, 93.42, 94.8, 95.15, 96.9] },
    { ind: 'Angka Partisipasi Murni (APM) SMP/MTs', sat: '%', t: [78, 79, 80, 81, 82], r: [77.45, 80.32, 80.15, 81.9, 82.44] },
    { ind: 'Angka Putus Sekolah SD/MI', sat: '%', t: [0.1, 0.09, 0.08, 0.07, 0.06], r: [0.12, 0.08, 0.08, 0.05, 0.06], neg: true },
    { ind: 'Rata-rata Lama Sekolah', sat: 'Tahun', t: [7.9, 8, 8.1, 8.2, 8.3], r: [7.92, 7.98, 8.13, 8.24, 8.31] },
  ];
  const data: CapRow[] = ed.map((e) => ({
    ind: e.ind,
    sat: e.sat,
    t: e.t.map((x) => comma(x)),
    r: e.r.map((x) => comma(x)),
    ras: e.t.map((x, i) => comma(round(e.neg ? 2 - e.r[i] / x : e.r[i] / x, 2))),
  }));
  const tb = tc23Sat(s23, 4, ys, data, { indicator: 'Indikator Kinerja', target: 'Target Renstra', real: 'Realisasi', rasio: 'Rasio Capaian' });
  // Planted: APM SMP 2021: 80,32 / 79 = 1,02 — typed "0,98".
  const wrong23 = `${shift(tb.xcol, 1)}${tb.first + 3}`;
  s23.set(wrong23, '0,98');
  s23.set(`A${tb.last + 1}`, 'Keterangan: angka putus sekolah makin kecil makin baik, rasio = 2 − (realisasi/target)');

  const ys25 = years(2025);
  const ts: TsRow[] = [
    { tujuan: 'Meningkatnya akses dan mutu pendidikan dasar', ind: 'Rata-rata Lama Sekolah', sat: 'Tahun', base: '8,31', t: ['8,40', '8,50', '8,60', '8,70', '8,80'] },
    { sasaran: 'Meningkatnya partisipasi pendidikan dasar', ind: 'Angka Partisipasi Kasar (APK) SD/MI', sat: '%', base: '108,15', t: ['107,50', '107,00', '106,50', '106,00', '105,50'] },
    { ind: 'Angka Partisipasi Murni (APM) SMP/MTs', sat: '%', base: '82,44', t: ['83,00', '83,75', '84,50', '85,25', '86,00'] },
    { ind: 'Angka Putus Sekolah SD/MI', sat: '%', base: '0,06', t: ['0,06', '0,05', '0,05', '0,04', '0,04'] },
    { sasaran: 'Meningkatnya mutu layanan pendidikan', ind: 'Persentase Satuan Pendidikan Terakreditasi Minimal B', sat: '%', base: '88,40', t: ['89,00', '90,50', '92,00', '93,50', '95,00'] },
  ];
  const s25 = new SheetBuilder('BAB III');
  titles(s25, 1, ['Tabel 3.1', 'Tujuan dan Sasaran Jangka Menengah Dinas Pendidikan Kabupaten Madiun']);
  const t25 = tc25Text(s25, 4, ys25, ts, 'Kondisi Awal (2024)');
  const si = new SheetBuilder('BAB VII');
  titles(si, 1, ['Tabel 7.1', 'Indikator Kinerja Utama Dinas Pendidikan Kabupaten Madiun']);
  const ikuRows = ts.map((x) => ({ ...x, t: [...x.t] }));
  // Planted: the IKU's 2027 APM SMP reads "84,25" where T-C.25 says "84,50".
  ikuRows[2].t[2] = '84,25';
  const iku = ikuText(si, 4, ys25, ikuRows, 'Kondisi Awal (2024)', 'Kepala Dinas');
  agenciesUnseenLayouts.push({
    id: 'ag-disdik-apk-apm-comma-text',
    viaXlsx: true,
    description:
      'Dinas Pendidikan: T-C.23 2020-2024 with Satuan, no NSPK/IKK columns, every target, realisasi and rasio typed as text with a comma ("106,52", "1,01"): APK SD above 100, APM, a falling angka putus sekolah ("0,12" against "0,10", rasio 2 − R/T), rata-rata lama sekolah; T-C.25 and IKU 2025-2029 with falling APK SD targets ("107,50" … "105,50") and all values typed as comma text. Planted: APM SMP 2021 rasio "0,98" where 80,32 / 79 = 1,02; IKU 2027 APM SMP "84,25" where T-C.25 says "84,50"',
    workbook: workbook(s23, s25, si),
    tables: [
      { sheet: 'BAB II', kind: 'pencapaian-kinerja', range: `A4:${tb.right}${tb.last}`, headerRows: tb.headerRows, roles: tb.roles },
      { sheet: 'BAB III', kind: 'tujuan-sasaran', range: `A4:${t25.right}${t25.last}`, headerRows: [4, 5], roles: t25.roles },
      { sheet: 'BAB VII', kind: 'iku', range: `A4:${iku.right}${iku.last}`, headerRows: [4, 5], roles: iku.roles },
    ],
    findings: [
      { rule: 'ratio.capaian', cell: `BAB II!${wrong23}` },
      { rule: 'crosstable.iku-target', cell: [`BAB VII!${iku.target('Angka Partisipasi Murni (APM) SMP/MTs', 2)}`, `BAB III!${t25.target('Angka Partisipasi Murni (APM) SMP/MTs', 2)}`] },
    ],
  });
}

// =============================================================================================
// 11. Kecamatan: lembaga kemasyarakatan per Desa | Kelurahan, and a T-C.25 of words ("Meningkat", "Tersedia")

{
  const s2 = new SheetBuilder('BAB II');
  titles(s2, 1, ['Tabel 2.5', 'Jumlah Lembaga Kemasyarakatan Desa dan Kelurahan di Kecamatan Magetan Tahun 2024']);
  s2.mergeText('A4:A5', b('No'));
  s2.mergeText('B4:B5', b('Lembaga Kemasyarakatan'));
  s2.mergeText('C4:D4', b('Wilayah'));
  s2.put('C5', [b('Desa'), b('Kelurahan')]);
  s2.mergeText('E4:E5', b('Jumlah'));
  const lembaga: [string, number, number | string][] = [
    ['Rukun Tetangga (RT)', 182, 64],
    ['Rukun Warga (RW)', 48, 18],
    ['LPMD / LPMK', 14, 6],
    ['Tim Penggerak PKK', 14, 6],
    ['Karang Taruna', 14, 6],
    ['Posyandu', 52, 19],
    ['Badan Permusyawaratan Desa (BPD)', 14, '-'],
  ];
  const n0 = (x: number | string) => (typeof x === 'number' ? x : 0);
  lembaga.forEach(([nm, d, k], i) => s2.put(`A${6 + i}`, [`${i + 1}.`, nm, d, k, d + n0(k)]));
  const jr = 6 + lembaga.length;
  const cd = sum(lembaga.map((x) => x[1]));
  const ck = sum(lembaga.map((x) => n0(x[2])));
  s2.put(`A${jr}`, [undefined, b('Jumlah'), b(cd), b(ck), b(cd + ck)]);
  // Planted: Posyandu 52 + 19 = 71 — Jumlah shows 73.
  const pos = 6 + 5;
  s2.set(`E${pos}`, 73);
  s2.set(`A${jr + 1}`, 'Sumber: Kecamatan Magetan dalam Angka 2025');

  const ys = years(2025);
  const ts: TsRow[] = [
    { tujuan: 'Meningkatnya kualitas pelayanan publik di wilayah kecamatan', ind: 'Indeks Kepuasan Masyarakat (IKM) Layanan PATEN', sat: 'Indeks', base: '81,25', t: ['≥ 80', '≥ 80', '≥ 82', '≥ 82', '≥ 84'] },
    { sasaran: 'Meningkatnya akuntabilitas kinerja kecamatan', ind: 'Nilai SAKIP Kecamatan', sat: 'Predikat', base: 'B', t: ['BB', 'BB', 'BB', 'A', 'A'] },
    { sasaran: 'Meningkatnya peran lembaga kemasyarakatan desa dan kelurahan', ind: 'Persentase Lembaga Kemasyarakatan yang Aktif', sat: '%', base: '78', t: ['80-85', '80-85', '85-90', '85-90', '90-95'] },
    { sasaran: 'Tersedianya dokumen perencanaan kecamatan yang berkualitas', ind: 'Ketersediaan Dokumen Perencanaan Kecamatan', sat: 'Dokumen', base: 'Tersedia', t: ['Tersedia', 'Tersedia', 'Tersedia', 'Tersedia', 'Tersedia'] },
    { sasaran: 'Meningkatnya ketenteraman dan ketertiban umum', ind: 'Tingkat Ketenteraman dan Ketertiban Umum di Wilayah Kecamatan', sat: 'Kategori', base: 'Kondusif', t: ['Meningkat', 'Meningkat', 'Meningkat', 'Meningkat', 'Meningkat'] },
  ];
  const s3 = new SheetBuilder('BAB III');
  titles(s3, 1, ['Tabel 3.1', 'Tujuan dan Sasaran Jangka Menengah Kecamatan Magetan']);
  const t25 = tc25Text(s3, 4, ys, ts, 'Kondisi Awal (2024)');
  agenciesUnseenLayouts.push({
    id: 'ag-kecamatan-desa-kelurahan-words',
    viaXlsx: true,
    description:
      'Kecamatan with desa and kelurahan: Bab II "Jumlah Lembaga Kemasyarakatan Desa dan Kelurahan" (No | Lembaga | "Wilayah" merged over Desa | Kelurahan | Jumlah, "-" for the BPD a kelurahan does not have, a Jumlah row) — a count table; Bab III T-C.25 whose targets are words and ranges: "≥ 80", "BB", "80-85", "Tersedia", "Meningkat" (nothing to compute, nothing wrong). Planted: Posyandu Jumlah 73 where 52 + 19 = 71',
    workbook: workbook(s2, s3),
    tables: [
      { sheet: 'BAB II', kind: 'rekap-jumlah', range: `A4:E${jr}`, headerRows: [4, 5], roles: { A: 'no', B: 'name', C: 'kategori', D: 'kategori', E: 'jumlah' } },
      { sheet: 'BAB III', kind: 'tujuan-sasaran', range: `A4:${t25.right}${t25.last}`, headerRows: [4, 5], roles: t25.roles },
    ],
    findings: [{ rule: 'total.baris', cell: `BAB II!E${pos}` }],
    // The Jumlah column's total (the sum of the correct rows) then disagrees with the wrong Posyandu cell.
    tolerated: [{ rule: 'total.kolom', cell: `BAB II!E${jr}` }],
  });
}

// =============================================================================================
// 12. Disdukcapil: T-C.23 with "102.418 dok" counts, IKD from 2023; T-C.27 (2.12)

{
  const ys = years(2020);
  const s23 = new SheetBuilder('Tabel 2.3');
  titles(s23, 1, ['Tabel 2.3', 'Pencapaian Kinerja Pelayanan Dinas Kependudukan dan Pencatatan Sipil Kabupaten Ponorogo Tahun 2020-2024']);
  const dok = (n: number, u: string) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ${u}`;
  const docT = [95_000, 100_000, 105_000, 110_000, 115_000];
  const docR = [102_418, 98_305, 118_227, 121_904, 126_551];
  const pctRow = (ind: string, t: number[], r: number[]): CapRow => ({ ind, sat: '%', t, r, ras: t.map((x, i) => pct(r[i], x)) });
  const data: CapRow[] = [
    { ind: 'Jumlah Dokumen Kependudukan yang Diterbitkan', sat: 'Dokumen', t: docT.map((x) => dok(x, 'dok')), r: docR.map((x) => dok(x, 'dok')), ras: docT.map((x, i) => pct(docR[i], x)) },
    pctRow('Persentase Penduduk Wajib KTP yang Memiliki KTP-el', [97, 97.5, 98, 98.5, 99], [97.84, 98.12, 98.45, 98.91, 99.23]),
    pctRow('Persentase Anak Usia 0-17 Tahun yang Memiliki Akta Kelahiran', [92, 93, 94, 95, 96], [93.1, 94.6, 95.2, 96.05, 97.4]),
    pctRow('Persentase Anak yang Memiliki Kartu Identitas Anak (KIA)', [25, 35, 45, 55, 65], [18.4, 31.2, 47.8, 52.6, 60.3]),
    {
      ind: 'Jumlah Penduduk yang Mengaktivasi Identitas Kependudukan Digital (IKD)',
      sat: 'Jiwa',
      t: ['-', '-', '-', dok(25_000, 'jiwa'), dok(60_000, 'jiwa')],
      r: ['-', '-', '-', dok(18_452, 'jiwa'), dok(64_118, 'jiwa')],
      ras: ['-', '-', '-', pct(18_452, 25_000), pct(64_118, 60_000)],
    },
  ];
  const tb = tc23Sat(s23, 4, ys, data, { indicator: 'Indikator Kinerja', target: 'Target', real: 'Realisasi', rasio: 'Capaian (%)' });
  // Planted: KIA 2023: 52,6 / 55 = 95,64 % — shown 104,56 (target ÷ realisasi).
  const wrong23 = `${shift(tb.xcol, 3)}${tb.first + 3}`;
  s23.set(wrong23, 104.56);

  const s27 = new SheetBuilder('Tabel 4.2');
  titles(s27, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Kependudukan dan Pencatatan Sipil Kabupaten Ponorogo Tahun 2025-2029']);
  const ys27 = years(2025);
  const h = tc27(s27, 4, { yearLabels: ys27, satuan: true, numberRow: 'paren' });
  const pj = (juta: number, rate = 0.05) => jt(juta, 1, 5, rate);
  const items: Item[] = [
    penunjang('2.12', 1.1, 'full'),
    prog('2.12.02', 'PROGRAM PENDAFTARAN PENDUDUK', I('Persentase Penduduk Wajib KTP yang Memiliki KTP-el', '%', 99.23, rising(99.3, 0.1)), [
      keg('2.12.02.2.01', 'Pelayanan Pendaftaran Penduduk', I('Jumlah Dokumen Pendaftaran Penduduk yang Diterbitkan', 'Dokumen', 98_500, rising(100_000, 2_500)), [
        S(
          '2.12.02.2.01.0002',
          'Pencatatan, Penatausahaan dan Penerbitan Dokumen Atas Pendaftaran Penduduk',
          'Jumlah Dokumen Hasil Pencatatan, Penatausahaan dan Penerbitan Dokumen Atas Pendaftaran Penduduk',
          'Dokumen',
          98_500,
          rising(100_000, 2_500),
          pj(1_150),
        ),
      ]),
      keg('2.12.02.2.03', 'Penyelenggaraan Pendaftaran Penduduk', I('Jumlah Dokumen Pelayanan Secara Aktif', 'Dokumen', 6_200, rising(6_500, 500)), [
        S(
          '2.12.02.2.03.0002',
          'Pelayanan Secara Aktif Pendaftaran Peristiwa Kependudukan dan Pencatatan Peristiwa Penting Terkait Pendaftaran Penduduk',
          'Jumlah Dokumen Hasil Pelayanan Secara Aktif Pendaftaran Peristiwa Kependudukan dan Pencatatan Peristiwa Penting Terkait Pendaftaran Penduduk',
          'Dokumen',
          6_200,
          rising(6_500, 500),
          pj(385),
        ),
      ]),
    ]),
    prog('2.12.03', 'PROGRAM PENCATATAN SIPIL', I('Persentase Anak Usia 0-17 Tahun yang Memiliki Akta Kelahiran', '%', 97.4, rising(97.6, 0.4)), [
      keg('2.12.03.2.01', 'Pelayanan Pencatatan Sipil', I('Jumlah Dokumen Pencatatan Sipil yang Diterbitkan', 'Dokumen', 28_000, rising(28_500, 500)), [
        S(
          '2.12.03.2.01.0001',
          'Pencatatan, Penatausahaan dan Penerbitan Dokumen Atas Pelaporan Peristiwa Penting',
          'Jumlah Dokumen Hasil Pencatatan, Penatausahaan dan Penerbitan Dokumen Atas Pelaporan Peristiwa Penting',
          'Dokumen',
          28_000,
          rising(28_500, 500),
          pj(640),
        ),
      ]),
    ]),
    prog('2.12.04', 'PROGRAM PENGELOLAAN INFORMASI ADMINISTRASI KEPENDUDUKAN', I('Persentase Perangkat Daerah yang Memanfaatkan Data Kependudukan', '%', 70, rising(75, 5)), [
      keg('2.12.04.2.01', 'Pengumpulan Data Kependudukan dan Pemanfaatan dan Penyajian Database Kependudukan', I('Jumlah Dokumen Data Kependudukan yang Disajikan', 'Dokumen', 2, flat(2)), [
        S('2.12.04.2.01.0001', 'Pengolahan dan Penyajian Data Kependudukan', 'Jumlah Dokumen Data Kependudukan yang Diolah dan Disajikan', 'Dokumen', 2, flat(2), pj(215)),
      ]),
    ]),
  ];
  const f = renderFunding(s27, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Disdukcapil',
    lokasiText: 'Kabupaten Ponorogo',
    jumlah: { label: 'Jumlah', labelCol: 'A', mergeTo: 'D' },
    paguDelta: [{ key: '2.12.03', year: 1, delta: 5_000_000 }],
  });
  agenciesUnseenLayouts.push({
    id: 'ag-disdukcapil-dok-counts',
    description:
      'Disdukcapil: T-C.23 2020-2024 with Satuan and no NSPK/IKK columns whose document count is typed with its unit ("95.000 dok" against "102.418 dok", capaian 107,81), KTP-el, akta kelahiran, KIA, and IKD from 2023 only ("-" before, "25.000 jiwa"); T-C.27 2025-2029 with full Penunjang and 2.12.02-2.12.04 (targets up to 110.000 dokumen). Planted: KIA 2023 capaian 104,56 where 95,64; the Pencatatan Sipil program 5.000.000 over its kegiatan in 2026',
    workbook: workbook(s23, s27),
    tables: [
      { sheet: 'Tabel 2.3', kind: 'pencapaian-kinerja', range: `A4:${tb.right}${tb.last}`, headerRows: tb.headerRows, roles: tb.roles },
      { sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, ys27) },
    ],
    findings: [
      { rule: 'ratio.capaian', cell: `Tabel 2.3!${wrong23}` },
      { rule: 'total.pagu-induk', cell: `Tabel 4.2!${f.cell('2.12.03', 'pagu', 1)}` },
    ],
    tolerated: [
      { rule: 'total.pagu-induk', cell: `Tabel 4.2!${f.cell('2.12.03', 'akhirPagu')}` },
      { rule: 'total.jumlah', cell: `Tabel 4.2!${f.cell('jumlah', 'pagu', 1)}` },
      { rule: 'total.jumlah', cell: `Tabel 4.2!${f.cell('jumlah', 'akhirPagu')}` },
    ],
  });
}

// =============================================================================================
// 13. Diskominfo: T-C.23 with SPBE "2,85", KIP categories and KAMI words

{
  const ys = years(2020);
  const sb = new SheetBuilder('Tabel 2.3');
  titles(sb, 1, ['Tabel 2.3', 'Pencapaian Kinerja Pelayanan Dinas Komunikasi dan Informatika Kabupaten Ponorogo Tahun 2020-2024']);
  const spbeT = [2.2, 2.4, 2.6, 2.8, 3];
  const spbeR = [2.15, 2.47, 2.62, 2.85, 3.12];
  const nilaiT = [70, 75, 80, 85, 90];
  const nilaiR = [62.4, 71.85, 81.2, 84.66, 90.12];
  const intraT = [70, 75, 80, 90, 100];
  const intraR = [72, 78.5, 84, 91.5, 100];
  const data: CapRow[] = [
    { ind: 'Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)', sat: 'Indeks', t: spbeT.map((x) => comma(x)), r: spbeR.map((x) => comma(x)), ras: spbeT.map((x, i) => pct(spbeR[i], x)) },
    {
      ind: 'Kategori Keterbukaan Informasi Publik',
      sat: 'Kategori',
      t: ['Cukup Informatif', 'Menuju Informatif', 'Menuju Informatif', 'Informatif', 'Informatif'],
      r: ['Kurang Informatif', 'Cukup Informatif', 'Menuju Informatif', 'Menuju Informatif', 'Informatif'],
      ras: ['-', '-', 100, '-', 100],
    },
    { ind: 'Nilai Keterbukaan Informasi Publik', sat: 'Nilai', t: nilaiT, r: nilaiR, ras: nilaiT.map((x, i) => pct(nilaiR[i], x)) },
    { ind: 'Tingkat Kematangan Keamanan Informasi (Indeks KAMI)', sat: 'Kategori', t: ['Cukup Baik', 'Cukup Baik', 'Baik', 'Baik', 'Baik'], r: ['Pemenuhan Kerangka Kerja Dasar', 'Cukup Baik', 'Cukup Baik', 'Baik', 'Baik'], ras: ['-', '100%', '-', '100%', '100%'] },
    { ind: 'Persentase Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah Daerah', sat: '%', t: intraT, r: intraR, ras: intraT.map((x, i) => pct(intraR[i], x)) },
  ];
  const tb = tc23Sat(sb, 4, ys, data, { indicator: 'Indikator Kinerja sesuai Tugas dan Fungsi', target: 'Target Renstra', real: 'Realisasi Capaian', rasio: 'Rasio Capaian (%)' });
  // Planted: SPBE 2023: 2,85 / 2,80 = 101,79 % — shown 98,25 (target ÷ realisasi).
  const wrong = `${shift(tb.xcol, 3)}${tb.first}`;
  sb.set(wrong, 98.25);
  agenciesUnseenLayouts.push({
    id: 'ag-kominfo-spbe-kip-categories',
    description:
      'Diskominfo T-C.23 2020-2024 with Satuan: Indeks SPBE typed "2,20" / "2,85" (comma text) with capaian (%) as numbers; "Kategori Keterbukaan Informasi Publik" ("Menuju Informatif" against "Cukup Informatif", capaian 100 where met and "-" where not); the KIP score; KAMI levels in words with "100%" typed where met; a % indicator reaching 100. Words against words cannot be computed and must raise no error. Planted: SPBE 2023 capaian 98,25 where 2,85 / 2,80 = 101,79',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.3', kind: 'pencapaian-kinerja', range: `A4:${tb.right}${tb.last}`, headerRows: tb.headerRows, roles: tb.roles }],
    findings: [{ rule: 'ratio.capaian', cell: wrong }],
  });
}

// =============================================================================================
// 14. RSUD (BLUD): Target dan Realisasi Pendapatan BLUD per jenis layanan, 2020-2024

{
  const sb = new SheetBuilder('Tabel 2.7');
  titles(sb, 1, ['Tabel 2.7', 'Target dan Realisasi Pendapatan BLUD RSUD dr. Harjono Kabupaten Ponorogo Tahun 2020-2024']);
  const ys = years(2020);
  sb.mergeText('A4:A5', b('No'));
  sb.mergeText('B4:B5', b('Jenis Pendapatan BLUD'));
  sb.mergeText('C4:G4', b('Target Pendapatan (Rp)'));
  sb.mergeText('H4:L4', b('Realisasi Pendapatan (Rp)'));
  sb.mergeText('M4:Q4', b('Rasio Realisasi terhadap Target'));
  sb.mergeText('R4:S4', b('Rata-rata Pertumbuhan (%)'));
  sb.put('C5', [...ys, ...ys, ...ys].map((y) => b(y)));
  sb.put('R5', [b('Target'), b('Realisasi')]);
  const lay = (name: string, tj: number[], f: number[]) => ({ name, a: tj.map((x) => x * M), r: tj.map((x, i) => Math.round(x * M * f[i])) });
  const rows2: { name: string; a: number[]; r: number[] }[] = [
    lay('Pendapatan Jasa Layanan Rawat Jalan', [12_500, 11_000, 13_250, 14_500, 15_750], [0.9412, 1.0238, 1.0567, 1.0311, 1.0125]),
    lay('Pendapatan Jasa Layanan Rawat Inap', [38_000, 35_500, 40_250, 44_000, 47_500], [0.9105, 1.0744, 1.0812, 1.0453, 1.0287]),
    lay('Pendapatan Jasa Layanan Instalasi Gawat Darurat', [4_250, 4_000, 4_500, 4_800, 5_100], [0.9567, 1.0318, 1.0205, 0.9876, 1.0144]),
    lay('Pendapatan Jasa Layanan Penunjang Medis (Laboratorium, Radiologi)', [9_800, 9_250, 10_400, 11_200, 12_000], [0.9318, 1.0902, 1.0437, 1.0215, 0.9968]),
    lay('Pendapatan Jasa Layanan Farmasi', [15_600, 14_800, 16_500, 17_750, 19_000], [0.9614, 1.1209, 1.0318, 1.0106, 1.0233]),
    lay('Pendapatan Hasil Kerja Sama', [850, 800, 900, 950, 1_000], [0.8824, 0.9455, 1.0211, 1.0532, 0.9876]),
    lay('Pendapatan Lain-lain BLUD yang Sah', [600, 550, 650, 700, 750], [1.1835, 1.2418, 1.0877, 1.1206, 1.0694]),
  ];
  // Rasio as ratios truncated to two decimals (ROUNDDOWN), growth as CAGR — both are practice.
  const cagr = (xs: number[]) => round((Math.pow(xs[xs.length - 1] / xs[0], 1 / (xs.length - 1)) - 1) * 100, 2);
  const vals = (x: { a: number[]; r: number[] }): number[] => [...x.a, ...x.r, ...x.a.map((a, i) => Math.trunc((x.r[i] / a) * 100 + 1e-9) / 100), cagr(x.a), cagr(x.r)];
  rows2.forEach((x, i) => sb.put(`A${6 + i}`, [i + 1, x.name, ...vals(x)]));
  const jr = 6 + rows2.length;
  const tot = addUp(rows2);
  // Planted: Jumlah target 2021 typed 25.000.000 short.
  tot.a[1] -= 25_000_000;
  sb.put(`B${jr}`, [b('Jumlah Pendapatan BLUD'), ...vals(tot).map((v) => b(v))]);
  // Planted: Rawat Inap 2022: 43.518.300.000 / 40.250.000.000 = 1,0812 — shown 0,92 (target ÷ realisasi).
  const wrong = 'O7';
  sb.set(wrong, 0.92);
  sb.set(`A${jr + 1}`, 'Sumber: Laporan Keuangan BLUD RSUD dr. Harjono 2020-2024');
  agenciesUnseenLayouts.push({
    id: 'ag-rsud-pendapatan-blud-layanan',
    viaXlsx: true,
    description:
      'RSUD (BLUD) Bab II "Target dan Realisasi Pendapatan BLUD" 2020-2024 per jenis layanan (rawat jalan, rawat inap, IGD, penunjang medis, farmasi, kerja sama, lain-lain): "Target Pendapatan (Rp)" as the T-C.24 anggaran, "Realisasi Pendapatan (Rp)", "Rasio Realisasi terhadap Target" as ratios truncated to 2 decimals (often above 1), growth as CAGR, "Jumlah Pendapatan BLUD", no column-number row. Planted: Jumlah target 2021 25.000.000 short; rawat inap 2022 rasio 0,92 where 1,08',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 2.7',
        kind: 'anggaran-realisasi',
        range: `A4:S${jr}`,
        headerRows: [4, 5],
        roles: { A: 'no', B: 'name', ...yearRoles('pagu', letters('C', 5), ys), ...yearRoles('realisasi', letters('H', 5), ys), ...yearRoles('rasio', letters('M', 5), ys), R: 'growth/anggaran', S: 'growth/realisasi' },
      },
    ],
    findings: [
      { rule: 'total.jumlah', cell: `D${jr}` },
      { rule: 'ratio.anggaran', cell: wrong },
    ],
    tolerated: [
      { rule: 'ratio.anggaran', cell: `N${jr}` },
      { rule: 'growth.rata-rata', cell: `R${jr}` },
    ],
  });
}
