/** total.jumlah: a Jumlah / Total row equals the sum of the programs (or of the rows) above it. */
import { qualified } from '../address';
import { sameAmount } from '../formulas/rounding';
import { totalItems, totalsWithItems, type TableModel } from '../model';
import type { Role } from '../recognize/types';
import type { Finding, TableRule } from './types';
import { a1, blank, finding, inUnit, moneyAt, num, yearLabel } from './util';

const SUMMED: Role[] = ['pagu', 'realisasi'];

export const totalJumlah: TableRule = {
  id: 'total.jumlah',
  scope: 'table',
  emits: ['total.jumlah'],
  description: 'Baris Jumlah/Total = jumlah pagu (anggaran, realisasi) semua program di atasnya (atau di bawahnya, bila baris Jumlah ditulis di atas), setiap tahun.',
  check(model, ctx) {
    const out: Finding[] = [];
    // A table continued on a sheet of its own ("Tabel 4.2 (lanjutan)"): its first Jumlah adds up the
    // part on the sheet before it too, when that part has no Jumlah of its own.
    const before = continuedFrom(model, ctx?.models ?? []);
    let first = true;
    for (const { total, items, below, carriedFrom } of totalsWithItems(model)) {
      const earlier = first && before ? totalItems(before, -1, Number.MAX_SAFE_INTEGER) : [];
      first = false;
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
          // The part on the sheet before is the same table's: its programs count too.
          const priorCol = before ? before.col(role, year) : undefined;
          const prior = before && priorCol !== undefined ? earlier.map((e) => before.entityValue(e, priorCol)).filter((v) => !blank(v) && !!v!.reading) : [];
          const sum = [...prior, ...vals].reduce((s, v) => s + v!.reading!.value, 0);
          const related = [...prior.map((v) => qualified(before!.table.sheet, a1(v!.row, v!.col))), ...vals.map((v) => a1(v!.row, v!.col))];
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
          const count = vals.length + prior.length;
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
              `${total.name || 'Jumlah'} ${what}${label} tertulis ${money(value)}, padahal ${what} ${count} ${kind} ${where}${prior.length ? ` (juga di lembar ${before!.table.sheet})` : ''} berjumlah ${money(sum)} (${related.join(' + ')}); ${diff < 0 ? 'kurang' : 'lebih'} ${money(Math.abs(diff))}. Baris jumlah harus sama dengan jumlah ${kind} yang dijumlahkannya.`,
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

/** The table a "(lanjutan)" table continues: the same kind, the last one on an earlier sheet. */
function continuedFrom(model: TableModel, models: TableModel[]): TableModel | undefined {
  if (!/lanjutan|sambungan/i.test(`${model.table.sheet} ${model.table.title ?? ''}`)) return undefined;
  const i = models.indexOf(model);
  for (let k = i - 1; k >= 0; k--) {
    const m = models[k];
    if (m.table.sheet === model.table.sheet) continue;
    return m.table.kind === model.table.kind && m.totals.length === 0 ? m : undefined;
  }
  return undefined;
}

