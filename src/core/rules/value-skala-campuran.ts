/**
 * value.skala-campuran: one column written in more than one scale — a cell naming its own scale
 * ("1,5 M", "750 juta") under a header that declares another ("Pagu (Rp. 000)"), or cells of one
 * column written in different scales ("1,5 M" beside "750 juta" beside 1.200.000.000). The checker
 * reads every such cell in rupiah (see the model's `scale`), so its sums stay right; Excel does not,
 * so the planner is told which cell breaks the column's unit and what it should hold.
 */
import type { TableModel } from '../model';
import { readCellNumber, SCALE_WORD } from '../number';
import { headerScale } from '../recognize/vocabulary';
import type { Finding, TableRule } from './types';
import { a1, finding, num } from './util';

interface Written {
  row: number;
  col: number;
  raw: string;
  /** The amount as written, in full (the scale word applied). */
  full: number;
  /** The scale the cell is written in: its own scale word, else the column's. */
  scale: number;
  /** The cell names its own scale ("1,5 M"). */
  own: boolean;
}

const scaleName = (f: number): string => SCALE_WORD[f] ?? `×${num(f)}`;

/** How a scale reads in a sentence: "dalam juta", "sebagai angka penuh". */
const writtenIn = (f: number): string => (f === 1 ? 'sebagai angka penuh' : `dalam ${scaleName(f)}`);

/** Numeric columns whose values could carry a scale: the yearly measures, baseline, end of period. */
function numericColumns(model: TableModel) {
  return model.table.columns.filter(
    (c) => (c.year !== undefined && c.role !== 'rasio' && c.role !== 'growth') || c.role === 'baseline' || c.role === 'akhir-pagu' || c.role === 'akhir-target',
  );
}

export const valueSkalaCampuran: TableRule = {
  id: 'value.skala-campuran',
  scope: 'table',
  emits: ['value.skala-campuran'],
  description:
    'Satu kolom angka yang ditulis dengan skala berbeda: sel dengan kata skala ("1,5 M", "750 juta") di bawah judul yang menyatakan skala lain ("(Rp. 000)", "(Rp juta)"), atau sel-sel satu kolom yang memakai skala berbeda. Pemeriksa membaca semuanya dalam rupiah; Excel tidak.',
  check(model) {
    const out: Finding[] = [];
    const rows = model.rows.filter((r) => r.kind !== 'context').map((r) => r.r);
    for (const c of numericColumns(model)) {
      const columnScale = model.scale(c.col);
      const declared = columnScale !== 1;
      const cells: Written[] = [];
      for (const r of rows) {
        const cell = model.sheet.rows[r]?.[c.col];
        if (!cell || cell.err) continue;
        const reading = readCellNumber(cell, model.numberStyle);
        if (!reading || reading.value === 0) continue; // zero has no scale
        const own = reading.scale !== undefined;
        cells.push({ row: r, col: c.col, raw: reading.raw, full: reading.value, scale: own ? reading.scale! : columnScale, own });
      }
      if (!cells.some((w) => w.own)) continue;
      // The column's unit: what its header declares, else the scale most of its cells are written in.
      let unit = columnScale;
      if (!declared) {
        const count = new Map<number, number>();
        for (const w of cells) count.set(w.scale, (count.get(w.scale) ?? 0) + 1);
        if (count.size < 2) continue;
        unit = [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
      }
      const odd = cells.filter((w) => w.scale !== unit);
      const usual = cells.filter((w) => w.scale === unit);
      const examples = usual.slice(0, 5).map((w) => a1(w.row, w.col));
      const fromTitle = declared && headerScale(c.header) === undefined;
      const money = c.role === 'pagu' || c.role === 'realisasi' || c.role === 'akhir-pagu';
      for (const w of odd) {
        const at = a1(w.row, w.col);
        const inUnit = w.full / unit;
        const reading = `${num(inUnit)}${unit === 1 ? '' : ` ${scaleName(unit)}`}`;
        const why = declared
          ? `sedangkan ${fromTitle ? 'judul tabelnya' : `judul kolomnya ("${c.header}")`} menyatakan nilai kolom ini dalam ${scaleName(unit)} rupiah`
          : `sedangkan ${usual.length} nilai lain di kolom ini ditulis ${writtenIn(unit)}${examples.length ? ` (${examples.join(', ')})` : ''}`;
        out.push(
          finding(model, 'value.skala-campuran', 'warning', w.row, w.col, inUnit, w.raw, examples,
            `${at} ditulis "${w.raw}" (${writtenIn(w.scale)}), ${why}. Pemeriksa membacanya sebagai ${reading} (${money ? `Rp ${num(w.full)}` : `= ${num(w.full)}`}) agar jumlah dan perbandingan tetap benar, tetapi Excel tidak menyamakan skalanya: tulis semua nilai kolom ini ${writtenIn(unit)}, sebagai angka (${at}: ${num(inUnit)}).`),
        );
      }
    }
    return out;
  },
};
