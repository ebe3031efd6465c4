/**
 * Derives the data the product ships with from the official list `nomenklatur-subkegiatan-2027.csv`
 * (the "pemutakhiran 2027" update of Kepmendagri 050-5889/2021 as amended), kept in the team's
 * shared folder:
 * - src/data/nomenklatur.json, the checker's compact index of names and codes;
 * - src/data/kerangka.json, what `renstra kerangka` and "Buat kerangka" build a T-C.27 from: per
 *   jenis pemda (KABKOT, PROV) the bidang, programs, kegiatan and sub kegiatan with indikator and
 *   satuan.
 *
 *   npm run nomenclature -- ../shared/data/nomenklatur-subkegiatan-2027.csv
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function groupSubs(subs: [string, string, string][]): [string, [string, string][]][] {
  const groups = new Map<string, [string, string][]>();
  for (const [code, name] of subs) {
    const cut = code.lastIndexOf('.');
    const parent = code.slice(0, cut);
    if (!groups.has(parent)) groups.set(parent, []);
    groups.get(parent)!.push([code.slice(cut + 1), name]);
  }
  return [...groups.entries()];
}

/** Each named column's index in the CSV header; a missing column fails with its name. */
function columnsOf<K extends string>(header: string[], names: Record<K, string>, where: string): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const [key, name] of Object.entries(names) as [K, string][]) {
    out[key] = header.indexOf(name);
    if (out[key] < 0) throw new Error(`kolom ${name} tidak ada di ${where}`);
  }
  return out;
}

function main(): void {
  const src = process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'data', 'nomenklatur-subkegiatan-2027.csv');
  const rows = parseCsv(readFileSync(src, 'utf8'));
  const header = rows[0];
  const I = columnsOf(
    header,
    { jenis: 'jenis_pemda', kp: 'kode_program', p: 'program', kk: 'kode_kegiatan', k: 'kegiatan', ks: 'kode_subkegiatan', s: 'subkegiatan', satuan: 'satuan' },
    src,
  );
  const programs = new Map<string, [string, string]>();
  const kegiatan = new Map<string, [string, string]>();
  const sub = new Map<string, [string, string, string]>();
  void I.satuan;
  for (const r of rows.slice(1)) {
    if (r.length < header.length) continue;
    const jenis = clean(r[I.jenis]);
    const add = <T extends string[]>(m: Map<string, T>, v: T) => {
      const key = `${v[0]}|${v[1]}`;
      if (!m.has(key)) m.set(key, v);
    };
    add(programs, [clean(r[I.kp]), clean(r[I.p])]);
    add(kegiatan, [clean(r[I.kk]), clean(r[I.k])]);
    add(sub, [clean(r[I.ks]), clean(r[I.s]), jenis === 'PROV' ? `P:${clean(r[I.satuan])}` : clean(r[I.satuan])]);
  }
  const out = {
    source:
      'Derived from nomenklatur-subkegiatan-2027.csv (pemutakhiran 2027 of Kepmendagri 050-5889/2021, amended by 900.1.15.5-1317/2023, 900.1.15.5-3406/2024, 900.1-2850/2025) by scripts/build-nomenclature.ts',
    rows: rows.length - 1,
    programs: [...programs.values()],
    kegiatan: [...kegiatan.values()],
    // Sub kegiatan grouped under their kegiatan code: [kegiatanCode, [[suffix, name], …]].
    subKegiatan: groupSubs([...sub.values()]),
  };
  const target = join(__dirname, '..', 'src', 'data', 'nomenklatur.json');
  writeFileSync(target, JSON.stringify(out));
  console.log(
    `${target}: ${out.programs.length} program, ${out.kegiatan.length} kegiatan, ${sub.size} sub kegiatan dari ${out.rows} baris`,
  );
  const kerangka = kerangkaData(header, rows.slice(1), out.source);
  const kerangkaTarget = join(__dirname, '..', 'src', 'data', 'kerangka.json');
  writeFileSync(kerangkaTarget, JSON.stringify(kerangka));
  for (const jenis of ['KABKOT', 'PROV'] as const) {
    const d = kerangka[jenis];
    console.log(`${kerangkaTarget} ${jenis}: ${d.bidang.length} bidang, ${d.program.length} program, ${d.kegiatan.length} kegiatan, ${d.sub.length} sub kegiatan`);
  }
}

type Pair = [string, string];
export interface KerangkaJenis {
  bidang: Pair[];
  program: Pair[];
  kegiatan: Pair[];
  /** [code, name, indikator, satuan]: the indikator column, else kinerja when indikator is empty. */
  sub: [string, string, string, string][];
}

/** Per jenis pemda, each level once by code (first occurrence), in code order as the list gives it. */
export function kerangkaData(header: string[], body: string[][], source: string): { source: string; KABKOT: KerangkaJenis; PROV: KerangkaJenis } {
  const C = columnsOf(
    header,
    {
      jenis: 'jenis_pemda',
      kb: 'kode_bidang',
      b: 'bidang',
      kp: 'kode_program',
      p: 'program',
      kk: 'kode_kegiatan',
      k: 'kegiatan',
      ks: 'kode_subkegiatan',
      s: 'subkegiatan',
      kinerja: 'kinerja',
      indikator: 'indikator',
      satuan: 'satuan',
    },
    'daftar nomenklatur',
  );
  const empty = (): { bidang: Map<string, Pair>; program: Map<string, Pair>; kegiatan: Map<string, Pair>; sub: Map<string, [string, string, string, string]> } => ({
    bidang: new Map(),
    program: new Map(),
    kegiatan: new Map(),
    sub: new Map(),
  });
  const maps = { KABKOT: empty(), PROV: empty() };
  for (const r of body) {
    if (r.length < header.length) continue;
    const jenis = clean(r[C.jenis]);
    if (jenis !== 'KABKOT' && jenis !== 'PROV') continue;
    const m = maps[jenis];
    const put = <T extends string[]>(map: Map<string, T>, v: T) => {
      if (v[0] && !map.has(v[0])) map.set(v[0], v);
    };
    put(m.bidang, [clean(r[C.kb]), clean(r[C.b])]);
    put(m.program, [clean(r[C.kp]), clean(r[C.p])]);
    put(m.kegiatan, [clean(r[C.kk]), clean(r[C.k])]);
    put(m.sub, [clean(r[C.ks]), clean(r[C.s]), clean(r[C.indikator]) || clean(r[C.kinerja]), clean(r[C.satuan])]);
  }
  const done = (m: ReturnType<typeof empty>): KerangkaJenis => ({
    bidang: [...m.bidang.values()],
    program: [...m.program.values()],
    kegiatan: [...m.kegiatan.values()],
    sub: [...m.sub.values()],
  });
  return { source, KABKOT: done(maps.KABKOT), PROV: done(maps.PROV) };
}

if (require.main === module) main();
