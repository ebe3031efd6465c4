/**
 * Entities and their hierarchy. A program / kegiatan / sub kegiatan spans its name row and its
 * continuation rows. Levels come from, in order of trust: codes, the name itself (PROGRAM …),
 * the official nomenclature, indentation or bold, and as a last resort the sums themselves.
 */
import { levelOfCode, normalizeCode, type Nomenclature, type NomLevel, type NomMatch } from '../nomenclature';
import { sameAmount } from '../formulas/rounding';
import { isUpperCase } from '../text';
import { levelColumns } from './rows';
import type { Entity, Level, RowModel, TableModel } from './types';

const PROGRAM_NAME = /^\s*program\b/i;
/**
 * An urusan heading ("URUSAN PEMERINTAHAN WAJIB …", "Urusan : Pendidikan", any "URUSAN …" in capitals),
 * not a kegiatan whose name starts with the word ("Urusan Pengelolaan Data …").
 */
const URUSAN_NAME = /^\s*urusan\s*(:|(pemerintahan|wajib|pilihan|penunjang)\b)/i;
const BIDANG_NAME = /^\s*(bidang urusan|urusan pemerintahan bidang)\b/i;

/** Nomenclature match strong enough to decide a level. */
const NOM_LEVEL_SCORE = 0.8;

export function groupEntities(rows: RowModel[]): Entity[] {
  const entities: Entity[] = [];
  let current: Entity | undefined;
  // The last row of the current entity's name: text run on into the row right below belongs to it.
  let nameEnd = -1;
  for (const row of rows) {
    if (row.kind === 'total') {
      current = undefined;
      continue;
    }
    if (row.kind === 'continuation' || row.kind === 'context') {
      if (!current) continue;
      current.rows.push(row.r);
      if (row.kind === 'continuation' && row.name && row.r === nameEnd + 1 && row.nameCol === current.nameCol) {
        current.name = `${current.name} ${row.name}`.trim();
        nameEnd = row.r;
      }
      continue;
    }
    nameEnd = row.r;
    current = {
      id: entities.length,
      level: 'unknown',
      levelSource: 'posisi',
      name: row.name,
      code: row.code,
      nameRow: row.r,
      nameCol: row.nameCol ?? 0,
      codeCol: row.code && row.codeCol !== undefined ? row.codeCol : undefined,
      rows: [row.r],
      children: [],
    };
    entities.push(current);
  }
  return entities;
}

/**
 * Groups of a T-C.24 by account rather than by program (Permendagri 54/2010 and 90/2019 forms, and a
 * BLUD's): PENDAPATAN, BELANJA (TIDAK) LANGSUNG, PEMBIAYAAN above their rows or programs.
 */
const ACCOUNT_TOP = /^\s*(belanja\s+(tidak\s+langsung|langsung|operasi|tidak\s+terduga|transfer)|belanja|pendapatan|pembiayaan)\s*$/i;
const ACCOUNT = /^\s*(belanja|pendapatan|pembiayaan)\b/i;

/**
 * `inAccount`: the rows stand under an account heading (PENDAPATAN, BELANJA LANGSUNG), where a
 * "Pendapatan …"/"Belanja …" line in title case groups as a bidang does. Under a revenue group of
 * its own ("LAIN-LAIN PENDAPATAN ASLI DAERAH YANG SAH") such a line ("Pendapatan Bunga Deposito") is
 * one of the items the group adds up.
 */
function levelFromName(name: string, inAccount = true): Level | undefined {
  if (BIDANG_NAME.test(name)) return 'bidang';
  if (URUSAN_NAME.test(name) || (/^\s*urusan\b/i.test(name) && isUpperCase(name))) return 'urusan';
  if (PROGRAM_NAME.test(name)) return 'program';
  // "BELANJA LANGSUNG" over its programs (or "Belanja Pegawai" …): grouping rows, as an urusan and
  // a bidang group programs — their pagu is the sum of what they group.
  if (ACCOUNT_TOP.test(name) || (ACCOUNT.test(name) && isUpperCase(name))) return 'urusan';
  if (inAccount && ACCOUNT.test(name) && name.length <= 60) return 'bidang';
  return undefined;
}

/** Decides each entity's level. */
export function assignLevels(model: TableModel, entities: Entity[], nomenclature?: Nomenclature): void {
  const rowOf = model.rowByIndex;
  // Names the nomenclature lists at two levels (a kegiatan and a sub kegiatan share the name).
  const ambiguous = new Map<Entity, NomMatch[]>();
  // One name column per level: the column a name stands in is its level, unless its code says otherwise.
  const columns = levelColumns(model.sheet, model.table);
  const columnLevel = new Map(columns?.levels ? columns.cols.map((c, i) => [c, columns.levels![i]]) : []);
  // Under an account heading (see levelFromName) until a group heading of another kind.
  let inAccount = true;
  for (const e of entities) {
    if (ACCOUNT_TOP.test(e.name) || (ACCOUNT.test(e.name) && isUpperCase(e.name))) inAccount = true;
    else if (isUpperCase(e.name)) inAccount = false;
    if (e.code) {
      const lv = levelOfCode(normalizeCode(e.code));
      if (lv) {
        e.level = lv;
        e.levelSource = 'kode';
      }
    }
    if (e.level === 'unknown') {
      let lv = levelFromName(e.name, inAccount);
      // "Program Pendampingan Digitalisasi Koperasi" is an official sub kegiatan, not a program: a
      // name in title case that the list holds at another level only is read as the list says.
      if (lv === 'program' && nomenclature && !isUpperCase(e.name)) {
        const same = nomenclature.match(e.name, 10).filter((m) => m.score === 1);
        if (same.length && same.every((m) => m.entry.level !== 'program')) lv = undefined;
      }
      if (lv) {
        e.level = lv;
        e.levelSource = 'nama';
      }
    }
    if (e.level === 'unknown' && columnLevel.has(e.nameCol)) {
      e.level = columnLevel.get(e.nameCol)!;
      e.levelSource = 'kolom';
    }
    // A level read from the code needs no name match here; the nomenclature rule matches lazily.
    if (nomenclature && e.name && e.levelSource !== 'kode' && e.level !== 'urusan' && e.level !== 'bidang') {
      const target: NomLevel | undefined = e.level === 'unknown' ? undefined : (e.level as NomLevel);
      const matches = nomenclature.match(e.name, 10, e.code);
      const best = target ? matches.find((m) => m.entry.level === target) : matches[0];
      if (best) e.nomenclature = best;
      if (e.level === 'unknown' && best && best.score >= NOM_LEVEL_SCORE) {
        const rivals = matches.filter((m) => m.entry.level !== best.entry.level && m.score >= best.score - 0.02);
        if (rivals.length === 0 || e.hint === best.entry.level) {
          e.level = best.entry.level;
          e.levelSource = 'nomenklatur';
        } else {
          ambiguous.set(e, matches.filter((m) => m.score >= best.score - 0.02));
        }
      }
    }
    if (e.level === 'unknown' && e.hint) {
      e.level = e.hint;
      e.levelSource = 'kolom';
    }
  }
  resolveAmbiguous(model, entities, ambiguous, nomenclature);
  assignByIndentation(entities, (e) => rowOf.get(e.nameRow));
  assignBySums(model, entities);
}

/**
 * A name that is both a kegiatan and a sub kegiatan: the structure around it decides, never the
 * name alone — the indentation and bold of the rows whose level is known, then the nomenclature's
 * own tree (is it listed under the kegiatan open above it, or as another kegiatan of its program?),
 * then which grouping makes the sums close. Left undecided, it is a kegiatan only when nothing says
 * otherwise.
 */
function resolveAmbiguous(model: TableModel, entities: Entity[], ambiguous: Map<Entity, NomMatch[]>, nomenclature?: Nomenclature): void {
  if (ambiguous.size === 0) return;
  const style = (e: Entity) => {
    const row = model.rowByIndex.get(e.nameRow);
    return `${row?.indent ?? 0}/${row?.bold ? 1 : 0}`;
  };
  const styles: Record<'kegiatan' | 'subKegiatan', Set<string>> = { kegiatan: new Set(), subKegiatan: new Set() };
  for (const e of entities) if (!ambiguous.has(e) && (e.level === 'kegiatan' || e.level === 'subKegiatan')) styles[e.level].add(style(e));
  // Every official code an entity's name stands for at its level (a name may be listed under several
  // codes: a province's and a kabupaten's variant), or its own code.
  const codesOf = (e: Entity | undefined): string[] => {
    if (!e) return [];
    if (e.code) return [normalizeCode(e.code)];
    if (!nomenclature || !e.name) return [];
    return nomenclature
      .match(e.name, 10)
      .filter((m) => m.score === 1 && m.entry.level === e.level)
      .map((m) => m.entry.code);
  };
  const parentOf = (code: string) => code.slice(0, code.lastIndexOf('.'));
  const sums = localSums(model, entities);
  let program: Entity | undefined;
  let kegiatan: Entity | undefined;
  entities.forEach((e, i) => {
    if (e.level === 'program' || e.level === 'urusan' || e.level === 'bidang') {
      program = e.level === 'program' ? e : undefined;
      kegiatan = undefined;
      return;
    }
    const matches = ambiguous.get(e);
    if (!matches) {
      if (e.level === 'kegiatan') kegiatan = e;
      return;
    }
    const own = style(e);
    const asKegiatan = styles.kegiatan.has(own);
    const asSub = styles.subKegiatan.has(own);
    // Formatting tells only when both levels are seen and look different.
    let level: Level | undefined = styles.kegiatan.size && styles.subKegiatan.size && asKegiatan !== asSub ? (asKegiatan ? 'kegiatan' : 'subKegiatan') : undefined;
    if (!level) {
      const k = codesOf(kegiatan);
      const p = codesOf(program);
      const underK = matches.some((m) => m.entry.level === 'subKegiatan' && k.includes(parentOf(m.entry.code)));
      // Another kegiatan of the same program (not the one already open: a kegiatan is not repeated).
      const underP = matches.some((m) => m.entry.level === 'kegiatan' && !k.includes(m.entry.code) && p.some((c) => m.entry.code.startsWith(`${c}.`)));
      if (underK !== underP) level = underK ? 'subKegiatan' : 'kegiatan';
    }
    if (!level && kegiatan) level = sums(e, i, program, kegiatan);
    if (!level && asKegiatan !== asSub) level = asKegiatan ? 'kegiatan' : 'subKegiatan';
    e.level = level ?? 'kegiatan';
    e.levelSource = 'nomenklatur';
    e.nomenclature = matches.find((m) => m.entry.level === e.level) ?? e.nomenclature;
    if (e.level === 'kegiatan') kegiatan = e;
  });
}

/**
 * Which level of `e` makes the sums around it close: counts the parents (its program, the kegiatan
 * open above it, itself) whose pagu would not equal their children's under each reading.
 */
function localSums(model: TableModel, entities: Entity[]) {
  const paguCols = model.cols('pagu').filter((c) => c.year !== undefined).map((c) => c.col);
  const pagu = (e: Entity) => paguCols.map((c) => model.num(model.entityRow(e, c), c));
  const misses = (parent: Entity, children: Entity[]): number => {
    const own = pagu(parent);
    if (children.length === 0 || own.every((v) => Number.isNaN(v))) return 0;
    let n = 0;
    own.forEach((v, k) => {
      const sum = children.reduce((s, x) => s + (pagu(x)[k] || 0), 0);
      if (!Number.isNaN(v) && !sameAmount(v, sum)) n++;
    });
    return n;
  };
  return (e: Entity, i: number, program: Entity | undefined, open: Entity): Level | undefined => {
    if (paguCols.length === 0) return undefined;
    const start = entities.indexOf(open);
    const between = entities.slice(start + 1, i).filter((x) => x.level === 'subKegiatan');
    let end = i + 1;
    while (end < entities.length && (entities[end].level === 'subKegiatan' || (entities[end].level === 'unknown' && !entities[end].name.match(/^\s*program\b/i)))) end++;
    const after = entities.slice(i + 1, end).filter((x) => x.level === 'subKegiatan');
    let kegiatanOfProgram: Entity[] = [];
    if (program) {
      const from = entities.indexOf(program);
      let to = from + 1;
      while (to < entities.length && entities[to].level !== 'program' && entities[to].level !== 'urusan' && entities[to].level !== 'bidang') to++;
      kegiatanOfProgram = entities.slice(from + 1, to).filter((x) => x !== e && x.level === 'kegiatan');
    }
    const asKegiatan = misses(open, between) + misses(e, after) + (program ? misses(program, [...kegiatanOfProgram, e]) : 0);
    const asSub = misses(open, [...between, e, ...after]) + (program ? misses(program, kegiatanOfProgram) : 0);
    if (asKegiatan === asSub) return undefined;
    return asKegiatan < asSub ? 'kegiatan' : 'subKegiatan';
  };
}

/** Among still-unknown entities under programs: the shallower indent (or bold) is the kegiatan. */
function assignByIndentation(entities: Entity[], row: (e: Entity) => RowModel | undefined): void {
  const candidates = entities.filter((e) => e.level !== 'program' && e.level !== 'urusan' && e.level !== 'bidang');
  const indents = new Set(candidates.map((e) => row(e)?.indent ?? 0));
  const bolds = new Set(candidates.map((e) => !!row(e)?.bold));
  if (indents.size >= 2) {
    const min = Math.min(...indents);
    for (const e of candidates) {
      if (e.level !== 'unknown') continue;
      e.level = (row(e)?.indent ?? 0) === min ? 'kegiatan' : 'subKegiatan';
      e.levelSource = 'indentasi';
    }
  } else if (bolds.size === 2) {
    for (const e of candidates) {
      if (e.level !== 'unknown') continue;
      e.level = row(e)?.bold ? 'kegiatan' : 'subKegiatan';
      e.levelSource = 'indentasi';
    }
  }
}

/**
 * Last resort: an unknown entity whose pagu equals the sum of the entities right after it (up to
 * the next kegiatan or program) is a kegiatan; those are its sub kegiatan.
 */
function assignBySums(model: TableModel, entities: Entity[]): void {
  const paguCols = model.cols('pagu').map((c) => c.col);
  if (paguCols.length === 0) {
    for (const e of entities) if (e.level === 'unknown') e.level = 'kegiatan';
    return;
  }
  const pagu = (e: Entity) => paguCols.map((c) => model.entityValue(e, c)?.reading?.value ?? 0);
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.level !== 'unknown') continue;
    const own = pagu(e);
    if (own.every((v) => v === 0)) continue;
    const acc = own.map(() => 0);
    for (let j = i + 1; j < entities.length; j++) {
      const f = entities[j];
      if (f.level === 'program' || f.level === 'kegiatan' || f.level === 'urusan' || f.level === 'bidang') break;
      pagu(f).forEach((v, k) => (acc[k] += v));
      if (acc.every((v, k) => sameAmount(v, own[k]))) {
        e.level = 'kegiatan';
        e.levelSource = 'jumlah';
        for (let k = i + 1; k <= j; k++) {
          if (entities[k].level === 'unknown') {
            entities[k].level = 'subKegiatan';
            entities[k].levelSource = 'jumlah';
          }
        }
        break;
      }
    }
  }
  // What is still unknown: a sub kegiatan when a kegiatan is open above it, else a kegiatan.
  let open: Level | undefined;
  for (const e of entities) {
    if (e.level === 'unknown') {
      e.level = open === 'kegiatan' || open === 'subKegiatan' ? 'subKegiatan' : 'kegiatan';
      e.levelSource = 'posisi';
    }
    open = e.level;
  }
}

const DEPTH: Record<Level, number> = { urusan: 0, bidang: 1, program: 2, kegiatan: 3, subKegiatan: 4, unknown: 5 };

/** Links each entity to the nearest open entity one level up. */
export function linkHierarchy(entities: Entity[]): void {
  const open: (Entity | undefined)[] = [];
  for (const e of entities) {
    const d = DEPTH[e.level];
    for (let k = d; k < open.length; k++) open[k] = undefined;
    const parentDepth = d - 1;
    // A program under an urusan row with no bidang row between them belongs to the urusan.
    const parent = parentDepth >= 0 ? (open[parentDepth] ?? (e.level === 'program' ? open[0] : undefined)) : undefined;
    if (parent) {
      e.parent = parent;
      parent.children.push(e);
    }
    open[d] = e;
  }
}

export { DEPTH };
