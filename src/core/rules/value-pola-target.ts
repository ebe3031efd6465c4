/**
 * value.pola-target: a yearly target that breaks its row's pattern — the sample's 43 among 4s. The
 * other years must agree closely (within half of their median) and the odd one be at least five
 * times larger or smaller. Zeros (not yet started) are left out,
 * and so is a value equal to the row's baseline (the series starting from it).
 */
import type { Finding, TableRule } from './types';
import { a1, finding, num, present, yearLabel } from './util';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const valuePolaTarget: TableRule = {
  id: 'value.pola-target',
  scope: 'table',
  emits: ['value.pola-target'],
  description: 'Target tahunan yang menyimpang dari pola barisnya (mis. 43 di antara 4), tanda salah ketik.',
  check(model) {
    const out: Finding[] = [];
    const cols = model.cols('target').filter((c) => c.year !== undefined);
    if (cols.length < 4) return out;
    const baselineCol = model.col('baseline');
    for (const row of model.rows) {
      if (row.kind === 'total') continue;
      const baseline = baselineCol === undefined ? undefined : model.value(row.r, baselineCol).reading?.shown;
      const points = cols
        .map((c) => ({ c, v: model.value(row.r, c.col) }))
        .filter((p) => present(p.v) && p.v.reading!.shown !== 0)
        .map((p) => ({ ...p, x: p.v.reading!.shown }));
      if (points.length < 4) continue;
      for (const p of points) {
        const others = points.filter((o) => o !== p).map((o) => o.x);
        const m = median(others);
        if (m <= 0) continue;
        if (!others.every((x) => Math.abs(x - m) <= 0.5 * m)) continue;
        const ratio = p.x / m;
        if (ratio < 5 && ratio > 0.2) continue;
        // A first year that carries the baseline on is the start of the series, not a typo.
        if (baseline !== undefined && Math.abs(baseline - p.x) < 1e-9) continue;
        out.push(
          finding(model, 'value.pola-target', 'warning', row.r, p.c.col, m, p.x, points.filter((o) => o !== p).map((o) => a1(o.v.row, o.v.col)),
            `Target ${yearLabel(model, p.c.year)} di ${a1(row.r, p.c.col)} bernilai ${num(p.x)}, sedangkan target tahun-tahun lain pada baris ini sekitar ${num(m)} (${others.map((x) => num(x)).join(', ')}). Nilai ${ratio >= 5 ? 'ini lebih dari lima kali lipat' : 'ini kurang dari seperlima'} pola barisnya — periksa apakah salah ketik.`),
        );
      }
    }
    return out;
  },
};
