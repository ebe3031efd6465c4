/** crosstable.iku-target: IKU targets equal the tujuan-sasaran targets for the same indicator and year. */
import { qualified } from '../address';
import { cellAt, cellText } from '../grid';
import type { TableModel } from '../model';
import { sameAmount } from '../formulas/rounding';
import { similarity } from '../text';
import type { Finding, WorkbookRule } from './types';
import { a1, finding, present, shownText, yearLabel } from './util';

interface IndicatorRow {
  model: TableModel;
  row: number;
  col: number;
  name: string;
}

function indicatorRows(model: TableModel): IndicatorRow[] {
  const col = model.col('indicator') ?? model.col('name');
  if (col === undefined) return [];
  return model.rows
    .filter((r) => r.kind === 'data' || r.kind === 'continuation')
    .map((r) => ({ model, row: r.r, col, name: cellText(cellAt(model.sheet, r.r, col)) }))
    .filter((x) => x.name !== '');
}

const SAME_INDICATOR = 0.75;

export const crosstableIku: WorkbookRule = {
  id: 'crosstable.iku-target',
  scope: 'workbook',
  emits: ['crosstable.iku-target'],
  description: 'Target IKU sama dengan target indikator yang sama di tabel tujuan dan sasaran, setiap tahun.',
  check(ctx) {
    const out: Finding[] = [];
    const ikus = ctx.models.filter((m) => m.table.kind === 'iku');
    const ts = ctx.models.filter((m) => m.table.kind === 'tujuan-sasaran');
    if (ikus.length === 0 || ts.length === 0) return out;
    const candidates = ts.flatMap(indicatorRows);
    for (const iku of ikus) {
      for (const ind of indicatorRows(iku)) {
        let best: IndicatorRow | undefined;
        let bestScore = 0;
        for (const c of candidates) {
          const s = similarity(ind.name, c.name);
          if (s > bestScore) {
            bestScore = s;
            best = c;
          }
        }
        if (!best || bestScore < SAME_INDICATOR) continue;
        for (const { col, year } of iku.cols('target')) {
          if (year === undefined) continue;
          const otherCol = best.model.col('target', year);
          if (otherCol === undefined) continue;
          const a = iku.value(ind.row, col);
          const b = best.model.value(best.row, otherCol);
          if (!present(a) || !present(b)) continue;
          if (sameAmount(a.reading.shown, b.reading.shown) || Math.abs(a.reading.shown - b.reading.shown) < 1e-9) continue;
          const ref = qualified(best.model.table.sheet, a1(b.row, b.col));
          out.push(
            finding(iku, 'crosstable.iku-target', 'error', ind.row, col, b.reading.shown, a.reading.shown, [ref],
              `Target IKU "${ind.name}" ${yearLabel(iku, year)} di ${a1(ind.row, col)} tertulis ${shownText(a)}, sedangkan target indikator yang sama di tabel tujuan dan sasaran (${ref}, "${best.name}") ${shownText(b)}. Target IKU harus sama dengan target sasaran yang diukurnya.`),
          );
        }
      }
    }
    return out;
  },
};
