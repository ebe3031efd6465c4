/** total.jumlah: a Jumlah / Total row equals the sum of the programs (or of the rows) above it. */
import { sameAmount } from '../formulas/rounding';
import { totalsWithItems, type TableModel } from '../model';
import type { Role } from '../recognize/types';
import type { Finding, TableRule } from './types';
import { a1, blank, finding, inUnit, moneyAt, num, yearLabel } from './util';

const SUMMED: Role[] = ['pagu', 'realisasi'];

export const totalJumlah: TableRule = {
  id: 'total.jumlah',
  scope: 'table',
  emits: ['total.jumlah'],
  description: 'Baris Jumlah/Total = jumlah pagu (anggaran, realisasi) semua program di atasnya (atau di bawahnya, bila baris Jumlah ditulis di atas), setiap tahun.',
  check(model) {
    const out: Finding[] = [];
    for (const { total, items, below, carriedFrom } of totalsWithItems(model)) {
      if (carriedFrom) {
        out.push(...carriedMismatches(model, total.r, carriedFrom.r, total.name || 'Pindahan', carriedFrom.name || 'jumlah yang dipindahkan'));
        continue;
      }
      if (items.length === 0) continue;
      const where = below ? 'di bawahnya' : 'di atasnya';
      const isMoneyTable = model.cols('pagu').length > 0;
      for (const role of SUMMED) {
        for (const { col, year } of model.cols(role)) {
          const shown = model.value(total.r, col);
          const vals = items.map((e) => model.entityValue(e, col)).filter((v) => !blank(v));
          if (vals.some((v) => !v!.reading || v!.cell?.err)) continue;
          const sum = vals.reduce((s, v) => s + v!.reading!.value, 0);
          const related = vals.map((v) => a1(v!.row, v!.col));
          const what = role === 'pagu' ? (model.table.kind === 'anggaran-realisasi' ? 'anggaran' : 'pagu') : 'realisasi';
          const money = (n: number) => (isMoneyTable ? moneyAt(model, col, n) : num(n));
          const unit = (n: number) => (isMoneyTable ? inUnit(model, col, n) : n);
          const label = model.table.relativeYears || year !== undefined ? ` ${yearLabel(model, year)}` : '';
          if (blank(shown)) {
            if (sum !== 0) {
              out.push(
                finding(model, 'total.jumlah', 'info', total.r, col, unit(sum), null, related,
                  `Baris ${total.name || 'Jumlah'} kolom ${what}${label} kosong; jumlah ${vals.length} baris ${where} ${money(sum)}.`),
              );
            }
            continue;
          }
          if (!shown.reading || shown.cell?.err) continue;
          const value = shown.reading.value;
          if (sameAmount(value, sum)) continue;
          const diff = value - sum;
          const kind = items[0].level === 'program' ? 'program' : 'baris';
          out.push(
            finding(
              model,
              'total.jumlah',
              'error',
              total.r,
              col,
              unit(sum),
              unit(value),
              related,
              `${total.name || 'Jumlah'} ${what}${label} tertulis ${money(value)}, padahal ${what} ${vals.length} ${kind} ${where} berjumlah ${money(sum)} (${related.join(' + ')}); ${diff < 0 ? 'kurang' : 'lebih'} ${money(Math.abs(diff))}. Baris jumlah harus sama dengan jumlah ${kind} yang dijumlahkannya.`,
            ),
          );
        }
      }
    }
    return out;
  },
};

/** "Pindahan" at the top of a page repeats what the last page carried: each money column, as written. */
function carriedMismatches(model: TableModel, row: number, from: number, label: string, fromLabel: string): Finding[] {
  const out: Finding[] = [];
  for (const role of SUMMED) {
    for (const { col, year } of model.cols(role)) {
      const here = model.value(row, col);
      const there = model.value(from, col);
      if (blank(here) || !here.reading || !there.reading) continue;
      if (sameAmount(here.reading.value, there.reading.value)) continue;
      const label2 = model.table.relativeYears || year !== undefined ? ` ${yearLabel(model, year)}` : '';
      out.push(
        finding(model, 'total.jumlah', 'error', row, col, inUnit(model, col, there.reading.value), inUnit(model, col, here.reading.value), [a1(from, col)],
          `${label}${label2} tertulis ${moneyAt(model, col, here.reading.value)}, padahal ${fromLabel} di ${a1(from, col)} ${moneyAt(model, col, there.reading.value)}. Jumlah pindahan harus sama dengan jumlah yang dipindahkan dari halaman sebelumnya.`),
      );
    }
  }
  return out;
}
