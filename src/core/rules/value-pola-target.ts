/**
 * value.pola-target: a yearly target that breaks its row's pattern — the sample's 43 among 4s. The
 * other years must agree closely (within half of their median) and the odd one be at least five
 * times larger or smaller. Zeros (not yet started) are left out,
 * and so is a value equal to the row's baseline (the series starting from it).
 */
import type { Finding, TableRule } from './types';
import { a1, finding, num, yearLabel } from './util';

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
    const xs: number[] = [];
    const at: number[] = [];
    for (const row of model.rows) {
      if (row.kind === 'total') continue;
      xs.length = 0;
      at.length = 0;
      let lo = Infinity;
      let hi = -Infinity;
      for (const c of cols) {
        const x = model.shown(row.r, c.col);
        if (Number.isNaN(x) || x === 0) continue;
        xs.push(x);
        at.push(c.col);
        lo = Math.min(lo, Math.abs(x));
        hi = Math.max(hi, Math.abs(x));
      }
      // An outlier needs four points and a spread of at least five times between the extremes.
      if (xs.length < 4 || hi < 5 * lo) continue;
      const baseline = baselineCol === undefined ? NaN : model.shown(row.r, baselineCol);
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        const others = xs.filter((_, j) => j !== i);
        const m = median(others);
        if (m <= 0) continue;
        if (!others.every((o) => Math.abs(o - m) <= 0.5 * m)) continue;
        const ratio = x / m;
        if (ratio < 5 && ratio > 0.2) continue;
        // A first year that carries the baseline on is the start of the series, not a typo.
        if (Math.abs(baseline - x) < 1e-9) continue;
        const col = at[i];
        const year = cols.find((c) => c.col === col)?.year;
        out.push(
          finding(model, 'value.pola-target', 'warning', row.r, col, m, x, at.filter((_, j) => j !== i).map((o) => a1(row.r, o)),
            `Target ${yearLabel(model, year)} di ${a1(row.r, col)} bernilai ${num(x)}, sedangkan target tahun-tahun lain pada baris ini sekitar ${num(m)} (${others.map((o) => num(o)).join(', ')}). Nilai ${ratio >= 5 ? 'ini lebih dari lima kali lipat' : 'ini kurang dari seperlima'} pola barisnya — periksa apakah salah ketik.`),
        );
      }
    }
    return out;
  },
};
