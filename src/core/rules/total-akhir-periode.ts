/**
 * total.akhir-periode-*: T-C.27's "Kondisi Kinerja pada akhir periode Renstra" — its Rp is the sum
 * of the years' Rp, its target the last year's target.
 */
import { totalAkhirPeriode as sumAkhirPeriode } from '../formulas/growth';
import { sameAmount, shownMatches } from '../formulas/rounding';
import { endOfPeriodColumns } from '../model';
import type { Finding, TableRule } from './types';
import { a1, blank, finding, inUnit, moneyAt, num, present, shownText, yearLabel } from './util';

export const totalAkhirPeriode: TableRule = {
  id: 'total.akhir-periode',
  scope: 'table',
  emits: ['total.akhir-periode-pagu', 'total.akhir-periode-target'],
  description: 'Kolom kondisi akhir periode: Rp = jumlah pagu semua tahun (total.akhir-periode-pagu), target = target tahun terakhir (total.akhir-periode-target).',
  check(model) {
    const out: Finding[] = [];
    const { akhirPagu, akhirTarget, paguCols, targetCols } = endOfPeriodColumns(model);
    // A blank end-of-period Rp is a gap only where the column is filled on other rows (a table that
    // leaves the whole column empty has simply not filled it in yet).
    const akhirUsed = akhirPagu !== undefined && model.rows.some((r) => r.kind !== 'context' && r.kind !== 'helper' && !blank(model.value(r.r, akhirPagu)));
    for (const row of model.rows) {
      if (row.kind === 'context' || row.kind === 'helper') continue;
      if (akhirPagu !== undefined) {
        const shown = model.value(row.r, akhirPagu);
        const vals = paguCols.map((c) => model.value(row.r, c.col)).filter((v) => !blank(v));
        if (akhirUsed && blank(shown) && vals.length > 0 && vals.every((v) => present(v) && v.reading.value >= 0) && vals.some((v) => v.reading!.value > 0)) {
          const sum = sumAkhirPeriode(vals.map((v) => v.reading!.value));
          const related = vals.map((v) => a1(v.row, v.col));
          out.push(
            finding(model, 'total.akhir-periode-pagu', 'error', row.r, akhirPagu, inUnit(model, akhirPagu, sum), null, related,
              `Pagu akhir periode di ${a1(row.r, akhirPagu)} kosong, padahal pagu tahunan pada baris ini berjumlah ${moneyAt(model, akhirPagu, sum)} (${related.join(' + ')}). Kondisi akhir periode (Rp) adalah total pagu lima tahun.`),
          );
        }
        if (present(shown) && vals.length > 0 && vals.every((v) => present(v))) {
          const amounts = vals.map((v) => v.reading!.value);
          // Negative pagu are value.pagu-negatif's to report; the end-of-period sum is then unknowable.
          const sum = amounts.some((a) => a < 0) ? undefined : sumAkhirPeriode(amounts);
          if (sum !== undefined && !sameAmount(sum, shown.reading.value)) {
            const related = vals.map((v) => a1(v.row, v.col));
            out.push(
              finding(model, 'total.akhir-periode-pagu', 'error', row.r, akhirPagu, inUnit(model, akhirPagu, sum), inUnit(model, akhirPagu, shown.reading.value), related,
                `Pagu akhir periode di ${a1(row.r, akhirPagu)} tertulis ${moneyAt(model, akhirPagu, shown.reading.value)}, padahal jumlah pagu semua tahun pada baris ini ${moneyAt(model, akhirPagu, sum)} (${related.join(' + ')}). Kondisi akhir periode (Rp) adalah total pagu lima tahun.`),
            );
          }
        }
      }
      if (akhirTarget !== undefined && targetCols.length > 0) {
        const shown = model.value(row.r, akhirTarget);
        const lastCol = targetCols[targetCols.length - 1];
        const last = model.value(row.r, lastCol.col);
        // A copy, not a computation: compared as precisely as either cell shows (10 is not the 9,5 of 2030).
        const decimals = Math.max(shown.reading?.decimals ?? 0, last.reading?.decimals ?? 0);
        if (present(shown) && present(last) && !shownMatches(shown.reading.shown, last.reading.shown, decimals)) {
          out.push(
            finding(model, 'total.akhir-periode-target', 'error', row.r, akhirTarget, last.reading.shown, shown.reading.shown, [a1(last.row, last.col)],
              `Target akhir periode di ${a1(row.r, akhirTarget)} tertulis ${shownText(shown)}, padahal target ${yearLabel(model, lastCol.year)} (${a1(last.row, last.col)}) ${num(last.reading.shown)}. Target kondisi akhir periode adalah target tahun terakhir.`),
          );
        }
      }
    }
    return out;
  },
};
