/**
 * The agency a workbook belongs to, as its title rows name it ("Pencapaian Kinerja Pelayanan
 * Kecamatan Kartoharjo Kabupaten Magetan" → "Kecamatan Kartoharjo"), for the Bappeda's rekap of
 * 40 agencies' files. Undefined when no title names one (the rekap then shows the file name).
 */
import { cellText, type WorkbookGrid } from './grid';

/** The words that start an agency's name in Permendagri 90/2019's naming of perangkat daerah. */
const KIND =
  'Dinas|Badan|Kecamatan|Kelurahan|Sekretariat\\s+(?:Daerah|DPRD)|Inspektorat(?:\\s+Daerah)?|Satuan\\s+Polisi\\s+Pamong\\s+Praja|Kantor|RSUD|Rumah\\s+Sakit\\s+Umum\\s+Daerah|Bagian';

/** Capitalised words that end a name: the region, the period, or what the table counts by. */
const STOP = 'Kabupaten|Kota|Provinsi|Tahun|Periode|Berdasarkan|Menurut|Sesuai|Pada|Dalam|Untuk|Yang|Renstra|Rencana';

/** The name's own words: capitalised words, joined by "dan", "&", ","; it ends at a stop word. */
const NAME = new RegExp(`\\b(${KIND})((?:(?:\\s*,\\s*|\\s+(?:dan\\s+|&\\s+)?)(?!(?:${STOP})\\b)[A-Z][\\w.'’-]*)+)`, 'g');

/** An all-capitals title in the case a name is written in ("DINAS PEKERJAAN UMUM" → "Dinas Pekerjaan Umum"). */
function titleCase(text: string): string {
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length < 8 || letters !== letters.toUpperCase()) return text;
  return text.toLowerCase().replace(/(^|[\s(/-])([a-z])/g, (_, pre: string, c: string) => pre + c.toUpperCase()).replace(/\b(Dan|Dari|Di|Ke)\b/g, (w) => w.toLowerCase()).replace(/\b(Rsud|Dprd)\b/g, (w) => w.toUpperCase());
}

/** Rows at the top of each sheet that may hold its title. */
const TITLE_ROWS = 6;

export function agencyName(grid: WorkbookGrid): string | undefined {
  const seen = new Map<string, number>();
  for (const sheet of grid.sheets) {
    for (let r = 0; r < Math.min(TITLE_ROWS, sheet.rows.length); r++) {
      for (const cell of sheet.rows[r] ?? []) {
        const text = titleCase(cellText(cell).replace(/\s+/g, ' '));
        if (!text || text.length > 300) continue;
        for (const m of text.matchAll(NAME)) {
          const name = `${m[1].replace(/\s+/g, ' ')}${m[2]}`.replace(/[\s,&]+$/, '').replace(/\s+(dan)$/i, '').trim();
          if (name.split(' ').length < 2) continue;
          seen.set(name, (seen.get(name) ?? 0) + 1);
        }
      }
    }
  }
  // The name most titles give; the longer one of two as frequent ("Dinas Pekerjaan Umum dan Penataan Ruang" over "Dinas Pekerjaan Umum").
  return [...seen].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
}
