/**
 * total.baris and total.kolom: in a count table with a Jumlah line (rekap-jumlah, Bab II), each
 * row's Jumlah = Σ its categories, and the Jumlah row = Σ the rows above it, column by column.
 *
 * One wrong cell breaks two sums when it stands in a row and a column that are both checked: a
 * row's Jumlah typed 4 for 0 + 2 also makes its column add up to 2 too many. When a failing row
 * sum and a failing column sum meet in a cell, and one change to that cell fixes both, that cell
 * is reported once — it is the one most likely wrong — with the other total it breaks as related.
 * Sums no such cell explains are reported at their total cell.
 */
import { sameAmount } from '../formulas/rounding';
import { cellAt, cellText } from '../grid';
import type { TableModel } from '../model';
import { evaluateSum, rekapShape, rekapSums, type RekapShape } from '../recognize/rekap';
import type { Finding, TableRule } from './types';
import { a1, finding, num, tidy } from './util';

interface Failed {
  axis: 'baris' | 'kolom';
  total: { row: number; col: number };
  parts: { row: number; col: number }[];
  sum: number;
  shown: number;
  /** Σ parts − total. */
  residual: number;
}

function rowLabel(model: TableModel, shape: RekapShape, r: number): string {
  const name = shape.label !== undefined ? cellText(cellAt(model.sheet, r, shape.label)) : '';
  if (name) return `"${name.length > 60 ? `${name.slice(0, 57)}…` : name}"`;
  return `baris ${r + 1}`;
}

function colLabel(model: TableModel, col: number): string {
  const h = model.table.columns.find((c) => c.col === col)?.header ?? '';
  return h ? h.split(' | ').pop()! : `kolom ${a1(0, col).replace(/\d+$/, '')}`;
}

const plus = (cells: { row: number; col: number }[]): string =>
  cells.length <= 6 ? cells.map((c) => a1(c.row, c.col)).join(' + ') : `${a1(cells[0].row, cells[0].col)} + … + ${a1(cells[cells.length - 1].row, cells[cells.length - 1].col)}`;

const gap = (shown: number, sum: number): string => `${shown > sum ? 'lebih' : 'kurang'} ${num(Math.abs(tidy(shown - sum)))}`;

export const totalRekap: TableRule = {
  id: 'total.baris',
  scope: 'table',
  emits: ['total.baris', 'total.kolom'],
  description: 'Tabel rekapitulasi (Bab II): kolom Jumlah = jumlah rinciannya setiap baris, baris Jumlah = jumlah baris di atasnya setiap kolom.',
  check(model) {
    if (model.table.kind !== 'rekap-jumlah') return [];
    const sheet = model.sheet;
    const shape = rekapShape(sheet, model.table);
    const sums = rekapSums(shape);
    const failed = (axis: Failed['axis'], list: typeof sums.rows): Failed[] =>
      list.flatMap((s) => {
        const e = evaluateSum(sheet, s);
        if (!e || sameAmount(e.shown, e.sum)) return [];
        return [{ axis, ...s, sum: e.sum, shown: e.shown, residual: e.sum - e.shown }];
      });
    const rows = failed('baris', sums.rows);
    const cols = failed('kolom', sums.columns);
    const out: Finding[] = [];
    const usedCols = new Set<Failed>();
    const value = (r: number, c: number) => {
      const v = evaluateSum(sheet, { total: { row: r, col: c }, parts: [] });
      return v ? v.shown : 0;
    };
    const totalName = shape.totalRow !== undefined ? cellText(cellAt(sheet, shape.totalRow, shape.label ?? model.table.left)) || 'Jumlah' : 'Jumlah';
    for (const row of rows) {
      const r = row.total.row;
      // A change x to cell (r, c) moves a sum's residual by +x where the cell is a part, −x where it is the total.
      const match = cols.find((col) => {
        if (usedCols.has(col)) return false;
        const c = col.total.col;
        const inRow = c === row.total.col ? -1 : 1;
        const inCol = r === col.total.row ? -1 : 1;
        return sameAmount(-row.residual / inRow, -col.residual / inCol);
      });
      if (!match) {
        const label = r === shape.totalRow ? `baris ${totalName}` : `baris ${rowLabel(model, shape, r)}`;
        const terms = row.parts.map((p) => num(value(p.row, p.col))).join(' + ');
        out.push(
          finding(model, 'total.baris', 'error', r, row.total.col, tidy(row.sum), row.shown, row.parts.map((p) => a1(p.row, p.col)),
            `Jumlah ${label} tertulis ${num(row.shown)}, padahal ${row.parts.map((p) => colLabel(model, p.col)).join(' + ')} = ${terms} = ${num(tidy(row.sum))} (${plus(row.parts)}); ${gap(row.shown, row.sum)}. Kolom ${colLabel(model, row.total.col)} harus sama dengan jumlah rincian di barisnya.`),
        );
        continue;
      }
      usedCols.add(match);
      const c = match.total.col;
      const current = value(r, c);
      const inRow = c === row.total.col ? -1 : 1;
      const fixed = tidy(current - row.residual / inRow);
      const otherTotal = r === match.total.row ? undefined : match.total;
      const where = a1(r, c);
      const colTotal = a1(match.total.row, match.total.col);
      let message: string;
      let related: string[];
      if (c === row.total.col && r !== shape.totalRow) {
        // The row's own Jumlah is off, and the column of Jumlah adds up wrong by the same amount.
        related = [...row.parts.map((p) => a1(p.row, p.col)), colTotal];
        message =
          `Jumlah baris ${rowLabel(model, shape, r)} tertulis ${num(current)}, padahal ${row.parts.map((p) => colLabel(model, p.col)).join(' + ')} = ${row.parts.map((p) => num(value(p.row, p.col))).join(' + ')} = ${num(fixed)} (${plus(row.parts)}). ` +
          `Angka ${num(current)} ini juga membuat kolom ${colLabel(model, c)} berjumlah ${num(tidy(match.sum))}, padahal baris ${totalName} (${colTotal}) menulis ${num(match.shown)}. ` +
          `Dengan ${num(fixed)} di ${where}, baris ini dan kolom itu sama-sama cocok: sel inilah yang kemungkinan salah.`;
      } else if (r === shape.totalRow) {
        // A cell of the Jumlah row: its column adds up to something else, and so do its row's categories.
        const corner = c === row.total.col;
        related = [...match.parts.map((p) => a1(p.row, p.col)), ...(corner ? row.parts.map((p) => a1(p.row, p.col)) : [a1(row.total.row, row.total.col)])];
        const also = corner
          ? `rincian baris ${totalName} (${plus(row.parts)}) juga berjumlah ${num(tidy(row.sum))}`
          : `jumlah rincian baris ${totalName} juga sama dengan ${a1(row.total.row, row.total.col)} (${num(row.shown)})`;
        message =
          `Baris ${totalName} kolom ${colLabel(model, c)} tertulis ${num(current)}, padahal ${match.parts.length} baris di atasnya berjumlah ${num(fixed)} (${plus(match.parts)}). ` +
          `Dengan ${num(fixed)} di ${where}, ${also}: sel inilah yang kemungkinan salah.`;
      } else {
        // A category cell: its row's Jumlah and its column's Jumlah both say it should be something else.
        related = [a1(row.total.row, row.total.col), ...(otherTotal ? [colTotal] : [])];
        message =
          `${colLabel(model, c)} baris ${rowLabel(model, shape, r)} tertulis ${num(current)}, padahal Jumlah barisnya (${a1(row.total.row, row.total.col)}, ${num(row.shown)}) dan baris ${totalName} kolomnya (${colTotal}, ${num(match.shown)}) sama-sama menunjukkan ${num(fixed)}. ` +
          `Dengan ${num(fixed)} di ${where}, kedua jumlah itu cocok: sel inilah yang kemungkinan salah.`;
      }
      out.push(finding(model, r === shape.totalRow ? 'total.kolom' : 'total.baris', 'error', r, c, fixed, current, related, message));
    }
    for (const col of cols) {
      if (usedCols.has(col)) continue;
      out.push(
        finding(model, 'total.kolom', 'error', col.total.row, col.total.col, tidy(col.sum), col.shown, col.parts.map((p) => a1(p.row, p.col)),
          `Baris ${totalName} kolom ${colLabel(model, col.total.col)} tertulis ${num(col.shown)}, padahal ${col.parts.length} baris di atasnya berjumlah ${num(tidy(col.sum))} (${plus(col.parts)}); ${gap(col.shown, col.sum)}. Baris ${totalName} harus sama dengan jumlah baris yang dijumlahkannya.`),
      );
    }
    return out;
  },
};
