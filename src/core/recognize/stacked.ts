/**
 * Two measures stacked in one column: under each program/kegiatan/sub kegiatan a "Target" row and a
 * "Pagu (Rp)" row, told apart by a column of their own ("Uraian", often without a heading), and the
 * years as single columns holding the target on one row and the money on the next. The table then
 * has a target and a pagu for each year as any T-C.27 has; the pagu is read as a column of its own
 * (the real column + `SECOND_MEASURE`), on the rows labelled with money.
 */
import { SECOND_MEASURE } from '../address';
import { cellText, type SheetGrid } from '../grid';
import { normalize } from '../text';
import type { ColumnRole, StackedMeasures } from './types';

/** A label naming the target row: "Target", "Target Kinerja", "K", "Kinerja", "Volume", "Capaian". */
const TARGET_LABEL = /^(target( kinerja)?|tgt|k|t|kinerja|capaian|vol|volume|fisik)$/;
/** A label naming the money row: "Pagu (Rp)", "Rp", "Dana", "Anggaran (Rp 000)", "Pagu Indikatif". */
const MONEY_LABEL = /^(pagu|rp|dana|anggaran|pendanaan|keuangan|biaya)\b/;

type Measure = 'target' | 'pagu';

function measureOf(text: string): Measure | undefined {
  const t = normalize(text.replace(/[().:]/g, ' '));
  if (!t || t.length > 40) return undefined;
  if (TARGET_LABEL.test(t)) return 'target';
  if (MONEY_LABEL.test(t)) return 'pagu';
  return undefined;
}

/**
 * The column labelling each data row's measure and the rows it labels with money, when the table
 * stacks a target row and a pagu row per entity; undefined otherwise. Only tables whose per-year
 * columns are all target or pagu columns can (no realisation, no ratio).
 */
export function findStackedMeasures(sheet: SheetGrid, columns: ColumnRole[], dataRows: number[]): StackedMeasures | undefined {
  const yearly = columns.filter((c) => c.year !== undefined);
  if (yearly.length === 0 || !yearly.every((c) => c.role === 'target' || c.role === 'pagu')) return undefined;
  if (yearly.some((c) => c.role === 'target') && yearly.some((c) => c.role === 'pagu')) return undefined;
  const firstYear = Math.min(...yearly.map((c) => c.col));
  const names = columns.filter((c) => c.role === 'name' || c.role === 'code').map((c) => c.col);
  for (const candidate of columns) {
    if (candidate.col >= firstYear || candidate.role === 'code' || candidate.year !== undefined) continue;
    const labels = candidate.role === 'satuan' ? unitLabels(sheet, candidate.col, dataRows, names) : measureLabels(sheet, candidate.col, dataRows);
    if (!labels) continue;
    const targets = labels.filter((m) => m === 'target').length;
    const money = labels.filter((m) => m === 'pagu').length;
    if (targets < 1 || money < 2) continue;
    // Pairs: a target row next to a money row, at least one per entity.
    let pairs = 0;
    for (let i = 1; i < labels.length; i++) if (labels[i] && labels[i - 1] && labels[i] !== labels[i - 1] && dataRows[i] === dataRows[i - 1] + 1) pairs++;
    if (pairs < Math.min(targets, money)) continue;
    return { col: candidate.col, paguRows: dataRows.filter((_, i) => labels[i] === 'pagu') };
  }
  return undefined;
}

/** A label column ("Uraian"): nearly every filled cell names a measure. */
function measureLabels(sheet: SheetGrid, col: number, dataRows: number[]): (Measure | undefined)[] | undefined {
  const labels: (Measure | undefined)[] = [];
  let named = 0;
  let other = 0;
  for (const r of dataRows) {
    const text = cellText(sheet.rows[r]?.[col]);
    const m = text ? measureOf(text) : undefined;
    if (text && !m) other++;
    if (m) named++;
    labels.push(m);
  }
  return named >= 4 * other ? labels : undefined;
}

/**
 * The satuan column as label: the target row gives its unit ("%", "Dokumen") and the money row below
 * or above says "Rp" with no name or code of its own (merged away or blank). A money indicator typed
 * on its own row ("Pendapatan Asli Daerah | Rp") has a name: it is no stack.
 */
function unitLabels(sheet: SheetGrid, col: number, dataRows: number[], names: number[]): (Measure | undefined)[] | undefined {
  const labels: (Measure | undefined)[] = [];
  for (const r of dataRows) {
    const text = cellText(sheet.rows[r]?.[col]);
    if (!text) labels.push(undefined);
    else if (measureOf(text) === 'pagu') {
      if (names.some((c) => cellText(sheet.rows[r]?.[c]) !== '')) return undefined;
      labels.push('pagu');
    } else labels.push('target');
  }
  return labels;
}

/**
 * The table's columns read with the stacked measures: every year column is the target column and
 * has a pagu column beside it (the same sheet column, on the money rows); one end-of-period column
 * likewise. A label column is no name column; a satuan column stays the satuan.
 */
export function stackedColumns(columns: ColumnRole[], stacked: StackedMeasures): ColumnRole[] {
  const out: ColumnRole[] = [];
  const akhir = columns.filter((c) => c.role === 'akhir-target' || c.role === 'akhir-pagu');
  for (const c of columns) {
    if (c.col === stacked.col && c.role !== 'satuan') {
      out.push({ col: c.col, role: 'other', header: c.header });
    } else if (c.year !== undefined) {
      out.push({ ...c, role: 'target' });
      out.push({ ...c, col: c.col + SECOND_MEASURE, role: 'pagu' });
    } else if (akhir.length === 1 && c === akhir[0]) {
      out.push({ ...c, role: 'akhir-target' });
      out.push({ ...c, col: c.col + SECOND_MEASURE, role: 'akhir-pagu' });
    } else out.push(c);
  }
  return out;
}
