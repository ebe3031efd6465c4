/**
 * value.angka-teks: a number stored as text where the column otherwise holds numbers (Excel's SUM
 * skips it, so a total over it comes out wrong). A table whose numbers are all written as text
 * with units ("81,50 Skor") gets one note instead.
 */
import { SCALE_WORD } from '../number';
import type { Finding, TableRule } from './types';
import { a1, finding, num } from './util';

export const valueAngkaTeks: TableRule = {
  id: 'value.angka-teks',
  scope: 'table',
  emits: ['value.angka-teks'],
  description: 'Angka yang tersimpan sebagai teks di kolom angka (SUM Excel melewatinya); tabel yang seluruh angkanya teks bersatuan mendapat satu catatan.',
  check(model) {
    const out: Finding[] = [];
    const cols = model.table.columns.filter((c) => c.year !== undefined || c.role === 'baseline' || c.role === 'akhir-pagu' || c.role === 'akhir-target');
    const rows = model.rows.filter((r) => r.kind !== 'context').map((r) => r.r);
    const textCells: { row: number; col: number; raw: string; value: number; shown: string; values: number[]; money: boolean; read: string }[] = [];
    let numeric = 0;
    for (const c of cols) {
      for (const r of rows) {
        const raw = model.sheet.rows[r]?.[c.col];
        if (!raw) continue;
        if (typeof raw.v === 'number') {
          numeric++;
          continue;
        }
        if (typeof raw.v !== 'string') continue;
        const v = model.value(r, c.col);
        if (!v.reading) continue;
        if (v.reading.fromText) {
          // Under a scaled header ("(Rp juta)") the text is read in that unit, shown with its rupiah.
          const scale = model.scale(c.col);
          const read = scale !== 1 && v.reading.scale === undefined ? `${num(v.reading.shown)} ${SCALE_WORD[scale] ?? `× ${num(scale)}`} (Rp ${num(v.reading.value)})` : num(v.reading.value);
          textCells.push({ row: r, col: c.col, raw: v.reading.raw, value: v.reading.value, shown: v.reading.percent ? `${num(v.reading.shown)}%` : num(v.reading.shown), values: v.reading.values, money: c.role === 'pagu' || c.role === 'akhir-pagu', read });
        }
        else numeric++;
      }
    }
    if (textCells.length === 0) return out;
    const mostlyText = textCells.length > numeric;
    for (const t of textCells) {
      if (mostlyText && !t.money) continue;
      const at = a1(t.row, t.col);
      const message =
        t.values.length > 1
          ? `${at} berisi ${t.values.length} nilai dalam satu sel teks ("${t.raw}"), mungkin untuk ${t.values.length} indikator; hanya yang pertama (${t.shown}) dapat dibaca sebagai target. Pisahkan ke baris indikatornya masing-masing dan ketik sebagai angka.`
          : t.money
            ? `${at} berisi teks "${t.raw}", bukan angka; dibaca sebagai ${t.read}. Excel melewatkan teks saat menjumlah (SUM), sehingga total yang memakai sel ini menjadi salah. Ketik ulang sebagai angka (tanpa titik di akhir).`
            : `${at} berisi teks "${t.raw}", bukan angka; dibaca sebagai ${t.shown}. Rumus Excel (rasio, jumlah) tidak dapat menghitung dengan teks. Ketik angkanya saja dan tulis satuannya di kolom satuan atau indikator.`;
      out.push(finding(model, 'value.angka-teks', 'warning', t.row, t.col, t.value, t.raw, [], message));
    }
    const notes = textCells.filter((t) => mostlyText && !t.money);
    if (notes.length) {
      const first = notes[0];
      out.push(
        finding(model, 'value.angka-teks', 'info', first.row, first.col, null, first.raw, notes.slice(1, 20).map((t) => a1(t.row, t.col)),
          `${notes.length} nilai di tabel ini ditulis sebagai teks dengan satuan (mis. "${first.raw}" di ${a1(first.row, first.col)}); nilainya tetap dibaca untuk pemeriksaan, tetapi rumus Excel tidak dapat menghitung dengannya.`),
      );
    }
    return out;
  },
};
