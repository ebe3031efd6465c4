/**
 * Why a sheet gave the tables it gave — or none: the header rows the engine saw, what it made of
 * each column, and where it stopped. For `renstra check --jelaskan` and for the one line a report
 * prints about a sheet that holds numbers under header-like rows but yields no table.
 */
import { columnLetters, rangeA1 } from '../address';
import { cellText, expandMerges, isEmptyCell, type SheetGrid, type WorkbookGrid } from '../grid';
import { parseNumberText } from '../number';
import { findBands, mergeStarts, rowShape } from './bands';
import { KINDS, type KindSpec } from './kinds';
import { ROLE_LABEL } from './labels';
import { columnRoles } from './roles';
import { splitSideBySide } from './split';
import type { Band, ColumnRole, Table } from './types';
import { headerWordShare } from './vocabulary';

export interface BandDiagnostic {
  /** 1-based rows of the header band (column-number row included). */
  rows: number[];
  range: string;
  columns: { column: string; header: string; role: string; year?: number }[];
  /** The kind it was recognised as, if any. */
  kind?: string;
  /** Bahasa Indonesia: what the engine made of it, and why it stopped. */
  notes: string[];
}

export interface SheetDiagnostic {
  sheet: string;
  /** Tables recognised on the sheet: "A4:O108 program-pendanaan". */
  tables: string[];
  bands: BandDiagnostic[];
  /** Rows that looked almost like headings but were not taken (Bahasa Indonesia, at most five). */
  nearMisses: string[];
  /** The sheet holds numbers under header-like rows, yet no table was recognised on it. */
  unrecognised: boolean;
  /** One sentence for the report. */
  summary: string;
}

const YEARLY_WORDS = 'target/pagu/realisasi';

function kindName(spec: KindSpec): string {
  return `${spec.label} [${spec.kind}]`;
}

/** What a band lacks for each kind; the nearest kind and its gaps. */
function nearestKind(columns: ColumnRole[]): { spec: KindSpec; missing: string[] } | undefined {
  const roles = new Set(columns.map((c) => c.role));
  const yearly = new Set(columns.filter((c) => c.year !== undefined).map((c) => c.role));
  let best: { spec: KindSpec; missing: string[] } | undefined;
  for (const spec of KINDS) {
    const missing: string[] = [];
    for (const r of spec.yearly) if (!yearly.has(r)) missing.push(`kolom ${ROLE_LABEL[r]} per tahun`);
    for (const alts of spec.needs) if (!alts.some((r) => roles.has(r))) missing.push(`kolom ${alts.map((r) => ROLE_LABEL[r]).join(' atau ')}`);
    for (const r of spec.forbids) if (roles.has(r)) missing.push(`tanpa kolom ${ROLE_LABEL[r]}`);
    for (const r of spec.forbidsYearly ?? []) if (yearly.has(r)) missing.push(`tanpa kolom ${ROLE_LABEL[r]} per tahun`);
    if (spec.yearly.length === 0 && yearly.size > 0) continue;
    if (!best || missing.length < best.missing.length) best = { spec, missing };
  }
  return best;
}

function bandNotes(sheet: SheetGrid, band: Band, columns: ColumnRole[], table: Table | undefined): string[] {
  const notes: string[] = [];
  if (band.numberRow !== undefined) notes.push(`baris ${band.numberRow + 1} adalah nomor kolom`);
  const unknown = columns.filter((c) => c.role === 'other' && c.header);
  for (const c of unknown.slice(0, 6)) notes.push(`kolom ${columnLetters(c.col)} "${c.header}" tidak dikenali sebagai judul kolom Renstra`);
  if (unknown.length > 6) notes.push(`dan ${unknown.length - 6} kolom lain tidak dikenali`);
  const years = [...new Set(columns.filter((c) => c.year !== undefined).map((c) => c.year))];
  if (table) {
    notes.push(`dikenali sebagai ${kindName(KINDS.find((k) => k.kind === table.kind)!)}${table.declared ? ' (ditandai manual)' : ''}, baris data ${table.dataRows.length ? `${table.dataRows[0] + 1}–${table.dataRows[table.dataRows.length - 1] + 1}` : 'tidak ada'}`);
  } else if (years.length === 0) {
    notes.push(`tidak ada kolom tahunan ${YEARLY_WORDS} (tahun 2025 … 2030, "Tahun ke-1 … 5", "Tahun-1", "Tahun I") dan bukan tabel teks yang dikenal (cascading, strategi dan arah kebijakan)`);
    const near = nearestKind(columns);
    if (near && near.missing.length) notes.push(`paling mirip ${kindName(near.spec)}, tetapi perlu ${near.missing.join(', ')}`);
  } else {
    const near = nearestKind(columns);
    if (near) notes.push(`paling mirip ${kindName(near.spec)}, tetapi perlu ${near.missing.join(', ')}`);
  }
  // Where the band stopped: the row right after it.
  const after = band.rows[band.rows.length - 1] + 1;
  if (!table && after < sheet.rowCount) {
    const why = rowReading(sheet, after, band.left, band.right);
    if (why) notes.push(`judul berhenti sebelum baris ${after + 1}: ${why}`);
  }
  return notes;
}

/** How a row reads, in a few words: what makes it data rather than headings. */
function rowReading(sheet: SheetGrid, r: number, left: number, right: number): string {
  const row = sheet.rows[r] ?? [];
  const numbers: string[] = [];
  const texts: string[] = [];
  for (let c = left; c <= right; c++) {
    const cell = row[c];
    if (!cell || cell.mergeCopy || isEmptyCell(cell)) continue;
    if (typeof cell.v === 'number' || (typeof cell.v === 'string' && parseNumberText(cell.v) !== null)) numbers.push(`${columnLetters(c)}${r + 1} ${cellText(cell)}`);
    else texts.push(cellText(cell));
  }
  if (numbers.length) return `berisi angka (${numbers.slice(0, 3).join(', ')}${numbers.length > 3 ? ', …' : ''}), jadi dibaca sebagai data`;
  if (texts.length === 0) return 'baris kosong';
  const long = texts.find((t) => t.length > 40);
  if (long) return `berisi teks panjang "${long.slice(0, 50)}${long.length > 50 ? '…' : ''}", jadi dibaca sebagai data`;
  return '';
}

/** Rows that read almost as headings: at least two texts, some header words, not enough. */
function nearMisses(sheet: SheetGrid, bands: Band[]): string[] {
  const inBand = new Set(bands.flatMap((b) => b.rows));
  const out: string[] = [];
  for (let r = 0; r < sheet.rowCount && out.length < 5; r++) {
    if (inBand.has(r)) continue;
    const row = sheet.rows[r];
    if (!row) continue;
    const texts: { col: number; text: string; header: boolean }[] = [];
    let numbers = 0;
    row.forEach((cell, c) => {
      if (!cell || cell.mergeCopy || isEmptyCell(cell)) return;
      if (typeof cell.v !== 'string' || parseNumberText(cell.v) !== null) {
        numbers++;
        return;
      }
      const text = cellText(cell);
      texts.push({ col: c, text, header: text.length <= 90 && headerWordShare(text) >= 0.6 });
    });
    const header = texts.filter((t) => t.header);
    if (texts.length < 2 || header.length === 0 || numbers > texts.length) continue;
    if (rowShape(sheet, r).headerish) continue;
    const unknown = texts.filter((t) => !t.header).slice(0, 3).map((t) => `${columnLetters(t.col)} "${t.text.slice(0, 40)}"`);
    out.push(`baris ${r + 1}: hanya ${header.length} dari ${texts.length} teks dikenali sebagai judul kolom (tidak dikenali: ${unknown.join(', ')})`);
  }
  return out;
}

function numericCells(sheet: SheetGrid): number {
  let n = 0;
  for (const row of sheet.rows) {
    if (!row) continue;
    for (const cell of row) if (cell && (typeof cell.v === 'number' || (typeof cell.v === 'string' && /\d{2}/.test(cell.v) && parseNumberText(cell.v) !== null))) n++;
    if (n >= 6) return n;
  }
  return n;
}

export function explainSheet(input: SheetGrid, tables: Table[]): SheetDiagnostic {
  const sheet = expandMerges(input);
  const own = tables.filter((t) => t.sheet === input.name);
  const bands = findBands(sheet, mergeStarts(sheet)).flatMap((b) => splitSideBySide(sheet, b));
  for (const t of own) if (t.declared && !bands.some((b) => b.rows[0] === t.header.rows[0])) bands.push(t.header);
  bands.sort((a, b) => a.rows[0] - b.rows[0]);
  const diagnostics: BandDiagnostic[] = bands.map((band) => {
    const table = own.find((t) => t.header.rows[0] === band.rows[0] || t.repeats.some((b) => b.rows[0] === band.rows[0]));
    const columns = table && table.header.rows[0] === band.rows[0] ? table.columns : columnRoles(sheet, band).columns;
    const repeat = table && table.header.rows[0] !== band.rows[0];
    return {
      rows: band.rows.map((r) => r + 1),
      range: rangeA1(band.rows[0], band.left, band.rows[band.rows.length - 1], band.right),
      columns: columns.map((c) => ({ column: columnLetters(c.col), header: c.header, role: c.role, ...(c.year !== undefined ? { year: c.year } : {}) })),
      ...(table && !repeat ? { kind: table.kind } : {}),
      notes: repeat ? [`judul tabel ${rangeA1(table.top, table.left, table.bottom, table.right)} yang diulang (pindah halaman)`] : bandNotes(sheet, band, columns, table),
    };
  });
  const misses = nearMisses(sheet, bands);
  const unrecognised = own.length === 0 && (bands.length > 0 || misses.length > 0) && numericCells(input) >= 6;
  let summary: string;
  if (own.length) summary = `${own.length} tabel dikenali: ${own.map((t) => `${rangeA1(t.top, t.left, t.bottom, t.right)} ${KINDS.find((k) => k.kind === t.kind)?.label ?? t.kind}`).join('; ')}`;
  else if (bands.length) summary = `ada baris judul (${diagnostics.map((d) => `baris ${d.rows.join(', ')}`).join('; ')}) tetapi bukan tabel Renstra: ${diagnostics[0].notes.join('; ')}`;
  else if (misses.length) summary = `tidak ada baris judul kolom yang dikenali; ${misses[0]}`;
  else summary = 'tidak ada baris judul kolom';
  return { sheet: input.name, tables: own.map((t) => `${rangeA1(t.top, t.left, t.bottom, t.right)} ${t.kind}`), bands: diagnostics, nearMisses: misses, unrecognised, summary };
}

export function explainWorkbook(workbook: WorkbookGrid, tables: Table[]): SheetDiagnostic[] {
  return workbook.sheets.map((s) => explainSheet(s, tables));
}
