/**
 * crosstable.cascading-*: every program / kegiatan / sub kegiatan of the funding table appears in
 * the cascading table and back.
 *
 * Entities are paired across the two tables in three steps:
 * 1. by code, where both carry one (normalised; X.XX stands for any bidang): an equal code is the
 *    same entity whatever its name's spelling;
 * 2. by name written the same way (case, spaces, punctuation, "&" for "dan", a code typed in the
 *    name cell are no difference), level for level;
 * 3. the rest by similar name (typos), level for level and one to one: the best-scoring pairs
 *    first, so one row cannot account for two — a missing sub kegiatan is never "found" as its
 *    sibling with a near-identical name. Two entities whose codes differ are not paired here.
 */
import { qualified } from '../address';
import type { Entity, Level, TableModel } from '../model';
import { LEVEL_LABEL } from '../model';
import { splitLeadingCode } from '../model/rows';
import { normalizeCode } from '../nomenclature';
import { normalize, trigramSimilarity, trigrams } from '../text';
import type { Finding, WorkbookRule } from './types';
import { a1, entityLabel, finding } from './util';

const SAME = 0.8;
const ABSENT = 0.5;

interface Side {
  model: TableModel;
  items: Item[];
  /** The levels the table holds: a cascading drawn down to kegiatan says nothing of sub kegiatan. */
  levels: Set<Level>;
}

interface Item {
  entity: Entity;
  /** Normalised code segments (numbers without leading zeros, "x" for X/XX), when it has a code. */
  code?: string[];
  /** The name as compared: no code in front, "&" read as "dan", normalised. */
  key: string;
  grams: Set<string>;
  matched: boolean;
}

function codeParts(code: string | undefined): string[] | undefined {
  if (!code) return undefined;
  const parts = normalizeCode(code)
    .split('.')
    .map((s) => (/^x+$/i.test(s) ? 'x' : /^\d+$/.test(s) ? String(parseInt(s, 10)) : s.toLowerCase()));
  return parts.length >= 2 ? parts : undefined;
}

/** A code standing for any bidang (X.XX.01 …): compared from the program on. */
const wild = (parts: string[]): boolean => parts[0] === 'x' || parts[1] === 'x';
const fullKey = (parts: string[]): string => parts.join('.');
const tailKey = (parts: string[]): string => `${parts.length}:${parts.slice(2).join('.')}`;

function sameCode(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  return wild(a) || wild(b) ? tailKey(a) === tailKey(b) : fullKey(a) === fullKey(b);
}

function nameKey(name: string): string {
  return normalize(splitLeadingCode(name).name.replace(/\s*&\s*/g, ' dan '));
}

function side(model: TableModel): Side {
  const items: Item[] = [];
  for (const e of model.entities) {
    if (!e.name) continue;
    const key = nameKey(e.name);
    items.push({ entity: e, code: codeParts(e.code ?? splitLeadingCode(e.name).code), key, grams: trigrams(key), matched: false });
  }
  return { model, items, levels: new Set(items.map((i) => i.entity.level)) };
}

/** Both carry codes and they differ: two entities, however alike their names. */
const codesDiffer = (a: Item, b: Item): boolean => !!a.code && !!b.code && !sameCode(a.code, b.code);

function score(a: Item, b: Item): number {
  return a.key === b.key ? 1 : trigramSimilarity(a.grams, b.grams);
}

/** Pairs the two sides' entities (see the header); marks every item that has a counterpart. */
function pair(a: Side, b: Side): void {
  // 1. Codes. An equal code marks both, however many rows carry it (a program repeated on a new page).
  const full = new Map<string, Item[]>();
  const wildTail = new Map<string, Item[]>();
  const anyTail = new Map<string, Item[]>();
  const add = (m: Map<string, Item[]>, k: string, it: Item) => {
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  };
  for (const it of b.items) {
    if (!it.code) continue;
    add(anyTail, tailKey(it.code), it);
    if (wild(it.code)) add(wildTail, tailKey(it.code), it);
    else add(full, fullKey(it.code), it);
  }
  for (const it of a.items) {
    if (!it.code) continue;
    const hits = wild(it.code) ? anyTail.get(tailKey(it.code)) ?? [] : [...(full.get(fullKey(it.code)) ?? []), ...(wildTail.get(tailKey(it.code)) ?? [])];
    const same = hits.filter((h) => h.code!.length === it.code!.length);
    if (same.length === 0) continue;
    it.matched = true;
    for (const h of same) h.matched = true;
  }
  // 2. Names written alike, level for level (a name written twice on one side finds its one counterpart;
  //    two codes for one name is a code typed wrong, not a missing entity).
  const open = (s: Side) => s.items.filter((it) => !it.matched);
  const restA = open(a);
  const restB = open(b);
  const byKey = new Map<string, Item[]>();
  for (const it of restB) add(byKey, `${it.entity.level}|${it.key}`, it);
  for (const it of restA) {
    if (!it.key) continue;
    const hits = byKey.get(`${it.entity.level}|${it.key}`) ?? [];
    if (hits.length === 0) continue;
    it.matched = true;
    for (const h of hits) h.matched = true;
  }
  // 3. Similar names, level for level, one to one, best pairs first.
  const leftA = restA.filter((it) => !it.matched);
  const leftB = restB.filter((it) => !it.matched);
  if (leftA.length === 0 || leftB.length === 0) return;
  const pairs: { x: Item; y: Item; s: number }[] = [];
  for (const x of leftA) {
    for (const y of leftB) {
      if (x.entity.level !== y.entity.level || codesDiffer(x, y)) continue;
      const s = score(x, y);
      if (s >= SAME) pairs.push({ x, y, s });
    }
  }
  pairs.sort((p, q) => q.s - p.s);
  for (const { x, y } of pairs) {
    if (x.matched || y.matched) continue;
    x.matched = true;
    y.matched = true;
  }
}

function missing(from: Side, to: Side, rule: string, where: string): Finding[] {
  const out: Finding[] = [];
  const unmatched = to.items.filter((it) => !it.matched);
  for (const it of from.items) {
    const e = it.entity;
    if (it.matched || e.level === 'urusan' || e.level === 'bidang' || !to.levels.has(e.level)) continue;
    // The nearest entity of the same level the other table holds no counterpart of: perhaps renamed.
    let near: { entity: Entity; score: number } | undefined;
    for (const other of unmatched) {
      if (other.entity.level !== e.level || codesDiffer(it, other)) continue;
      const s = score(it, other);
      if (s >= ABSENT && (!near || s > near.score)) near = { entity: other.entity, score: s };
    }
    const ref = near ? qualified(to.model.table.sheet, a1(near.entity.nameRow, near.entity.nameCol)) : undefined;
    const hint = near ? ` Yang paling mirip: ${LEVEL_LABEL[near.entity.level]} "${near.entity.name}" (${ref}) — bila itu yang dimaksud, samakan namanya.` : '';
    out.push(
      finding(from.model, rule, near ? 'warning' : 'error', e.nameRow, e.nameCol, e.name, near ? near.entity.name : null, ref ? [ref] : [],
        `${entityLabel(e)} di ${a1(e.nameRow, e.nameCol)} tidak ditemukan di ${where} (${to.model.table.sheet}).${hint} Setiap program, kegiatan dan sub kegiatan harus ada di kedua tabel.`),
    );
  }
  return out;
}

export const crosstableCascading: WorkbookRule = {
  id: 'crosstable.cascading',
  scope: 'workbook',
  emits: ['crosstable.tidak-di-cascading', 'crosstable.tidak-di-pendanaan'],
  description:
    'Setiap program/kegiatan/sub kegiatan tabel pendanaan ada di tabel cascading (crosstable.tidak-di-cascading) dan sebaliknya (crosstable.tidak-di-pendanaan).',
  check(ctx) {
    const funding = ctx.models.filter((m) => m.table.kind === 'program-pendanaan');
    const cascading = ctx.models.filter((m) => m.table.kind === 'cascading');
    if (funding.length !== 1 || cascading.length !== 1) return [];
    const f = side(funding[0]);
    const c = side(cascading[0]);
    pair(f, c);
    return [
      ...missing(f, c, 'crosstable.tidak-di-cascading', 'tabel cascading'),
      ...missing(c, f, 'crosstable.tidak-di-pendanaan', 'tabel program, kegiatan dan pendanaan'),
    ];
  },
};
