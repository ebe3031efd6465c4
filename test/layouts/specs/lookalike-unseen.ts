/**
 * Look-alike tables: what sits in the same workbooks as a Renstra and resembles its tables — a Renja
 * (one year plus "Prakiraan Maju"), RKA/DPA extracts (kode rekening, volume × harga; the recap by
 * program/kegiatan/sub kegiatan over T-1, T, T+1), an LKjIP "Capaian Kinerja Tahun 2024" with the
 * comparison with last year, an evaluation of the previous Renstra and the Renja's evaluation form
 * ("Tingkat Capaian Realisasi Target Renstra"), SKM/IKM and SAKIP summaries, a budget recap by
 * belanja type with sub totals, population and road data by kecamatan, sarana prasarana by kondisi,
 * an RPJMD–Renstra crosswalk with definisi operasional, a risk register, a Perjanjian Kinerja with
 * its rencana aksi per triwulan.
 *
 * Each is what a careful planner reads: the product's kind where its checks apply (the Renja's
 * pagu add up like T-C.27's, an LKjIP capaian is realisasi / target, a count table's Jumlah adds
 * up), no table where none of the product's kinds fits (an RKA, a survey score, a risk register) —
 * and nothing reported as an error but the planted defects.
 */
import { type FundingColumns, type Item, type Node, fundingRoles, renderFunding } from '../funding';
import { type Layout, type RoleSpec, type SheetBuilder as SB, type V, SheetBuilder, b, letters, numbers, round, sum, workbook, yearRoles, years } from '../kit';
import { penunjang } from '../data';
import { sosial } from '../agencies';
import { tc27, titles } from '../sheets';

export const lookalikeUnseenLayouts: Layout[] = [];

/** A bold heading cell merged over a range. */
const head = (sb: SB, ref: string, text: string): void => {
  sb.mergeText(ref, b(text));
};

/** Sum of a node's leaves' pagu in a year (0-based index). */
function paguOf(n: Node, y: number): number {
  const kids = n.kids.filter((k): k is Node => k.kind === 'node');
  return kids.length ? sum(kids.map((k) => paguOf(k, y))) : (n.pagu ?? [])[y] ?? 0;
}

/** Every node of a tree, depth first. */
function walk(n: Node): Node[] {
  return [n, ...n.kids.filter((k): k is Node => k.kind === 'node').flatMap(walk)];
}

const pct = (r: number, t: number): number => round((r / t) * 100, 2);

// =============================================================================================
// 1. Renja: "Rencana Tahun 2026" (lokasi, target, pagu, sumber dana) and "Prakiraan Maju 2027"

{
  const sb = new SheetBuilder('Renja 2026');
  titles(sb, 1, ['Tabel 3.2', 'Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2026 dan Prakiraan Maju Tahun 2027', 'Dinas Sosial Kabupaten Ngawi']);
  head(sb, 'A5:A6', 'Kode');
  head(sb, 'B5:B6', 'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan');
  head(sb, 'C5:C6', 'Indikator Kinerja Program/Kegiatan/Sub Kegiatan');
  head(sb, 'D5:G5', 'Rencana Tahun 2026');
  sb.put('D6', [b('Lokasi'), b('Target Capaian Kinerja'), b('Kebutuhan Dana/Pagu Indikatif'), b('Sumber Dana')]);
  head(sb, 'H5:H6', 'Catatan Penting');
  head(sb, 'I5:J5', 'Prakiraan Maju Rencana Tahun 2027');
  sb.put('I6', [b('Target Capaian Kinerja'), b('Kebutuhan Dana/Pagu Indikatif')]);
  sb.put('A7', numbers(10, 'paren'));
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', lokasi: 'D', target: ['E', 'I'], pagu: ['F', 'J'], extras: [{ col: 'G', value: () => 'DAU' }] };
  const items: Item[] = [penunjang('1.06', 0.8, 'small'), ...sosial(1, 2)];
  const f = renderFunding(sb, 8, items, cols, {
    bold: { program: true },
    lokasiText: 'Kabupaten Ngawi',
    jumlah: { label: 'JUMLAH', labelCol: 'B' },
    paguDelta: [{ key: '1.06.04.2.01', year: 0, delta: -15_000_000 }],
  });
  lookalikeUnseenLayouts.push({
    id: 'la-renja-2026-prakiraan-maju',
    description:
      'Renja PD form (Permendagri 86/2017 "Rumusan Rencana Program dan Kegiatan PD Tahun n dan Prakiraan Maju"): Kode | program/kegiatan/sub kegiatan | indikator | Rencana Tahun 2026 {Lokasi | Target Capaian Kinerja | Kebutuhan Dana/Pagu Indikatif | Sumber Dana "DAU"} | Catatan Penting | Prakiraan Maju 2027 {Target | Pagu}, (1)…(10), JUMLAH. A funding table of two years: parent pagu = Σ children holds as in T-C.27; Sumber Dana is a note, not money. Planted: kegiatan Rehabilitasi Sosial Dasar 2026 15.000.000 under its sub kegiatan',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Renja 2026',
        kind: 'program-pendanaan',
        range: `A5:J${f.last}`,
        headerRows: [5, 6, 7],
        roles: { ...fundingRoles(cols, [2026, 2027]), G: 'notes' },
      },
    ],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.06.04.2.01', 'pagu', 0) }],
  });
}

// =============================================================================================
// 2. RKA rincian belanja (kode rekening, koefisien × harga = jumlah) beside the Renstra's T-C.27

{
  const rka = new SheetBuilder('RKA 2.2.1');
  titles(rka, 1, ['RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH', 'Pemerintah Kabupaten Ngawi Tahun Anggaran 2026']);
  const ident: [string, string][] = [
    ['Urusan Pemerintahan', ': 1 - URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR'],
    ['Bidang Urusan', ': 1.06 - URUSAN PEMERINTAHAN BIDANG SOSIAL'],
    ['Program', ': 1.06.04 - PROGRAM REHABILITASI SOSIAL'],
    ['Kegiatan', ': 1.06.04.2.01 - Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial'],
    ['Sub Kegiatan', ': 1.06.04.2.01.0001 - Penyediaan Permakanan'],
    ['Sumber Pendanaan', ': DAU'],
    ['Lokasi', ': Kabupaten Ngawi'],
    ['Waktu Pelaksanaan', ': Januari s.d. Desember'],
  ];
  ident.forEach(([k, v], i) => rka.put(`A${4 + i}`, [k, v]));
  head(rka, 'A13:C13', 'Indikator dan Tolok Ukur Kinerja Sub Kegiatan');
  rka.put('A14', [b('Indikator'), b('Tolok Ukur Kinerja'), b('Target Kinerja')]);
  rka.put('A15', ['Capaian Kegiatan', 'Jumlah PPKS yang Memperoleh Rehabilitasi Sosial Dasar', '560 Orang']);
  rka.put('A16', ['Masukan', 'Dana yang Dibutuhkan', 'Rp 1.029.000.000']);
  rka.put('A17', ['Keluaran', 'Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Permakanan Sesuai dengan Standar Gizi Minimal', '340 Orang']);
  rka.put('A18', ['Hasil', 'Persentase PPKS yang Memperoleh Rehabilitasi Sosial Dasar di Luar Panti', '82,5 %']);
  rka.set('A20', b('Rincian Anggaran Belanja Sub Kegiatan Perangkat Daerah'));
  head(rka, 'A21:A22', 'Kode Rekening');
  head(rka, 'B21:B22', 'Uraian');
  head(rka, 'C21:F21', 'Rincian Perhitungan');
  rka.put('C22', [b('Koefisien'), b('Satuan'), b('Harga'), b('PPN')]);
  head(rka, 'G21:G22', 'Jumlah (Rp)');
  const lines: [string, string, [string, number, string, number][]][] = [
    ['5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', [
      ['Kertas HVS A4 80 gr', 40, 'Rim', 65_000],
      ['Toner Printer', 4, 'Buah', 1_250_000],
    ]],
    ['5.1.02.01.01.0026', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak', [['Penggandaan Formulir Asesmen PPKS', 3_400, 'Lembar', 5_000]]],
    ['5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Rapat', [
      ['Nasi Kotak Rapat Koordinasi', 600, 'Kotak', 30_000],
      ['Kudapan Rapat Koordinasi', 600, 'Kotak', 12_000],
    ]],
    ['5.1.02.01.01.0064', 'Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Sosial', [['Permakanan Lanjut Usia Terlantar (340 orang x 240 hari)', 81_600, 'OH', 12_000]]],
  ];
  const total = sum(lines.flatMap(([, , ls]) => ls.map(([, v, , h]) => v * h)));
  let r = 23;
  for (const [code, name] of [
    ['5', 'BELANJA DAERAH'],
    ['5.1', 'BELANJA OPERASI'],
    ['5.1.02', 'Belanja Barang dan Jasa'],
    ['5.1.02.01', 'Belanja Barang'],
    ['5.1.02.01.01', 'Belanja Barang Pakai Habis'],
  ]) rka.put(`A${r++}`, [b(code), b(name), undefined, undefined, undefined, undefined, b(total)]);
  for (const [code, name, ls] of lines) {
    rka.put(`A${r++}`, [code, name, undefined, undefined, undefined, undefined, sum(ls.map(([, v, , h]) => v * h))]);
    for (const [u, v, s, h] of ls) rka.put(`B${r++}`, [u, v, s, h, 0, v * h]);
  }
  rka.put(`A${r}`, [b('Jumlah Anggaran Sub Kegiatan'), undefined, undefined, undefined, undefined, undefined, b(total)]);

  const tc = new SheetBuilder('Tabel 4.2');
  titles(tc, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Sosial Kabupaten Ngawi Tahun 2025-2029']);
  const h = tc27(tc, 4, { yearLabels: years(2025), satuan: true, numberRow: 'paren' });
  const f = renderFunding(tc, h.firstData, [penunjang('1.06', 0.8, 'small'), ...sosial(1)], h.cols, {
    bold: { program: true },
    unitText: 'Dinas Sosial',
    lokasiText: 'Kabupaten Ngawi',
    jumlah: { label: 'Jumlah', labelCol: 'A', mergeTo: 'E' },
  });
  lookalikeUnseenLayouts.push({
    id: 'la-rka-rincian-beside-tc27',
    description:
      'A Dinas Sosial workbook with an RKA-SKPD 2.2.1 sheet (identity lines "Program : 1.06.04 - …", an "Indikator | Tolok Ukur Kinerja | Target Kinerja" block with "560 Orang" and "Rp 1.029.000.000", then Kode Rekening 5 / 5.1 / 5.1.02 / … / 5.1.02.01.01.0064 | Uraian | Koefisien | Satuan | Harga | PPN | Jumlah (Rp), item lines koefisien × harga, a "Jumlah Anggaran Sub Kegiatan" line) beside the Renstra T-C.27. The RKA is no Renstra table (no kind fits: one year, no target per year); only the T-C.27 is read, and it holds no mistake',
    workbook: workbook(rka, tc),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [],
  });
}

// =============================================================================================
// 3. RKA/DPA recap by program, kegiatan and sub kegiatan: T-1 | T (Operasi | Modal | BTT | Transfer | Jumlah) | T+1

{
  const sb = new SheetBuilder('Rekap RKA');
  titles(sb, 1, ['REKAPITULASI BELANJA MENURUT URUSAN PEMERINTAHAN DAERAH, ORGANISASI, PROGRAM, KEGIATAN BESERTA HASIL DAN SUB KEGIATAN BESERTA KELUARAN', 'Dinas Sosial Kabupaten Ngawi Tahun Anggaran 2026']);
  head(sb, 'A4:E4', 'Kode');
  sb.put('A5', [b('Urusan'), b('Bidang Urusan'), b('Program'), b('Kegiatan'), b('Sub Kegiatan')]);
  head(sb, 'F4:F5', 'Uraian');
  head(sb, 'G4:G5', 'Sumber Dana');
  head(sb, 'H4:H5', 'Lokasi');
  sb.set('I4', b('T-1 (2025)'));
  sb.set('I5', b('Jumlah'));
  head(sb, 'J4:N4', 'T (2026)');
  sb.put('J5', [b('Belanja Operasi'), b('Belanja Modal'), b('Belanja Tidak Terduga'), b('Belanja Transfer'), b('Jumlah')]);
  sb.set('O4', b('T+1 (2027)'));
  sb.set('O5', b('Jumlah'));
  sb.put('A6', numbers(15, 'plain'));
  const progs: Node[] = [penunjang('1.06', 0.8, 'small'), ...sosial(1)];
  const modal = (n: Node): boolean => /Alat Bantu/.test(n.name);
  const modalOf = (n: Node, y: number): number => (n.kids.length ? sum(n.kids.filter((k): k is Node => k.kind === 'node').map((k) => modalOf(k, y))) : modal(n) ? paguOf(n, y) : 0);
  let r = 7;
  const money = (n: Node) => {
    const t = paguOf(n, 1);
    const m = modalOf(n, 1);
    return [paguOf(n, 0), t - m, m, 0, 0, t, paguOf(n, 2)];
  };
  const whole: Node = { kind: 'node', key: '1', level: 'urusan', name: '', ind: [], kids: progs };
  sb.put(`A${r++}`, [b('1'), undefined, undefined, undefined, undefined, b('URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR'), undefined, undefined, ...money(whole).map((v) => b(v))]);
  sb.put(`A${r++}`, [b('1'), b('06'), undefined, undefined, undefined, b('URUSAN PEMERINTAHAN BIDANG SOSIAL'), undefined, undefined, ...money(whole).map((v) => b(v))]);
  for (const p of progs) {
    for (const n of walk(p)) {
      const s = (n.code ?? '').split('.');
      const code: V[] = n.level === 'program' ? [s[0], s[1], s[2]] : n.level === 'kegiatan' ? [s[0], s[1], s[2], `${s[3]}.${s[4]}`] : [s[0], s[1], s[2], `${s[3]}.${s[4]}`, s[5]];
      while (code.length < 5) code.push(undefined);
      const leaf = n.level === 'sub';
      sb.put(`A${r++}`, [...code, n.level === 'program' ? b(n.name) : n.name, leaf ? 'DAU' : undefined, leaf ? 'Kabupaten Ngawi' : undefined, ...money(n)]);
    }
  }
  sb.put(`A${r}`, [b('JUMLAH'), undefined, undefined, undefined, undefined, undefined, undefined, undefined, ...money(whole).map((v) => b(v))]);
  lookalikeUnseenLayouts.push({
    id: 'la-rka-rekap-program-subkegiatan',
    description:
      'The SIPD recap of an RKA/DPA (Permendagri 77/2020): Kode in five columns (Urusan | Bidang Urusan | Program | Kegiatan | Sub Kegiatan), Uraian, Sumber Dana, Lokasi, T-1 (2025) Jumlah, T (2026) Belanja Operasi | Belanja Modal | Belanja Tidak Terduga | Belanja Transfer | Jumlah, T+1 (2027) Jumlah; urusan and bidang rows, JUMLAH. Money by program/kegiatan/sub kegiatan over three years, but no indicator and no target: an RKA, not a Renstra funding table — no table, no finding',
    workbook: workbook(sb),
    tables: [],
    findings: [],
  });
}

// =============================================================================================
// 4. LKjIP: Capaian Kinerja Tahun 2024 with the comparison with last year

{
  const sb = new SheetBuilder('LKjIP 2024');
  titles(sb, 1, ['Tabel 3.1', 'Capaian Kinerja Sasaran Strategis Tahun 2024 Dinas Kependudukan dan Pencatatan Sipil Kabupaten Ngawi']);
  head(sb, 'A4:A5', 'No');
  head(sb, 'B4:B5', 'Sasaran Strategis');
  head(sb, 'C4:C5', 'Indikator Kinerja');
  head(sb, 'D4:D5', 'Satuan');
  head(sb, 'E4:G4', 'Tahun 2024');
  sb.put('E5', [b('Target'), b('Realisasi'), b('Capaian (%)')]);
  head(sb, 'H4:J4', 'Perbandingan dengan Tahun Lalu');
  sb.put('H5', [b('Realisasi 2023'), b('Capaian 2023 (%)'), b('Kenaikan/ Penurunan Capaian')]);
  head(sb, 'K4:K5', 'Kategori');
  const rowsData: [string | undefined, string, string, number, number, number, number][] = [
    ['Meningkatnya kualitas layanan administrasi kependudukan', 'Persentase Kepemilikan KTP-el', '%', 98.5, 98.92, 98, 97.81],
    [undefined, 'Persentase Kepemilikan Akta Kelahiran Anak', '%', 96, 95.12, 95, 93.4],
    [undefined, 'Indeks Kepuasan Masyarakat', 'Indeks', 82, 84.37, 81, 83.1],
    ['Meningkatnya pemanfaatan data kependudukan', 'Jumlah Lembaga Pengguna yang Memanfaatkan Data Kependudukan', 'Lembaga', 35, 29, 30, 31],
  ];
  const kategori = (c: number) => (c > 90 ? 'Sangat Tinggi' : c > 75 ? 'Tinggi' : c > 65 ? 'Sedang' : c > 50 ? 'Rendah' : 'Sangat Rendah');
  rowsData.forEach(([s, ind, sat, t, r, t23, r23], i) => {
    const cap = pct(r, t);
    const cap23 = pct(r23, t23);
    sb.put(`A${6 + i}`, [i + 1, s, ind, sat, t, r, cap, r23, cap23, round(cap - cap23, 2), kategori(cap)]);
  });
  sb.merge('B6:B8');
  // Akta kelahiran: 95,12 / 96 = 99,08 % — shown 100,93 (target / realisasi).
  sb.set('G7', 100.93);
  sb.set('A11', 'Sumber : Aplikasi SIAK dan Laporan Kinerja Bidang, diolah');
  lookalikeUnseenLayouts.push({
    id: 'la-lkjip-capaian-2024-perbandingan',
    description:
      'LKjIP (PermenPANRB 53/2014) "Capaian Kinerja Sasaran Strategis Tahun 2024": Sasaran (merged over three indicators) | Indikator | Satuan | Tahun 2024 {Target | Realisasi | Capaian (%)} | Perbandingan dengan Tahun Lalu {Realisasi 2023 | Capaian 2023 (%) | Kenaikan/ Penurunan Capaian (points)} | Kategori. One year of T-C.23\'s measure: capaian = realisasi / target × 100; 2023\'s capaian cannot be checked here (its target is in last year\'s report), the Kenaikan is a difference, not a ratio. Planted: akta kelahiran capaian 100,93 where 95,12 / 96 = 99,08',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'LKjIP 2024',
        kind: 'pencapaian-kinerja',
        range: 'A4:K9',
        headerRows: [4, 5],
        roles: { C: 'indicator', D: 'satuan', E: 'target@2024', F: 'realisasi@2024', G: 'rasio@2024', H: 'realisasi@2023', I: 'rasio@2023' },
      },
    ],
    findings: [{ rule: 'ratio.capaian', cell: 'G7' }],
  });
}

// =============================================================================================
// 5. Evaluation of the previous Renstra, per year: Target Renstra | Realisasi | Tingkat Capaian Realisasi Target Renstra (%)

{
  const sb = new SheetBuilder('BAB II');
  titles(sb, 1, ['Tabel 2.5', 'Evaluasi Pencapaian Target Kinerja Program dan Kegiatan Renstra Dinas Perhubungan Kabupaten Ngawi Tahun 2021-2026 s.d. Tahun 2024']);
  head(sb, 'A4:A5', 'Kode');
  head(sb, 'B4:B5', 'Program/Kegiatan');
  head(sb, 'C4:C5', 'Indikator Kinerja Program (outcome)/ Kegiatan (output)');
  head(sb, 'D4:D5', 'Satuan');
  const ys = [2021, 2022, 2023, 2024];
  head(sb, 'E4:H4', 'Target Renstra Tahun');
  head(sb, 'I4:L4', 'Realisasi Tahun');
  head(sb, 'M4:P4', 'Tingkat Capaian Realisasi Target Renstra (%)');
  sb.put('E5', [...ys, ...ys, ...ys].map(b));
  head(sb, 'Q4:Q5', 'Keterangan');
  sb.put('A6', numbers(17, 'paren'));
  const data: [string, string, string, string, number[], number[]][] = [
    ['2.15.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'Persentase Capaian Kinerja dan Anggaran Perangkat Daerah', '%', [90, 92, 94, 95], [91.5, 93.2, 94.1, 96.3]],
    ['2.15.02', 'PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)', 'Persentase Fasilitas Perlengkapan Jalan yang Terpasang', '%', [60, 65, 70, 75], [58.2, 66.1, 71.4, 73.9]],
    ['2.15.02.2.02', 'Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota', 'Jumlah Perlengkapan Jalan yang Terpasang', 'Unit', [120, 130, 140, 150], [118, 131, 144, 139]],
    ['2.15.02.2.03', 'Pengelolaan Terminal Penumpang Tipe C', 'Jumlah Terminal Penumpang Tipe C yang Dikelola', 'Unit', [3, 3, 3, 3], [3, 3, 3, 3]],
    ['2.15.02.2.05', 'Penyelenggaraan Pengujian Berkala Kendaraan Bermotor', 'Jumlah Kendaraan Bermotor Wajib Uji yang Diuji', 'Unit', [6_500, 6_800, 7_100, 7_400], [6_215, 6_930, 7_044, 7_512]],
  ];
  data.forEach(([code, name, ind, sat, t, r], i) => {
    const prog = /^PROGRAM/.test(name);
    sb.put(`A${7 + i}`, [prog ? b(code) : code, prog ? b(name) : name, ind, sat, ...t, ...r, ...t.map((x, y) => pct(r[y], x)), i === 3 ? 'Terminal Tipe C: 3 unit' : undefined]);
  });
  // Pengujian berkala 2023: 7.044 / 7.100 = 99,21 % — shown 100,80 (target / realisasi).
  sb.set('O11', 100.8);
  lookalikeUnseenLayouts.push({
    id: 'la-evaluasi-renstra-lalu-per-tahun',
    description:
      'Bab II evaluation of the previous Renstra (2021-2026, up to 2024) at program and kegiatan level: Kode | Program/Kegiatan | Indikator (outcome/output) | Satuan | Target Renstra Tahun 2021-2024 | Realisasi Tahun 2021-2024 | "Tingkat Capaian Realisasi Target Renstra (%)" 2021-2024 | Keterangan, (1)…(17). T-C.23\'s measure by program: capaian = realisasi / target × 100 each year. Planted: pengujian berkala 2023 capaian 100,80 where 7.044 / 7.100 = 99,21',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'BAB II',
        kind: 'pencapaian-kinerja',
        range: 'A4:Q11',
        headerRows: [4, 5, 6],
        roles: { C: 'indicator', D: 'satuan', ...yearRoles('target', letters('E', 4), ys), ...yearRoles('realisasi', letters('I', 4), ys), ...yearRoles('rasio', letters('M', 4), ys) },
      },
    ],
    findings: [{ rule: 'ratio.capaian', cell: 'O11' }],
  });
}

// =============================================================================================
// 6. The Renja's evaluation form: Renja last year (target | realisasi | tingkat realisasi) and the Renstra so far

{
  const sb = new SheetBuilder('Evaluasi Renja');
  titles(sb, 1, ['Tabel 2.1', 'Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian Renstra Perangkat Daerah s/d Tahun 2025', 'Dinas Perhubungan Kabupaten Ngawi']);
  head(sb, 'A5:A6', 'Kode');
  head(sb, 'B5:B6', 'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan');
  head(sb, 'C5:C6', 'Indikator Kinerja Program (outcomes)/ Kegiatan (output)');
  head(sb, 'D5:D6', 'Target Kinerja Capaian Program (Renstra PD) Tahun 2026');
  head(sb, 'E5:E6', 'Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s/d dengan Renja PD Tahun Lalu (2023)');
  head(sb, 'F5:H5', 'Target dan Realisasi Kinerja Program dan Kegiatan Tahun Lalu (2024)');
  sb.put('F6', [b('Target Renja PD Tahun 2024'), b('Realisasi Renja PD Tahun 2024'), b('Tingkat Realisasi (%)')]);
  head(sb, 'I5:I6', 'Target Program dan Kegiatan (Renja PD Tahun 2025)');
  head(sb, 'J5:K5', 'Perkiraan Realisasi Capaian Target Renstra PD s/d Tahun Berjalan');
  sb.put('J6', [b('Realisasi Capaian Program dan Kegiatan s/d Tahun Berjalan (2025)'), b('Tingkat Capaian Realisasi Target Renstra (%)')]);
  head(sb, 'L5:L6', 'Perangkat Daerah Penanggung Jawab');
  head(sb, 'M5:M6', 'Ket.');
  sb.put('A7', numbers(13, 'plain'));
  // [code, name, indicator, D renstra 2026, E s/d 2023, F target 2024, G realisasi 2024, I target 2025, cumulative?]
  const data: [string, string, string, number, number, number, number, number, boolean][] = [
    ['2.15.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'Persentase Capaian Kinerja dan Anggaran Perangkat Daerah (%)', 97, 94.1, 95, 96.3, 96, false],
    ['2.15.02', 'PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)', 'Persentase Fasilitas Perlengkapan Jalan yang Terpasang (%)', 85, 71.4, 75, 73.9, 80, false],
    ['2.15.02.2.02', 'Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota', 'Jumlah Perlengkapan Jalan yang Terpasang (unit, kumulatif)', 750, 393, 150, 139, 160, true],
    ['2.15.02.2.05', 'Penyelenggaraan Pengujian Berkala Kendaraan Bermotor', 'Jumlah Kendaraan Bermotor Wajib Uji yang Diuji (unit)', 8_000, 7_044, 7_400, 7_512, 7_700, false],
  ];
  data.forEach(([code, name, ind, d, e, f, g, i, cum], k) => {
    const j = cum ? e + g + i : i;
    sb.put(`A${8 + k}`, [code, name, ind, d, e, f, g, pct(g, f), i, j, pct(j, d), 'Dinas Perhubungan']);
  });
  // Pengujian berkala 2024: 7.512 / 7.400 = 101,51 % — shown 98,51 (target / realisasi).
  sb.set('H11', 98.51);
  lookalikeUnseenLayouts.push({
    id: 'la-renja-evaluasi-renstra-sd-tahun-berjalan',
    description:
      'The Renja\'s evaluation form (Permendagri 86/2017, "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja PD dan Pencapaian Renstra PD s/d Tahun …", 13 numbered columns): (4) Renstra target for 2026, (5) realisasi s/d 2023, (6)-(8) Target Renja 2024 | Realisasi Renja 2024 | Tingkat Realisasi (%), (9) Target Renja 2025, (10) realisasi s/d 2025 = (5)+(7)+(9) for a cumulative indicator, (11) Tingkat Capaian Realisasi Target Renstra (%) = (10)/(4). Read as T-C.23\'s measure for 2024 ((8) = (7)/(6)); (11) is measured against the Renstra\'s end target (4), not against the 2025 Renja target (9). Planted: pengujian berkala Tingkat Realisasi 98,51 where 7.512 / 7.400 = 101,51',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Evaluasi Renja',
        kind: 'pencapaian-kinerja',
        range: 'A5:M11',
        headerRows: [5, 6, 7],
        roles: { A: 'code', C: 'indicator', F: 'target@2024', G: 'realisasi@2024', H: 'rasio@2024' },
      },
    ],
    findings: [{ rule: 'ratio.capaian', cell: 'H11' }],
  });
}

// =============================================================================================
// 7. SKM / IKM report: respondents by kelurahan, answers per unsur, NRR and the IKM

{
  const sb = new SheetBuilder('SKM 2024');
  titles(sb, 1, ['LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT KECAMATAN MAOSPATI TAHUN 2024']);
  titles(sb, 3, ['Tabel 1', 'Jumlah Responden Menurut Desa/Kelurahan dan Jenis Kelamin']);
  sb.put('A6', [b('No'), b('Desa/Kelurahan'), b('Laki-laki'), b('Perempuan'), b('Jumlah')]);
  const resp: [string, number, number][] = [
    ['Maospati', 12, 11],
    ['Ronowijayan', 9, 10],
    ['Sugihwaras', 10, 8],
    ['Kraton', 11, 9],
    ['Pandeyan', 8, 12],
    ['Mranggen', 10, 10],
  ];
  resp.forEach(([n, l, p], i) => sb.put(`A${7 + i}`, [i + 1, n, l, p, l + p]));
  const nResp = sum(resp.map(([, l, p]) => l + p));
  sb.put('B13', [b('Jumlah'), b(sum(resp.map((x) => x[1]))), b(sum(resp.map((x) => x[2])) + 5), b(nResp)]);
  sb.set('A14', 'Sumber : Hasil Survei, diolah');

  titles(sb, 16, ['Tabel 2', 'Rekapitulasi Jawaban Responden per Unsur Pelayanan']);
  sb.put('A19', [b('No'), b('Unsur Pelayanan'), b('Tidak Baik (1)'), b('Kurang Baik (2)'), b('Baik (3)'), b('Sangat Baik (4)'), b('Jumlah Responden')]);
  const unsur: [string, number, number, number][] = [
    ['Persyaratan', 0, 6, 78],
    ['Sistem, Mekanisme dan Prosedur', 1, 8, 80],
    ['Waktu Penyelesaian', 2, 11, 79],
    ['Biaya/Tarif', 0, 0, 35],
    ['Produk Spesifikasi Jenis Pelayanan', 0, 7, 84],
    ['Kompetensi Pelaksana', 0, 5, 76],
    ['Perilaku Pelaksana', 0, 3, 70],
    ['Penanganan Pengaduan, Saran dan Masukan', 3, 14, 82],
    ['Sarana dan Prasarana', 1, 12, 85],
  ];
  const answers = unsur.map(([n, a, c, d]) => ({ n, a, c, d, e: nResp - a - c - d }));
  answers.forEach((u, i) => sb.put(`A${20 + i}`, [i + 1, u.n, u.a, u.c, u.d, u.e, nResp]));
  // Waktu Penyelesaian: 2 + 11 + 79 + 28 = 120, but one "Sangat Baik" typed 29.
  sb.set('F22', answers[2].e + 1);

  titles(sb, 31, ['Tabel 3', 'Nilai Indeks Kepuasan Masyarakat per Unsur Pelayanan']);
  sb.put('A34', [b('No'), b('Unsur Pelayanan'), b('Jumlah Nilai Persepsi'), b('NRR per Unsur'), b('NRR Tertimbang (NRR x 0,111)')]);
  const nrr = answers.map((u) => (u.a + 2 * u.c + 3 * u.d + 4 * u.e) / nResp);
  answers.forEach((u, i) => sb.put(`A${35 + i}`, [`U${i + 1}`, u.n, u.a + 2 * u.c + 3 * u.d + 4 * u.e, round(nrr[i], 3), round(nrr[i] * 0.111, 3)]));
  const tert = sum(nrr.map((x) => round(x * 0.111, 3)));
  sb.put('B44', [b('Jumlah NRR Tertimbang'), undefined, undefined, b(round(tert, 3))]);
  sb.put('B45', [b('Nilai IKM (Jumlah NRR Tertimbang x 25)'), undefined, undefined, b(round(tert * 25, 2))]);
  sb.put('B46', [b('Mutu Pelayanan'), undefined, undefined, b('B (Baik)')]);
  lookalikeUnseenLayouts.push({
    id: 'la-skm-ikm-three-tables',
    description:
      'An SKM report (PermenPANRB 14/2017) on one sheet: Tabel 1 respondents by desa/kelurahan (Laki-laki | Perempuan | Jumlah, a Jumlah row) and Tabel 2 answers per unsur (Tidak Baik (1) … Sangat Baik (4) | Jumlah Responden, 120 on every row) are count tables whose totals add up; Tabel 3 (Jumlah Nilai Persepsi | NRR per Unsur | NRR Tertimbang, Jumlah NRR Tertimbang, Nilai IKM × 25, Mutu "B (Baik)") is a score table, no Renstra kind — left alone. Planted: Tabel 1 Jumlah Perempuan 65 where the rows add to 60; Tabel 2 Waktu Penyelesaian answers adding to 121',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [
      { sheet: 'SKM 2024', kind: 'rekap-jumlah', range: 'A6:E13', headerRows: [6], roles: { A: 'no', B: 'name', C: 'kategori', D: 'kategori', E: 'jumlah' } },
      { sheet: 'SKM 2024', kind: 'rekap-jumlah', range: 'A19:G28', headerRows: [19], roles: { A: 'no', B: 'name', C: 'kategori', D: 'kategori', E: 'kategori', F: 'kategori', G: 'jumlah' } },
    ],
    findings: [
      { rule: 'total.kolom', cell: 'D13' },
      { rule: 'total.baris', cell: ['G22', 'F22'] },
    ],
  });
}

// =============================================================================================
// 8. SAKIP: the LHE recap by component over three years, a Jumlah and the predikat

{
  const sb = new SheetBuilder('SAKIP');
  titles(sb, 1, ['Tabel 2.10', 'Hasil Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP) Dinas Pekerjaan Umum dan Penataan Ruang Tahun 2022-2024']);
  head(sb, 'A4:A5', 'No');
  head(sb, 'B4:B5', 'Komponen');
  head(sb, 'C4:C5', 'Bobot');
  head(sb, 'D4:F4', 'Nilai');
  sb.put('D5', [2022, 2023, 2024].map(b));
  const comp: [string, number, number[]][] = [
    ['Perencanaan Kinerja', 30, [22.5, 23.1, 24.3]],
    ['Pengukuran Kinerja', 30, [18.9, 20.4, 21.6]],
    ['Pelaporan Kinerja', 15, [10.2, 10.8, 11.3]],
    ['Evaluasi Akuntabilitas Kinerja Internal', 25, [14.6, 15.9, 17.2]],
  ];
  comp.forEach(([n, w, v], i) => sb.put(`A${6 + i}`, [i + 1, n, w, ...v]));
  const tot = [0, 1, 2].map((y) => round(sum(comp.map((c) => c[2][y])), 2));
  sb.put('B10', [b('Nilai Akuntabilitas Kinerja'), b(100), ...tot.map(b)]);
  sb.put('B11', [b('Predikat'), undefined, b('B'), b('BB'), b('BB')]);
  sb.set('A12', 'Sumber : LHE AKIP Inspektorat Kabupaten');
  lookalikeUnseenLayouts.push({
    id: 'la-sakip-lhe-komponen',
    description:
      'SAKIP evaluation recap (PermenPANRB 88/2021): Komponen | Bobot (30/30/15/25) | Nilai 2022 | 2023 | 2024, "Nilai Akuntabilitas Kinerja" 66,2 / 70,2 / 74,4 and "Predikat" B / BB / BB. Years over scores, no indicator, no target: no Renstra kind (and not a count table) — no table, no finding',
    workbook: workbook(sb),
    tables: [],
    findings: [],
  });
}

// =============================================================================================
// 9. Budget by jenis belanja, 2020-2024: Belanja Operasi / Modal sub totals and a JUMLAH BELANJA

{
  const sb = new SheetBuilder('BAB II');
  titles(sb, 1, ['Tabel 2.9', 'Anggaran dan Realisasi Belanja Dinas Pekerjaan Umum dan Penataan Ruang Menurut Jenis Belanja Tahun 2020-2024']);
  const ys = years(2020);
  head(sb, 'A4:A5', 'Kode Rekening');
  head(sb, 'B4:B5', 'Jenis Belanja');
  head(sb, 'C4:G4', 'Anggaran (Rp)');
  head(sb, 'H4:L4', 'Realisasi (Rp)');
  head(sb, 'M4:Q4', 'Rasio Realisasi terhadap Anggaran (%)');
  sb.put('C5', [...ys, ...ys, ...ys].map(b));
  const leaves: { code: string; name: string; a: number[]; r: number[] }[] = [
    { code: '5.1.01', name: 'Belanja Pegawai', a: [18_420_500_000, 18_905_300_000, 19_388_700_000, 20_115_000_000, 20_874_600_000], r: [17_905_118_400, 18_412_665_200, 18_990_402_150, 19_706_311_800, 20_318_905_400] },
    { code: '5.1.02', name: 'Belanja Barang dan Jasa', a: [24_605_000_000, 21_330_750_000, 26_118_400_000, 28_940_000_000, 30_205_500_000], r: [22_118_406_500, 19_804_112_900, 24_905_337_600, 27_411_805_200, 28_665_104_300] },
    { code: '5.2.02', name: 'Belanja Modal Peralatan dan Mesin', a: [3_250_000_000, 1_875_000_000, 2_940_000_000, 3_115_000_000, 3_480_000_000], r: [3_118_450_000, 1_802_336_000, 2_861_905_000, 3_004_118_500, 3_311_720_000] },
    { code: '5.2.03', name: 'Belanja Modal Gedung dan Bangunan', a: [8_400_000_000, 5_150_000_000, 9_875_000_000, 11_240_000_000, 12_600_000_000], r: [7_905_338_000, 4_881_920_500, 9_402_115_800, 10_665_904_100, 12_048_331_600] },
    { code: '5.2.04', name: 'Belanja Modal Jalan, Irigasi dan Jaringan', a: [86_500_000_000, 52_300_000_000, 94_750_000_000, 108_400_000_000, 115_250_000_000], r: [82_411_905_300, 49_905_118_200, 90_118_402_700, 104_335_906_800, 110_906_227_500] },
  ];
  const add = (xs: typeof leaves) => ({ a: ys.map((_, y) => sum(xs.map((x) => x.a[y]))), r: ys.map((_, y) => sum(xs.map((x) => x.r[y]))) });
  const vals = (x: { a: number[]; r: number[] }, bold: boolean): V[] => [...x.a, ...x.r, ...x.a.map((a, y) => pct(x.r[y], a))].map((v) => (bold ? b(v) : v));
  const op = add(leaves.slice(0, 2));
  const mo = add(leaves.slice(2));
  const all = add(leaves);
  let r = 6;
  sb.put(`A${r++}`, [b('5.1'), b('BELANJA OPERASI'), ...vals(op, true)]);
  for (const l of leaves.slice(0, 2)) sb.put(`A${r++}`, [l.code, l.name, ...vals(l, false)]);
  sb.put(`A${r++}`, [b('5.2'), b('BELANJA MODAL'), ...vals(mo, true)]);
  for (const l of leaves.slice(2)) sb.put(`A${r++}`, [l.code, l.name, ...vals(l, false)]);
  sb.put(`A${r}`, [undefined, b('JUMLAH BELANJA'), ...vals(all, true)]);
  // Jalan, Irigasi dan Jaringan 2022: 90.118.402.700 / 94.750.000.000 = 95,11 % — shown 97,11.
  sb.set('O12', 97.11);
  sb.set(`A${r + 1}`, 'Sumber : LRA Dinas PUPR 2020-2024');
  lookalikeUnseenLayouts.push({
    id: 'la-belanja-operasi-modal-2020-2024',
    description:
      'Bab II "Anggaran dan Realisasi Belanja … Menurut Jenis Belanja Tahun 2020-2024": Kode Rekening 5.1 BELANJA OPERASI (5.1.01 Pegawai, 5.1.02 Barang dan Jasa) and 5.2 BELANJA MODAL (5.2.02, 5.2.03, 5.2.04) as bold sub totals, JUMLAH BELANJA = 5.1 + 5.2 (not the sum of all seven rows); Anggaran (Rp) | Realisasi (Rp) | Rasio Realisasi terhadap Anggaran (%) per year. T-C.24\'s measures by jenis belanja. Planted: Jalan, Irigasi dan Jaringan 2022 rasio 97,11 where 95,11',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'BAB II',
        kind: 'anggaran-realisasi',
        range: `A4:Q${r}`,
        headerRows: [4, 5],
        roles: { A: 'code', B: 'name', ...yearRoles('pagu', letters('C', 5), ys), ...yearRoles('realisasi', letters('H', 5), ys), ...yearRoles('rasio', letters('M', 5), ys) },
      },
    ],
    findings: [{ rule: 'ratio.anggaran', cell: 'O12' }],
  });
}

// =============================================================================================
// 10. Population and road length by kecamatan: Jumlah row and Jumlah column

{
  const sb = new SheetBuilder('Gambaran Umum');
  titles(sb, 1, ['Tabel 2.1', 'Jumlah Penduduk Menurut Kecamatan dan Jenis Kelamin Kabupaten Ngawi Tahun 2024']);
  sb.put('A4', [b('No'), b('Kecamatan'), b('Laki-laki'), b('Perempuan'), b('Jumlah')]);
  const pend: [string, number, number][] = [
    ['Sine', 23_118, 23_905],
    ['Ngrambe', 22_406, 23_117],
    ['Jogorogo', 20_884, 21_530],
    ['Kendal', 25_302, 25_911],
    ['Geneng', 27_115, 27_840],
    ['Kwadungan', 14_228, 14_603],
    ['Paron', 44_619, 45_502],
    ['Ngawi', 42_105, 43_388],
  ];
  pend.forEach(([n, l, p], i) => sb.put(`A${5 + i}`, [i + 1, n, l, p, l + p]));
  sb.put('B13', [b('Jumlah'), b(sum(pend.map((x) => x[1]))), b(sum(pend.map((x) => x[2]))), b(sum(pend.map((x) => x[1] + x[2])))]);
  // Paron: 44.619 + 45.502 = 90.121 — typed 91.021.
  sb.set('E11', 91_021);
  sb.set('A14', 'Sumber : BPS Kabupaten Ngawi, Kabupaten Ngawi Dalam Angka 2025');

  titles(sb, 17, ['Tabel 2.2', 'Panjang Jalan Kabupaten Menurut Kecamatan dan Jenis Permukaan (km) Tahun 2024']);
  sb.put('A20', [b('No'), b('Kecamatan'), b('Aspal'), b('Beton'), b('Kerikil'), b('Tanah'), b('Jumlah')]);
  const jalan: [string, number, number, number, number][] = [
    ['Sine', 38.45, 6.2, 4.15, 1.3],
    ['Ngrambe', 31.8, 4.75, 6.4, 2.05],
    ['Jogorogo', 27.35, 3.9, 7.2, 3.6],
    ['Kendal', 35.1, 5.45, 3.85, 0.8],
    ['Geneng', 42.65, 8.3, 2.1, 0],
    ['Kwadungan', 19.4, 2.85, 1.95, 0.45],
    ['Paron', 51.25, 10.6, 3.3, 1.15],
    ['Ngawi', 47.9, 12.35, 0.9, 0],
  ];
  jalan.forEach(([n, ...v], i) => sb.put(`A${21 + i}`, [i + 1, n, ...v.map((x) => (x === 0 ? '-' : x)), round(sum(v), 2)]));
  const colTot = [0, 1, 2, 3].map((c) => round(sum(jalan.map((j) => j[c + 1] as number)), 2));
  sb.put('B29', [b('Jumlah'), ...colTot.map(b), b(round(sum(colTot), 2))]);
  // Beton: the rows add to 54,40 — the Jumlah row says 45,40.
  sb.set('D29', b(45.4));
  sb.set('A30', 'Sumber : Dinas Pekerjaan Umum dan Penataan Ruang');
  lookalikeUnseenLayouts.push({
    id: 'la-penduduk-jalan-per-kecamatan',
    description:
      'Bab II general data on one sheet: population by kecamatan and sex (Laki-laki | Perempuan | Jumlah, a Jumlah row) and road length by kecamatan and surface in km with two decimals (Aspal | Beton | Kerikil | Tanah | Jumlah, "-" for none, a Jumlah row) — count tables whose Jumlah column and row add up. Planted: Paron\'s Jumlah 91.021 where 44.619 + 45.502 = 90.121 (digits swapped); the Beton total 45,40 where its rows add to 54,40',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [
      { sheet: 'Gambaran Umum', kind: 'rekap-jumlah', range: 'A4:E13', headerRows: [4], roles: { A: 'no', B: 'name', C: 'kategori', D: 'kategori', E: 'jumlah' } },
      { sheet: 'Gambaran Umum', kind: 'rekap-jumlah', range: 'A20:G29', headerRows: [20], roles: { A: 'no', B: 'name', C: 'kategori', D: 'kategori', E: 'kategori', F: 'kategori', G: 'jumlah' } },
    ],
    findings: [
      { rule: 'total.baris', cell: 'E11' },
      { rule: 'total.kolom', cell: 'D29' },
    ],
  });
}

// =============================================================================================
// 11. Population by kecamatan over five years: year columns, a Jumlah row, no Jumlah column

{
  const sb = new SheetBuilder('Data Penduduk');
  titles(sb, 1, ['Tabel 2.3', 'Perkembangan Jumlah Penduduk per Kecamatan Kabupaten Ngawi Tahun 2020-2024 (jiwa)']);
  const ys = years(2020);
  sb.put('A4', [b('No'), b('Kecamatan'), ...ys.map(b)]);
  const base: [string, number][] = [
    ['Sine', 45_310],
    ['Ngrambe', 44_102],
    ['Jogorogo', 41_205],
    ['Kendal', 49_870],
    ['Geneng', 53_440],
    ['Paron', 88_115],
  ];
  const grow = (x: number, y: number) => Math.round(x * Math.pow(1.0062, y));
  base.forEach(([n, x], i) => sb.put(`A${5 + i}`, [i + 1, n, ...ys.map((_, y) => grow(x, y))]));
  const tot = ys.map((_, y) => sum(base.map(([, x]) => grow(x, y))));
  sb.put('B11', [b('Jumlah'), ...tot.map((v, y) => b(y === 3 ? v - 1_000 : v))]);
  sb.set('A12', 'Sumber : Dispendukcapil Kabupaten Ngawi');
  lookalikeUnseenLayouts.push({
    id: 'la-penduduk-kecamatan-year-columns',
    gap: 'a count table whose categories are years (kecamatan × 2020…2024 with a Jumlah row) is not read yet: year headings are taken for a Renstra table\'s, whose band then holds the rows',
    description:
      'Population by kecamatan 2020-2024 with the years as column headings and a Jumlah row (no Jumlah column: years do not add up): a count table whose Jumlah row is the sum of the kecamatan each year — not an IKU or IKK (no indicator, no target). Planted: Jumlah 2023 1.000 short',
    workbook: workbook(sb),
    tables: [{ sheet: 'Data Penduduk', kind: 'rekap-jumlah', range: 'A4:G11', headerRows: [4], roles: { A: 'no', B: 'name', C: 'kategori', D: 'kategori', E: 'kategori', F: 'kategori', G: 'kategori' } }],
    findings: [{ rule: 'total.kolom', cell: 'F11' }],
  });
}

// =============================================================================================
// 12. Sarana prasarana by kondisi with a Satuan column: Jumlah | Baik | Rusak Ringan | Rusak Berat

{
  const sb = new SheetBuilder('BAB II');
  titles(sb, 1, ['Tabel 2.7', 'Sarana dan Prasarana Dinas Kesehatan Kabupaten Ngawi Menurut Kondisi Tahun 2024']);
  head(sb, 'A4:A5', 'No');
  head(sb, 'B4:B5', 'Jenis Sarana/Prasarana');
  head(sb, 'C4:C5', 'Satuan');
  head(sb, 'D4:D5', 'Jumlah');
  head(sb, 'E4:G4', 'Kondisi');
  sb.put('E5', [b('Baik'), b('Rusak Ringan'), b('Rusak Berat')]);
  head(sb, 'H4:H5', 'Keterangan');
  const aset: [string, string, number, number, number, string?][] = [
    ['Gedung Puskesmas', 'Unit', 20, 3, 1],
    ['Gedung Puskesmas Pembantu', 'Unit', 41, 12, 5, '5 unit diusulkan rehabilitasi'],
    ['Rumah Dinas Tenaga Kesehatan', 'Unit', 38, 9, 6],
    ['Ambulans', 'Unit', 25, 4, 2],
    ['Kendaraan Roda 2', 'Unit', 70, 18, 6, 'Sebagian dalam proses penghapusan'],
    ['Personal Computer', 'Unit', 118, 16, 8],
    ['Laptop', 'Unit', 52, 9, 3],
    ['Genset', 'Unit', 17, 3, 2],
  ];
  aset.forEach(([n, s, bk, rr, rb, ket], i) => sb.put(`A${6 + i}`, [i + 1, n, s, bk + rr + rb, bk, rr, rb, ket]));
  // Kendaraan roda 2: 70 + 18 + 6 = 94 — typed 96.
  sb.set('D10', 96);
  sb.set('A14', 'Sumber : Subbag Umum dan Kepegawaian (KIB B dan KIB C)');
  lookalikeUnseenLayouts.push({
    id: 'la-sarana-kondisi-with-satuan',
    description:
      'Bab II sarana prasarana as most agencies print it: No | Jenis Sarana/Prasarana | Satuan | Jumlah | Kondisi {Baik | Rusak Ringan | Rusak Berat} | Keterangan; the Jumlah stands left of the conditions and there is no Jumlah row (units differ). A count table: Jumlah = Baik + Rusak Ringan + Rusak Berat on every row. Planted: Kendaraan Roda 2 Jumlah 96 where 70 + 18 + 6 = 94',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'BAB II', kind: 'rekap-jumlah', range: 'A4:H13', headerRows: [4, 5], roles: { A: 'no', B: 'name', D: 'jumlah', E: 'kategori', F: 'kategori', G: 'kategori' } }],
    findings: [{ rule: 'total.baris', cell: 'D10' }],
  });
}

// =============================================================================================
// 13. An asset list (No | Nama Aset | Satuan | Jumlah) above a vehicle count by kondisi with "Jumlah (unit)" first

{
  const sb = new SheetBuilder('Aset');
  titles(sb, 1, ['Tabel 2.6', 'Daftar Sarana dan Prasarana Kecamatan Maospati']);
  sb.put('A4', [b('No'), b('Nama Aset'), b('Satuan'), b('Jumlah')]);
  const list: [string, string, number][] = [
    ['Tanah Bangunan Kantor Pemerintah', 'm2', 6_120],
    ['Gedung Kantor', 'Unit', 1],
    ['Pendopo Kecamatan', 'Unit', 1],
    ['Kendaraan Dinas Roda 4', 'Unit', 2],
    ['Kendaraan Dinas Roda 2', 'Unit', 9],
    ['Meja Kerja', 'Unit', 24],
    ['Kursi Rapat', 'Unit', 60],
    ['AC', 'Unit', 8],
  ];
  list.forEach((x, i) => sb.put(`A${5 + i}`, [`${i + 1}.`, ...x]));
  titles(sb, 15, ['Tabel 2.7', 'Kendaraan Dinas Menurut Jenis dan Kondisi']);
  sb.put('A18', [b('No'), b('Jenis Kendaraan'), b('Jumlah (unit)'), b('Baik'), b('Rusak Ringan'), b('Rusak Berat')]);
  const kend: [string, number, number, number][] = [
    ['Kendaraan Dinas Jabatan Roda 4 (Camat)', 1, 0, 0],
    ['Kendaraan Operasional Roda 4', 0, 1, 0],
    ['Kendaraan Operasional Roda 2', 5, 3, 1],
    ['Kendaraan Roda 3 (Pengangkut Sampah)', 1, 0, 1],
  ];
  kend.forEach(([n, bk, rr, rb], i) => sb.put(`A${19 + i}`, [`${i + 1}.`, n, bk + rr + rb, bk === 0 ? '-' : bk, rr === 0 ? '-' : rr, rb === 0 ? '-' : rb]));
  const kt = [1, 2, 3].map((c) => sum(kend.map((k) => k[c] as number)));
  sb.put('A23', [b('Jumlah'), undefined, b(sum(kt)), b(kt[0]), b(kt[1] + 1), b(kt[2])]);
  sb.set('A24', 'Sumber : KIB B Kecamatan Maospati');
  lookalikeUnseenLayouts.push({
    id: 'la-aset-list-and-kendaraan-kondisi',
    description:
      'A Kecamatan\'s Bab II assets: Tabel 2.6 a plain list (No | Nama Aset | Satuan | Jumlah, m2 beside units, no Jumlah row) — a list, no table; Tabel 2.7 vehicles by kondisi with "Jumlah (unit)" left of Baik | Rusak Ringan | Rusak Berat, "-" for none, and "Jumlah" in the No column of the closing row — a count table. Planted: the Rusak Ringan total 5 where its rows add to 4',
    workbook: workbook(sb),
    tables: [{ sheet: 'Aset', kind: 'rekap-jumlah', range: 'A18:F23', headerRows: [18], roles: { A: 'no', B: 'name', C: 'jumlah', D: 'kategori', E: 'kategori', F: 'kategori' } }],
    findings: [{ rule: 'total.kolom', cell: 'E23' }],
  });
}

// =============================================================================================
// 14. RPJMD–Renstra crosswalk and definisi operasional (no numbers) beside a real T-C.25

{
  const kw = new SheetBuilder('Keselarasan');
  titles(kw, 1, ['Tabel 3.3', 'Keterkaitan Tujuan dan Sasaran RPJMD dengan Tujuan dan Sasaran Renstra Dinas Komunikasi dan Informatika']);
  kw.put('A4', [b('No'), b('Misi RPJMD'), b('Tujuan RPJMD'), b('Sasaran RPJMD'), b('Tujuan Perangkat Daerah'), b('Sasaran Perangkat Daerah'), b('Indikator Sasaran')]);
  const misi = 'Mewujudkan tata kelola pemerintahan yang bersih, efektif dan melayani';
  const tujR = 'Meningkatkan kualitas tata kelola pemerintahan';
  const sasR = 'Meningkatnya penerapan SPBE';
  const tujPD = 'Meningkatkan kualitas layanan pemerintahan berbasis elektronik';
  const sas1 = 'Meningkatnya kualitas penyelenggaraan SPBE';
  const sas2 = 'Meningkatnya keterbukaan informasi publik';
  kw.put('A5', [1, misi, tujR, sasR, tujPD, sas1, 'Indeks SPBE']);
  kw.put('F6', [undefined, 'Persentase Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah']);
  kw.put('F7', [sas2, 'Indeks Keterbukaan Informasi Publik']);
  kw.merge('A5:A7', 'B5:B7', 'C5:C7', 'D5:D7', 'E5:E7', 'F5:F6');
  titles(kw, 10, ['Tabel 3.4', 'Definisi Operasional Indikator Sasaran']);
  kw.put('A12', [b('No'), b('Indikator'), b('Definisi Operasional'), b('Formula Perhitungan'), b('Satuan'), b('Sumber Data')]);
  kw.put('A13', [1, 'Indeks SPBE', 'Nilai hasil evaluasi SPBE oleh Kementerian PANRB', 'Nilai indeks hasil evaluasi SPBE', 'Indeks', 'Laporan Evaluasi SPBE']);
  kw.put('A14', [2, 'Persentase Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah', 'Perangkat daerah yang terhubung jaringan intra', '(Jumlah PD terhubung / Jumlah PD) x 100%', '%', 'Diskominfo']);
  kw.put('A15', [3, 'Indeks Keterbukaan Informasi Publik', 'Nilai monev keterbukaan informasi publik oleh Komisi Informasi', 'Nilai hasil monev KI Provinsi', 'Indeks', 'Komisi Informasi Provinsi']);

  const ts = new SheetBuilder('Tujuan Sasaran');
  titles(ts, 1, ['Tabel 3.1', 'Tujuan dan Sasaran Jangka Menengah Dinas Komunikasi dan Informatika Tahun 2025-2029']);
  head(ts, 'A4:A5', 'No');
  head(ts, 'B4:B5', 'Tujuan');
  head(ts, 'C4:C5', 'Sasaran');
  head(ts, 'D4:D5', 'Indikator Tujuan/Sasaran');
  head(ts, 'E4:I4', 'Target Kinerja Tujuan/Sasaran pada Tahun');
  ts.put('E5', years(2025).map(b));
  ts.put('A6', [1, tujPD, undefined, 'Indeks SPBE', 2.8, 3, 3.2, 3.4, 3.5]);
  ts.put('C7', [sas1, 'Persentase Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah', 85, 90, 95, 100, 100]);
  ts.put('C8', [sas2, 'Indeks Keterbukaan Informasi Publik', 82, 84, 86, 88, 90]);
  const tsRoles: Record<string, RoleSpec> = { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', ...yearRoles('target', letters('E', 5), years(2025)) };
  lookalikeUnseenLayouts.push({
    id: 'la-crosswalk-rpjmd-definisi-beside-tc25',
    description:
      'A Diskominfo workbook: "Keterkaitan Tujuan dan Sasaran RPJMD dengan … Renstra" (Misi | Tujuan | Sasaran RPJMD | Tujuan | Sasaran PD | Indikator Sasaran, merged down, no numbers) and "Definisi Operasional Indikator Sasaran" (Indikator | Definisi | Formula | Satuan | Sumber Data) — crosswalk and reference lists, no Renstra kind, no table — beside the real T-C.25 whose indicators they name. Nothing is wrong',
    workbook: workbook(kw, ts),
    tables: [{ sheet: 'Tujuan Sasaran', kind: 'tujuan-sasaran', range: 'A4:I8', headerRows: [4, 5], roles: tsRoles }],
    findings: [],
  });
}

// =============================================================================================
// 15. Risk register: K × D = level, quarter deadlines

{
  const sb = new SheetBuilder('Register Risiko');
  titles(sb, 1, ['REGISTER RISIKO STRATEGIS', 'Dinas Komunikasi dan Informatika Kabupaten Ngawi Tahun 2026']);
  head(sb, 'A4:A5', 'No');
  head(sb, 'B4:B5', 'Sasaran Strategis');
  head(sb, 'C4:C5', 'Indikator Kinerja');
  head(sb, 'D4:D5', 'Kode Risiko');
  head(sb, 'E4:E5', 'Pernyataan Risiko');
  head(sb, 'F4:F5', 'Penyebab');
  head(sb, 'G4:G5', 'Dampak');
  head(sb, 'H4:J4', 'Analisis Risiko');
  sb.put('H5', [b('Kemungkinan (K)'), b('Dampak (D)'), b('Level Risiko (K x D)')]);
  head(sb, 'K4:K5', 'Rencana Tindak Pengendalian');
  head(sb, 'L4:L5', 'Penanggung Jawab');
  head(sb, 'M4:M5', 'Target Waktu');
  const risks: [string | undefined, string | undefined, string, string, string, string, number, number, string, string, string][] = [
    ['Meningkatnya kualitas penyelenggaraan SPBE', 'Indeks SPBE', 'R.01', 'Layanan aplikasi terganggu akibat serangan siber', 'Belum ada SOP penanganan insiden', 'Layanan publik terhenti', 3, 4, 'Menyusun SOP dan uji penetrasi berkala', 'Bidang Persandian', 'Triwulan II 2026'],
    [undefined, undefined, 'R.02', 'Data antar perangkat daerah tidak interoperabel', 'Standar data belum ditetapkan', 'Integrasi layanan terlambat', 4, 3, 'Penetapan standar data dan katalog data', 'Bidang Statistik', 'Triwulan III 2026'],
    ['Meningkatnya keterbukaan informasi publik', 'Indeks Keterbukaan Informasi Publik', 'R.03', 'Daftar informasi publik tidak mutakhir', 'PPID pembantu belum aktif', 'Nilai monev KI turun', 2, 3, 'Bimtek PPID pembantu', 'Bidang IKP', 'Triwulan I 2026'],
  ];
  const level = (x: number) => (x >= 15 ? 'Tinggi' : x >= 8 ? 'Sedang' : 'Rendah');
  risks.forEach(([s, ind, k, st, cause, imp, kk, dd, plan, pj, when], i) =>
    sb.put(`A${6 + i}`, [i + 1, s, ind, k, st, cause, imp, kk, dd, `${kk * dd} (${level(kk * dd)})`, plan, pj, when]),
  );
  sb.merge('B6:B7', 'C6:C7');
  lookalikeUnseenLayouts.push({
    id: 'la-risk-register-kxd',
    description:
      'A risk register (Sasaran Strategis | Indikator Kinerja | Kode Risiko | Pernyataan Risiko | Penyebab | Dampak | Analisis Risiko {Kemungkinan (K) | Dampak (D) | Level Risiko (K x D) "12 (Sedang)"} | Rencana Tindak Pengendalian | Penanggung Jawab | Target Waktu "Triwulan II 2026"): sasaran and indicators of the Renstra but no target per year — no Renstra kind, no table, no finding',
    workbook: workbook(sb),
    tables: [],
    findings: [],
  });
}

// =============================================================================================
// 16. Perjanjian Kinerja 2026 with its program budget and the rencana aksi per triwulan

{
  const sb = new SheetBuilder('PK 2026');
  titles(sb, 1, ['PERJANJIAN KINERJA TAHUN 2026', 'DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN NGAWI']);
  sb.put('A4', [b('No'), b('Sasaran Strategis'), b('Indikator Kinerja'), b('Target')]);
  sb.put('A5', [1, 'Meningkatnya kualitas penyelenggaraan SPBE', 'Indeks SPBE', '3,0 Indeks']);
  sb.put('C6', ['Persentase Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah', '90 %']);
  sb.put('A7', [2, 'Meningkatnya keterbukaan informasi publik', 'Indeks Keterbukaan Informasi Publik', '84 Indeks']);
  sb.merge('A5:A6', 'B5:B6');
  sb.put('A9', [b('No'), b('Program'), b('Anggaran'), b('Keterangan')]);
  const prg: [string, number][] = [
    ['Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 6_418_250_000],
    ['Program Informasi dan Komunikasi Publik', 1_215_000_000],
    ['Program Aplikasi Informatika', 3_870_500_000],
    ['Program Penyelenggaraan Persandian untuk Pengamanan Informasi', 410_000_000],
    ['Program Penyelenggaraan Statistik Sektoral', 265_000_000],
  ];
  prg.forEach(([n, v], i) => sb.put(`A${10 + i}`, [i + 1, n, { v, fmt: '#,##0' }, 'APBD']));
  sb.put('B15', [b('Jumlah'), { v: sum(prg.map((x) => x[1])), fmt: '#,##0', bold: true }]);
  titles(sb, 18, ['RENCANA AKSI PERJANJIAN KINERJA TAHUN 2026']);
  head(sb, 'A20:A21', 'No');
  head(sb, 'B20:B21', 'Indikator Kinerja');
  head(sb, 'C20:C21', 'Target Tahunan');
  head(sb, 'D20:G20', 'Target Triwulan');
  sb.put('D21', ['I', 'II', 'III', 'IV'].map(b));
  sb.put('A22', [1, 'Indeks SPBE', 3, '-', '-', '-', 3]);
  sb.put('A23', [2, 'Persentase Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah', 90, 80, 84, 87, 90]);
  sb.put('A24', [3, 'Indeks Keterbukaan Informasi Publik', 84, '-', '-', 84, 84]);
  lookalikeUnseenLayouts.push({
    id: 'la-perjanjian-kinerja-rencana-aksi',
    description:
      'Perjanjian Kinerja 2026 (PermenPANRB 53/2014): Sasaran Strategis | Indikator Kinerja | Target ("3,0 Indeks", year only in the title), the program budget (Program | Anggaran | Keterangan, a Jumlah), and the rencana aksi with Target Tahunan and Target Triwulan I-IV (cumulative; "-" where nothing is measured). One year of a SAKIP document, not a Renstra table: the quarters are no "Tahun ke-1..4" — no table, no finding',
    workbook: workbook(sb),
    tables: [],
    findings: [],
  });
}
