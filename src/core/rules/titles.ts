/** The name a planner reads for each finding's rule (the rule id stays in JSON and tooltips). */
export const RULE_TITLE: Record<string, string> = {
  'total.pagu-induk': 'Pagu induk tidak sama dengan jumlah anaknya',
  'total.jumlah': 'Jumlah tidak sesuai',
  'total.akhir-periode-pagu': 'Rp akhir periode bukan jumlah lima tahun',
  'total.akhir-periode-target': 'Target akhir periode bukan target tahun terakhir',
  'total.baris': 'Jumlah baris tidak sama dengan rinciannya',
  'total.kolom': 'Baris Jumlah tidak sama dengan jumlah kolomnya',
  'ratio.capaian': 'Rasio capaian salah hitung',
  'ratio.anggaran': 'Rasio realisasi anggaran salah hitung',
  'ratio.tanpa-input': 'Rasio tanpa angka yang dibaginya',
  'ratio.kosong': 'Rasio belum diisi',
  'growth.rata-rata': 'Rata-rata pertumbuhan tidak cocok',
  'growth.tanpa-input': 'Pertumbuhan tanpa angka tahunan',
  'growth.tidak-terdefinisi': 'Pertumbuhan dari nilai awal 0 atau negatif',
  'cascade.sub-tanpa-kegiatan': 'Sub kegiatan tanpa kegiatan',
  'cascade.kegiatan-tanpa-program': 'Kegiatan tanpa program',
  'cascade.kode-induk': 'Kode tidak diawali kode induknya',
  'crosstable.iku-target': 'Target IKU berbeda dengan tabel tujuan dan sasaran',
  'crosstable.tidak-di-cascading': 'Tidak ada di tabel cascading',
  'crosstable.tidak-di-pendanaan': 'Tidak ada di tabel pendanaan',
  'value.galat': 'Sel berisi galat',
  'value.rumus-rusak': 'Rumus merujuk sel yang terhapus (#REF!)',
  'value.rumus-tanpa-nilai': 'Rumus belum pernah dihitung',
  'value.angka-teks': 'Angka tersimpan sebagai teks',
  'value.skala-campuran': 'Satu kolom memakai skala berbeda',
  'value.pagu-negatif': 'Pagu negatif',
  'value.pagu-tanpa-target': 'Pagu tanpa target',
  'value.target-tanpa-pagu': 'Target tanpa pagu',
  'value.tanpa-isi': 'Sub kegiatan tanpa target dan pagu',
  'value.target-induk': 'Target induk tidak sama dengan jumlah anaknya',
  'value.pola-target': 'Target menyimpang dari polanya',
  'nomenclature.nama': 'Nama berbeda dengan nomenklatur',
  'nomenclature.kode': 'Kode tidak ada di nomenklatur',
};

export function ruleTitle(rule: string): string {
  return RULE_TITLE[rule] ?? rule;
}
