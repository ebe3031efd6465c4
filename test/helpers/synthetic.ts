/**
 * A synthetic program-pendanaan table (T-C.27) rendered under many layouts, for layout-independence
 * tests: the same plan, with the same planted mistakes, must give the same findings wherever and
 * however it is laid out.
 */
import { a1 } from '../../src/core/address';
import type { CellData, MergeArea, SheetGrid, WorkbookGrid } from '../../src/core/grid';

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

/** Where each logical cell landed, so findings can be mapped back. */
export interface Rendered {
  workbook: WorkbookGrid;
  sheet: string;
  /** A1 address → logical key, e.g. "jumlah/pagu/2", "k1.0/pagu/3", "s1.0.1/target/2". */
  keyOf: Map<string, string>;
}


function money(n: number, asText: boolean): CellData {
  return asText ? { v: n.toLocaleString('de-DE') } : { v: n, fmt: '#,##0' };
}

function count(n: number, asText: boolean): CellData {
  return asText ? { v: String(n) } : { v: n };
}

export function render(plan: Plan, layout: Layout): Rendered {
  const rows: (CellData | undefined)[][] = [];
  const merges: MergeArea[] = [];
  const keyOf = new Map<string, string>();
  const set = (r: number, c: number, cell: CellData, key?: string) => {
    (rows[r] ??= [])[c] = cell;
    if (key) keyOf.set(a1(r, c), key);
  };
  const L = layout.left;
  const codeCol = layout.codes ? L : -1;
  const nameCol = L + (layout.codes ? 1 : 0);
  const indCol = nameCol + 1;
  const baseCol = nameCol + 2;
  const yearCol = (y: number, what: 'target' | 'pagu') =>
    baseCol + 1 + y * 2 + ((what === 'pagu') === layout.paguFirst ? 0 : 1);
  const lastCol = baseCol + YEARS * 2 + 1; // KET
  let r = layout.top;
  if (layout.title) {
    set(r, L, { v: 'Tabel 4.2', bold: true });
    set(r + 1, L, { v: 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan', bold: true });
    r += 3;
  }
  const header = () => {
    const top = r;
    if (layout.codes) set(top, codeCol, { v: 'KODE', bold: true });
    set(top, nameCol, { v: 'PROGRAM/ KEGIATAN/ SUB KEGIATAN', bold: true });
    set(top, indCol, { v: 'INDIKATOR KINERJA', bold: true });
    set(top, baseCol, { v: 'BASELINE', bold: true });
    set(top, baseCol + 1, { v: 'TARGET DAN PAGU INDIKATIF TAHUN', bold: true });
    merges.push({ top, left: baseCol + 1, bottom: top, right: baseCol + YEARS * 2 });
    for (let y = 0; y < YEARS; y++) {
      const first = Math.min(yearCol(y, 'target'), yearCol(y, 'pagu'));
      set(top + 1, first, { v: layout.startYear + y, bold: true });
      merges.push({ top: top + 1, left: first, bottom: top + 1, right: first + 1 });
      set(top + 2, yearCol(y, 'target'), { v: 'TARGET', bold: true });
      set(top + 2, yearCol(y, 'pagu'), { v: 'PAGU', bold: true });
    }
    set(top, lastCol, { v: 'KET', bold: true });
    for (const c of [codeCol, nameCol, indCol, baseCol, lastCol]) if (c >= 0) merges.push({ top, left: c, bottom: top + 2, right: c });
    r += 3;
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
  const programPagu: number[][] = [];
  plan.programs.forEach((p, pi) => {
    const off = OFFICIAL[pi];
    const kegPagu = p.kegiatan.map((k) => Array.from({ length: YEARS }, (_, y) => k.subs.reduce((s, sub) => s + sub.pagu[y], 0)));
    const pPagu = Array.from({ length: YEARS }, (_, y) => kegPagu.reduce((s, k) => s + k[y], 0));
    programPagu.push(pPagu);
    const pr = row();
    if (layout.codes) set(pr, codeCol, { v: off.program[0] });
    set(pr, nameCol, { v: layout.indentOnly ? `PROGRAM UJI COBA NOMOR ${pi + 1}` : off.program[1] });
    set(pr, indCol, { v: `Indeks kinerja program ${pi + 1}` });
    for (let y = 0; y < YEARS; y++) {
      set(pr, yearCol(y, 'target'), count(80 + y, layout.numbersAsText));
      set(pr, yearCol(y, 'pagu'), money(pPagu[y], layout.numbersAsText), `p${pi}/pagu/${y}`);
    }
    p.kegiatan.forEach((k, ki) => {
      const kr = row();
      if (layout.codes) set(kr, codeCol, { v: off.kegiatan[ki][0] });
      set(kr, nameCol, layout.indentOnly ? { v: `Kegiatan uji ${pi + 1}.${ki + 1} wilayah kecamatan`, indent: 1 } : { v: off.kegiatan[ki][1] });
      set(kr, indCol, { v: `Jumlah dokumen kegiatan ${pi + 1}.${ki + 1}` });
      for (let y = 0; y < YEARS; y++) {
        const off2 = plan.kegiatanOff;
        const wrong = off2.program === pi && off2.kegiatan === ki && off2.year === y ? off2.delta : 0;
        set(kr, yearCol(y, 'target'), count(1, layout.numbersAsText));
        set(kr, yearCol(y, 'pagu'), money(kegPagu[ki][y] + wrong, layout.numbersAsText), `k${pi}.${ki}/pagu/${y}`);
      }
      k.subs.forEach((s, si) => {
        const sr = row();
        if (layout.codes) set(sr, codeCol, { v: off.kegiatan[ki][2][si][0] });
        set(sr, nameCol, layout.indentOnly ? { v: `Sub kegiatan uji ${pi + 1}.${ki + 1}.${si + 1}`, indent: 2 } : { v: off.kegiatan[ki][2][si][1] });
        set(sr, indCol, { v: `Jumlah laporan ${pi + 1}.${ki + 1}.${si + 1}` });
        set(sr, baseCol, count(s.target, layout.numbersAsText));
        for (let y = 0; y < YEARS; y++) {
          const t = plan.targetTypo;
          const typo = t.program === pi && t.kegiatan === ki && t.sub === si && t.year === y;
          set(sr, yearCol(y, 'target'), count(typo ? s.target * 10 + 3 : s.target, layout.numbersAsText), `s${pi}.${ki}.${si}/target/${y}`);
          set(sr, yearCol(y, 'pagu'), money(s.pagu[y], layout.numbersAsText), `s${pi}.${ki}.${si}/pagu/${y}`);
        }
        // An "Output :" continuation row, as planners write them.
        const cr = row();
        set(cr, nameCol, { v: `Output : Tersedianya laporan ${pi + 1}.${ki + 1}.${si + 1}` });
      });
    });
  });
  const jr = row();
  set(jr, nameCol, { v: 'JUMLAH', bold: true });
  for (let y = 0; y < YEARS; y++) {
    const sum = programPagu.reduce((s, p) => s + p[y], 0);
    const short = plan.jumlahShort.year === y ? plan.jumlahShort.delta : 0;
    set(jr, yearCol(y, 'pagu'), money(sum - short, layout.numbersAsText), `jumlah/pagu/${y}`);
  }
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
