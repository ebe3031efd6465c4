/**
 * Recognition: "what is this table and which column means what" — nothing else. It does not check
 * numbers.
 */
import { cellText, expandMerges, isEmptyCell, type SheetGrid, type WorkbookGrid } from '../grid';
import { findBands, isRepeatOf, rowShape } from './bands';
import { classify } from './kinds';
import { columnRoles } from './roles';
import type { Band, Table } from './types';

export * from './types';
export { KINDS, kindSpec } from './kinds';

const STOP_ROW = /^(tabel|table)\s+[0-9ivx]+([.,-]\s*\d+)*\b|^(sumber|catatan|keterangan)\s*:/i;

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

/** Every Renstra table on a sheet. Sheets with no Renstra table yield none. */
export function recognizeSheet(input: SheetGrid): Table[] {
  const sheet = expandMerges(input);
  const bands = findBands(sheet);
  // Group each band with the repeats that follow it.
  const groups: { first: Band; repeats: Band[] }[] = [];
  for (const band of bands) {
    const current = groups[groups.length - 1];
    if (current && isRepeatOf(sheet, current.first, band)) current.repeats.push(band);
    else groups.push({ first: band, repeats: [] });
  }
  // A band right under a table's rows (no empty row between) that describes no Renstra table, or
  // whose first row mixes header words with other text, is a data row made of header-like words
  // ("Tujuan", "Outcome", then a kegiatan's name), not a new table.
  const kinds = groups.map((g, gi) => {
    const floor = gi > 0 ? groups[gi - 1].first.rows[groups[gi - 1].first.rows.length - 1] + 1 : 0;
    const { columns } = columnRoles(sheet, g.first);
    return classify(columns, `${titleAbove(sheet, g.first, floor)} ${input.name}`);
  });
  const boundaries = groups.filter((g, gi) => {
    if (gi === 0) return true;
    const above = g.first.rows[0] - 1;
    if (above < 0 || rowIsEmpty(sheet, above, g.first.left, g.first.right)) return true;
    return !!kinds[gi] && rowShape(sheet, g.first.rows[0]).pureHeader;
  });
  const tables: Table[] = [];
  let floor = 0;
  boundaries.forEach((group, bi) => {
    const { first, repeats } = group;
    const limit = bi + 1 < boundaries.length ? boundaries[bi + 1].first.rows[0] - 1 : sheet.rowCount - 1;
    const headerRows = new Set<number>([...first.rows, ...repeats.flatMap((b) => b.rows)]);
    const { columns, relativeYears } = columnRoles(sheet, first);
    const title = `${titleAbove(sheet, first, floor)} ${input.name}`;
    const kind = classify(columns, title);
    const left = first.left;
    const right = first.right;
    const dataRows: number[] = [];
    let emptyRun = 0;
    let bottom = first.rows[first.rows.length - 1];
    for (let r = bottom + 1; r <= limit; r++) {
      if (headerRows.has(r)) {
        emptyRun = 0;
        bottom = Math.max(bottom, r);
        continue;
      }
      if (rowIsEmpty(sheet, r, left, right)) {
        emptyRun++;
        if (emptyRun >= 2) break;
        continue;
      }
      if (STOP_ROW.test(firstText(sheet, r, left, right))) break;
      emptyRun = 0;
      dataRows.push(r);
      bottom = r;
    }
    floor = bottom + 1;
    if (!kind) return;
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
    });
  });
  return tables;
}

export function recognizeWorkbook(workbook: WorkbookGrid): Table[] {
  return workbook.sheets.flatMap((s) => recognizeSheet(s));
}
