/**
 * Entities and their hierarchy. A program / kegiatan / sub kegiatan spans its name row and its
 * continuation rows. Levels come from, in order of trust: codes, the name itself (PROGRAM …),
 * the official nomenclature, indentation or bold, and as a last resort the sums themselves.
 */
import { levelOfCode, normalizeCode, type Nomenclature, type NomLevel } from '../nomenclature';
import { sameAmount } from '../formulas/rounding';
import type { Entity, Level, RowModel, TableModel } from './types';

const PROGRAM_NAME = /^\s*program\b/i;
const URUSAN_NAME = /^\s*urusan\b/i;
const BIDANG_NAME = /^\s*(bidang urusan|urusan pemerintahan bidang)\b/i;

/** Nomenclature match strong enough to decide a level. */
const NOM_LEVEL_SCORE = 0.8;

export function groupEntities(rows: RowModel[]): Entity[] {
  const entities: Entity[] = [];
  let current: Entity | undefined;
  for (const row of rows) {
    if (row.kind === 'total') {
      current = undefined;
      continue;
    }
    if (row.kind === 'continuation' || row.kind === 'context') {
      if (current) current.rows.push(row.r);
      continue;
    }
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

function levelFromName(name: string): Level | undefined {
  if (BIDANG_NAME.test(name)) return 'bidang';
  if (URUSAN_NAME.test(name)) return 'urusan';
  if (PROGRAM_NAME.test(name)) return 'program';
  return undefined;
}

/** Decides each entity's level. */
export function assignLevels(model: TableModel, entities: Entity[], nomenclature?: Nomenclature): void {
  const rowOf = model.rowByIndex;
  for (const e of entities) {
    if (e.code) {
      const lv = levelOfCode(normalizeCode(e.code));
      if (lv) {
        e.level = lv;
        e.levelSource = 'kode';
      }
    }
    if (e.level === 'unknown') {
      const lv = levelFromName(e.name);
      if (lv) {
        e.level = lv;
        e.levelSource = 'nama';
      }
    }
    // A level read from the code needs no name match here; the nomenclature rule matches lazily.
    if (nomenclature && e.name && e.levelSource !== 'kode' && e.level !== 'urusan' && e.level !== 'bidang') {
      const target: NomLevel | undefined = e.level === 'unknown' ? undefined : (e.level as NomLevel);
      const matches = nomenclature.match(e.name, 10, e.code);
      const best = target ? matches.find((m) => m.entry.level === target) : matches[0];
      if (best) e.nomenclature = best;
      if (e.level === 'unknown' && best && best.score >= NOM_LEVEL_SCORE) {
        // A name that is both a kegiatan and a sub kegiatan somewhere stays undecided here.
        const rival = matches.find((m) => m.entry.level !== best.entry.level && m.score >= best.score - 0.02);
        if (!rival || e.hint === best.entry.level) {
          e.level = best.entry.level;
          e.levelSource = 'nomenklatur';
        }
      }
    }
    if (e.level === 'unknown' && e.hint) {
      e.level = e.hint;
      e.levelSource = 'kolom';
    }
  }
  assignByIndentation(entities, (e) => rowOf.get(e.nameRow));
  assignBySums(model, entities);
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
    const parent = parentDepth >= 0 ? open[parentDepth] : undefined;
    if (parent) {
      e.parent = parent;
      parent.children.push(e);
    }
    open[d] = e;
  }
}

export { DEPTH };
