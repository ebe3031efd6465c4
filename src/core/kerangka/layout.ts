/**
 * A Renstra's funding table (Permendagri 86/2017 form T-C.27) laid out from the official
 * nomenclature, as a host-neutral sheet: values and formulas from A1, merges, formats, column
 * widths, frozen rows and print setup. The CLI writes it with exceljs, the task pane with Office.js.
 *
 * Formulas are what `renstra fill` writes (English names, comma separators, no "="): a parent's Rp
 * = SUM of its children's Rp, the Jumlah row = SUM of the programs, the end-of-period Rp = SUM of
 * the five years and the end-of-period target = the last year's target, so a filled-in skeleton
 * checks clean and a fill finds nothing to change.
 */
import { a1 } from '../address';
import { safeSheetName } from '../sheet-name';
import { JENIS_LABEL, type BidangItem, type JenisPemda, type ProgramItem } from './catalog';

/** Rows and columns 0-based, inclusive. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** Excel number format: '#,##0', '@' (text), 'General'. */
  numberFormat?: string;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center';
  /** Thin lines on every edge of every cell. */
  border?: boolean;
  /** Background, '#RRGGBB'. */
  fill?: string;
}

/** A formula as the fill writes it (no "="), and what it computes in the empty skeleton. */
export interface LayoutFormula {
  formula: string;
  result: number | string;
}

export type LayoutValue = string | number | LayoutFormula | null;

export type LayoutRowKind = 'program' | 'kegiatan' | 'subKegiatan' | 'jumlah';

export interface LayoutRow {
  /** 0-based sheet row. */
  r: number;
  kind: LayoutRowKind;
  code: string;
  name: string;
}

export interface SheetLayout {
  name: string;
  /** Every cell from A1 (rows × columns), null where empty. */
  values: LayoutValue[][];
  merges: Box[];
  /** Applied in order; a later format adds to an earlier one on the same cells. */
  formats: { box: Box; format: CellFormat }[];
  /** Column widths in characters. */
  columnWidths: number[];
  freeze: { rows: number; columns: number };
  print: { orientation: 'landscape'; paper: 'A4'; fitToWidth: true; titleRows: { first: number; last: number } };
  /** The table: its box, header rows and data rows (what a check should find). */
  table: Box & { headerRows: number[]; rows: LayoutRow[] };
}

export interface KerangkaOptions {
  jenis: JenisPemda;
  bidang: BidangItem;
  /** The chosen programs (with their kegiatan and sub kegiatan), in the order to write them. */
  programs: ProgramItem[];
  /** The first year of the five (the Renstra 2025-2029: 2025); the baseline is the year before. */
  tahunAwal: number;
  /** Who the plan is of, e.g. "Kecamatan Kartoharjo": written into the title. */
  judul?: string;
  /** The sheet's name; "Kerangka T-C.27" when absent. */
  sheetName?: string;
}

export const DEFAULT_SHEET_NAME = 'Kerangka T-C.27';
/** The first year when none is given: the period of the RPJMD after the 2024 simultaneous regional elections. */
export const DEFAULT_TAHUN_AWAL = 2025;
export const YEARS = 5;

/** Columns of the form, 0-based. */
export const COL = {
  code: 0,
  name: 1,
  indikator: 2,
  satuan: 3,
  baseline: 4,
  /** Year i (0..4): target at target(i), Rp at pagu(i). */
  target: (i: number) => 5 + 2 * i,
  pagu: (i: number) => 6 + 2 * i,
  akhirTarget: 5 + 2 * YEARS,
  akhirPagu: 6 + 2 * YEARS,
  unit: 7 + 2 * YEARS,
  lokasi: 8 + 2 * YEARS,
} as const;
const WIDTH = COL.lokasi + 1;

const RUPIAH = '#,##0';
const HEADER_FILL = '#D9E1F2';
const NUMBER_ROW_FILL = '#EDF1F9';
const PROGRAM_FILL = '#F2F2F2';

function sum(cells: string[]): LayoutFormula {
  return { formula: `SUM(${cells.join(',')})`, result: 0 };
}

/** A year range's cells as one SUM argument when they are adjacent rows, else a list. */
function sumRows(col: number, rows: number[]): LayoutFormula {
  const adjacent = rows.length > 1 && rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  return adjacent ? sum([`${a1(rows[0], col)}:${a1(rows[rows.length - 1], col)}`]) : sum(rows.map((r) => a1(r, col)));
}

export function kerangkaLayout(options: KerangkaOptions): SheetLayout {
  const { tahunAwal, programs, bidang, jenis } = options;
  const years = Array.from({ length: YEARS }, (_, i) => tahunAwal + i);
  const values: LayoutValue[][] = [];
  const row = (r: number): LayoutValue[] => (values[r] ??= Array<LayoutValue>(WIDTH).fill(null));
  const put = (r: number, c: number, v: LayoutValue) => {
    row(r)[c] = v;
  };
  const merges: Box[] = [];
  const formats: { box: Box; format: CellFormat }[] = [];
  const format = (top: number, left: number, bottom: number, right: number, f: CellFormat) => formats.push({ box: { top, left, bottom, right }, format: f });

  // Title rows.
  const judul = options.judul?.replace(/\s+/g, ' ').trim();
  put(0, 0, `Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan${judul ? ` ${judul}` : ''}`);
  put(1, 0, `Periode ${years[0]}-${years[YEARS - 1]}`);
  put(2, 0, `Bidang Urusan ${bidang.code} ${bidang.name} (${JENIS_LABEL[jenis]})`);
  format(0, 0, 0, 0, { bold: true, size: 12 });
  format(1, 0, 2, 0, { bold: true });

  // Header band: three rows, then the column numbers.
  const h = 4;
  const spanning: [number, string][] = [
    [COL.code, 'Kode'],
    [COL.name, 'Program/Kegiatan/Sub Kegiatan'],
    [COL.indikator, 'Indikator Kinerja Program (Outcome)/Kegiatan/Sub Kegiatan (Output)'],
    [COL.satuan, 'Satuan'],
    [COL.baseline, `Data Capaian pada Tahun Awal Perencanaan (${tahunAwal - 1})`],
    [COL.unit, 'Unit Kerja Perangkat Daerah Penanggung Jawab'],
    [COL.lokasi, 'Lokasi'],
  ];
  for (const [c, text] of spanning) {
    put(h, c, text);
    merges.push({ top: h, left: c, bottom: h + 2, right: c });
  }
  put(h, COL.target(0), 'Target Kinerja Program dan Kerangka Pendanaan');
  merges.push({ top: h, left: COL.target(0), bottom: h, right: COL.pagu(YEARS - 1) });
  years.forEach((y, i) => {
    put(h + 1, COL.target(i), `Tahun ${y}`);
    merges.push({ top: h + 1, left: COL.target(i), bottom: h + 1, right: COL.pagu(i) });
    put(h + 2, COL.target(i), 'Target');
    put(h + 2, COL.pagu(i), 'Rp');
  });
  put(h, COL.akhirTarget, 'Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah');
  merges.push({ top: h, left: COL.akhirTarget, bottom: h + 1, right: COL.akhirPagu });
  put(h + 2, COL.akhirTarget, 'Target');
  put(h + 2, COL.akhirPagu, 'Rp');
  for (let c = 0; c < WIDTH; c++) put(h + 3, c, c + 1);
  format(h, 0, h + 2, WIDTH - 1, { bold: true, horizontal: 'center', vertical: 'center', wrap: true, border: true, fill: HEADER_FILL });
  format(h + 3, 0, h + 3, WIDTH - 1, { italic: true, horizontal: 'center', border: true, fill: NUMBER_ROW_FILL });

  // Data rows: program, its kegiatan, each kegiatan's sub kegiatan.
  const first = h + 4;
  let r = first;
  const rows: LayoutRow[] = [];
  const programRows: number[] = [];
  const endOfPeriod = (at: number) => {
    put(at, COL.akhirTarget, { formula: `IF(${a1(at, COL.target(YEARS - 1))}="","",${a1(at, COL.target(YEARS - 1))})`, result: '' });
    put(at, COL.akhirPagu, sum(years.map((_, i) => a1(at, COL.pagu(i)))));
  };
  const entity = (kind: LayoutRowKind, code: string, name: string, indikator = '', satuan = '') => {
    put(r, COL.code, code);
    put(r, COL.name, name);
    if (indikator) put(r, COL.indikator, indikator);
    if (satuan) put(r, COL.satuan, satuan);
    endOfPeriod(r);
    rows.push({ r, kind, code, name });
    return r++;
  };
  for (const p of programs) {
    const pr = entity('program', p.code, p.name);
    programRows.push(pr);
    format(pr, 0, pr, WIDTH - 1, { bold: true, fill: PROGRAM_FILL });
    const kegiatanRows: number[] = [];
    for (const k of p.kegiatan) {
      const kr = entity('kegiatan', k.code, k.name);
      kegiatanRows.push(kr);
      format(kr, 0, kr, WIDTH - 1, { bold: true });
      const subRows = k.subKegiatan.map((s) => entity('subKegiatan', s.code, s.name, s.indikator, s.satuan));
      if (subRows.length) for (let i = 0; i < YEARS; i++) put(kr, COL.pagu(i), sumRows(COL.pagu(i), subRows));
    }
    if (kegiatanRows.length) for (let i = 0; i < YEARS; i++) put(pr, COL.pagu(i), sum(kegiatanRows.map((k) => a1(k, COL.pagu(i)))));
  }

  // The Jumlah row: the programs' Rp, each year and the whole period.
  const total = r;
  put(total, COL.name, 'Jumlah');
  if (programRows.length) for (let i = 0; i < YEARS; i++) put(total, COL.pagu(i), sum(programRows.map((p) => a1(p, COL.pagu(i)))));
  put(total, COL.akhirPagu, sum(years.map((_, i) => a1(total, COL.pagu(i)))));
  rows.push({ r: total, kind: 'jumlah', code: '', name: 'Jumlah' });
  format(total, 0, total, WIDTH - 1, { bold: true, fill: HEADER_FILL });

  // Formats of the body: borders, text columns wrapped, codes kept as text, rupiah.
  format(first, 0, total, WIDTH - 1, { border: true, vertical: 'top' });
  format(first, COL.code, total, COL.code, { numberFormat: '@' });
  format(first, COL.name, total, COL.satuan, { wrap: true });
  format(first, COL.unit, total, COL.lokasi, { wrap: true });
  for (let i = 0; i < YEARS; i++) {
    format(first, COL.pagu(i), total, COL.pagu(i), { numberFormat: RUPIAH });
    format(first, COL.target(i), total, COL.target(i), { horizontal: 'center' });
  }
  format(first, COL.akhirPagu, total, COL.akhirPagu, { numberFormat: RUPIAH });
  format(first, COL.akhirTarget, total, COL.akhirTarget, { horizontal: 'center' });
  format(first, COL.baseline, total, COL.baseline, { horizontal: 'center' });

  const columnWidths = Array.from({ length: WIDTH }, (_, c) => {
    if (c === COL.code) return 20;
    if (c === COL.name) return 48;
    if (c === COL.indikator) return 42;
    if (c === COL.satuan) return 12;
    if (c === COL.baseline) return 13;
    if (c === COL.akhirPagu) return 17;
    if (c === COL.akhirTarget) return 10;
    if (c === COL.unit) return 22;
    if (c === COL.lokasi) return 16;
    return (c - COL.target(0)) % 2 === 0 ? 10 : 16;
  });

  // Every row an array, blank ones too: hosts write the values as one rectangle.
  for (let i = 0; i < values.length; i++) values[i] ??= Array<LayoutValue>(WIDTH).fill(null);

  return {
    name: safeSheetName(options.sheetName ?? DEFAULT_SHEET_NAME, DEFAULT_SHEET_NAME),
    values,
    merges,
    formats,
    columnWidths,
    freeze: { rows: first, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: { first: h, last: h + 3 } },
    table: { top: h, left: 0, bottom: total, right: WIDTH - 1, headerRows: [h, h + 1, h + 2, h + 3], rows },
  };
}
