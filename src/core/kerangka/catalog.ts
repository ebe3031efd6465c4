/**
 * The official nomenclature as a tree to build a Renstra's funding table from: per jenis pemda
 * (kabupaten/kota or provinsi) the bidang urusan, their programs, kegiatan and sub kegiatan with
 * the sub kegiatan's indikator and satuan. The data (src/data/kerangka.json, built by
 * scripts/build-nomenclature.ts) is passed in, so each host loads it its own way (the CLI at once,
 * the task pane only when the planner opens "Buat kerangka").
 */

/** Kabupaten/kota or provinsi: the nomenclature's `jenis_pemda` KABKOT / PROV. */
export type JenisPemda = 'kab' | 'prov';

export interface KerangkaJenisData {
  bidang: [string, string][];
  program: [string, string][];
  kegiatan: [string, string][];
  /** [code, name, indikator, satuan]. */
  sub: [string, string, string, string][];
}

export interface KerangkaData {
  source: string;
  KABKOT: KerangkaJenisData;
  PROV: KerangkaJenisData;
}

export interface SubKegiatanItem {
  code: string;
  name: string;
  indikator: string;
  satuan: string;
}

export interface KegiatanItem {
  code: string;
  name: string;
  subKegiatan: SubKegiatanItem[];
}

export interface ProgramItem {
  /** With the bidang's own prefix: the Penunjang program X.XX.01 of bidang 7.01 is 7.01.01. */
  code: string;
  name: string;
  kegiatan: KegiatanItem[];
}

export interface BidangItem {
  code: string;
  name: string;
}

/** A program as the picker lists it: its size, without the kegiatan themselves. */
export interface ProgramSummary {
  code: string;
  name: string;
  kegiatan: number;
  subKegiatan: number;
}

export interface BidangChoice extends BidangItem {
  programs: ProgramSummary[];
}

/** Everything the picker shows, per jenis pemda (tens of kilobytes, where the catalog is megabytes). */
export type KerangkaChoices = Record<JenisPemda, BidangChoice[]>;

export const JENIS_LABEL: Record<JenisPemda, string> = { kab: 'Kabupaten/Kota', prov: 'Provinsi' };

/** The bidang every agency's Penunjang program is listed under ("X.XX"): it stands for any bidang. */
const ANY_BIDANG = 'X.XX';

/** A code's first `segments` parts: the parent it hangs under (kegiatan 7.01.02.2.01, 3 parts → program 7.01.02). */
function parentOf(code: string, segments: number): string {
  return code.split('.').slice(0, segments).join('.');
}

function byCode<T extends { code: string }>(a: T, b: T): number {
  const x = a.code.split('.');
  const y = b.code.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? '').localeCompare(y[i] ?? '', 'en', { numeric: true });
    if (d) return d;
  }
  return 0;
}

interface JenisIndex {
  bidang: BidangItem[];
  /** Program code → its kegiatan (codes as listed, X.XX kept). */
  kegiatan: Map<string, { code: string; name: string }[]>;
  /** Kegiatan code → its sub kegiatan. */
  sub: Map<string, SubKegiatanItem[]>;
  /** Bidang code (X.XX too) → its programs. */
  programs: Map<string, { code: string; name: string }[]>;
}

export class KerangkaCatalog {
  private readonly indexes = new Map<JenisPemda, JenisIndex>();

  constructor(private readonly data: KerangkaData) {}

  private index(jenis: JenisPemda): JenisIndex {
    let idx = this.indexes.get(jenis);
    if (idx) return idx;
    const d = jenis === 'kab' ? this.data.KABKOT : this.data.PROV;
    const group = <T>(items: T[], key: (t: T) => string) => {
      const m = new Map<string, T[]>();
      for (const t of items) {
        const k = key(t);
        const list = m.get(k);
        if (list) list.push(t);
        else m.set(k, [t]);
      }
      return m;
    };
    idx = {
      bidang: d.bidang.filter(([code]) => code.toUpperCase() !== ANY_BIDANG).map(([code, name]) => ({ code, name })).sort(byCode),
      programs: group(d.program.map(([code, name]) => ({ code, name })), (p) => parentOf(p.code, 2)),
      kegiatan: group(d.kegiatan.map(([code, name]) => ({ code, name })), (k) => parentOf(k.code, 3)),
      sub: group(d.sub.map(([code, name, indikator, satuan]) => ({ code, name, indikator, satuan })), (s) => parentOf(s.code, 5)),
    };
    this.indexes.set(jenis, idx);
    return idx;
  }

  /** The bidang urusan of a jenis pemda, in code order (without the X.XX placeholder). */
  bidang(jenis: JenisPemda): BidangItem[] {
    return this.index(jenis).bidang;
  }

  /** The bidang and their programs with their size, for a picker. */
  choices(): KerangkaChoices {
    const of = (jenis: JenisPemda): BidangChoice[] =>
      this.bidang(jenis).map((b) => ({
        ...b,
        programs: this.programs(jenis, b.code).map((p) => ({ code: p.code, name: p.name, kegiatan: p.kegiatan.length, subKegiatan: p.kegiatan.reduce((n, k) => n + k.subKegiatan.length, 0) })),
      }));
    return { kab: of('kab'), prov: of('prov') };
  }

  findBidang(jenis: JenisPemda, code: string): BidangItem | undefined {
    const want = code.trim();
    return this.bidang(jenis).find((b) => b.code === want);
  }

  /**
   * Every program of a bidang, in code order: the Penunjang program the list gives under X.XX
   * (with the bidang's prefix) and the bidang's own, each with its kegiatan and sub kegiatan.
   */
  programs(jenis: JenisPemda, bidang: string): ProgramItem[] {
    const idx = this.index(jenis);
    const own = (code: string) => code.replace(/^X\.XX(?=\.)/i, bidang);
    const listed = [...(idx.programs.get(ANY_BIDANG) ?? []), ...(idx.programs.get(bidang) ?? [])];
    return listed
      .map((p) => ({
        code: own(p.code),
        name: p.name,
        kegiatan: (idx.kegiatan.get(p.code) ?? [])
          .map((k) => ({
            code: own(k.code),
            name: k.name,
            subKegiatan: (idx.sub.get(k.code) ?? []).map((s) => ({ ...s, code: own(s.code) })).sort(byCode),
          }))
          .sort(byCode),
      }))
      .sort(byCode);
  }
}
