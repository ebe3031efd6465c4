/**
 * A table the engine does not recognise by itself — headings no Renstra form uses ("Alokasi" is no
 * measure word it knows, "TA 2026" under it) — with a planted error: the program's 2027 pagu (D5,
 * 300) is not the sum of its kegiatan's (D6, 250). The "Tandai tabel" and --tabel tests mark it by
 * hand: header A3:E4, kind anggaran-realisasi, C:E pagu 2026–2028.
 */
import { sheetFromValues, type SheetGrid } from '../../src/core/grid';

const _ = null;

export const UNRECOGNISED_SHEET = 'Lampiran 3';

export function unrecognisedSheet(): SheetGrid {
  return sheetFromValues(UNRECOGNISED_SHEET, [
    ['Rincian belanja per program'],
    [],
    ['Nama Satker', 'Sasaran Output', 'Alokasi', _, _],
    [_, _, 'TA 2026', 'TA 2027', 'TA 2028'],
    ['PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Dokumen', 300, 300, 300],
    ['Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 300, 250, 300],
    ['JUMLAH', _, 300, 300, 300],
  ]);
}
