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
  utama kunci sumber pendanaan rencana tingkat perangkat daerah kerja kerangka lainnya fisik keuangan
  ta thn tw volume lokasi strategi nama kelompok kodefikasi definisi operasional frekuensi produsen formula
  formulasi rumus perhitungan penghitungan metode alasan cara pengukuran
  tgt trgt real angg pertumb rata2 sat tupoksi`
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
    // "2.025": a year that went through a thousands separator (a PDF converter, a locale paste).
    const m = /^\s*(?:tahun\s*)?(2[.,\u00a0 ]?0\d\d)\s*$/i.exec(v);
    if (m) {
      const y = parseInt(m[1].replace(/\D/g, ''), 10);
      if (y >= YEAR_MIN && y <= YEAR_MAX) return y;
    }
  }
  return undefined;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** A year number written as `1`, `3`, `IV` (1..10), or undefined. */
export function asOrdinal(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 10 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const t = v.trim().toLowerCase();
  if (/^\d{1,2}$/.test(t)) {
    const n = parseInt(t, 10);
    return n >= 1 && n <= 10 ? n : undefined;
  }
  return ROMAN[t];
}

export interface YearLabel {
  year: number;
  relative: boolean;
}

const CALENDAR_LABEL = /^\W*(?:(?:tahun|thn|th|t\.?\s?a|tahun anggaran)\.?\s*)?[("'“]?\s*(2[.,\u00a0]?0[1-4]\d)\s*[)"'”]?\W*$/i;
const RELATIVE_LABEL = /^\W*(?:tahun|thn|th)\.?\s*(?:ke)?\s*[-–.]?\s*(\d{1,2}|i{1,3}|iv|v|vi{1,3}|ix|x)\W*$/i;

/**
 * A cell that is nothing but a year label: `2025`, `"2025"`, `Tahun 2025`, `TA 2025`, `Th. 2025`,
 * `(2025)`, or a year number of the plan: `Tahun-1`, `Tahun ke-1`, `TAHUN 1`, `Th 1`, `Tahun IV`.
 */
export function asYearLabel(v: unknown): YearLabel | undefined {
  const y = asYear(v);
  if (y !== undefined) return { year: y, relative: false };
  if (typeof v !== 'string' || v.length > 24) return undefined;
  const c = CALENDAR_LABEL.exec(v);
  if (c) {
    const year = parseInt(c[1].replace(/\D/g, ''), 10);
    return year >= YEAR_MIN && year <= YEAR_MAX ? { year, relative: false } : undefined;
  }
  const r = RELATIVE_LABEL.exec(v);
  if (r) {
    const n = asOrdinal(r[1]);
    if (n !== undefined) return { year: n, relative: true };
  }
  return undefined;
}

/** A span of years ("2026-2030", "2026 s.d. 2030", "2026 sampai 2030"): the whole period, no one year. */
export const YEAR_RANGE = /(?:^|[^\d])20[1-4]\d\s*(?:[-–—/]|s\.?\s?d\.?|sampai(?: dengan)?|hingga)\s*20[1-4]\d(?!\d)/i;

/** A year found anywhere in a header text ("Target Tahun ke-2", "PAGU 2026", "Realisasi Th. III"); none in a span of years. */
export function yearInText(text: string): YearLabel | undefined {
  const label = asYearLabel(text);
  if (label) return label;
  if (YEAR_RANGE.test(text)) return undefined;
  const calendar = /(?:^|[^\d])(20[1-4]\d)(?!\d)/.exec(text);
  if (calendar) return { year: parseInt(calendar[1], 10), relative: false };
  const rel = /\b(?:tahun|th|thn)\.?\s*(?:ke)?\s*[-–]?\s*(\d{1,2}|i{1,3}|iv|v|vi{1,3}|ix|x)\b/i.exec(text);
  if (rel) {
    const n = asOrdinal(rel[1]);
    if (n !== undefined) return { year: n, relative: true };
  }
  return undefined;
}

/** A group header whose year numbers stand in the row below it: "… pada Tahun ke-", "Tahun". */
export function asksForYearNumber(text: string): boolean {
  const n = normalize(text);
  return /\b(tahun|th|thn)( ke)?$/.test(n) || /\btahun ke\b/.test(n);
}

/** A column-number cell: 1, "1", "(1)", "1)". */
export function asColumnNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 200) return v;
  if (typeof v === 'string') {
    // Trimmed first: on a long run of spaces the pattern's neighbouring \s* would backtrack
    // quadratically (a 32 000-space cell took minutes).
    const t = v.trim();
    if (t.length > 9) return undefined;
    const m = /^\(?\s*(\d{1,3})\s*\)?$/.exec(t);
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
  { role: 'growth', test: /pertumbuhan|\bpertumb\b/ },
  // "Capaian (Realisasi/Target) (%)", "R/T", "Realisasi terhadap Target": the ratio, though it names the realisation.
  { role: 'rasio', test: /\brasio\b|tingkat capaian|tingkat realisasi|persentase capaian|capaian( kinerja)?( (tahun )?20\d\d)? %|% capaian|realisasi target( %|$)|realisasi terhadap target|realisasi dibanding(kan)? (dengan )?target|^r t\b|\br t %/ },
  { role: 'baseline', test: /baseline|kondisi awal|capaian awal|tahun awal|data awal|kondisi kinerja awal|kinerja awal|kondisi (kinerja )?pada awal|awal periode|\bs d\b|sampai dengan/ },
];

export const TEXT_RULES: RoleRule[] = [
  { role: 'notes', test: /kelompok sasaran|sasaran (lokasi|wilayah)|lokasi/ },
  { role: 'context', test: /\bn[sp][sp]k\b|rpjmd|visi|misi/ },
  // "Kode dan Nama Program/Kegiatan/Sub Kegiatan": one column holding "5.01.03 Program …" is the name (its code split off).
  { role: 'name', test: /\bkode\s*(dan|&)?\s*(nama|uraian)\b/ },
  { role: 'code', test: /^kode\b|\bkode\b/ },
  { role: 'satuan', test: /\bsatuan\b|^sat$/ },
  { role: 'indicator', test: /indikator|tolok ukur|pelayanan dasar|jenis layanan/ },
  { role: 'strategi', test: /\bstrategi\b/ },
  { role: 'kebijakan', test: /\bkebijakan\b/ },
  // A pohon kinerja by eselon: "Sasaran Program (Eselon III)" is the program's outcome, "Sasaran Kegiatan (Eselon IV)" the kegiatan's output.
  { role: 'outcome', test: /^sasaran program\b/ },
  { role: 'output', test: /^sasaran (sub )?kegiatan\b/ },
  { role: 'name', test: /program|kegiatan|uraian|bidang urusan|nama|jenis (belanja|pendapatan|pajak|retribusi)/ },
  { role: 'tujuan', test: /\btujuan\b/ },
  { role: 'sasaran', test: /\bsasaran\b/ },
  { role: 'outcome', test: /\boutcomes?\b/ },
  { role: 'output', test: /\boutputs?\b/ },
  { role: 'notes', test: /^ket\b|keterangan|lokasi|penanggung|unit kerja|catatan|sumber|perangkat daerah|\b(opd|skpd|pd)\b|pengampu|pelaksana|alasan/ },
  { role: 'no', test: /^(no|nomor|no urut)$/ },
];

/** Measure keywords, tested part by part from the most specific (lowest) header row up. */
export const PART_MEASURES: RoleRule[] = [
  { role: 'realisasi', test: /realisasi|\breal\b/ },
  { role: 'pagu', test: /\bpagu\b|\bdana\b|\brp\b|anggaran|\bangg\b|biaya|pendanaan/ },
  { role: 'target', test: /target|\bt(r)?gt\b|sasaran kinerja|^k$|^kinerja$|^(target )?kinerja$/ },
];

/** A sub-heading that names money: "Rp", "Pagu", "Dana", "Anggaran (Rp)". */
export const MONEY = /\bpagu\b|\bdana\b|\brp\b|anggaran|biaya/;

/** Short sub-headings that stand under a year or a group: measures and units, not column titles. */
const SUB_HEADING = /^(k|rp|pagu|dana|anggaran|angg|target|tgt|realisasi|real|capaian|rasio|kinerja|keuangan|fisik|satuan|vol|volume|output|outcome|nilai|jumlah|persen|%|tk|tingkat capaian|target kinerja|pagu indikatif|rp juta|rp ribu|rp 000)( %)?$/;

export function isMeasureSubHeading(text: string): boolean {
  return SUB_HEADING.test(normalize(text));
}

const SCALE_WORDS: [RegExp, number][] = [
  [/^(ribu|ribuan|rb)$/, 1e3],
  [/^(juta|jutaan|jt)$/, 1e6],
  [/^(miliar|milyar|miliaran|milyaran)$/, 1e9],
  [/^(triliun|trilyun|triliunan)$/, 1e12],
];

function scaleWord(w: string): number | undefined {
  for (const [re, f] of SCALE_WORDS) if (re.test(w)) return f;
  return undefined;
}

/**
 * The scale a header or title declares for amounts: "(Rp juta)", "Rp. 000", "(dalam ribuan rupiah)",
 * "Anggaran (juta)", "Rp x 1.000" → 1e6, 1e3, 1e3, 1e6, 1e3; undefined when it declares none.
 * A bare scale word counts only next to "Rp"/"rupiah"/"dalam" or in parentheses, so a measure such
 * as "Jumlah penduduk juta jiwa" in a target column is not a money scale (callers ask for money
 * columns only).
 */
export function headerScale(text: string): number | undefined {
  if (!text) return undefined;
  const t = normalize(text);
  // "Rp 000", "Rp. 000.000", "Rp x 1.000", "dalam Rp 000"; a bare "(000)".
  const zeros =
    /\b(?:rp|rupiah|dalam|x)\s+(?:x\s+)?(?:1\s+)?000((?:\s+000)*)(?=\s|$)/.exec(t) ?? /\(\s*(?:x\s*)?(?:1[.,]?)?000((?:[.,]000)*)\s*\)/.exec(text);
  if (zeros) return Math.pow(1000, 1 + (zeros[1].match(/000/g) ?? []).length);
  // "Rp juta", "juta rupiah", "dalam ribuan rupiah", "Rp x 1 juta".
  const words = t.split(' ');
  for (let i = 0; i < words.length; i++) {
    const f = scaleWord(words[i]);
    if (f === undefined) continue;
    let j = i - 1;
    while (j >= 0 && (words[j] === 'x' || words[j] === '1')) j--;
    if (j >= 0 && /^(rp|rupiah|dalam)$/.test(words[j])) return f;
    if (/^(rp|rupiah)$/.test(words[i + 1] ?? '')) return f;
  }
  // A scale word in parentheses: "Anggaran (juta)".
  const paren = /\(\s*(?:dalam\s+)?([A-Za-z]+)\s*\)/.exec(text);
  if (paren) return scaleWord(paren[1].toLowerCase());
  return undefined;
}
