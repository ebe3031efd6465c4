/** Every rule the checker runs, in the order findings are listed. */
import { cascadeHierarki } from './cascade-hierarki';
import { crosstableCascading } from './crosstable-cascading';
import { crosstableIku } from './crosstable-iku';
import { growthRataRata } from './growth-rata-rata';
import { nomenclatureNama } from './nomenclature-nama';
import { ratioAnggaran } from './ratio-anggaran';
import { ratioCapaian } from './ratio-capaian';
import { totalAkhirPeriode } from './total-akhir-periode';
import { totalJumlah } from './total-jumlah';
import { totalPaguInduk } from './total-pagu-induk';
import { totalRekap } from './total-rekap';
import type { Rule } from './types';
import { valueAngkaTeks } from './value-angka-teks';
import { valuePagu } from './value-pagu';
import { valuePolaTarget } from './value-pola-target';
import { valueSel } from './value-sel';
import { valueSkalaCampuran } from './value-skala-campuran';
import { valueTargetInduk } from './value-target-induk';

export const RULES: Rule[] = [
  totalPaguInduk,
  totalJumlah,
  totalAkhirPeriode,
  totalRekap,
  ratioCapaian,
  ratioAnggaran,
  growthRataRata,
  cascadeHierarki,
  crosstableIku,
  crosstableCascading,
  valueSel,
  valueAngkaTeks,
  valueSkalaCampuran,
  valuePagu,
  valueTargetInduk,
  valuePolaTarget,
  nomenclatureNama,
];
