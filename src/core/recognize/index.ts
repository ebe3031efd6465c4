/**
 * Recognition: "what is this table and which column means what" — nothing else. It does not check
 * numbers.
 */
import { cellAt, cellText, expandMerges, isEmptyCell, onlyFormulas, type SheetGrid, type WorkbookGrid } from '../grid';
import { findBands, isColumnNumberRow, isRepeatOf, mergeStarts, rowShape } from './bands';
import { declaredBand, declaredColumns, type TableDeclaration } from './declared';
import { classify } from './kinds';
import { findRekapTables, headingRow, rekapColumns } from './rekap';
import { splitSideBySide } from './split';
import { findStackedMeasures, stackedColumns } from './stacked';
import { columnRoles, unheadedCodeColumns } from './roles';
import type { Band, ColumnRole, StackedMeasures, Table, TableKind } from './types';

export * from './types';
export { KINDS, kindSpec } from './kinds';
export * from './declared';
export { explainSheet, explainWorkbook, type SheetDiagnostic, type BandDiagnostic } from './explain';
export { ROLE_LABEL } from './labels';

/** A row that ends a table: the next table's title, a source or notes line, a footnote. */
const STOP_ROW = /^(tabel|table)\s+[0-9ivx]+([.,-]\s*\d+)*\b|^(sumber|catatan|keterangan|ket|note)\b[^:]{0,30}:|^\*+\s*\)/i;
/** After a blank row: a signature block (place and date, the official's title, NIP). */
const SIGNATURE =
  /^[A-Za-z][A-Za-z .'-]*,\s*\d{1,2}\s+(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+\d{4}|^(kepala|sekretaris|camat|plt|plh|a\.\s?n|an\.|mengetahui|menyetujui|disahkan|ditetapkan|nip)\b/i;

/** A table's title repeated where it continues on the next page. */
const CONTINUED = /^(tabel|table)\b.*\((lanjutan|sambungan|lanj\.?)\)|^(lanjutan|sambungan)\s+(tabel|table)\b/i;

/** A page number a printed document left in the sheet. */
const PAGE_NUMBER = /^[-–—]\s*\d{1,4}\s*[-–—]$|^(hal(aman)?|page)\.?\s*\d{1,4}(\s*(dari|of|\/)\s*\d{1,4})?$/i;

function textCount(sheet: SheetGrid, r: number, left: number, right: number): number {
  let n = 0;
  for (let c = left; c <= right; c++) {
    const cell = cellAt(sheet, r, c);
    if (!isEmptyCell(cell) && !cell?.mergeCopy) n++;
  }
  return n;
}

/** The first text of a row that starts an entity: a code ("7.01.02", "X.XX.01"), or a level's heading. */
const ENTITY_START = /^\s*((\d{1,2}|x{1,2})(\.(\d{1,4}|x{1,2}))+\b|(program|kegiatan|sub kegiatan|urusan|bidang)\b)/i;

/** A total row's label ("Jumlah", "TOTAL"): the row that closes a table. */
const TOTAL_LABEL = /^\s*(jumlah|total|grand total)\b/i;

/** A row with no number in it: after a table's closing total and a blank row, the document's text ("4.3 Sub kegiatan …"). */
function holdsNoNumber(sheet: SheetGrid, r: number, left: number, right: number): boolean {
  const row = sheet.rows[r] ?? [];
  for (let c = left; c <= right; c++) {
    const cell = row[c];
    if (cell && (typeof cell.v === 'number' || (typeof cell.v === 'string' && /^\s*(rp\.?\s*)?-?\d[\d.,]*\s*%?\s*$/i.test(cell.v)))) return false;
  }
  return true;
}

function rowIsEmpty(sheet: SheetGrid, r: number, left: number, right: number): boolean {
  const row = sheet.rows[r];
  if (!row) return true;
  for (let c = left; c <= right && c < row.length; c++) if (!isEmptyCell(row[c])) return false;
  return true;
}

function firstText(sheet: SheetGrid, r: number, left: number, right: number): string {
  const row = sheet.rows[r];
  if (!row) return '';
  for (let c = left; c <= right && c < row.length; c++) {
    const t = cellText(row[c]);
    if (t) return t;
  }
  return '';
}

function titleAbove(sheet: SheetGrid, band: Band, floor: number): string {
  const parts: string[] = [];
  for (let r = Math.max(floor, band.rows[0] - 4); r < band.rows[0]; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (const cell of row) {
      const t = cellText(cell);
      if (t && typeof cell?.v === 'string') parts.push(t);
    }
  }
  return parts.join(' ');
}

/**
 * Is there a break between two bands that ends a table: two empty rows, or a title ("Tabel 4.6 …")?
 * A header repeated after a page break follows the table's rows without one.
 */
function separated(sheet: SheetGrid, a: Band, b: Band): boolean {
  let empty = 0;
  for (let r = a.rows[a.rows.length - 1] + 1; r < b.rows[0]; r++) {
    if (rowIsEmpty(sheet, r, Math.min(a.left, b.left), Math.max(a.right, b.right))) {
      if (++empty >= 2) return true;
      continue;
    }
    empty = 0;
    const t = firstText(sheet, r, Math.min(a.left, b.left), Math.max(a.right, b.right));
    if (STOP_ROW.test(t) && !CONTINUED.test(t)) return true;
  }
  return false;
}

/**
 * Every Renstra table on a sheet. Sheets with no Renstra table yield none. Tables the planner
 * declared by hand (see declared.ts) take the place of whatever the engine found on their rows.
 */
export function recognizeSheet(input: SheetGrid, declarations: TableDeclaration[] = []): Table[] {
  const sheet = expandMerges(input);
  const own = declarations.filter((d) => d.sheet === input.name);
  const declared = new Map<Band, TableDeclaration>(own.map((d) => [declaredBand(sheet, d.header), d]));
  const taken = [...declared.keys()];
  const bands = findBands(sheet, mergeStarts(sheet))
    .flatMap((b) => splitSideBySide(sheet, b))
    .filter((b) => !taken.some((d) => b.rows.some((r) => d.rows.includes(r)) && b.left <= d.right && b.right >= d.left))
    .concat(taken)
    .sort((a, b) => a.rows[0] - b.rows[0]);
  // Group each band with the repeats that follow it.
  const groups: { first: Band; repeats: Band[] }[] = [];
  for (const band of bands) {
    const current = groups[groups.length - 1];
    const last = current ? (current.repeats[current.repeats.length - 1] ?? current.first) : undefined;
    const below = !!last && band.rows[0] > last.rows[last.rows.length - 1];
    if (current && last && below && !declared.has(band) && !separated(sheet, last, band) && isRepeatOf(sheet, current.first, band)) current.repeats.push(band);
    else groups.push({ first: band, repeats: [] });
  }
  const describe = (band: Band, title: string): { columns: ColumnRole[]; relativeYears: boolean; kind?: TableKind } => {
    const declaration = declared.get(band);
    if (declaration) return { ...declaredColumns(sheet, band, declaration), kind: declaration.kind };
    const read = columnRoles(sheet, band);
    return { ...read, kind: classify(read.columns, title) };
  };
  // A band right under a table's rows (no empty row between) that describes no Renstra table, or
  // whose first row mixes header words with other text, is a data row made of header-like words
  // ("Tujuan", "Outcome", then a kegiatan's name), not a new table.
  const kinds = groups.map((g, gi) => {
    const floor = gi > 0 ? groups[gi - 1].first.rows[groups[gi - 1].first.rows.length - 1] + 1 : 0;
    return describe(g.first, `${titleAbove(sheet, g.first, floor)} ${input.name}`).kind;
  });
  const boundaries = groups.filter((g, gi) => {
    if (gi === 0 || declared.has(g.first)) return true;
    const above = g.first.rows[0] - 1;
    if (above < 0 || rowIsEmpty(sheet, above, g.first.left, g.first.right)) return true;
    return !!kinds[gi] && rowShape(sheet, g.first.rows[0]).pureHeader;
  });
  const tables: Table[] = [];
  let floor = 0;
  boundaries.forEach((group, bi) => {
    const { first, repeats } = group;
    // The next table below this one (a table beside it, on the same rows, does not end it).
    const next = boundaries.slice(bi + 1).find((g) => g.first.rows[0] > first.rows[first.rows.length - 1] && g.first.left <= first.right && g.first.right >= first.left);
    const limit = next ? next.first.rows[0] - 1 : sheet.rowCount - 1;
    const headerRows = new Set<number>([...first.rows, ...repeats.flatMap((b) => b.rows)]);
    const title = `${titleAbove(sheet, first, floor)} ${input.name}`;
    const described = describe(first, title);
    const { relativeYears } = described;
    let kind = described.kind;
    let columns = described.columns;
    const left = first.left;
    const right = first.right;
    const dataRows: number[] = [];
    let emptyRun = 0;
    let closed = false;
    let bottom = first.rows[first.rows.length - 1];
    for (let r = bottom + 1; r <= limit; r++) {
      if (headerRows.has(r)) {
        emptyRun = 0;
        bottom = Math.max(bottom, r);
        continue;
      }
      if (rowIsEmpty(sheet, r, left, right)) {
        // Was the row before this blank one the table's closing total?
        if (emptyRun === 0 && dataRows.length) {
          const prev = dataRows[dataRows.length - 1];
          closed = TOTAL_LABEL.test(firstText(sheet, prev, left, right)) || TOTAL_LABEL.test(firstText(sheet, prev, left + 1, right));
        }
        emptyRun++;
        if (emptyRun >= 2) break;
        continue;
      }
      const lead = firstText(sheet, r, left, right);
      // Right under the closing Jumlah, a row of formulas only (a planner's control sum): not the table's.
      if (emptyRun === 0 && dataRows.length && TOTAL_LABEL.test(firstText(sheet, dataRows[dataRows.length - 1], left, right)) && onlyFormulas(sheet.rows[r], left, right)) break;
      // A page number printed into the sheet ("- 45 -", "Halaman 3 dari 7"), or the table's title
      // repeated on its next page ("Tabel 4.2 … (lanjutan)"): no data, no break.
      if ((PAGE_NUMBER.test(lead) || CONTINUED.test(lead)) && textCount(sheet, r, left, right) === 1) continue;
      // After the closing Jumlah and a blank row, only an entity (a code, a program or urusan heading)
      // continues the table: "Pagu Indikatif di SIPD" and "Selisih" check rows, with numbers, do not.
      if (STOP_ROW.test(lead) || (emptyRun > 0 && (SIGNATURE.test(lead) || (closed && (holdsNoNumber(sheet, r, left, right) || !ENTITY_START.test(lead)))))) break;
      // The column-number row alone at the top of a page (the headings not repeated): not data.
      if (isColumnNumberRow(sheet, r, left, right)) {
        repeats.push({ rows: [r], left, right, numberRow: r });
        emptyRun = 0;
        bottom = r;
        continue;
      }
      emptyRun = 0;
      dataRows.push(r);
      bottom = r;
    }
    floor = bottom + 1;
    let stacked: StackedMeasures | undefined;
    if (!declared.has(first)) {
      columns = unheadedCodeColumns(sheet, columns, dataRows);
      // A "Target" row and a "Pagu (Rp)" row under each entity: the years hold both measures.
      const found = findStackedMeasures(sheet, columns, dataRows);
      const read = found ? stackedColumns(columns, found) : undefined;
      if (found && read && classify(read, title) === 'program-pendanaan') {
        columns = read;
        kind = 'program-pendanaan';
        stacked = found;
      }
    }
    if (!kind) return;
    // A count table marked by hand: its category and Jumlah columns are read from its numbers.
    if (kind === 'rekap-jumlah' && !columns.some((c) => c.role === 'kategori' || c.role === 'jumlah')) {
      columns = rekapColumns(sheet, first.rows.filter((r) => r !== first.numberRow), left, right, dataRows);
    }
    const years = [...new Set(columns.filter((c) => c.year !== undefined).map((c) => c.year as number))].sort((a, b) => a - b);
    tables.push({
      sheet: input.name,
      kind,
      top: first.rows[0],
      left,
      bottom,
      right,
      header: first,
      repeats: repeats.filter((b) => b.rows[0] <= bottom),
      columns,
      years,
      relativeYears,
      dataRows,
      title: title.trim(),
      ...(stacked ? { stacked } : {}),
      ...(declared.has(first) ? { declared: true } : {}),
    });
  });
  // Bab II count tables (status pegawai, golongan, pendidikan …) on the rows no Renstra table holds,
  // nor any header band that speaks of Renstra measures (a Renstra table that was not recognised
  // stays unrecognised).
  const held = [
    ...tables,
    ...bands.filter((b) => !headingRow(sheet, b.rows[0])).map((b) => ({ top: b.rows[0], bottom: b.rows[b.rows.length - 1], left: b.left, right: b.right })),
  ];
  const rekap = findRekapTables(sheet, input.name, held);
  if (rekap.length === 0) return tables;
  return [...tables, ...rekap].sort((a, b) => a.top - b.top);
}

export function recognizeWorkbook(workbook: WorkbookGrid, declarations: TableDeclaration[] = []): Table[] {
  return workbook.sheets.flatMap((s) => recognizeSheet(s, declarations));
}
