/**
 * value.target-induk: where a parent's target is the sum of its children's targets in most years,
 * a year where it is not (the sample's 18 where the children give 8 + 12) is suspicious.
 */
import type { Entity, TableModel } from '../model';
import type { Finding, TableRule } from './types';
import { a1, finding, num, yearLabel } from './util';

/** The row of an entity's first readable target in a column, or −1. */
function firstTarget(model: TableModel, e: Entity, col: number): number {
  for (const r of e.rows) if (!Number.isNaN(model.shown(r, col))) return r;
  return -1;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

export const valueTargetInduk: TableRule = {
  id: 'value.target-induk',
  scope: 'table',
  emits: ['value.target-induk'],
  description: 'Target induk yang pada tahun-tahun lain sama dengan jumlah target anaknya, tetapi tidak pada satu tahun.',
  check(model) {
    const out: Finding[] = [];
    const cols = model.cols('target').filter((c) => c.year !== undefined);
    if (cols.length < 3) return out;
    for (const parent of model.entities) {
      if (parent.children.length === 0) continue;
      const years = cols.map(({ col, year }) => {
        const own = firstTarget(model, parent, col);
        if (own < 0) return undefined;
        const kids = parent.children.map((c) => firstTarget(model, c, col));
        if (kids.some((k) => k < 0)) return undefined;
        const sum = kids.reduce((s, k) => s + model.shown(k, col), 0);
        const ownShown = model.shown(own, col);
        return { col, year, own, ownShown, kids, sum, same: close(ownShown, sum) };
      });
      const known = years.filter((y): y is NonNullable<typeof y> => !!y);
      const same = known.filter((y) => y.same);
      const differ = known.filter((y) => !y.same);
      if (same.length < 2 || differ.length === 0 || differ.length > same.length) continue;
      for (const y of differ) {
        const related = y.kids.map((k) => a1(k, y.col));
        out.push(
          finding(model, 'value.target-induk', 'warning', y.own, y.col, y.sum, y.ownShown, related,
            `Target ${yearLabel(model, y.year)} di ${a1(y.own, y.col)} bernilai ${num(y.ownShown)}, sedangkan target anak-anaknya berjumlah ${num(y.sum)} (${y.kids.map((k) => num(model.shown(k, y.col))).join(' + ')}; ${related.join(', ')}). Pada ${same.length} tahun lain target induk sama dengan jumlah target anaknya.`),
        );
      }
    }
    return out;
  },
};
