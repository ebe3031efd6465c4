/** total.pagu-induk: a parent's pagu equals the sum of its children's pagu, every year, every level. */
import { sameAmount } from '../formulas/rounding';
import type { Entity, TableModel } from '../model';
import { jointPagu, LEVEL_LABEL } from '../model';
import type { Finding, TableRule } from './types';
import { a1, blank, displayFormula, entityLabel, finding, inUnit, moneyAt, yearLabel } from './util';
import { refErrorHiddenByIferror } from './value-sel';

/** Empty as Excel shows it: nothing, or `IFERROR(…#REF!…, "")` cached as #REF! by LibreOffice. */
function shownEmpty(v: ReturnType<TableModel['value']> | undefined): boolean {
  return blank(v) || refErrorHiddenByIferror(v?.cell);
}

function formulaNote(model: TableModel, row: number, col: number): string {
  const f = model.value(row, col).cell?.f;
  if (!f) return '';
  const broken = /#REF!/i.test(f) ? ' — rumusnya berisi referensi rusak #REF!' : '';
  return ` (rumus ${displayFormula(f)}${broken})`;
}

export const totalPaguInduk: TableRule = {
  id: 'total.pagu-induk',
  scope: 'table',
  emits: ['total.pagu-induk'],
  description: 'Pagu program = jumlah pagu kegiatannya, pagu kegiatan = jumlah pagu sub kegiatannya, setiap tahun.',
  check(model) {
    const out: Finding[] = [];
    const paguCols = model.cols('pagu');
    if (paguCols.length === 0) return out;
    const parents = model.entities.filter((e) => e.children.length > 0);
    for (const parent of parents) {
      for (const { col, year } of paguCols) {
        // One amount merged over the parent and its children: budgeted jointly, nothing to add up.
        if (jointPagu(model, parent, col)) continue;
        // Fast path on cached numbers; cell objects are looked at only when something is off.
        const ownRowAt = model.entityRow(parent, col);
        let sum = 0;
        let filled = 0;
        let unreadable = false;
        for (const child of parent.children) {
          const r = model.entityRow(child, col);
          if (r < 0) continue;
          const x = model.num(r, col);
          if (Number.isNaN(x)) {
            // A child that cannot be read (error, never calculated, a formula showing nothing).
            if (!shownEmpty(model.value(r, col))) unreadable = true;
            continue;
          }
          filled++;
          sum += x;
        }
        if (unreadable) continue;
        const ownValue = ownRowAt < 0 ? NaN : model.num(ownRowAt, col);
        if (!Number.isNaN(ownValue) && sameAmount(ownValue, sum) && filled > 0) continue;
        const own = ownRowAt < 0 ? undefined : model.value(ownRowAt, col);
        const ownEmpty = shownEmpty(own);
        if (ownEmpty && filled === 0) continue;
        // An unreadable parent cell (error, never calculated, words): other rules say why.
        if (own && !ownEmpty && (own.cell?.err || own.cell?.noValue || !own.reading)) continue;
        const kids = parent.children.map((c) => model.entityValue(c, col)).filter((v) => !shownEmpty(v)) as NonNullable<ReturnType<TableModel['entityValue']>>[];
        const related = kids.map((v) => a1(v.row, v.col));
        const ownRow = own?.row ?? pickPaguRow(model, parent, col);
        const childWord = LEVEL_LABEL[parent.children[0].level];
        if (ownEmpty) {
          // Urusan and bidang rows are headings in most templates: checked only when they carry pagu
          // in some year (then a blank year is a gap in a parent's sum, as for any parent).
          if (sum === 0 || ((parent.level === 'urusan' || parent.level === 'bidang') && !paguCols.some((c) => !shownEmpty(model.entityValue(parent, c.col))))) continue;
          out.push(
            finding(
              model,
              'total.pagu-induk',
              'error',
              ownRow,
              col,
              inUnit(model, col, sum),
              null,
              related,
              `Pagu ${entityLabel(parent)} ${yearLabel(model, year)} kosong${formulaNote(model, ownRow, col)}, padahal pagu ${kids.length} ${childWord} di bawahnya berjumlah ${moneyAt(model, col, sum)} (${related.join(' + ')}). Pagu induk harus sama dengan jumlah pagu anaknya.`,
            ),
          );
          continue;
        }
        const value = own!.reading!.value;
        if (sameAmount(value, sum)) continue;
        const diff = value - sum;
        const detail =
          kids.length === 0
            ? `tetapi tidak ada ${childWord} di bawahnya yang berpagu pada tahun itu`
            : `padahal pagu ${kids.length} ${childWord} di bawahnya berjumlah ${moneyAt(model, col, sum)} (${related.join(' + ')})`;
        out.push(
          finding(
            model,
            'total.pagu-induk',
            'error',
            own!.row,
            col,
            inUnit(model, col, sum),
            inUnit(model, col, value),
            related,
            `Pagu ${entityLabel(parent)} ${yearLabel(model, year)} tertulis ${moneyAt(model, col, value)}${formulaNote(model, own!.row, col)}, ${detail}; selisih ${moneyAt(model, col, Math.abs(diff))} ${diff > 0 ? 'lebih' : 'kurang'}. Pagu induk harus sama dengan jumlah pagu anaknya.`,
          ),
        );
      }
    }
    return out;
  },
};

/** Where a missing parent pagu belongs: the entity row that holds other pagu, else its Rp row or name row. */
function pickPaguRow(model: TableModel, e: Entity, col: number): number {
  for (const { col: c } of model.cols('pagu')) {
    if (c === col) continue;
    const v = model.entityValue(e, c);
    if (v && !blank(v)) return v.row;
  }
  return model.homeRow(e, col);
}
