/** Header words: what makes a row look like a Renstra header band, and what each column means. */
import { memoize } from '../memo';
import { normalize } from '../text';
import type { Role } from './types';

/** Words that header cells are made of (normalized). Data rows rarely consist mostly of these. */
const HEADER_WORDS = new Set(
  `no nomor urut uraian kode program kegiatan sub subkegiatan bidang urusan indikator kinerja target realisasi
  capaian rasio anggaran pagu indikatif dana rp tahun ke satuan baseline baseli ne kondisi awal akhir periode
  data pada perencanaan outcome outcomes output tujuan sasaran ket keterangan lokasi unit penanggung jawab pd
  opd skpd dan atau yang antara rata pertumbuhan nspk npsk rpjmd relevan renstra ikk iku sesuai tugas fungsi
  misi visi strategi kebijakan arah persentase % th thn tahunan indikatif
  utama kunci sumber pendanaan rencana tingkat`
    .split(/\s+/)
    .filter(Boolean),
);

const isHeaderWord = memoize(headerWordUncached, 50000);

function headerWordUncached(token: string): boolean {
  if (HEADER_WORDS.has(token)) return true;
  // Typos such as "KKEGIATAN" or "TAHUNA": a header word with a letter or two more.
  for (const w of HEADER_WORDS) {
    if (w.length >= 4 && token.length <= w.length + 2 && (token.startsWith(w) || token.endsWith(w))) return true;
  }
  return false;
}

/** Share of a text's words that are header words (0..1). */
export function headerWordShare(text: string): number {
  // Digits are neutral: "BASELINE 2024" is all header, "73 Nilai" is a value with its unit.
  const tokens = normalize(text)
    .split(' ')
    .filter((t) => t && !/^\d+$/.test(t));
  if (tokens.length === 0) return 0;
  let n = 0;
  for (const t of tokens) if (isHeaderWord(t)) n++;
  return n / tokens.length;
}

export const YEAR_MIN = 2010;
export const YEAR_MAX = 2045;

export function asYear(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v >= YEAR_MIN && v <= YEAR_MAX) return v;
  if (typeof v === 'string') {
    const m = /^\s*(?:tahun\s*)?(20\d\d)\s*$/i.exec(v);
    if (m) {
      const y = parseInt(m[1], 10);
      if (y >= YEAR_MIN && y <= YEAR_MAX) return y;
    }
  }
  return undefined;
}

/** A column-number cell: 1, "1", "(1)", "1)". */
export function asColumnNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 200) return v;
  if (typeof v === 'string') {
    const m = /^\s*\(?\s*(\d{1,3})\s*\)?\s*$/.exec(v);
    if (m) return parseInt(m[1], 10);
  }
  return undefined;
}

interface RoleRule {
  role: Role;
  test: RegExp;
}

/**
 * Text roles, tested on the whole header (parts joined); order matters (first match wins). Growth,
 * ratio, baseline and end-of-period columns come first because their headers also name the measure
 * ("Rata-Rata Pertumbuhan Anggaran", "Rasio antara Realisasi dan Anggaran").
 */
export const MEASURE_RULES: RoleRule[] = [
  { role: 'growth', test: /pertumbuhan/ },
  { role: 'rasio', test: /\brasio\b|tingkat capaian|persentase capaian|capaian \(?%|% capaian/ },
  { role: 'baseline', test: /baseline|kondisi awal|capaian awal|tahun awal|data awal|kondisi kinerja awal|kinerja awal/ },
];

export const TEXT_RULES: RoleRule[] = [
  { role: 'context', test: /\bn[sp][sp]k\b|rpjmd|visi|misi/ },
  { role: 'code', test: /^kode\b|\bkode\b/ },
  { role: 'satuan', test: /\bsatuan\b/ },
  { role: 'indicator', test: /indikator/ },
  { role: 'name', test: /program|kegiatan|uraian|bidang urusan|nama/ },
  { role: 'tujuan', test: /\btujuan\b/ },
  { role: 'sasaran', test: /\bsasaran\b/ },
  { role: 'outcome', test: /\boutcomes?\b/ },
  { role: 'output', test: /\boutputs?\b/ },
  { role: 'notes', test: /^ket\b|keterangan|lokasi|penanggung|unit kerja|catatan|sumber/ },
  { role: 'no', test: /^(no|nomor|no urut)$/ },
];

/** Measure keywords, tested part by part from the most specific (lowest) header row up. */
export const PART_MEASURES: RoleRule[] = [
  { role: 'realisasi', test: /realisasi/ },
  { role: 'pagu', test: /\bpagu\b|\bdana\b|\brp\b|anggaran|biaya|pendanaan/ },
  { role: 'target', test: /target|sasaran kinerja/ },
];
