/**
 * value.pagu-negatif: a negative pagu. value.pagu-tanpa-target / value.target-tanpa-pagu: a sub
 * kegiatan (or a kegiatan without sub kegiatan) funded in a year without a target, or with a
 * target but no pagu; value.tanpa-isi: one with neither in any year.
 */
import type { Entity, TableModel } from '../model';
import type { Finding, TableRule } from './types';
import { a1, blank, entityLabel, finding, inUnit, moneyAt, yearLabel } from './util';

function anyTarget(model: TableModel, e: Entity, col: number): { row: number; col: number } | undefined {
  for (const r of e.rows) {
    const x = model.num(r, col);
    if (!Number.isNaN(x) && x !== 0) return { row: r, col };
  }
  return undefined;
}

export const valuePagu: TableRule = {
  id: 'value.pagu',
  scope: 'table',
  emits: ['value.pagu-negatif', 'value.pagu-tanpa-target', 'value.target-tanpa-pagu', 'value.tanpa-isi'],
  description:
    'Pagu negatif (value.pagu-negatif); pagu tanpa target (value.pagu-tanpa-target) atau target tanpa pagu (value.target-tanpa-pagu) pada sub kegiatan; sub kegiatan tanpa target maupun pagu (value.tanpa-isi).',
  check(model) {
    const out: Finding[] = [];
    const paguCols = model.cols('pagu');
    for (const { col, year } of paguCols) {
      for (const row of model.rows) {
        const x = model.num(row.r, col);
        if (x < 0) {
          out.push(
            finding(model, 'value.pagu-negatif', 'error', row.r, col, '≥ 0', inUnit(model, col, x), [],
              `Pagu ${yearLabel(model, year)} di ${a1(row.r, col)} bernilai negatif (${moneyAt(model, col, x)}). Pagu indikatif tidak mungkin negatif.`),
          );
        }
      }
    }
    if (model.table.kind !== 'program-pendanaan') return out;
    const pairs = paguCols
      .filter((p) => p.year !== undefined)
      .map((p) => ({ year: p.year!, pagu: p.col, target: model.col('target', p.year) }))
      .filter((p): p is { year: number; pagu: number; target: number } => p.target !== undefined);
    if (pairs.length === 0) return out;
    for (const e of model.entities) {
      if (e.children.length > 0 || (e.level !== 'subKegiatan' && e.level !== 'kegiatan')) continue;
      const paguNoTarget: { year: number; at: string; cell: { row: number; col: number } }[] = [];
      const targetNoPagu: { year: number; at: string; cell: { row: number; col: number } }[] = [];
      let anything = false;
      for (const p of pairs) {
        const pr = model.entityRow(e, p.pagu);
        const x = pr < 0 ? NaN : model.num(pr, p.pagu);
        const hasPagu = !Number.isNaN(x) && x !== 0;
        const t = anyTarget(model, e, p.target);
        // A pagu cell that holds something other than a number (an error, a formula showing nothing).
        const shownBlank = pr < 0 || (!hasPagu && blank(model.value(pr, p.pagu)));
        if (hasPagu || t || !shownBlank) anything = true;
        if (hasPagu && !t) paguNoTarget.push({ year: p.year, at: a1(pr, p.pagu), cell: { row: model.homeRow(e, p.target), col: p.target } });
        if (t && !hasPagu && shownBlank) targetNoPagu.push({ year: p.year, at: a1(t.row, t.col), cell: { row: t.row, col: p.pagu } });
      }
      const years = (xs: { year: number }[]) => xs.map((x) => yearLabel(model, x.year)).join(', ');
      if (paguNoTarget.length) {
        const first = paguNoTarget[0];
        out.push(
          finding(model, 'value.pagu-tanpa-target', 'warning', first.cell.row, first.cell.col, 'target', null, paguNoTarget.map((x) => x.at),
            `${entityLabel(e)} punya pagu tetapi tidak punya target pada ${years(paguNoTarget)} (pagu di ${paguNoTarget.map((x) => x.at).join(', ')}). Setiap pagu harus disertai target kinerja yang dibiayainya.`),
        );
      }
      if (targetNoPagu.length) {
        const first = targetNoPagu[0];
        out.push(
          finding(model, 'value.target-tanpa-pagu', 'warning', first.cell.row, first.cell.col, 'pagu', null, targetNoPagu.map((x) => x.at),
            `${entityLabel(e)} punya target tetapi tidak punya pagu pada ${years(targetNoPagu)} (target di ${targetNoPagu.map((x) => x.at).join(', ')}). Target sub kegiatan perlu pagu untuk dicapai.`),
        );
      }
      if (!anything) {
        out.push(
          finding(model, 'value.tanpa-isi', 'warning', e.nameRow, e.nameCol, 'target dan pagu', null, [],
            `${entityLabel(e)} di ${a1(e.nameRow, e.nameCol)} tidak punya target maupun pagu pada tahun mana pun. Lengkapi atau hapus barisnya.`),
        );
      }
    }
    return out;
  },
};
