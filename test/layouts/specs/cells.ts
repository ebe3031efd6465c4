/**
 * Third round, continued: header wordings not yet in the corpus (plans for 2026-2030 and 2027-2031,
 * "Tahun ke-0 (Baseline)", a target row and a pagu row per entity, two targets in one cell) and cell
 * habits (trailing spaces, "0" and "-" for no money, names merged over the code columns, outline
 * numbers, an all-bold table, long indicators, line breaks, a code that is a formula).
 */
import { type FundingColumns, type Item, type Node, I, flat, fundingRoles, idr, mapTree, renderFunding } from '../funding';
import { type Layout, type RoleSpec, type SheetBuilder as SB, type V, SheetBuilder, b, letters, numbers, round, shift, workbook, yearRoles, years } from '../kit';
import { S, penunjangFull, pendidikan, kesehatan, sosial, bappeda, keuangan, penanamanModal, kecamatanFull } from '../agencies';
import { titles, tc27, Capaian, tc23Rows, tc23Header, TC23_ROLES, Anggaran, anggaranValues, addUp, tc24Header, TC24_ROLES, TujuanRow, tc25Rows, ikuData, staffTable, STAFF_ROLES, allBold, asText, entities } from '../sheets';

export const cellLayouts: Layout[] = [];

// =============================================================================================
// Header variations

// Bappeda: "Tahun ke-0 (Baseline)" as a Target | Rp pair inside the year group, then Tahun ke-1 … ke-5; the Kondisi akhir Rp sums years 1-5 only.
{
  const sb = new SheetBuilder('Lampiran IV');
  titles(sb, 1, ['LAMPIRAN IV', 'RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN BAPPEDA KABUPATEN TRENGGALEK']);
  const tall = (c: string, label: string) => sb.mergeText(`${c}4:${c}6`, b(label));
  tall('A', 'Kode');
  tall('B', 'Program/Kegiatan/Sub Kegiatan');
  tall('C', 'Indikator Kinerja');
  tall('D', 'Satuan');
  sb.mergeText('E4:P4', b('Target Kinerja Program dan Kerangka Pendanaan'));
  ['Tahun ke-0 (Baseline)', 'Tahun ke-1', 'Tahun ke-2', 'Tahun ke-3', 'Tahun ke-4', 'Tahun ke-5'].forEach((label, i) => {
    const c = shift('E', 2 * i);
    sb.mergeText(`${c}5:${shift(c, 1)}5`, b(label));
    sb.put(`${c}6`, [b('Target'), b('Rp')]);
  });
  sb.mergeText('Q4:R5', b('Kondisi Kinerja pada Akhir Periode Renstra'));
  sb.put('Q6', [b('Target'), b('Rp')]);
  tall('S', 'Unit Kerja Perangkat Daerah Penanggung Jawab');
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', target: letters('E', 6, 2), pagu: letters('F', 6, 2), akhirTarget: 'Q', unit: 'S' };
  const items: Item[] = [penunjangFull('5.01', 0.7, 6, { pegawai: 52 }), ...bappeda(1, 6)];
  const f = renderFunding(sb, 7, items, cols, { bold: { program: true }, unitText: 'Bappeda', jumlah: { label: 'JUMLAH', labelCol: 'B' } });
  const akhir = (key: string) => [1, 2, 3, 4, 5].reduce((s, y) => s + f.pagu(key, y), 0);
  for (const n of entities(items)) sb.set(`R${f.row(n.key)}`, { v: akhir(n.key), fmt: '#,##0', ...(n.level === 'program' ? { bold: true } : {}) });
  const programs = entities(items).filter((n) => n.level === 'program');
  sb.set(`R${f.jumlahRow}`, { v: programs.reduce((s, p) => s + akhir(p.key), 0), fmt: '#,##0', bold: true });
  // Musrenbang: the akhir Rp 25.000.000 over the sum of tahun ke-1 … ke-5.
  const wrong = `R${f.row('5.01.02.2.01.0005')}`;
  sb.set(wrong, { v: akhir('5.01.02.2.01.0005') + 25_000_000, fmt: '#,##0' });
  cellLayouts.push({
    id: 'tahun-ke-0-baseline-pair',
    description:
      'Bappeda funding table whose year group starts with "Tahun ke-0 (Baseline)" over its own Target | Rp pair (the 2024 realisation, sums hold), then "Tahun ke-1 … ke-5"; Kondisi akhir Rp is the sum of years 1-5 only. Planted: the Musrenbang sub kegiatan\'s akhir Rp 25.000.000 over its five years',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Lampiran IV',
        kind: 'program-pendanaan',
        range: `A4:S${f.last}`,
        headerRows: [4, 5, 6],
        roles: {
          A: 'code',
          B: 'name',
          C: 'indicator',
          D: 'satuan',
          E: 'baseline',
          ...yearRoles('target', letters('G', 5, 2), [1, 2, 3, 4, 5]),
          ...yearRoles('pagu', letters('H', 5, 2), [1, 2, 3, 4, 5]),
          Q: 'akhir-target',
          R: 'akhir-pagu',
          S: 'notes',
        },
      },
    ],
    findings: [{ rule: 'total.akhir-periode-pagu', cell: wrong }],
    tolerated: [
      { rule: 'total.pagu-induk', cell: `R${f.row('5.01.02.2.01')}` },
      { rule: 'total.pagu-induk', cell: `R${f.row('5.01.02')}` },
    ],
  });
}

// Kecamatan in a kota with its kelurahan: six plan years 2025-2030 (the transition plan), each Target | Rp, Kondisi akhir over all six.
{
  const sb = new SheetBuilder('T-C.27');
  titles(sb, 1, ['Tabel T-C.27', 'Rencana Program, Kegiatan, dan Pendanaan Kecamatan Manguharjo Kota Madiun Tahun 2025-2030']);
  const h = tc27(sb, 4, { yearLabels: years(2025, 6), satuan: true });
  const items: Item[] = [penunjangFull('7.01', 0.5, 6, { pegawai: 34 }), ...kecamatanFull(1, 6, { kelurahan: true })];
  const unit = (n: Node): V => (n.key.startsWith('7.01.03.2.02') ? 'Kelurahan se-Kecamatan Manguharjo' : n.key.startsWith('7.01.01') ? 'Sekretariat Kecamatan' : 'Seksi Pemerintahan');
  const f = renderFunding(sb, h.firstData, items, { ...h.cols, extras: [{ col: h.cols.unit!, value: unit }] }, {
    bold: { program: true },
    lokasiText: 'Kecamatan Manguharjo',
    jumlah: { label: 'Jumlah', labelCol: 'B' },
  });
  // Pembangunan Sarana dan Prasarana Kelurahan: the akhir Rp sums 2025-2029 and forgets 2030.
  const key = '7.01.03.2.02.0002';
  const wrong = f.cell(key, 'akhirPagu');
  sb.set(wrong, { v: [0, 1, 2, 3, 4].reduce((s, y) => s + f.pagu(key, y), 0), fmt: '#,##0' });
  cellLayouts.push({
    id: 'kelurahan-six-years-2025-2030',
    description:
      'Kecamatan in a kota (with "Kegiatan Pemberdayaan Kelurahan" and its sub kegiatan, unit "Kelurahan se-Kecamatan …"), six plan years 2025-2030 each over Target | Rp, Kondisi akhir Rp = Σ six years. Planted: one sub kegiatan\'s akhir Rp sums five years only',
    workbook: workbook(sb),
    tables: [{ sheet: 'T-C.27', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025, 6)) }],
    findings: [{ rule: 'total.akhir-periode-pagu', cell: wrong }],
    tolerated: [
      { rule: 'total.pagu-induk', cell: f.cell('7.01.03.2.02', 'akhirPagu') },
      { rule: 'total.pagu-induk', cell: f.cell('7.01.03', 'akhirPagu') },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') },
    ],
  });
}

// A target row and a pagu row under each entity ("Uraian: Target / Pagu (Rp)") instead of target and pagu columns.
{
  const sb = new SheetBuilder('Renstra 2026-2030');
  titles(sb, 1, ['Tabel 4.2 Program, Kegiatan, Sub Kegiatan, Indikator, Target dan Pagu Indikatif', 'Badan Pengelolaan Keuangan dan Aset Daerah Tahun 2026-2030']);
  const tall = (c: string, label: string) => sb.mergeText(`${c}4:${c}5`, b(label));
  tall('A', 'Kode');
  tall('B', 'Program/Kegiatan/Sub Kegiatan');
  tall('C', 'Indikator Kinerja');
  tall('D', 'Satuan');
  tall('E', 'Kondisi Awal (2025)');
  tall('F', 'Uraian');
  sb.mergeText('G4:K4', b('Target Kinerja dan Pagu Indikatif'));
  sb.put('G5', years(2026).map(b));
  tall('L', 'Kondisi Akhir (2030)');
  tall('M', 'Perangkat Daerah Penanggung Jawab');
  const items = [penunjangFull('5.02', 0.5, 5, { pegawai: 80 }), ...keuangan(1)];
  const paguOf = (n: Node): number[] => (n.kids.length ? n.kids.filter((k): k is Node => k.kind === 'node').map(paguOf).reduce((a, x) => a.map((v, i) => v + x[i])) : n.pagu!);
  // Planted: the first sub kegiatan's kondisi akhir Rp is 1.000.000 short, the second's kondisi akhir
  // target is not its 2030 target, and JUMLAH 2028 is 25.000.000 over.
  const subs = entities(items).filter((n) => n.level === 'sub');
  const [akhirRpWrong, akhirTargetWrong] = [subs[0].key, subs[1].key];
  const at: Record<string, number> = {};
  let r = 6;
  for (const n of entities(items)) {
    const p = paguOf(n);
    const ind = n.ind[0];
    const bold = n.level === 'program';
    const t = (v: V) => (bold && v !== undefined && v !== null ? b(v as string | number) : v);
    const akhirTarget = n.key === akhirTargetWrong ? (ind.t[4] as number) + 1 : ind.t[4];
    const akhirRp = p.reduce((s, x) => s + x, 0) - (n.key === akhirRpWrong ? 1_000_000 : 0);
    sb.put(`A${r}`, [t(n.code!), t(n.name), ind.text, ind.satuan, ind.base, 'Target', ...ind.t, akhirTarget, 'BPKAD']);
    sb.put(`F${r + 1}`, ['Pagu (Rp)', ...p.map((v) => ({ v, fmt: '#,##0', ...(bold ? { bold } : {}) })), { v: akhirRp, fmt: '#,##0' }]);
    for (const c of ['A', 'B', 'C', 'D', 'E', 'M']) sb.merge(`${c}${r}:${c}${r + 1}`);
    at[n.key] = r;
    r += 2;
  }
  const programs = entities(items).filter((n) => n.level === 'program');
  const tot = programs.map(paguOf).reduce((a, x) => a.map((v, i) => v + x[i]));
  const written = tot.map((v, i) => (i === 2 ? v + 25_000_000 : v));
  sb.set(`B${r}`, b('JUMLAH')).put(`F${r}`, ['Pagu (Rp)', ...written.map((v) => ({ v, fmt: '#,##0', bold: true })), { v: written.reduce((s, x) => s + x, 0), fmt: '#,##0', bold: true }]);
  cellLayouts.push({
    id: 'target-row-pagu-row',
    viaXlsx: true,
    description:
      'BPKAD 2026-2030 with a row "Target" and a row "Pagu (Rp)" under each program/kegiatan/sub kegiatan (column "Uraian"), the years as single columns holding targets on one row and money on the next; code, name, indicator, satuan, baseline and unit merged over both rows; JUMLAH on a "Pagu (Rp)" row. Planted: a sub kegiatan\'s kondisi akhir Rp 1.000.000 short, another\'s kondisi akhir target not its 2030 target, JUMLAH 2028 25.000.000 over (its kondisi akhir too)',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Renstra 2026-2030',
        kind: 'program-pendanaan',
        range: `A4:M${r}`,
        headerRows: [4, 5],
        roles: {
          A: 'code',
          B: 'name',
          C: 'indicator',
          D: 'satuan',
          E: 'baseline',
          ...Object.fromEntries(years(2026).map((y, i) => [shift('G', i), [`target@${y}`, `pagu@${y}`] as RoleSpec[]])),
          L: ['akhir-target', 'akhir-pagu'],
          M: 'notes',
        },
      },
    ],
    findings: [
      { rule: 'total.akhir-periode-pagu', cell: `L${at[akhirRpWrong] + 1}` },
      { rule: 'total.akhir-periode-target', cell: `L${at[akhirTargetWrong]}` },
      { rule: 'total.jumlah', cell: `I${r}` },
    ],
    tolerated: [{ rule: 'total.jumlah', cell: `L${r}` }],
  });
}

// Two targets in one cell ("81 % 100 %") for an entity with two indicators typed in one cell, as the sample's Pembinaan Desa program.
{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program/Kegiatan/Sub Kegiatan dan Pendanaan Kecamatan Kawedanan Tahun 2025-2029']);
  const tall = (c: string, label: string) => sb.mergeText(`${c}4:${c}6`, b(label));
  tall('A', 'KODE');
  tall('B', 'PROGRAM/ KEGIATAN/ SUB KEGIATAN');
  tall('C', 'INDIKATOR OUTCOME/ OUTPUT');
  tall('D', 'SATUAN');
  tall('E', 'BASELINE 2024');
  sb.mergeText('F4:O4', b('TARGET DAN PAGU INDIKATIF TAHUN'));
  years(2025).forEach((y, i) => {
    const c = shift('F', 2 * i);
    sb.mergeText(`${c}5:${shift(c, 1)}5`, b(y));
    sb.put(`${c}6`, [b('TARGET'), b('PAGU')]);
  });
  tall('P', 'KET');
  sb.put('A7', numbers(16, 'plain'));
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2) };
  const two = (a: number, c: number) => `${a} % ${c} %`;
  const plan = kecamatanFull(0.8).map((p) =>
    mapTree(p, (x) =>
      x.key === '7.01.06'
        ? {
            ...x,
            ind: [
              I(
                '1. Persentase Desa Mandiri di Wilayah Kecamatan\n2. Persentase Usulan Musrenbang Desa/Kelurahan yang Sesuai Ketentuan dan Diakomodir Kecamatan',
                '%',
                two(80, 100),
                [81, 82, 83, 84, 85].map((a) => two(a, 100)),
              ),
            ],
          }
        : x.key === '7.01.06.2.01'
          ? { ...x, ind: [I('Persentase Dokumen Perencanaan dan Penganggaran Desa yang Disusun Tepat Waktu', '%', 100, flat(100)), I('Persentase Usulan Musrenbang yang Terfasilitasi', '%', 100, flat(100))] }
          : x,
    ),
  );
  const items: Item[] = [penunjangFull('7.01', 0.4, 5, { pegawai: 18 }), ...plan];
  const f = renderFunding(sb, 8, items, cols, { bold: { program: true }, jumlah: { label: 'Jumlah', labelCol: 'B' }, jumlahDelta: [{ year: 1, delta: -12_000_000 }] });
  cellLayouts.push({
    id: 'two-targets-one-cell',
    description:
      'Kecamatan funding table (KODE … KET, 1 2 3 … row) where a program has two indicators typed in one cell ("1. Persentase Desa Mandiri …\\n2. Persentase Usulan Musrenbang …") and two targets in each year cell ("81 % 100 %"), and a kegiatan has two indicator rows, the second without money. Planted: Jumlah 12.000.000 short in 2026',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:P${f.last}`, headerRows: [4, 5, 6, 7], roles: { ...fundingRoles(cols, years(2025)), P: 'notes' } }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 1) }],
  });
}

// IKU whose "Target Kinerja" group spans six columns, the first "Tahun ke-0 (Baseline)", beside a T-C.25 in "Tahun ke-1 … ke-5".
{
  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya ketenteraman dan ketertiban umum',
      ind: 'Indeks Ketenteraman dan Ketertiban Umum',
      satuan: 'Indeks',
      base: 72,
      t: [73, 74, 75, 76, 77],
      sasaran: [
        { sasaran: 'Meningkatnya kepatuhan masyarakat terhadap Perda dan Perkada', ind: 'Persentase Penegakan Peraturan Daerah dan Peraturan Kepala Daerah', satuan: '%', base: 86.2, t: [87, 89, 91, 93, 95] },
        { sasaran: 'Meningkatnya perlindungan masyarakat', ind: 'Persentase Anggota Linmas yang Terlatih', satuan: '%', base: 61, t: [64, 67, 70, 73, 76] },
      ],
    },
  ];
  const s25 = new SheetBuilder('Tabel 3.1');
  titles(s25, 1, ['Tabel 3.1', 'Tujuan dan Sasaran Jangka Menengah Satpol PP Kabupaten Ngawi']);
  s25.mergeText('A3:A4', b('No'));
  s25.mergeText('B3:B4', b('Tujuan'));
  s25.mergeText('C3:C4', b('Sasaran'));
  s25.mergeText('D3:D4', b('Indikator Tujuan/Sasaran'));
  s25.mergeText('E3:I3', b('Target Kinerja Tujuan/Sasaran'));
  s25.put('E4', [1, 2, 3, 4, 5].map((n) => b(`Tahun ke-${n}`)));
  const t25 = tc25Rows(s25, 5, plan);
  const si = new SheetBuilder('IKU Satpol PP');
  titles(si, 1, ['Tabel 4.4 Indikator Kinerja Utama Satuan Polisi Pamong Praja']);
  si.mergeText('A3:A4', b('No'));
  si.mergeText('B3:B4', b('Indikator Kinerja Utama'));
  si.mergeText('C3:C4', b('Satuan'));
  si.mergeText('D3:I3', b('Target Kinerja'));
  si.put('D4', ['Tahun ke-0 (Baseline)', 'Tahun ke-1', 'Tahun ke-2', 'Tahun ke-3', 'Tahun ke-4', 'Tahun ke-5'].map(b));
  si.mergeText('J3:J4', b('Kondisi Akhir'));
  si.mergeText('K3:K4', b('Sumber Data'));
  const iku = ikuData(plan);
  iku.forEach((k, i) => si.put(`A${5 + i}`, [i + 1, k.ind, k.satuan, k.base, ...k.t, k.t[4], 'Laporan Kinerja Satpol PP']));
  // Linmas tahun ke-3: T-C.25 says 70, the IKU 69.
  const linmas = 5 + iku.findIndex((k) => k.ind === 'Persentase Anggota Linmas yang Terlatih');
  si.set(`G${linmas}`, 69);
  cellLayouts.push({
    id: 'iku-tahun-ke-0-in-target-group',
    description:
      'IKU whose merged "Target Kinerja" spans six columns "Tahun ke-0 (Baseline) | Tahun ke-1 … Tahun ke-5" (the baseline inside the target group), Kondisi Akhir, Sumber Data; beside a T-C.25 in "Tahun ke-1 … ke-5". Planted: one IKU target (tahun ke-3) unlike T-C.25',
    workbook: workbook(s25, si),
    tables: [
      { sheet: 'Tabel 3.1', kind: 'tujuan-sasaran', range: `A3:I${t25.next - 1}`, headerRows: [3, 4], roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', ...yearRoles('target', letters('E', 5), [1, 2, 3, 4, 5]) } },
      {
        sheet: 'IKU Satpol PP',
        kind: 'iku',
        range: `A3:K${4 + iku.length}`,
        headerRows: [3, 4],
        roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), [1, 2, 3, 4, 5]), J: 'akhir-target', K: 'notes' },
      },
    ],
    findings: [{ rule: 'crosstable.iku-target', cell: [`IKU Satpol PP!G${linmas}`, `Tabel 3.1!G${t25.rowOf.get('Persentase Anggota Linmas yang Terlatih')}`] }],
  });
}

// =============================================================================================
// Cell habits

/** A plain two-row funding header from `top`: Kode?, name, indicator, satuan, baseline, year pairs, akhir pair, unit. */
function plainHeader(sb: SB, top: number, o: { code?: boolean; ys: number[]; target?: string; pagu?: string; name?: string; unit?: string; akhir?: boolean }): { cols: FundingColumns; right: string } {
  let c = 0;
  const next = () => shift('A', c++);
  const tall = (label: string) => {
    const x = next();
    sb.mergeText(`${x}${top}:${x}${top + 1}`, b(label));
    return x;
  };
  const code = o.code === false ? undefined : tall('Kode');
  const name = tall(o.name ?? 'Program/Kegiatan/Sub Kegiatan');
  const indicator = tall('Indikator Kinerja');
  const satuan = tall('Satuan');
  const baseline = tall('Kondisi Awal');
  const g = shift('A', c);
  o.ys.forEach((y, i) => {
    const x = shift(g, 2 * i);
    sb.mergeText(`${x}${top}:${shift(x, 1)}${top}`, b(y));
    sb.put(`${x}${top + 1}`, [b(o.target ?? 'Target'), b(o.pagu ?? 'Pagu (Rp)')]);
  });
  c += 2 * o.ys.length;
  let akhirTarget: string | undefined;
  let akhirPagu: string | undefined;
  if (o.akhir !== false) {
    akhirTarget = next();
    akhirPagu = next();
    sb.mergeText(`${akhirTarget}${top}:${akhirPagu}${top}`, b('Kondisi Akhir'));
    sb.put(`${akhirTarget}${top + 1}`, [b(o.target ?? 'Target'), b(o.pagu ?? 'Pagu (Rp)')]);
  }
  const unit = tall(o.unit ?? 'Perangkat Daerah Penanggung Jawab');
  return {
    cols: { code, name, indicator, satuan, baseline, target: letters(g, o.ys.length, 2), pagu: letters(shift(g, 1), o.ys.length, 2), akhirTarget, akhirPagu, unit },
    right: unit,
  };
}

// Numbers typed with trailing spaces ("12 ", "165.000.000 "), and "-" or "0" typed for no money in the years before a sub kegiatan starts.
{
  const sb = new SheetBuilder('Pendanaan');
  titles(sb, 1, ['RENCANA PROGRAM, KEGIATAN DAN PENDANAAN BPKAD KABUPATEN PACITAN 2025-2029']);
  const { cols, right } = plainHeader(sb, 3, { ys: years(2025) });
  const late = S('5.02.03.2.01.0003', 'Penyusunan Perencanaan Kebutuhan Barang Milik Daerah', 'Jumlah Rencana Kebutuhan Barang Milik Daerah', 'Dokumen', '-', ['-', '-', 1, 1, 1], [0, 0, 45_000_000, 47_250_000, 49_612_000]);
  const [pkd, bmd] = keuangan(0.8);
  const bmd2 = mapTree(bmd, (x) => (x.key === '5.02.03.2.01' ? { ...x, kids: [...x.kids.slice(0, 1), late, ...x.kids.slice(1)] } : x));
  const items: Item[] = [penunjangFull('5.02', 0.7, 5, { pegawai: 75 }), pkd, bmd2];
  const f = renderFunding(sb, 5, items, cols, { bold: { program: true }, unitText: 'BPKAD', jumlah: { label: 'JUMLAH', labelCol: 'B' }, paguDelta: [{ key: '5.02.02.2.01', year: 2, delta: 4_000_000 }] });
  const subRows = new Set(entities(items).filter((n) => n.level === 'sub').map((n) => f.row(n.key)));
  // Sub kegiatan rows typed by hand: money as text with dot thousands and a trailing space, targets with a trailing space.
  asText(sb, [...cols.pagu, cols.akhirPagu!], 5, f.last, (v, _c, r) => (subRows.has(r) && v !== 0 ? `${idr(v)} ` : undefined));
  asText(sb, [...cols.target!, cols.akhirTarget!], 5, f.last, (v, _c, r) => (subRows.has(r) ? `${v} ` : undefined));
  const lr = f.row('5.02.03.2.01.0003');
  sb.set(`${cols.pagu[0]}${lr}`, '-').set(`${cols.pagu[1]}${lr}`, '0');
  cellLayouts.push({
    id: 'trailing-spaces-zero-dash',
    description:
      'BPKAD funding table whose sub kegiatan rows were typed by hand: money as text with dot thousands and a trailing space ("165.000.000 "), targets "12 ", and a sub kegiatan starting in 2027 with "-" (2025) and "0" (2026) for no money and "-" for no target; kegiatan and program rows are numbers. Planted: a kegiatan 4.000.000 over its sub kegiatan in 2027',
    workbook: workbook(sb),
    tables: [{ sheet: 'Pendanaan', kind: 'program-pendanaan', range: `A3:${right}${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('5.02.02.2.01', 'pagu', 2) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('5.02.02.2.01', 'akhirPagu') }],
  });
}

// Program rows written across the code columns: the program name merged over A:F (five code columns and the name column), no code.
{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan DPMPTSP Kabupaten Ponorogo']);
  sb.mergeText('A3:E3', b('Kode'));
  sb.put('A4', ['Urusan', 'Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan'].map(b));
  const tall = (c: string, label: string) => sb.mergeText(`${c}3:${c}4`, b(label));
  tall('F', 'Program/Kegiatan/Sub Kegiatan');
  tall('G', 'Indikator Kinerja');
  tall('H', 'Satuan');
  tall('I', 'Kondisi Awal');
  years(2025).forEach((y, i) => {
    const c = shift('J', 2 * i);
    sb.mergeText(`${c}3:${shift(c, 1)}3`, b(y));
    sb.put(`${c}4`, [b('Target'), b('Rp')]);
  });
  sb.mergeText('T3:U3', b('Kondisi Akhir'));
  sb.put('T4', [b('Target'), b('Rp')]);
  tall('V', 'Penanggung Jawab');
  const cols: FundingColumns = { codeSplit: ['A', 'B', 'C', 'D', 'E'], name: 'F', indicator: 'G', satuan: 'H', baseline: 'I', target: letters('J', 5, 2), pagu: letters('K', 5, 2), akhirTarget: 'T', akhirPagu: 'U', unit: 'V' };
  const items: Item[] = [penunjangFull('2.18', 0.45, 5, { pegawai: 30 }), ...penanamanModal(0.9)];
  const f = renderFunding(sb, 5, items, cols, { bold: { program: true }, unitText: 'DPMPTSP', jumlah: { label: 'JUMLAH', labelCol: 'F' }, paguDelta: [{ key: '2.18.04', year: 2, delta: 3_000_000 }] });
  for (const p of entities(items).filter((n) => n.level === 'program')) {
    const r = f.row(p.key);
    for (const c of ['A', 'B', 'C', 'D', 'E', 'F']) sb.set(`${c}${r}`, null);
    sb.mergeText(`A${r}:F${r}`, b(p.name));
  }
  cellLayouts.push({
    id: 'program-name-over-code-columns',
    description:
      'DPMPTSP funding table with the code over five columns (Urusan | Bidang | Program | Kegiatan | Sub Kegiatan); program rows carry no code, their name typed in A and merged over A:F (the code columns and the name column); kegiatan and sub kegiatan rows have their codes. Planted: the Pelayanan Penanaman Modal program 3.000.000 over its kegiatan in 2027',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A3:V${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('2.18.04', 'pagu', 2) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('2.18.04', 'akhirPagu') }],
  });
}

// No codes; names carry their outline number: "1. Program …" (not in capitals), "1.1 Perencanaan …", "1.1.1 Penyusunan …".
{
  const sb = new SheetBuilder('Renstra Dikbud');
  titles(sb, 1, ['MATRIKS RENCANA PROGRAM, KEGIATAN DAN PENDANAAN', 'DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN PACITAN TAHUN 2026-2030']);
  const { cols, right } = plainHeader(sb, 4, { code: false, ys: years(2026), akhir: false });
  const title = (s: string) => s.toLowerCase().replace(/(^|[\s/(])([a-z])/g, (_, p, c) => p + c.toUpperCase());
  const numbered = (progs: Node[]): Node[] =>
    progs.map((p, i) =>
      mapTree(p, (x) => {
        if (x.level !== 'program') return x;
        const kids = x.kids.map((k, j) => {
          const kg = k as Node;
          return { ...kg, code: undefined, name: `${i + 1}.${j + 1} ${kg.name}`, kids: kg.kids.map((s, m) => ({ ...(s as Node), code: undefined, name: `${i + 1}.${j + 1}.${m + 1} ${(s as Node).name}` })) };
        });
        return { ...x, code: undefined, name: `${i + 1}. ${title(x.name)}`, kids };
      }),
    );
  const items: Item[] = numbered([penunjangFull('1.01', 1.1, 5, { pegawai: 120 }), pendidikan(1)[0]]);
  const f = renderFunding(sb, 6, items, cols, { bold: { program: true }, unitText: 'Dinas Dikbud', paguDelta: [{ key: '1.01.02.2.02', year: 4, delta: -30_000_000 }] });
  cellLayouts.push({
    id: 'outline-numbers-in-names',
    description:
      'No codes: names carry their outline numbers — "1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota" (title case), "1.1 Perencanaan, Penganggaran, …", "1.1.1 Penyusunan Dokumen …", "2.2.3 Pembangunan Ruang Kelas Baru" — 53 rows, SD and SMP sharing sub kegiatan names, 2026-2030. Planted: the SMP kegiatan 30.000.000 under its sub kegiatan in 2030',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra Dikbud', kind: 'program-pendanaan', range: `A4:${right}${f.last}`, headerRows: [4, 5], roles: fundingRoles(cols, years(2026)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.01.02.2.02', 'pagu', 4) }],
  });
}

// A table typed entirely in bold (header and body), no codes, kegiatan with a leading "- ", sub kegiatan plain.
{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['TABEL 4.2 RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN DINAS SOSIAL']);
  sb.mergeText('A3:A4', 'PROGRAM / KEGIATAN / SUB KEGIATAN');
  sb.mergeText('B3:B4', 'INDIKATOR KINERJA');
  sb.mergeText('C3:C4', 'SATUAN');
  sb.mergeText('D3:D4', 'KONDISI AWAL 2024');
  years(2025).forEach((y, i) => {
    const c = shift('E', 2 * i);
    sb.mergeText(`${c}3:${shift(c, 1)}3`, y);
    sb.put(`${c}4`, ['TARGET', 'RP']);
  });
  sb.mergeText('O3:P3', 'KONDISI AKHIR');
  sb.put('O4', ['TARGET', 'RP']);
  sb.mergeText('Q3:Q4', 'KETERANGAN');
  const cols: FundingColumns = { name: 'A', indicator: 'B', satuan: 'C', baseline: 'D', target: letters('E', 5, 2), pagu: letters('F', 5, 2), akhirTarget: 'O', akhirPagu: 'P' };
  const dash = (n: Node): Node => mapTree(n, (x) => ({ ...x, code: undefined, name: x.level === 'kegiatan' ? `- ${x.name}` : x.name }));
  const items: Item[] = [penunjangFull('1.06', 0.5, 5, { pegawai: 40 }), ...sosial(0.9)].map(dash);
  const f = renderFunding(sb, 5, items, cols, { jumlah: { label: 'JUMLAH', labelCol: 'A' }, paguDelta: [{ key: '1.06.04.2.01', year: 0, delta: 10_000_000 }] });
  allBold(sb, `A1:Q${f.last}`);
  cellLayouts.push({
    id: 'all-bold-dash-kegiatan',
    description:
      'Dinas Sosial funding table typed entirely in bold (header, programs, kegiatan, sub kegiatan, numbers), no codes; programs in capitals, kegiatan written "- Perencanaan, Penganggaran, …", sub kegiatan plain official names. Planted: the Rehabilitasi Sosial Dasar kegiatan 10.000.000 over its sub kegiatan in 2025',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A3:Q${f.last}`, headerRows: [3, 4], roles: { ...fundingRoles(cols, years(2025)), Q: 'notes' } }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.06.04.2.01', 'pagu', 0) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('1.06.04.2.01', 'akhirPagu') }],
  });
}

// Very long indicator texts (about 200 characters) and line breaks typed inside names (Alt+Enter).
{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Kesehatan Kabupaten Pacitan Tahun 2025-2029']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true });
  const LONG: Record<string, string> = {
    '1.02.02':
      'Persentase Fasilitas Pelayanan Kesehatan Tingkat Pertama (Puskesmas, Klinik Pratama dan Praktik Mandiri Dokter) yang Memenuhi Standar Sarana, Prasarana, Alat Kesehatan dan Sumber Daya Manusia Kesehatan sesuai Ketentuan',
    '1.02.02.2.02':
      'Persentase Penduduk yang Mendapatkan Pelayanan Kesehatan Sesuai Standar Pelayanan Minimal (Ibu Hamil, Ibu Bersalin, Bayi Baru Lahir, Balita, Usia Pendidikan Dasar, Usia Produktif, Usia Lanjut, Hipertensi, DM)',
  };
  const breakName = (s: string) => {
    if (s.length < 45) return s;
    const words = s.split(' ');
    const half = Math.ceil(words.length / 2);
    return `${words.slice(0, half).join(' ')}\n${words.slice(half).join(' ')}`;
  };
  const dress = (n: Node): Node =>
    mapTree(n, (x) => ({
      ...x,
      name: x.level === 'program' ? x.name : breakName(x.name),
      ind: LONG[x.key] ? [{ ...x.ind[0], text: LONG[x.key] }, ...x.ind.slice(1)] : x.ind,
    }));
  const [upaya] = kesehatan(0.7);
  const items: Item[] = [penunjangFull('1.02', 0.6, 5, { pegawai: 120 }), upaya].map(dress);
  const f = renderFunding(sb, h.firstData, items, h.cols, { bold: { program: true }, unitText: 'Dinas Kesehatan', lokasiText: 'Kabupaten Pacitan', jumlah: { label: 'Jumlah', labelCol: 'B' }, jumlahDelta: [{ year: 2, delta: -9_000_000 }] });
  cellLayouts.push({
    id: 'long-indicators-line-breaks',
    description:
      'Dinas Kesehatan funding table with two indicators of about 200 characters (a program\'s and a kegiatan\'s) and a line break typed in the middle of every kegiatan and sub kegiatan name longer than 45 characters ("Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak\\ndan Perizinan …"). Planted: Jumlah 9.000.000 short in 2027',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 2) }],
    tolerated: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') }],
  });
}

// Program codes that are formulas (=LEFT(A9;7) over the first kegiatan's code), cached in the file.
{
  const sb = new SheetBuilder('Renstra Disdik');
  titles(sb, 1, ['RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN', 'DINAS PENDIDIKAN KABUPATEN TRENGGALEK 2025-2029']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true, numberRow: 'plain' });
  const [, kurikulum, pendidik] = pendidikan(1);
  const items: Item[] = [penunjangFull('1.01', 0.9, 5, { pegawai: 88 }), kurikulum, pendidik];
  const f = renderFunding(sb, h.firstData, items, h.cols, { bold: { program: true }, unitText: 'Dinas Pendidikan', lokasiText: 'Kabupaten Trenggalek', jumlah: { label: 'JUMLAH', labelCol: 'B' }, paguDelta: [{ key: '1.01.03.2.01', year: 3, delta: 5_000_000 }] });
  for (const p of entities(items).filter((n) => n.level === 'program')) {
    const r = f.row(p.key);
    sb.get(`A${r}`)!.f = `LEFT(A${r + 1},7)`;
  }
  cellLayouts.push({
    id: 'program-code-formula',
    description:
      'Dinas Pendidikan funding table whose program codes are formulas taking the first 7 characters of the kegiatan code below (=LEFT(A10,7) → "1.01.01"), cached values present; full Penunjang, Kurikulum, Pendidik, 1 2 3 … row. Planted: the kurikulum kegiatan 5.000.000 over its sub kegiatan in 2028',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra Disdik', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.01.03.2.01', 'pagu', 3) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('1.01.03.2.01', 'akhirPagu') }],
  });
}

// A Bab II sheet with the agency's profile tables only: population per desa, staff counts, assets — no Renstra table, no error.
{
  const sb = new SheetBuilder('BAB II');
  titles(sb, 1, ['BAB II', 'GAMBARAN PELAYANAN KECAMATAN KAWEDANAN']);
  titles(sb, 4, ['Tabel 2.1', 'Luas Wilayah dan Jumlah Penduduk per Desa/Kelurahan Tahun 2024']);
  sb.mergeText('A7:A8', b('No'));
  sb.mergeText('B7:B8', b('Desa/Kelurahan'));
  sb.mergeText('C7:C8', b('Luas (Km²)'));
  sb.mergeText('D7:F7', b('Jumlah Penduduk (jiwa)'));
  sb.put('D8', [b('Laki-laki'), b('Perempuan'), b('Jumlah')]);
  sb.mergeText('G7:G8', b('Kepadatan (jiwa/Km²)'));
  const desa: [string, number, number, number][] = [
    ['Kawedanan', 3.12, 2_415, 2_498],
    ['Bogem', 2.87, 1_904, 1_962],
    ['Karangrejo', 4.05, 2_688, 2_731],
    ['Ngunut', 3.46, 2_102, 2_177],
    ['Sampung', 2.58, 1_644, 1_690],
    ['Tladan', 3.91, 2_377, 2_452],
  ];
  desa.forEach(([n, luas, l, p], i) => sb.put(`A${9 + i}`, [i + 1, n, luas, l, p, l + p, Math.round((l + p) / luas)]));
  const jr = 9 + desa.length;
  const luas = round(desa.reduce((s, d) => s + d[1], 0), 2);
  const tl = desa.reduce((s, d) => s + d[2], 0);
  const tp = desa.reduce((s, d) => s + d[3], 0);
  sb.put(`B${jr}`, [b('Jumlah'), b(luas), b(tl), b(tp), b(tl + tp), b(Math.round((tl + tp) / luas))]);
  sb.set(`A${jr + 1}`, 'Sumber : Kecamatan Kawedanan Dalam Angka 2025');
  const golTop = jr + 6;
  let r = staffTable(sb, jr + 3, ['Tabel 2.2', 'Jumlah ASN Berdasarkan Golongan/Ruang'], 'Golongan/Ruang', [
    ['IV/b', 1, 0],
    ['IV/a', 0, 2],
    ['III/d', 1, 2],
    ['III/c', 1, 0],
    ['III/b', 3, 0],
    ['II/c', 1, 1],
    ['Golongan 5 (P3K)', 1, 2],
  ]);
  const golEnd = r - 3;
  const pendTop = r + 3;
  // As printed in the sample (Tabel 2.4): "Sarjana 0 2 4" — its Jumlah (E) is the cell to fix.
  r = staffTable(sb, r, ['Tabel 2.3', 'Jumlah PNS Berdasarkan Tingkat Pendidikan'], 'Jabatan', [
    ['Pasca Sarjana', 2, 2],
    ['Sarjana', 0, 2],
    ['Sarjana Muda (D3)', 1, 0],
    ['SLTA', 3, 2],
  ]);
  sb.set(`E${r - 6}`, 4);
  const pendEnd = r - 3;
  titles(sb, r, ['Tabel 2.6', 'Daftar Sarana dan Prasarana Kecamatan Kawedanan']);
  sb.put(`A${r + 3}`, [b('No'), b('Nama Aset'), b('Satuan'), b('Jumlah')]);
  const aset: [string, string, number][] = [
    ['Tanah Bangunan Kantor Pemerintah', 'm2', 8_455],
    ['Kendaraan dinas roda 4', 'Unit', 1],
    ['Kendaraan roda 2', 'Unit', 8],
    ['Personal Computer', 'Unit', 5],
    ['Laptop', 'Unit', 6],
    ['Printer', 'Unit', 6],
  ];
  aset.forEach((a, i) => sb.put(`A${r + 4 + i}`, [`${i + 1}.`, ...a]));
  cellLayouts.push({
    id: 'bab2-profile-tables-only',
    description:
      'A Bab II sheet with the agency profile only: population per desa (Luas | Laki-laki | Perempuan | Jumlah | Kepadatan, a Jumlah row), staff by golongan and by pendidikan (Laki-laki | Perempuan | Jumlah, one row printed "0 2 4" as in the sample), an asset list — no Renstra table; the two staff counts are rekap-jumlah tables, the "0 2 4" row their one error',
    workbook: workbook(sb),
    tables: [
      { sheet: 'BAB II', kind: 'rekap-jumlah', range: `A${golTop}:E${golEnd}`, headerRows: [golTop], roles: STAFF_ROLES },
      { sheet: 'BAB II', kind: 'rekap-jumlah', range: `A${pendTop}:E${pendEnd}`, headerRows: [pendTop], roles: STAFF_ROLES },
    ],
    findings: [{ rule: 'total.baris', cell: `E${pendEnd - 3}` }],
  });
}

// T-C.25 as an e-SAKIP export: one "Tujuan/Sasaran" column with T1 / S1.1 codes, Satuan, Kondisi Awal, targets, Kondisi Akhir.
{
  const sb = new SheetBuilder('Tujuan Sasaran');
  titles(sb, 1, ['Tabel 3.1 Tujuan dan Sasaran Jangka Menengah Dinas Kesehatan Kabupaten Magetan Tahun 2025-2029']);
  sb.mergeText('A3:A4', b('Kode'));
  sb.mergeText('B3:B4', b('Tujuan/Sasaran'));
  sb.mergeText('C3:C4', b('Indikator Kinerja'));
  sb.mergeText('D3:D4', b('Satuan'));
  sb.mergeText('E3:E4', b('Kondisi Awal (2024)'));
  sb.mergeText('F3:J3', b('Target Kinerja Tujuan/Sasaran'));
  sb.put('F4', years(2025).map(b));
  sb.mergeText('K3:K4', b('Kondisi Akhir (2029)'));
  const data: [string, string, string, string, number, number[]][] = [
    ['T1', 'Meningkatnya derajat kesehatan masyarakat', 'Usia Harapan Hidup', 'Tahun', 72.6, [72.7, 72.8, 72.9, 73, 73.1]],
    ['S1.1', 'Meningkatnya kualitas pelayanan kesehatan ibu dan anak', 'Angka Kematian Ibu (per 100.000 Kelahiran Hidup)', 'per 100.000 KH', 98, [95, 92, 89, 86, 83]],
    ['S1.1', 'Meningkatnya kualitas pelayanan kesehatan ibu dan anak', 'Angka Kematian Bayi (per 1.000 Kelahiran Hidup)', 'per 1.000 KH', 8.2, [8, 7.8, 7.6, 7.4, 7.2]],
    ['S1.2', 'Meningkatnya status gizi masyarakat', 'Prevalensi Stunting pada Balita', '%', 14.3, [13.5, 12.5, 11.5, 10.5, 9.5]],
    ['S1.3', 'Meningkatnya mutu fasilitas pelayanan kesehatan', 'Persentase Puskesmas Terakreditasi Paripurna', '%', 35, [40, 50, 60, 70, 80]],
  ];
  data.forEach(([k, ts, ind, sat, base, t], i) => sb.put(`A${5 + i}`, [k, ts, ind, sat, base, ...t, t[4]]));
  cellLayouts.push({
    id: 'tc25-combined-tujuan-sasaran-column',
    description:
      'T-C.25 as an e-SAKIP export: one "Tujuan/Sasaran" column whose rows are coded T1 / S1.1 / S1.2 in a Kode column (a sasaran repeated on each of its indicator rows), Indikator Kinerja, Satuan, Kondisi Awal (2024), targets 2025-2029 (three of them falling: AKI, AKB, stunting), Kondisi Akhir (2029); the combined column\'s role left open',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tujuan Sasaran',
        kind: 'tujuan-sasaran',
        range: 'A3:K9',
        headerRows: [3, 4],
        roles: { C: 'indicator', D: 'satuan', E: 'baseline', ...yearRoles('target', letters('F', 5), years(2025)), K: 'akhir-target' },
      },
    ],
    findings: [],
  });
}

// Dinas Kesehatan Bab II pasted from the Word draft: numbers as text with comma decimals and trailing spaces, "100 %", lower-is-better rates (AKI, AKB, stunting) with rasio 2 − R/T, "2025*)" year labels with a footnote.
{
  const sb = new SheetBuilder('BAB II');
  titles(sb, 1, ['Tabel 2.7', 'Pencapaian Kinerja Pelayanan Dinas Kesehatan Kabupaten Magetan Tahun 2021-2025']);
  const ys: V[] = [2021, 2022, 2023, 2024, '2025*)'];
  const h23 = tc23Header(sb, 4, ys, { agency: 'Perangkat Daerah', numberRow: true });
  const cap: Capaian[] = [
    { ind: 'Angka Kematian Ibu (per 100.000 Kelahiran Hidup)', refs: ['-', 'V', '-'], t: [105, 102, 100, 98, 96], r: [110.2, 98.4, 101.5, 92.3, 90.1], pol: 'khusus' },
    { ind: 'Angka Kematian Bayi (per 1.000 Kelahiran Hidup)', refs: ['-', 'V', '-'], t: [9, 8.8, 8.6, 8.4, 8.2], r: [9.4, 8.5, 8.6, 8.1, 7.9], pol: 'khusus' },
    { ind: 'Prevalensi Stunting pada Balita', refs: ['-', '-', 'V'], t: [20, 18, 16, 15, 14], r: [19.2, 17.6, 16.8, 14.1, 13.2], pol: 'khusus' },
    { ind: 'Persentase Ibu Hamil Mendapatkan Pelayanan Kesehatan Sesuai Standar', refs: ['100', '-', '-'], t: [100, 100, 100, 100, 100], r: [94.3, 96.8, 98.1, 99.2, 99.5] },
    { ind: 'Persentase Puskesmas Terakreditasi', refs: ['-', '-', 'V'], t: [60, 70, 80, 90, 100], r: [54.5, 72.7, 81.8, 90.9, 100] },
  ];
  const d23 = h23[h23.length - 1] + 1;
  const e23 = tc23Rows(sb, d23, cap);
  // Puskesmas terakreditasi 2022: 72,7 / 70 = 1,04 — shown 0,96 (T/R on a positive indicator).
  const wrong23 = `Q${d23 + 4}`;
  sb.set(wrong23, 0.96);
  const comma = (v: number) => `${String(v).replace('.', ',')} `;
  asText(sb, letters('F', 15), d23, e23 - 1, (v, c, r) => (r === d23 + 3 && letters('F', 10).includes(c) ? `${v} %` : comma(v)));
  sb.set(`A${e23}`, '*) realisasi tahun 2025 s.d. Triwulan III');
  sb.set(`A${e23 + 1}`, 'Untuk AKI, AKB dan stunting (makin kecil makin baik) rasio = 1 + (1 − realisasi/target)');
  titles(sb, e23 + 4, ['Tabel 2.8', 'Anggaran dan Realisasi Pendanaan Pelayanan Dinas Kesehatan Kabupaten Magetan Tahun 2021-2025']);
  const c24 = e23 + 7;
  const h24 = tc24Header(sb, c24, ys, false);
  const ang: Anggaran[] = [
    { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [48_215_400_000, 50_118_900_000, 52_406_330_000, 54_912_000_000, 57_300_450_000], r: [46_114_880_500, 48_905_312_700, 50_877_415_200, 53_406_118_900, 41_208_337_600] },
    { name: 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', a: [62_480_000_000, 58_905_500_000, 61_330_000_000, 64_120_750_000, 66_904_000_000], r: [60_118_402_300, 56_994_118_500, 59_870_226_100, 62_441_905_300, 47_118_330_900] },
    { name: 'Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', a: [3_850_000_000, 4_120_000_000, 4_305_000_000, 4_512_500_000, 4_790_000_000], r: [3_711_450_000, 3_998_612_000, 4_188_905_000, 4_402_118_000, 3_305_776_000] },
    { name: 'Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman', a: [415_000_000, 438_000_000, 452_500_000, 470_000_000, 488_000_000], r: [401_225_000, 425_118_000, 440_902_500, 459_880_000, 352_114_000] },
    { name: 'Program Pemberdayaan Masyarakat Bidang Kesehatan', a: [620_000_000, 655_000_000, 690_500_000, 715_000_000, 742_000_000], r: [598_440_000, 641_226_500, 671_930_000, 700_118_000, 540_227_000] },
  ];
  const d24 = h24[h24.length - 1] + 1;
  ang.forEach((x, i) => sb.put(`A${d24 + i}`, [`${i + 1}.`, x.name, ...anggaranValues(x)]));
  const j24 = d24 + ang.length;
  sb.put(`B${j24}`, [b('Jumlah'), ...anggaranValues(addUp(ang)).map((v) => b(v))]);
  // SDM Kesehatan, 2023: 4.188.905.000 / 4.305.000.000 = 0,97 — shown 0,79.
  const wrong24 = `O${d24 + 2}`;
  sb.set(wrong24, 0.79);
  asText(sb, letters('C', 17), d24, j24, (v, c) => (letters('C', 10).includes(c) ? `${idr(v)} ` : comma(v)));
  sb.set(`A${j24 + 1}`, '*) realisasi tahun 2025 s.d. Triwulan III');
  cellLayouts.push({
    id: 'bab2-dinkes-text-numbers',
    description:
      'Dinas Kesehatan Bab II pasted from the Word draft: T-C.23 and T-C.24 with every number text — comma decimals with a trailing space ("96,12 "), "100 %" targets, money "48.215.400.000 " — the last year labelled "2025*)" with a footnote (realisasi to Q3), AKI, AKB and stunting lower-is-better with rasio 1 + (1 − R/T) as the note under the table says. Planted: one wrong rasio in each table',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [
      { sheet: 'BAB II', kind: 'pencapaian-kinerja', range: `A4:T${e23 - 1}`, headerRows: h23, roles: TC23_ROLES(years(2021)) },
      { sheet: 'BAB II', kind: 'anggaran-realisasi', range: `A${c24}:S${j24}`, headerRows: h24, roles: TC24_ROLES(years(2021)) },
    ],
    findings: [
      { rule: 'ratio.capaian', cell: wrong23 },
      { rule: 'ratio.anggaran', cell: wrong24 },
    ],
  });
}

// BAB IV of a Kecamatan as the sample lays it: T-C.27, then "4.3" text and Tabel 4.3 (priority sub kegiatan: NO | PROGRAM PRIORITAS | OUTCOME | KEGIATAN/SUB-KEGIATAN | KET).
{
  const sb = new SheetBuilder('BAB IV');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Kecamatan Kawedanan Tahun 2025-2029']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true, numberRow: 'paren' });
  const items: Item[] = [penunjangFull('7.01', 0.4, 5, { pegawai: 19 }), ...kecamatanFull(0.9)];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Kecamatan Kawedanan',
    lokasiText: 'Kec. Kawedanan',
    jumlah: { label: 'Jumlah', labelCol: 'A', mergeTo: 'E' },
    jumlahDelta: [{ year: 2, delta: -12_000_000 }],
  });
  const t = f.last + 2;
  sb.set(`A${t}`, '4.3 Sub kegiatan dalam rangka mendukung program prioritas pembangunan daerah');
  titles(sb, t + 2, ['Tabel 4.3', 'Daftar Sub-kegiatan Prioritas dalam Mendukung Program Prioritas Pembangunan Daerah']);
  const hp = t + 5;
  sb.put(`A${hp}`, [b('NO'), b('PROGRAM PRIORITAS'), b('OUTCOME'), b('KEGIATAN/ SUB-KEGIATAN'), b('KET')]);
  sb.put(`A${hp + 1}`, numbers(5, 'paren'));
  sb.put(`A${hp + 2}`, [
    1,
    'Program Pemberdayaan Masyarakat Desa dan Kelurahan',
    'Meningkatnya kualitas kinerja desa serta kinerja pemerintahan bidang kesejahteraan sosial di Kecamatan',
    'Koordinasi Kegiatan Pemberdayaan Desa // Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan',
    'Mendukung prioritas pengentasan kemiskinan',
  ]);
  sb.put(`A${hp + 3}`, [
    2,
    'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik',
    'Meningkatnya kualitas pelayanan publik dan lembaga masyarakat serta aparatur desa di wilayah Kecamatan',
    'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan // Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan',
    'Mendukung prioritas reformasi birokrasi',
  ]);
  cellLayouts.push({
    id: 'bab4-tc27-then-priority-list',
    description:
      'A Kecamatan BAB IV sheet as in the sample: T-C.27 with its Jumlah, then the "4.3" paragraph and Tabel 4.3 "Daftar Sub-kegiatan Prioritas" (NO | PROGRAM PRIORITAS | OUTCOME | KEGIATAN/ SUB-KEGIATAN | KET, (1)…(5), two rows naming programs and kegiatan) — a list, not a Renstra table of the seven kinds. Planted: Jumlah 12.000.000 short in 2027',
    workbook: workbook(sb),
    tables: [{ sheet: 'BAB IV', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 2) }],
    tolerated: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') }],
  });
}

// IKU per sasaran strategis, as the IKU decree lays it: Sasaran Strategis merged down over its indicators, a long Formulasi column, Sumber Data, Penanggung Jawab.
{
  const sb = new SheetBuilder('IKU');
  titles(sb, 1, ['INDIKATOR KINERJA UTAMA (IKU)', 'BADAN PERENCANAAN PEMBANGUNAN DAERAH KABUPATEN TRENGGALEK TAHUN 2026-2030']);
  const tall = (c: string, label: string) => sb.mergeText(`${c}4:${c}5`, b(label));
  tall('A', 'No');
  tall('B', 'Sasaran Strategis');
  tall('C', 'Indikator Kinerja Utama');
  tall('D', 'Satuan');
  tall('E', 'Formulasi Perhitungan');
  tall('F', 'Baseline 2025');
  sb.mergeText('G4:K4', b('Target'));
  sb.put('G5', years(2026).map(b));
  tall('L', 'Sumber Data');
  tall('M', 'Penanggung Jawab');
  const rowsData: [string, string, string, string, number, number[], string, string][] = [
    ['Meningkatnya kualitas perencanaan pembangunan daerah', 'Persentase Keselarasan Program RPJMD dan RKPD', '%', '(Jumlah program RPJMD yang dimuat dalam RKPD / Jumlah program RPJMD) x 100%', 92, [93, 94, 95, 96, 97], 'Dokumen RKPD', 'Bidang Perencanaan'],
    ['Meningkatnya kualitas perencanaan pembangunan daerah', 'Persentase Renstra Perangkat Daerah yang Selaras dengan RPJMD', '%', '(Jumlah Renstra PD yang selaras / Jumlah PD) x 100%', 88, [90, 92, 94, 96, 98], 'Hasil Verifikasi Renstra', 'Bidang Perencanaan'],
    ['Meningkatnya kualitas pengendalian dan evaluasi pembangunan', 'Nilai Evaluasi Kinerja Pembangunan Daerah', 'Nilai', 'Nilai hasil evaluasi kinerja penyelenggaraan pemerintahan daerah bidang perencanaan oleh Kementerian Dalam Negeri', 3.2, [3.3, 3.4, 3.5, 3.6, 3.7], 'LPPD / EKPPD', 'Bidang Litbang'],
    ['Meningkatnya akuntabilitas kinerja Bappeda', 'Nilai SAKIP Bappeda', 'Nilai', 'Perencanaan (30) + Pengukuran (30) + Pelaporan (15) + Evaluasi Internal (25)', 78.5, [80, 81, 82, 83, 84], 'LHE SAKIP Inspektorat', 'Sekretariat'],
  ];
  rowsData.forEach(([s, ind, sat, form, base, t, src, pj], i) => sb.put(`A${6 + i}`, [i + 1, i === 1 ? undefined : s, ind, sat, form, base, ...t, src, pj]));
  sb.merge('B6:B7');
  cellLayouts.push({
    id: 'iku-per-sasaran-strategis',
    description:
      'IKU as the IKU decree lays it: No | Sasaran Strategis (merged down over its two indicators) | Indikator Kinerja Utama | Satuan | Formulasi Perhitungan (long text with "/", "x 100%") | Baseline 2025 | Target 2026-2030 | Sumber Data | Penanggung Jawab',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'IKU',
        kind: 'iku',
        range: 'A4:M9',
        headerRows: [4, 5],
        roles: { A: 'no', B: 'sasaran', C: 'indicator', D: 'satuan', F: 'baseline', ...yearRoles('target', letters('G', 5), years(2026)), L: 'notes', M: 'notes' },
      },
    ],
    findings: [],
  });
}

// IKU and T-C.25 that agree although written differently (abbreviation in brackets, capitals, "83,50 Indeks" text), next to a T-C.23 of the previous period with the same indicator; one real disagreement.
{
  const s23 = new SheetBuilder('Tabel 2.7');
  titles(s23, 1, ['Tabel 2.7', 'Pencapaian Kinerja Pelayanan Kecamatan Sukomoro 2020-2024']);
  const h23 = tc23Header(s23, 4, years(2020), { agency: 'Kecamatan' });
  const cap: Capaian[] = [
    { ind: 'Indeks Kepuasan Masyarakat', refs: ['-', '-', 'V'], t: [78, 79, 80, 81, 82], r: [78.6, 79.4, 80.9, 81.2, 82.5] },
    { ind: 'Nilai SAKIP Kecamatan', refs: ['-', '-', 'V'], t: [60, 62, 64, 66, 68], r: [61, 62.5, 65.2, 66.1, 69.3] },
  ];
  const d23 = h23[h23.length - 1] + 1;
  const e23 = tc23Rows(s23, d23, cap);
  const s25 = new SheetBuilder('Tabel 3.1');
  titles(s25, 1, ['Tabel 3.1', 'Tujuan dan Sasaran Jangka Menengah Kecamatan Sukomoro 2025-2029']);
  s25.mergeText('A3:A4', b('No'));
  s25.mergeText('B3:B4', b('Tujuan'));
  s25.mergeText('C3:C4', b('Sasaran'));
  s25.mergeText('D3:D4', b('Indikator Tujuan/Sasaran'));
  s25.mergeText('E3:I3', b('Target Kinerja Tujuan/Sasaran'));
  s25.put('E4', years(2025).map(b));
  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya kualitas pelayanan publik di wilayah kecamatan',
      ind: 'Indeks Kepuasan Masyarakat',
      satuan: 'Indeks',
      base: 82.5,
      t: [83, 83.5, 84, 84.5, 85],
      sasaran: [{ sasaran: 'Meningkatnya akuntabilitas kinerja kecamatan', ind: 'Nilai SAKIP Kecamatan', satuan: 'Nilai', base: 69.3, t: [70, 71, 72, 73, 74] }],
    },
  ];
  const t25 = tc25Rows(s25, 5, plan);
  // The tujuan targets typed with their unit, comma decimals.
  const ikmRow = t25.rowOf.get('Indeks Kepuasan Masyarakat')!;
  letters('E', 5).forEach((c, i) => s25.set(`${c}${ikmRow}`, `${plan[0].t[i].toFixed(2).replace('.', ',')} Indeks`));
  const si = new SheetBuilder('Tabel 4.4');
  titles(si, 1, ['Tabel 4.4', 'INDIKATOR KINERJA UTAMA KECAMATAN SUKOMORO']);
  si.mergeText('A3:A4', b('NO'));
  si.mergeText('B3:B4', b('INDIKATOR KINERJA UTAMA'));
  si.mergeText('C3:C4', b('SATUAN'));
  si.mergeText('D3:D4', b('KONDISI AWAL'));
  si.mergeText('E3:I3', b('TARGET'));
  si.put('E4', years(2025).map(b));
  si.mergeText('J3:J4', b('KONDISI AKHIR'));
  si.put('A5', [1, 'INDEKS KEPUASAN MASYARAKAT (IKM)', 'Indeks', 82.5, 83, 83.5, 84, 84.5, 85, 85]);
  si.put('A6', [2, 'Nilai SAKIP Kecamatan Sukomoro', 'Nilai', 69.3, 70, 71, 72.5, 73, 74, 74]);
  cellLayouts.push({
    id: 'iku-tc25-written-differently',
    description:
      'Kecamatan workbook: T-C.23 2020-2024 (the same indicators with other targets), T-C.25 2025-2029 whose IKM targets are text "83,50 Indeks", and an IKU in capitals naming them "INDEKS KEPUASAN MASYARAKAT (IKM)" and "Nilai SAKIP Kecamatan Sukomoro". The IKM targets agree; planted: the SAKIP 2027 IKU target 72,5 where T-C.25 has 72',
    viaXlsx: true,
    workbook: workbook(s23, s25, si),
    tables: [
      { sheet: 'Tabel 2.7', kind: 'pencapaian-kinerja', range: `A4:T${e23 - 1}`, headerRows: h23, roles: TC23_ROLES(years(2020)) },
      { sheet: 'Tabel 3.1', kind: 'tujuan-sasaran', range: `A3:I${t25.next - 1}`, headerRows: [3, 4], roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', ...yearRoles('target', letters('E', 5), years(2025)) } },
      { sheet: 'Tabel 4.4', kind: 'iku', range: 'A3:J6', headerRows: [3, 4], roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), years(2025)), J: 'akhir-target' } },
    ],
    findings: [{ rule: 'crosstable.iku-target', cell: ['Tabel 4.4!G6', `Tabel 3.1!G${t25.rowOf.get('Nilai SAKIP Kecamatan')}`] }],
  });
}

// T-C.24 of a Dinas Pendidikan dan Kebudayaan (two urusan): heading rows "URUSAN PENDIDIKAN" / "URUSAN KEBUDAYAAN" without money over their programs, one Jumlah.
{
  const sb = new SheetBuilder('Tabel 2.8');
  titles(sb, 1, ['Tabel 2.8', 'Anggaran dan Realisasi Pendanaan Pelayanan Dinas Pendidikan dan Kebudayaan Kabupaten Pacitan']);
  const h24 = tc24Header(sb, 4, years(2020));
  const pendidikanRows: Anggaran[] = [
    { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [212_450_000_000, 218_900_500_000, 225_118_000_000, 231_406_750_000, 238_880_000_000], r: [205_118_402_300, 212_440_905_100, 219_006_331_800, 225_917_004_200, 233_104_665_000] },
    { name: 'Program Pengelolaan Pendidikan', a: [96_400_000_000, 101_250_000_000, 104_880_500_000, 110_312_000_000, 114_905_000_000], r: [92_806_115_400, 98_114_502_000, 101_660_430_900, 107_005_880_100, 111_776_204_500] },
    { name: 'Program Pengembangan Kurikulum', a: [180_000_000, 195_000_000, 205_000_000, 215_000_000, 225_000_000], r: [172_450_000, 189_880_000, 199_412_000, 209_775_000, 218_905_000] },
    { name: 'Program Pendidik dan Tenaga Kependidikan', a: [1_250_000_000, 1_310_000_000, 1_375_500_000, 1_440_000_000, 1_512_000_000], r: [1_201_118_000, 1_277_400_500, 1_330_912_000, 1_402_776_000, 1_470_335_000] },
  ];
  const kebudayaanRows: Anggaran[] = [
    { name: 'Program Pengembangan Kebudayaan', a: [640_000_000, 685_000_000, 720_500_000, 758_000_000, 790_000_000], r: [612_880_000, 668_405_000, 701_330_500, 739_118_000, 771_904_000] },
    { name: 'Program Pelestarian dan Pengelolaan Cagar Budaya', a: [310_000_000, 335_000_000, 352_000_000, 370_000_000, 388_000_000], r: [298_114_000, 326_880_500, 341_905_000, 361_002_000, 379_440_000] },
  ];
  let r = h24[h24.length - 1] + 1;
  sb.put(`A${r++}`, [b('I'), b('URUSAN PEMERINTAHAN BIDANG PENDIDIKAN')]);
  pendidikanRows.forEach((x, i) => sb.put(`A${r++}`, [i + 1, x.name, ...anggaranValues(x)]));
  sb.put(`A${r++}`, [b('II'), b('URUSAN PEMERINTAHAN BIDANG KEBUDAYAAN')]);
  const firstBudaya = r;
  kebudayaanRows.forEach((x, i) => sb.put(`A${r++}`, [i + 1, x.name, ...anggaranValues(x)]));
  const jr = r;
  const tot = addUp([...pendidikanRows, ...kebudayaanRows]);
  tot.a[4] -= 388_000_000; // 2024: Cagar Budaya left out of the total
  sb.put(`B${jr}`, [b('JUMLAH'), ...anggaranValues(tot).map((v) => b(v))]);
  // Pengembangan Kebudayaan 2022: 701.330.500 / 720.500.000 = 0,97 — shown 1,07.
  const wrong = `O${firstBudaya}`;
  sb.set(wrong, 1.07);
  cellLayouts.push({
    id: 'tc24-two-urusan-headings',
    description:
      'T-C.24 of a Dinas Pendidikan dan Kebudayaan: heading rows "I URUSAN PEMERINTAHAN BIDANG PENDIDIKAN" and "II URUSAN PEMERINTAHAN BIDANG KEBUDAYAAN" with no money over their programs (numbered 1.. again under each), one JUMLAH of all six programs. Planted: JUMLAH anggaran 2024 skips a program, one wrong rasio',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.8', kind: 'anggaran-realisasi', range: `A4:S${jr}`, headerRows: h24, roles: TC24_ROLES(years(2020)) }],
    findings: [
      { rule: 'total.jumlah', cell: `G${jr}` },
      { rule: 'ratio.anggaran', cell: wrong },
    ],
  });
}

// T-C.23 as the sample's Tabel 2.7: six target years (2020-2025) but five realisasi and rasio years, column numbers 1 … 21, indicators measured only some years.
{
  const sb = new SheetBuilder('Tabel 2.7');
  titles(sb, 1, ['Tabel 2.7', 'Pencapaian Kinerja Pelayanan Kecamatan Kartoharjo Kabupaten Magetan']);
  sb.mergeText('A4:A5', b('No'));
  sb.mergeText('B4:B5', b('Indikator Kinerja Sesuai Tugas dan Fungsi Kecamatan Kartoharjo'));
  sb.mergeText('C4:C5', b('Target NSPK'));
  sb.mergeText('D4:D5', b('Target IKK'));
  sb.mergeText('E4:E5', b('Target IKU'));
  sb.mergeText('F4:K4', b('Target Renstra Kecamatan Kartoharjo Tahun ke-'));
  sb.mergeText('L4:P4', b('Realisasi Capaian Tahun ke-'));
  sb.mergeText('Q4:U4', b('Rasio Capaian pada Tahun ke-'));
  sb.put('F5', [...years(2020, 6), ...years(2020), ...years(2020)].map(b));
  sb.put('A6', numbers(21, 'plain', false));
  const rowsData: { ind: string; t: (number | null)[]; r: (number | null)[] }[] = [
    { ind: 'Indeks Kepuasan Masyarakat (IKM)', t: [72.5, 74, 75, 80, 81, 81.5], r: [77.41, 77.51, 80.71, 82.33, 82.92] },
    { ind: 'Kecamatan Berpredikat Kinerja Baik', t: [null, 61, 65, 70, null, null], r: [null, 64, 64, 84.19, null] },
    { ind: 'Nilai Predikat Kinerja Kecamatan', t: [null, null, null, null, 71, 73], r: [null, null, null, null, 94.36] },
    { ind: 'Nilai SAKIP', t: [null, null, null, null, 82, 82.5], r: [null, null, null, null, 89.43] },
  ];
  rowsData.forEach((x, i) => {
    const row = 7 + i;
    const ras = x.r.map((rv, y) => (rv !== null && x.t[y] !== null ? round(rv / (x.t[y] as number), 2) : null));
    sb.put(`A${row}`, [i + 1, x.ind, undefined, undefined, 'V', ...x.t, ...x.r, ...ras]);
  });
  // As printed in the sample: 2023 rasio 1,14 where 84,19 / 70 = 1,20.
  sb.set('T8', 1.14);
  cellLayouts.push({
    id: 'tc23-six-targets-five-realisasi',
    description:
      'T-C.23 laid out as the sample\'s Tabel 2.7: "Target Renstra … Tahun ke-" over six years 2020-2025 but "Realisasi Capaian" and "Rasio Capaian" over 2020-2024, plain 1 … 21 column numbers, Target IKU "V", indicators measured only in some years (blank elsewhere). Planted: the sample\'s own 1,14 where 84,19 / 70 = 1,20',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 2.7',
        kind: 'pencapaian-kinerja',
        range: 'A4:U10',
        headerRows: [4, 5, 6],
        roles: {
          A: 'no',
          B: 'indicator',
          C: 'ref-target',
          D: 'ref-target',
          E: 'ref-target',
          ...yearRoles('target', letters('F', 6), years(2020, 6)),
          ...yearRoles('realisasi', letters('L', 5), years(2020)),
          ...yearRoles('rasio', letters('Q', 5), years(2020)),
        },
      },
    ],
    findings: [{ rule: 'ratio.capaian', cell: 'T8' }],
  });
}
