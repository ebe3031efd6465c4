/**
 * The official program / kegiatan / sub kegiatan list, with tolerant name matching (planners'
 * typos: "Admistrasi", "Pengo;ahan", "Paraturan") and code look-up.
 */
import { memoize } from '../memo';
import { normalize } from '../text';

export type NomLevel = 'program' | 'kegiatan' | 'subKegiatan';

export interface NomEntry {
  level: NomLevel;
  code: string;
  name: string;
  /** A kab/kota entry (kegiatan digit 2: U.BB.PP.2.KK), not a provincial one. */
  kabkot: boolean;
}

export interface NomMatch {
  entry: NomEntry;
  /** 0..1, 1 for the same name after normalization. */
  score: number;
}

export interface NomenclatureData {
  source?: string;
  programs: [string, string][];
  kegiatan: [string, string][];
  subKegiatan: [string, [string, string][]][];
}

/** Characters a normalized text is made of (see text.ts normalize): space, a–z, 0–9, %. */
const ALPHABET = 38;

function charCode(ch: number): number {
  if (ch >= 97 && ch <= 122) return ch - 96;
  if (ch >= 48 && ch <= 57) return ch - 48 + 27;
  if (ch === 37) return 37;
  return 0;
}

/** The distinct trigrams of a normalized text (padded with a space each side) as numbers. */
function trigramCodes(key: string, seen: Uint8Array, out: number[]): number {
  const padded = ` ${key} `;
  let a = charCode(padded.charCodeAt(0));
  let b = charCode(padded.charCodeAt(1));
  let size = 0;
  const start = out.length;
  for (let i = 2; i < padded.length; i++) {
    const c = charCode(padded.charCodeAt(i));
    const code = (a * ALPHABET + b) * ALPHABET + c;
    if (!seen[code]) {
      seen[code] = 1;
      out.push(code);
      size++;
    }
    a = b;
    b = c;
  }
  for (let i = start; i < out.length; i++) seen[out[i]] = 0;
  return size;
}

/** Kab/kota entries (kegiatan digit 2: U.BB.PP.2.KK) before provincial ones. */
function kabkotFirst(a: NomEntry, b: NomEntry): number {
  return (a.kabkot ? 0 : 1) - (b.kabkot ? 0 : 1);
}

/** Codes compared in one form: X.XX upper-case, bidang and program padded to two digits. */
export const normalizeCode = memoize(normalizeCodeUncached);

function normalizeCodeUncached(code: string): string {
  const segs = code.trim().replace(/\s+/g, '').replace(/\.+$/, '').split('.');
  return segs
    .map((s, i) => {
      if (/^x+$/i.test(s)) return s.toUpperCase();
      if ((i === 1 || i === 2 || i === 4) && /^\d$/.test(s)) return `0${s}`;
      return s;
    })
    .join('.');
}

export function levelOfCode(code: string): 'urusan' | 'bidang' | NomLevel | undefined {
  let n = code.length > 0 ? 1 : 0;
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 46 && i + 1 < code.length && code.charCodeAt(i + 1) !== 46) n++;
  // Four parts is the older form (Permendagri 13/2006: urusan.bidang.program.kegiatan, 1.03.15.01).
  return n === 1 ? 'urusan' : n === 2 ? 'bidang' : n === 3 ? 'program' : n === 4 || n === 5 ? 'kegiatan' : n === 6 ? 'subKegiatan' : undefined;
}

export class Nomenclature {
  readonly entries: NomEntry[] = [];
  private readonly byName = new Map<string, NomEntry[]>();
  /** Normalized code → its entries (a code the kab/kota and the provincial list give different names has two). */
  private readonly byCode = new Map<string, NomEntry[]>();
  /** Each entry's trigrams as sorted codes, all in one array (entry i: gramData[gramStart[i]..gramStart[i+1]]). */
  private gramData = new Int32Array(0);
  private gramStart = new Int32Array(1);
  /** Each entry's normalized name, by entry id. */
  private readonly keys: string[] = [];
  private indexed = false;
  /** Trigram code → entries holding it. */
  private index: number[][] = [];
  private readonly seen = new Uint8Array(ALPHABET * ALPHABET * ALPHABET);
  /** Word → entries whose names hold it: candidates for a name with a typo in one word. */
  private readonly wordIndex = new Map<string, number[]>();
  private readonly cache = new Map<string, NomMatch[]>();
  private counts?: Int32Array;
  private readonly tieCache = new Map<string, NomMatch[]>();

  constructor(
    data: NomenclatureData,
    public readonly source = data.source ?? '',
  ) {
    const add = (level: NomLevel, code: string, name: string) => {
      const entry: NomEntry = { level, code, name, kabkot: code.split('.')[3] === '2' };
      this.entries.push(entry);
      this.keys.push(normalize(name));
      const key = this.keys[this.keys.length - 1];
      const list = this.byName.get(key);
      if (list) list.push(entry);
      else this.byName.set(key, [entry]);
      const codeKey = normalizeCode(code);
      const same = this.byCode.get(codeKey);
      if (same) same.push(entry);
      else this.byCode.set(codeKey, [entry]);
    };
    for (const [code, name] of data.programs) add('program', code, name);
    for (const [code, name] of data.kegiatan) add('kegiatan', code, name);
    for (const [parent, subs] of data.subKegiatan) for (const [suffix, name] of subs) add('subKegiatan', `${parent}.${suffix}`, name);
  }

  /**
   * The trigram and word indexes behind fuzzy matching, built the first time a name is not found
   * exactly: a workbook whose names are all written right never pays for them.
   */
  private fuzzyIndex(): void {
    if (this.indexed) return;
    this.indexed = true;
    this.index = Array.from({ length: ALPHABET * ALPHABET * ALPHABET }, () => []);
    const grams: Int32Array[] = [];
    this.keys.forEach((key, id) => {
      const codes: number[] = [];
      trigramCodes(key, this.seen, codes);
      for (const g of codes) this.index[g].push(id);
      grams.push(Int32Array.from(codes).sort());
      for (const w of new Set(key.split(' '))) {
        if (w.length < 3) continue;
        const posting = this.wordIndex.get(w);
        if (posting) posting.push(id);
        else this.wordIndex.set(w, [id]);
      }
    });
    this.gramStart = new Int32Array(grams.length + 1);
    for (let i = 0; i < grams.length; i++) this.gramStart[i + 1] = this.gramStart[i] + grams[i].length;
    this.gramData = new Int32Array(this.gramStart[grams.length]);
    grams.forEach((g, i) => this.gramData.set(g, this.gramStart[i]));
  }

  /** Forgets remembered matches (the benchmark times each run with cold data caches). */
  clearCaches(): void {
    this.cache.clear();
    this.tieCache.clear();
  }

  /**
   * The entry of a code. The Penunjang program is listed once under X.XX (any bidang) and every
   * agency writes it under its own bidang: 7.01.01.2.01 is X.XX.01.2.01. Where the kab/kota and the
   * provincial lists give one code two names, the one named `name` (else the last listed).
   */
  lookupCode(code: string, name?: string): NomEntry | undefined {
    const key = normalizeCode(code);
    const segs = key.split('.');
    const list = this.byCode.get(key) ?? (segs.length >= 3 && segs[2] === '01' && /^\d+$/.test(segs[0]) ? this.byCode.get(['X.XX', ...segs.slice(2)].join('.')) : undefined);
    if (!list) return undefined;
    const wanted = name === undefined ? undefined : normalize(name);
    return (wanted !== undefined && list.find((e) => normalize(e.name) === wanted)) || list[list.length - 1];
  }

  /**
   * Entries whose names are closest to `name`, best first (at most `limit`). Exact matches (after
   * normalization) score 1. Among equal scores, the entry whose code shares most leading segments
   * with `nearCode` comes first, then kab/kota entries (kegiatan digit 2) before provincial ones.
   */
  match(name: string, limit = 5, nearCode?: string): NomMatch[] {
    const ranked = this.rawMatch(name);
    // Without a code to be near, ties are already ordered kab/kota first (see rawMatch).
    if (!nearCode || ranked.length < 2 || ranked[1].score < ranked[0].score) return ranked.slice(0, limit);
    const memoKey = `${name}\u0000${nearCode ?? ''}`;
    let sorted = this.tieCache.get(memoKey);
    if (!sorted) {
      sorted = this.breakTies(ranked, nearCode);
      if (this.tieCache.size > 50000) this.tieCache.clear();
      this.tieCache.set(memoKey, sorted);
    }
    return sorted.slice(0, limit);
  }

  private breakTies(ranked: NomMatch[], nearCode: string | undefined): NomMatch[] {
    const near = nearCode ? normalizeCode(nearCode).split('.') : undefined;
    const affinity = (code: string) => {
      const segs = code.split('.');
      let k = 0;
      if (near) while (k < near.length && k < segs.length && segs[k].toUpperCase() === near[k].toUpperCase()) k++;
      return k * 2 + (segs[3] === '2' ? 1 : 0);
    };
    return [...ranked].sort((a, b) => b.score - a.score || affinity(b.entry.code) - affinity(a.entry.code));
  }

  private rawMatch(name: string): NomMatch[] {
    const limit = 10;
    const key = normalize(name);
    if (!key) return [];
    const cached = this.cache.get(key);
    if (cached) return cached.slice(0, limit);
    const exact = this.byName.get(key);
    let result: NomMatch[];
    if (exact) {
      result = exact.map((entry) => ({ entry, score: 1 }));
    } else {
      result = this.fuzzy(name);
    }
    result.sort((a, b) => b.score - a.score || kabkotFirst(a.entry, b.entry));
    if (this.cache.size > 50000) this.cache.clear();
    this.cache.set(key, result);
    return result.slice(0, limit);
  }

  /**
   * Dice similarity over character trigrams. Candidates come from the query's rarest words (or ten
   * rarest trigrams); the 20 sharing most of them are scored exactly by merging sorted trigram ids.
   * The best 10 are kept.
   */
  private fuzzy(name: string): NomMatch[] {
    this.fuzzyIndex();
    const key = normalize(name);
    const ids: number[] = [];
    const size = trigramCodes(key, this.seen, ids);
    const query = Int32Array.from(ids).sort();
    if (!this.counts) this.counts = new Int32Array(this.entries.length);
    const counts = this.counts;
    // Candidates: entries sharing the query's rarest whole words (a typo spoils one word, rarely
    // all), else — a name of one or two known words — its ten rarest trigrams.
    const words: number[][] = [];
    for (const w of key.split(' ')) {
      const posting = this.wordIndex.get(w);
      if (posting && !words.includes(posting)) words.push(posting);
    }
    words.sort((a, b) => a.length - b.length);
    const lists = words.length >= 2 ? words.slice(0, 3) : ids.sort((a, b) => this.index[a].length - this.index[b].length).slice(0, 10).map((gid) => this.index[gid]);
    const touched: number[] = [];
    let max = 0;
    for (const posting of lists) {
      for (const id of posting) {
        if (counts[id] === 0) touched.push(id);
        if (++counts[id] > max) max = counts[id];
      }
    }
    // The 20 entries sharing most of them, highest counts first (no full sort).
    const candidates: number[] = [];
    for (let c = max; c > 0 && candidates.length < 20; c--) {
      for (const id of touched) {
        if (counts[id] === c) {
          candidates.push(id);
          if (candidates.length === 20) break;
        }
      }
    }
    for (const id of touched) counts[id] = 0;
    const out: NomMatch[] = [];
    const data = this.gramData;
    for (const id of candidates) {
      const end = this.gramStart[id + 1];
      const length = end - this.gramStart[id];
      let common = 0;
      for (let i = 0, j = this.gramStart[id]; i < query.length && j < end; ) {
        if (query[i] === data[j]) {
          common++;
          i++;
          j++;
        } else if (query[i] < data[j]) i++;
        else j++;
      }
      out.push({ entry: this.entries[id], score: (2 * common) / (size + length) });
    }
    return out.sort((a, b) => b.score - a.score).slice(0, 10);
  }

  /** The best match at a given level, if any. */
  bestAt(name: string, level: NomLevel): NomMatch | undefined {
    return this.match(name, 10).find((m) => m.entry.level === level);
  }
}
