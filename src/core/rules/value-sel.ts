/**
 * value.galat: an error value (#REF!, #DIV/0!, …) in a number cell. value.rumus-rusak: a formula
 * that refers to #REF! (hidden by IFERROR, it shows nothing). value.rumus-tanpa-nilai: a formula
 * whose value was never calculated and saved.
 */
import type { CellData } from '../grid';
import type { Finding, TableRule } from './types';
import { a1, displayFormula, finding, normalizeFormula } from './util';

/**
 * A cached #REF! that Excel does not show: the formula is `IFERROR(…, "")` around a reference to
 * #REF!, which Excel shows as empty. LibreOffice caches #REF! there when it cannot apply the IFERROR
 * (it does not know the spelling `_xlfn.IFERROR` some files use), so the same formula is read the
 * same way whichever program saved it last.
 */
export function refErrorHiddenByIferror(cell: CellData | undefined): boolean {
  if (!cell?.f || cell.err !== '#REF!' || !/#REF!/i.test(cell.f)) return false;
  const f = normalizeFormula(cell.f).trim();
  if (!/^IFERROR\(/i.test(f) || !/,\s*""\s*\)$/.test(f)) return false;
  // The IFERROR's own closing parenthesis must be the last character (not `IFERROR(…)+IF(…,"")`).
  let depth = 0;
  for (let i = 'IFERROR'.length; i < f.length; i++) {
    const ch = f[i];
    if (ch === '"' || ch === "'") {
      const end = f.indexOf(ch, i + 1);
      if (end < 0) return false;
      i = end; // a doubled quote ("") reopens on the next pass
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i === f.length - 1;
  }
  return false;
}

const CAUSE: Record<string, string> = {
  '#REF!': 'rumusnya merujuk sel yang sudah dihapus',
  '#DIV/0!': 'pembagian dengan nol atau sel kosong',
  '#VALUE!': 'rumus menghitung dengan teks',
  '#N/A': 'nilai yang dicari tidak ada',
  '#NAME?': 'nama fungsi atau rentang tidak dikenal',
  '#NUM!': 'hasil hitungan tidak valid',
  '#NULL!': 'rentang tidak beririsan',
};

export const valueSel: TableRule = {
  id: 'value.sel',
  scope: 'table',
  emits: ['value.galat', 'value.rumus-rusak', 'value.rumus-tanpa-nilai'],
  description:
    'Nilai galat (#REF!, #DIV/0!, …) di sel angka (value.galat), rumus yang merujuk #REF! (value.rumus-rusak), rumus yang nilainya belum pernah dihitung (value.rumus-tanpa-nilai).',
  check(model) {
    const out: Finding[] = [];
    const cols = model.table.columns.filter((c) => c.year !== undefined || c.role === 'baseline' || c.role === 'growth' || c.role.startsWith('akhir'));
    for (const row of model.rows) {
      const cells = model.sheet.rows[row.r];
      if (!cells) continue;
      for (const c of cols) {
        const cell = cells[c.col];
        if (!cell || !(cell.err || cell.f || cell.noValue)) continue;
        const at = a1(row.r, c.col);
        const formula = cell.f ? ` (rumus ${displayFormula(cell.f)})` : '';
        if (cell.err && !refErrorHiddenByIferror(cell)) {
          out.push(
            finding(model, 'value.galat', 'error', row.r, c.col, 'angka', cell.err, [],
              `${at} menampilkan galat ${cell.err}${formula}: ${CAUSE[cell.err] ?? 'rumus gagal dihitung'}. Nilai ini tidak dapat diperiksa dan ikut merusak jumlah yang memakainya.`),
          );
        } else if (cell.f && /#REF!/i.test(cell.f)) {
          out.push(
            finding(model, 'value.rumus-rusak', 'error', row.r, c.col, 'rumus tanpa #REF!', displayFormula(cell.f), [],
              `Rumus di ${at} (${displayFormula(cell.f)}) merujuk #REF!, sel yang sudah dihapus${/IFERROR/i.test(cell.f) ? '; IFERROR menyembunyikan galatnya sehingga sel tampak kosong' : ''}. Perbaiki rujukannya.`),
          );
        } else if (cell.noValue) {
          out.push(
            finding(model, 'value.rumus-tanpa-nilai', 'warning', row.r, c.col, 'nilai tersimpan', displayFormula(cell.f ?? ''), [],
              `${at} berisi rumus ${displayFormula(cell.f ?? '')} yang nilainya belum pernah dihitung dan disimpan (berkas dibuat oleh program lain). Buka dan simpan ulang di Excel agar nilainya ikut diperiksa.`),
          );
        }
      }
    }
    return out;
  },
};
