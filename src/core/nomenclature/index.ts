/**
 * The official program / kegiatan / sub kegiatan list, with tolerant name matching (planners'
 * typos: "Admistrasi", "Pengo;ahan", "Paraturan") and code look-up.
 */
import { normalize, trigrams } from '../text';

export type NomLevel = 'program' | 'kegiatan' | 'subKegiatan';

export interface NomEntry {
  level: NomLevel;
  code: string;
  name: string;
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

const codeMemo = new Map<string, string>();

/** Codes compared in one form: X.XX upper-case, bidang and program padded to two digits. */
export function normalizeCode(code: string): string {
  let hit = codeMemo.get(code);
  if (hit === undefined) {
    hit = normalizeCodeUncached(code);
    if (codeMemo.size > 100000) codeMemo.clear();
    codeMemo.set(code, hit);
  }
  return hit;
}

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
  return n === 1 ? 'urusan' : n === 2 ? 'bidang' : n === 3 ? 'program' : n === 5 ? 'kegiatan' : n === 6 ? 'subKegiatan' : undefined;
}

/** Trigrams shared by more entries than this are too common to narrow a search. */
const COMMON_TRIGRAM = 1200;

export class Nomenclature {
  readonly entries: NomEntry[] = [];
  private readonly byName = new Map<string, NomEntry[]>();
  private readonly byCode = new Map<string, NomEntry>();
  private readonly grams: Set<string>[] = [];
  private readonly index = new Map<string, number[]>();
  private readonly cache = new Map<string, NomMatch[]>();
  private readonly tieCache = new Map<string, NomMatch[]>();

  constructor(
    data: NomenclatureData,
    public readonly source = data.source ?? '',
  ) {
    const add = (level: NomLevel, code: string, name: string) => {
      const entry: NomEntry = { level, code, name };
      const id = this.entries.length;
      this.entries.push(entry);
      const key = normalize(name);
      const list = this.byName.get(key);
      if (list) list.push(entry);
      else this.byName.set(key, [entry]);
      this.byCode.set(normalizeCode(code), entry);
      const g = trigrams(name);
      this.grams.push(g);
      for (const t of g) {
        const posting = this.index.get(t);
        if (posting) posting.push(id);
        else this.index.set(t, [id]);
      }
    };
    for (const [code, name] of data.programs) add('program', code, name);
    for (const [code, name] of data.kegiatan) add('kegiatan', code, name);
    for (const [parent, subs] of data.subKegiatan) for (const [suffix, name] of subs) add('subKegiatan', `${parent}.${suffix}`, name);
  }

  lookupCode(code: string): NomEntry | undefined {
    return this.byCode.get(normalizeCode(code));
  }

  /**
   * Entries whose names are closest to `name`, best first (at most `limit`). Exact matches (after
   * normalization) score 1. Among equal scores, the entry whose code shares most leading segments
   * with `nearCode` comes first, then kab/kota entries (kegiatan digit 2) before provincial ones.
   */
  match(name: string, limit = 5, nearCode?: string): NomMatch[] {
    const ranked = this.rawMatch(name);
    if (ranked.length < 2 || ranked[1].score < ranked[0].score) return ranked.slice(0, limit);
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
      const g = trigrams(name);
      const counts = new Map<number, number>();
      for (const t of g) {
        const posting = this.index.get(t);
        if (!posting || posting.length > COMMON_TRIGRAM) continue;
        for (const id of posting) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      const candidates = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
      result = candidates
        .map(([id]) => {
          const other = this.grams[id];
          let common = 0;
          for (const t of g) if (other.has(t)) common++;
          return { entry: this.entries[id], score: (2 * common) / (g.size + other.size) };
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, 10);
    }
    if (this.cache.size > 50000) this.cache.clear();
    this.cache.set(key, result);
    return result.slice(0, limit);
  }

  /** The best match at a given level, if any. */
  bestAt(name: string, level: NomLevel): NomMatch | undefined {
    return this.match(name, 10).find((m) => m.entry.level === level);
  }
}
