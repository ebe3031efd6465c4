/**
 * A synthetic program-pendanaan table (T-C.27) rendered under many layouts, for layout-independence
 * tests: the same plan, with the same planted mistakes, must give the same findings wherever and
 * however it is laid out.
 */
import { a1 } from '../../src/core/address';
import type { CellData, MergeArea, SheetGrid, WorkbookGrid } from '../../src/core/grid';
import nomenklatur from '../../src/data/nomenklatur.json';
import fc from 'fast-check';

export interface SubSpec {
  target: number;
  pagu: number[];
}
export interface KegiatanSpec {
  subs: SubSpec[];
}
export interface ProgramSpec {
  kegiatan: KegiatanSpec[];
}

export interface Plan {
  programs: ProgramSpec[];
  /** Planted: the Jumlah row is short by `delta` in this year index. */
  jumlahShort: { year: number; delta: number };
  /** Planted: this kegiatan's pagu is off by `delta` in this year index. */
  kegiatanOff: { program: number; kegiatan: number; year: number; delta: number };
  /** Planted: this sub kegiatan's target is a typo (t → t*10+3) in this year index. */
  targetTypo: { program: number; kegiatan: number; sub: number; year: number };
}

export type HeaderStyle = 'simple' | 'official' | 'strategy';

/**
 * How the year headers are written, named by what 2025 (or its first year) looks like: calendar
 * years as numbers (`2025`), as text (`'2025`, Excel's text prefix), with a word or in brackets; or
 * relative years (`Tahun-1` … `Tahun V`), where the table's years are 1..5.
 */
export const YEAR_LABELS = [
  '2025',
  "'2025",
  'Tahun 2025',
  'TA 2025',
  'Th. 2025',
  '(2025)',
  'Tahun-1',
  'Tahun ke-1',
  'TAHUN 1',
  'Th 1',
  'Tahun I',
  // The regulation's own form: the group heading ends "… Tahun ke-", the bare numbers 1..5 below it.
  'ke- / 1',
] as const;
export type YearLabel = (typeof YEAR_LABELS)[number];

/** A header column outside any header vocabulary, with text (never numbers) on the entity rows. */
export interface OddColumn {
  header: string;
  /** Right after the name column, right after the indicator column, or at the table's right end. */
  at: 'after-name' | 'after-indicator' | 'end';
  /** Texts for the entity rows, used in turn. */
  values: string[];
}

export interface Layout {
  top: number;
  left: number;
  startYear: number;
  paguFirst: boolean;
  codes: boolean;
  /** Levels told by indentation only (names the nomenclature does not know). */
  indentOnly: boolean;
  numbersAsText: boolean;
  repeatHeaderEvery: number | null;
  numberRow: boolean;
  title: boolean;
  extraSheets: 'none' | 'before' | 'after' | 'both';
  /**
   * `simple`: PROGRAM/ KEGIATAN/ SUB KEGIATAN | INDIKATOR KINERJA | BASELINE | TARGET DAN PAGU
   * INDIKATIF TAHUN (years, TARGET|PAGU) | KET. `official`: the Permendagri 86/2017 T-C.27 form, with
   * the end-of-period (Kondisi Kinerja pada akhir periode) target|Rp, Unit Kerja and Lokasi columns.
   * `strategy`: the simple table with Tujuan | Sasaran | Indikator Sasaran in front, tujuan and
   * sasaran on each program's first row, and before each program a context row holding a sasaran
   * indicator and its yearly targets (no name, no code, no pagu).
   */
  header: HeaderStyle;
  yearLabel: YearLabel;
  /** Year labels merged over their target|pagu pair, or written over its first column only ("Center Across Selection"). */
  yearMerge: 'merged' | 'across';
  /** With codes: "Kode" over Urusan | Bidang Urusan | Program | Kegiatan | Sub Kegiatan, the code split over them. */
  splitCode: boolean;
  oddColumns: OddColumn[];
}

export const YEARS = 5;

/** Official Kecamatan names (program 7.01.02 … and the Penunjang program) for the nomenclature layouts. */
const OFFICIAL: { program: [string, string]; kegiatan: [string, string, [string, string][]][] }[] = [
  {
    program: ['7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK'],
    kegiatan: [
      ['7.01.02.2.01', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', [
        ['7.01.02.2.01.0001', 'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait'],
        ['7.01.02.2.01.0002', 'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan'],
      ]],
      ['7.01.02.2.03', 'Koordinasi Pemeliharaan Prasarana dan Sarana Pelayanan Umum', [
        ['7.01.02.2.03.0001', 'Koordinasi/Sinergi dengan Perangkat Daerah dan/atau Instansi Vertikal yang Terkait dalam Pemeliharaan Sarana dan Prasarana Pelayanan Umum'],
        ['7.01.02.2.03.0002', 'Pelaksanaan Pemeliharaan Prasarana dan Fasilitas Pelayanan Umum yang Melibatkan Pihak Swasta'],
      ]],
    ],
  },
  {
    program: ['7.01.03', 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN'],
    kegiatan: [
      ['7.01.03.2.01', 'Koordinasi Kegiatan Pemberdayaan Desa', [
        ['7.01.03.2.01.0001', 'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa'],
        ['7.01.03.2.01.0003', 'Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan'],
      ]],
      ['7.01.03.2.03', 'Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan', [
        ['7.01.03.2.03.0001', 'Penyelenggaraan Lembaga Kemasyarakatan'],
        ['7.01.03.2.03.0002', 'Peningkatan Kapasitas Lembaga Kemasyarakatan'],
      ]],
    ],
  },
  {
    program: ['7.01.04', 'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM'],
    kegiatan: [
      ['7.01.04.2.01', 'Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum', [
        ['7.01.04.2.01.0002', 'Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat'],
        ['7.01.04.2.01.0001', 'Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan'],
      ]],
      ['7.01.04.2.02', 'Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah', [
        ['7.01.04.2.02.0001', 'Koordinasi/Sinergi dengan Perangkat Daerah yang Tugas dan Fungsinya di Bidang Penegakan Peraturan Perundang-Undangan dan/atau Kepolisian Negara Republik Indonesia'],
      ]],
    ],
  },
];

export const MAX_PROGRAMS = OFFICIAL.length;
export const maxKegiatan = (p: number) => OFFICIAL[p].kegiatan.length;
export const maxSubs = (p: number, k: number) => OFFICIAL[p].kegiatan[k][2].length;

/** Is the year label relative (Tahun-1 … Tahun V)? Then the table's years are 1..5. */
export function relativeYears(layout: Layout): boolean {
  return !/20\d\d/.test(layout.yearLabel);
}

/** The years a recogniser should report for the table. */
export function expectedYears(layout: Layout): number[] {
  return Array.from({ length: YEARS }, (_, i) => (relativeYears(layout) ? i + 1 : layout.startYear + i));
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function yearLabelCell(layout: Layout, y: number): CellData {
  const year = layout.startYear + y;
  const n = y + 1;
  const text = (v: string): CellData => ({ v, bold: true });
  switch (layout.yearLabel) {
    case '2025': return { v: year, bold: true };
    case "'2025": return text(String(year));
    case 'Tahun 2025': return text(`Tahun ${year}`);
    case 'TA 2025': return text(`TA ${year}`);
    case 'Th. 2025': return text(`Th. ${year}`);
    case '(2025)': return text(`(${year})`);
    case 'Tahun-1': return text(`Tahun-${n}`);
    case 'Tahun ke-1': return text(`Tahun ke-${n}`);
    case 'TAHUN 1': return text(`TAHUN ${n}`);
    case 'Th 1': return text(`Th ${n}`);
    case 'Tahun I': return text(`Tahun ${ROMAN[y]}`);
    case 'ke- / 1': return { v: n, bold: true };
  }
}

/**
 * Words for the odd columns, all real: indicator phrases and satuan values from the official
 * nomenclature (nomenklatur-subkegiatan-2027.csv), program names from src/data/nomenklatur.json,
 * agency and unit names as Renstra tables carry them.
 */
export const INDICATOR_PHRASES = [
  'Jumlah Laporan Evaluasi Kinerja Perangkat Daerah',
  'Jumlah Dokumen Perencanaan Perangkat Daerah',
  'Jumlah ASN yang Dipindahtugaskan',
  'Jumlah Dokumen Penatausahaan Arsip Dinamis pada SKPD',
  'Jumlah Dokumen Fasilitasi dalam rangka Perencanaan Pembangunan Partisipatif',
  'Jumlah Laporan Hasil Pelaksanaan Pembangunan Daerah',
  'Jumlah Fasilitas Parkir yang Telah Dibangun',
  'Jumlah Lembaga Kesenian Tradisional yang Ditingkatkan Kapasitasnya',
  'Tersedianya Dokumen Penetapan Kawasan Strategis Pariwisata Kabupaten/Kota',
  'Luas Kerusakan Karst yang Tertangani',
  'Informasi Stok Pangan',
  'Laporan Penyebarluasan Informasi Rencana Tata Ruang',
  'Kapasitas TPA/TPST/SPA yang dibangun',
  'Jalan Usaha Tani yang Dibangun, Direhabilitasi dan Dipelihara',
] as const;

export const SATUAN_WORDS = [
  'Dokumen', 'Laporan', 'Orang', 'Unit', 'Ruang', 'Lembaga', 'Paket', 'Rekomendasi', 'Keluarga',
  'Berita Acara', 'Peserta Didik', 'Arsip', 'Layanan', 'Eksemplar', 'Sertifikat', 'Unit Usaha',
] as const;

export const AGENCIES = [
  'Dinas Pekerjaan Umum dan Penataan Ruang',
  'Badan Perencanaan Pembangunan Daerah',
  'Dinas Kependudukan dan Pencatatan Sipil',
  'Satuan Polisi Pamong Praja',
  'Dinas Sosial',
  'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  'Kecamatan Kartoharjo',
] as const;

export const UNITS = [
  'Seksi Pemerintahan',
  'Seksi Pemberdayaan Masyarakat',
  'Seksi Ketentraman dan Ketertiban Umum',
  'Seksi Kesejahteraan Sosial',
  'Subbagian Umum dan Kepegawaian',
  'Sekretariat',
] as const;

/** Official program names of other bidang (not Kecamatan's own 7.01, which the tables use). */
export const OTHER_PROGRAMS: readonly string[] = (nomenklatur.programs as [string, string][])
  .filter(([code]) => !code.startsWith('7.01'))
  .map(([, name]) => name);

/** Families of odd columns: header texts outside the header vocabulary, and what their cells say. */
export const ODD_COLUMN_FAMILIES: { headers: readonly string[]; values: readonly string[] }[] = [
  { headers: ['Sumber Dana'], values: ['APBD', 'APBD Kabupaten', 'DAU', 'DAK Non Fisik', 'Bantuan Keuangan Provinsi', 'DBHCHT'] },
  { headers: ['Prioritas Daerah'], values: ['Ya', 'Tidak', 'Mendukung Prioritas Daerah', 'Prioritas Nasional'] },
  { headers: ['Perangkat Daerah Penanggung Jawab'], values: AGENCIES },
  { headers: ['Unit Kerja'], values: UNITS },
  { headers: INDICATOR_PHRASES, values: SATUAN_WORDS },
  { headers: SATUAN_WORDS, values: ['Renstra', 'Renja', 'LKjIP', 'LPPD', 'Laporan Kinerja', 'Dokumen Evaluasi'] },
  { headers: AGENCIES, values: ['Pengampu', 'Pendukung', 'Koordinator'] },
  { headers: OTHER_PROGRAMS, values: ['Ya', 'Tidak', 'Mendukung', 'Terkait'] },
];

/** The strategy in front of the funding table (layout `strategy`): per program, in turn. */
const STRATEGY: { tujuan: string; sasaran: string; indikator: string; targets: string[] }[] = [
  {
    tujuan: 'Meningkatnya Kualitas Pelayanan Publik dan Pemerintahan di Wilayah Kecamatan Kartoharjo',
    sasaran: 'Meningkatnya Akuntabilitas Kinerja Kecamatan Kartoharjo',
    indikator: 'Predikat SAKIP Kecamatan',
    targets: ['BB', 'BB', 'A', 'A', 'A'],
  },
  {
    tujuan: 'Meningkatnya Kualitas Pelayanan Publik dan Pemerintahan di Wilayah Kecamatan Kartoharjo',
    sasaran: 'Meningkatnya Keberdayaan Masyarakat Desa dan Kelurahan',
    indikator: 'Persentase Desa/Kelurahan yang Melaksanakan Musrenbang Tepat Waktu',
    targets: ['96%', '97%', '98%', '98%', '99%'],
  },
  {
    tujuan: 'Terwujudnya Ketentraman dan Ketertiban Umum di Wilayah Kecamatan',
    sasaran: 'Menurunnya Gangguan Ketentraman dan Ketertiban Umum',
    indikator: 'Persentase Gangguan Trantibum yang Tertangani',
    targets: ['90%', '92%', '94%', '96%', '98%'],
  },
];

/** Where each logical cell landed, so findings can be mapped back. */
export interface Rendered {
  workbook: WorkbookGrid;
  sheet: string;
  /**
   * A1 address → logical key, e.g. "jumlah/pagu/2", "k1.0/pagu/3", "s1.0.1/target/2",
   * "s0.0.0/akhir-pagu", "p0/name", "p0/code" (split: "p0/code/2"), "c1/target/0" (a strategy
   * context row), "p0/odd1".
   */
  keyOf: Map<string, string>;
}

function money(n: number, asText: boolean): CellData {
  return asText ? { v: n.toLocaleString('de-DE') } : { v: n, fmt: '#,##0' };
}

function count(n: number, asText: boolean): CellData {
  return asText ? { v: String(n) } : { v: n };
}

/** `7.01.02.2.01.0002` → urusan `7`, bidang `01`, program `02`, kegiatan `2.01`, sub kegiatan `0002`. */
export function codeParts(code: string): string[] {
  const p = code.split('.');
  const parts = [p[0], p[1], p[2]];
  if (p.length >= 5) parts.push(`${p[3]}.${p[4]}`);
  if (p.length >= 6) parts.push(p[5]);
  return parts;
}

/** One entity row's logical content. */
interface EntityRow {
  id: string;
  code: string;
  name: CellData;
  indicator: string;
  baseline?: number;
  /** Target per year as written (typo included), and its key if it is compared. */
  targets: number[];
  targetKey?: boolean;
  pagu: number[];
  unit: string;
  lokasi: string;
  tujuan?: string;
  sasaran?: string;
}

export function render(plan: Plan, layout: Layout): Rendered {
  const rows: (CellData | undefined)[][] = [];
  const merges: MergeArea[] = [];
  const keyOf = new Map<string, string>();
  const set = (r: number, c: number, cell: CellData, key?: string) => {
    (rows[r] ??= [])[c] = cell;
    if (key) keyOf.set(a1(r, c), key);
  };
  const official = layout.header === 'official';
  const strategy = layout.header === 'strategy';
  const upper = !official;
  const split = layout.codes && layout.splitCode;

  // Columns, left to right.
  const L = layout.left;
  let next = L;
  const take = (n = 1) => {
    const at = next;
    next += n;
    return at;
  };
  const oddCol: number[] = [];
  const takeOdd = (at: OddColumn['at']) => layout.oddColumns.forEach((o, i) => {
    if (o.at === at) oddCol[i] = take();
  });
  const tujuanCol = strategy ? take() : -1;
  const sasaranCol = strategy ? take() : -1;
  const indSasaranCol = strategy ? take() : -1;
  const codeCol = layout.codes ? take(split ? 5 : 1) : -1;
  const nameCol = take();
  takeOdd('after-name');
  const indCol = take();
  takeOdd('after-indicator');
  const baseCol = take();
  const yearsCol = take(YEARS * 2);
  const akhirCol = official ? take(2) : -1;
  const unitCol = official ? take() : -1;
  const lokasiCol = official ? take() : -1;
  const ketCol = official ? -1 : take();
  takeOdd('end');
  const lastCol = next - 1;
  const yearCol = (y: number, what: 'target' | 'pagu') => yearsCol + y * 2 + ((what === 'pagu') === layout.paguFirst ? 0 : 1);

  let r = layout.top;
  if (layout.title) {
    set(r, L, { v: 'Tabel 4.2', bold: true });
    set(r + 1, L, { v: 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan', bold: true });
    r += 3;
  }
  const HEADER_ROWS = 3;
  const header = () => {
    const top = r;
    const bold = (v: string): CellData => ({ v, bold: true });
    /** A header over one column and all header rows. */
    const whole = (c: number, text: string) => {
      set(top, c, bold(text));
      merges.push({ top, left: c, bottom: top + HEADER_ROWS - 1, right: c });
    };
    if (strategy) {
      whole(tujuanCol, 'TUJUAN');
      whole(sasaranCol, 'SASARAN');
      whole(indSasaranCol, 'INDIKATOR SASARAN');
    }
    if (split) {
      set(top, codeCol, bold(upper ? 'KODE' : 'Kode'));
      merges.push({ top, left: codeCol, bottom: top, right: codeCol + 4 });
      const parts = ['Urusan', 'Bidang Urusan', 'Program', 'Kegiatan', 'Sub Kegiatan'];
      parts.forEach((p, i) => {
        set(top + 1, codeCol + i, bold(upper ? p.toUpperCase() : p));
        merges.push({ top: top + 1, left: codeCol + i, bottom: top + HEADER_ROWS - 1, right: codeCol + i });
      });
    } else if (layout.codes) whole(codeCol, upper ? 'KODE' : 'Kode');
    whole(nameCol, official ? 'Program dan Kegiatan' : 'PROGRAM/ KEGIATAN/ SUB KEGIATAN');
    whole(indCol, official ? 'Indikator Kinerja Program (outcome) dan Kegiatan (output)' : 'INDIKATOR KINERJA');
    whole(baseCol, official ? 'Data Capaian pada Tahun Awal Perencanaan' : 'BASELINE');
    const group = official ? 'Target Kinerja Program dan Kerangka Pendanaan' : 'TARGET DAN PAGU INDIKATIF';
    set(top, yearsCol, bold(layout.yearLabel === 'ke- / 1' ? `${group} ${official ? 'Tahun ke-' : 'TAHUN KE-'}` : official ? group : `${group} TAHUN`));
    merges.push({ top, left: yearsCol, bottom: top, right: yearsCol + YEARS * 2 - 1 });
    for (let y = 0; y < YEARS; y++) {
      const first = Math.min(yearCol(y, 'target'), yearCol(y, 'pagu'));
      set(top + 1, first, yearLabelCell(layout, y));
      if (layout.yearMerge === 'merged') merges.push({ top: top + 1, left: first, bottom: top + 1, right: first + 1 });
      set(top + 2, yearCol(y, 'target'), bold(official ? 'target' : 'TARGET'));
      set(top + 2, yearCol(y, 'pagu'), bold(official ? 'Rp' : 'PAGU'));
    }
    if (official) {
      set(top, akhirCol, bold('Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah'));
      merges.push({ top, left: akhirCol, bottom: top + 1, right: akhirCol + 1 });
      set(top + 2, akhirCol, bold('target'));
      set(top + 2, akhirCol + 1, bold('Rp'));
      whole(unitCol, 'Unit Kerja Perangkat Daerah Penanggung Jawab');
      whole(lokasiCol, 'Lokasi');
    } else whole(ketCol, 'KET');
    layout.oddColumns.forEach((o, i) => whole(oddCol[i], o.header));
    r += HEADER_ROWS;
    if (layout.numberRow) {
      for (let c = L; c <= lastCol; c++) set(r, c, { v: c - L + 1, bold: true });
      r++;
    }
  };
  header();
  let sinceHeader = 0;
  const row = () => {
    if (layout.repeatHeaderEvery && sinceHeader >= layout.repeatHeaderEvery) {
      header();
      sinceHeader = 0;
    }
    sinceHeader++;
    return r++;
  };

  let entityIndex = 0;
  const entity = (e: EntityRow) => {
    const er = row();
    if (split) codeParts(e.code).forEach((p, i) => set(er, codeCol + i, { v: p }, `${e.id}/code/${i}`));
    else if (layout.codes) set(er, codeCol, { v: e.code }, `${e.id}/code`);
    set(er, nameCol, e.name, `${e.id}/name`);
    set(er, indCol, { v: e.indicator });
    if (e.baseline !== undefined) set(er, baseCol, count(e.baseline, layout.numbersAsText));
    for (let y = 0; y < YEARS; y++) {
      set(er, yearCol(y, 'target'), count(e.targets[y], layout.numbersAsText), e.targetKey ? `${e.id}/target/${y}` : undefined);
      set(er, yearCol(y, 'pagu'), money(e.pagu[y], layout.numbersAsText), `${e.id}/pagu/${y}`);
    }
    if (official) {
      // Kondisi akhir periode, consistent with the row as written: target = last year's, Rp = Σ years.
      set(er, akhirCol, count(e.targets[YEARS - 1], layout.numbersAsText), `${e.id}/akhir-target`);
      set(er, akhirCol + 1, money(e.pagu.reduce((s, x) => s + x, 0), layout.numbersAsText), `${e.id}/akhir-pagu`);
      set(er, unitCol, { v: e.unit });
      set(er, lokasiCol, { v: e.lokasi });
    }
    if (strategy) {
      if (e.tujuan) set(er, tujuanCol, { v: e.tujuan });
      if (e.sasaran) set(er, sasaranCol, { v: e.sasaran });
    }
    layout.oddColumns.forEach((o, i) => set(er, oddCol[i], { v: o.values[entityIndex % o.values.length] }, `${e.id}/odd${i}`));
    entityIndex++;
  };

  const programPagu: number[][] = [];
  plan.programs.forEach((p, pi) => {
    const off = OFFICIAL[pi];
    const kegPagu = p.kegiatan.map((k) => Array.from({ length: YEARS }, (_, y) => k.subs.reduce((s, sub) => s + sub.pagu[y], 0)));
    const pPagu = Array.from({ length: YEARS }, (_, y) => kegPagu.reduce((s, k) => s + k[y], 0));
    programPagu.push(pPagu);
    const st = STRATEGY[pi % STRATEGY.length];
    if (strategy) {
      // Context: the sasaran's indicator and its yearly targets, no name, no code, no pagu.
      const cr = row();
      set(cr, indSasaranCol, { v: st.indikator }, `c${pi}/indikator`);
      for (let y = 0; y < YEARS; y++) set(cr, yearCol(y, 'target'), { v: st.targets[y] }, `c${pi}/target/${y}`);
    }
    entity({
      id: `p${pi}`,
      code: off.program[0],
      name: { v: layout.indentOnly ? `PROGRAM UJI COBA NOMOR ${pi + 1}` : off.program[1] },
      indicator: `Indeks kinerja program ${pi + 1}`,
      targets: Array.from({ length: YEARS }, (_, y) => 80 + y),
      pagu: pPagu,
      unit: 'Kecamatan Kartoharjo',
      lokasi: 'Kecamatan Kartoharjo',
      tujuan: st.tujuan,
      sasaran: st.sasaran,
    });
    p.kegiatan.forEach((k, ki) => {
      const o = plan.kegiatanOff;
      entity({
        id: `k${pi}.${ki}`,
        code: off.kegiatan[ki][0],
        name: layout.indentOnly ? { v: `Kegiatan uji ${pi + 1}.${ki + 1} wilayah kecamatan`, indent: 1 } : { v: off.kegiatan[ki][1] },
        indicator: `Jumlah dokumen kegiatan ${pi + 1}.${ki + 1}`,
        targets: Array.from({ length: YEARS }, () => 1),
        pagu: kegPagu[ki].map((x, y) => x + (o.program === pi && o.kegiatan === ki && o.year === y ? o.delta : 0)),
        unit: UNITS[pi % 3],
        lokasi: 'Kecamatan Kartoharjo',
      });
      k.subs.forEach((s, si) => {
        const t = plan.targetTypo;
        entity({
          id: `s${pi}.${ki}.${si}`,
          code: off.kegiatan[ki][2][si][0],
          name: layout.indentOnly ? { v: `Sub kegiatan uji ${pi + 1}.${ki + 1}.${si + 1}`, indent: 2 } : { v: off.kegiatan[ki][2][si][1] },
          indicator: `Jumlah laporan ${pi + 1}.${ki + 1}.${si + 1}`,
          baseline: s.target,
          targets: Array.from({ length: YEARS }, (_, y) =>
            t.program === pi && t.kegiatan === ki && t.sub === si && t.year === y ? s.target * 10 + 3 : s.target),
          targetKey: true,
          pagu: s.pagu,
          unit: UNITS[pi % 3],
          lokasi: si % 2 === 0 ? 'Kecamatan Kartoharjo' : 'Desa/Kelurahan se-Kecamatan Kartoharjo',
        });
        // An "Output :" continuation row, as planners write them.
        const cr = row();
        set(cr, nameCol, { v: `Output : Tersedianya laporan ${pi + 1}.${ki + 1}.${si + 1}` });
      });
    });
  });
  const jr = row();
  set(jr, nameCol, { v: 'JUMLAH', bold: true });
  let jumlahAll = 0;
  for (let y = 0; y < YEARS; y++) {
    const sum = programPagu.reduce((s, p) => s + p[y], 0);
    const short = plan.jumlahShort.year === y ? plan.jumlahShort.delta : 0;
    jumlahAll += sum - short;
    set(jr, yearCol(y, 'pagu'), money(sum - short, layout.numbersAsText), `jumlah/pagu/${y}`);
  }
  if (official) set(jr, akhirCol + 1, money(jumlahAll, layout.numbersAsText), 'jumlah/akhir-pagu');
  const width = lastCol + 1;
  const sheet: SheetGrid = { name: 'Tabel 4.2', rows, merges, rowCount: r, colCount: width };
  const sheets: SheetGrid[] = [sheet];
  const noise = (name: string): SheetGrid => ({
    name,
    rows: [[{ v: 'Catatan rapat' }, { v: 'Tanggal' }], [{ v: 'Pembahasan rancangan awal' }, { v: '2025-01-10' }], [{ v: 12 }, { v: 14 }, { v: 2030 }]],
    merges: [],
    rowCount: 3,
    colCount: 3,
  });
  if (layout.extraSheets === 'before' || layout.extraSheets === 'both') sheets.unshift(noise('Catatan'));
  if (layout.extraSheets === 'after' || layout.extraSheets === 'both') sheets.push(noise('Lampiran'));
  return { workbook: { sheets }, sheet: sheet.name, keyOf };
}

/**
 * Layouts for fast-check: every dimension's first value is the layout of the first generation
 * (simple header, calendar years as numbers, merged over their pair, whole codes), so
 * counterexamples shrink towards it. Where the table stands and which odd columns it has are the
 * caller's.
 */
export function layoutArbitrary(o: { top: fc.Arbitrary<number>; left: fc.Arbitrary<number>; oddColumns: fc.Arbitrary<OddColumn[]> }): fc.Arbitrary<Layout> {
  return (
    fc
      .record({
        top: o.top,
        left: o.left,
        startYear: fc.integer({ min: 2021, max: 2030 }),
        paguFirst: fc.boolean(),
        codes: fc.boolean(),
        indentOnly: fc.boolean(),
        numbersAsText: fc.boolean(),
        repeatHeaderEvery: fc.option(fc.integer({ min: 3, max: 9 }), { nil: null }),
        numberRow: fc.boolean(),
        title: fc.boolean(),
        extraSheets: fc.constantFrom('none', 'before', 'after', 'both'),
        header: fc.constantFrom('simple', 'official', 'strategy'),
        yearLabel: fc.constantFrom(...YEAR_LABELS),
        yearMerge: fc.constantFrom('merged', 'across'),
        splitCode: fc.boolean(),
        oddColumns: o.oddColumns,
      })
      // The code is split only where there is one.
      .map((l) => (l.codes ? l : { ...l, splitCode: false }) as Layout)
  );
}
