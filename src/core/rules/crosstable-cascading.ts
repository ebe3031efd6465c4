/**
 * crosstable.cascading-*: every program / kegiatan / sub kegiatan of the funding table appears in
 * the cascading table and back (names matched tolerantly).
 */
import { qualified } from '../address';
import type { Entity, TableModel } from '../model';
import { LEVEL_LABEL } from '../model';
import { normalize, similarity } from '../text';
import type { Finding, WorkbookRule } from './types';
import { a1, entityLabel, finding } from './util';

const SAME = 0.8;
const ABSENT = 0.5;

interface Hit {
  entity: Entity;
  score: number;
}

function closest(e: Entity, pool: Entity[]): Hit | undefined {
  const key = normalize(e.name);
  let best: Hit | undefined;
  for (const other of pool) {
    const score = normalize(other.name) === key ? 1 : similarity(e.name, other.name);
    if (!best || score > best.score) best = { entity: other, score };
  }
  return best;
}

function missing(from: TableModel, to: TableModel, rule: string, where: string): Finding[] {
  const out: Finding[] = [];
  const pool = to.entities.filter((e) => e.name);
  // Only the levels both tables hold: a cascading drawn down to kegiatan says nothing of sub kegiatan.
  const levels = new Set(pool.map((e) => e.level));
  for (const e of from.entities) {
    if (!e.name || e.level === 'urusan' || e.level === 'bidang' || !levels.has(e.level)) continue;
    const hit = closest(e, pool);
    if (hit && hit.score >= SAME) continue;
    const ref = hit ? qualified(to.table.sheet, a1(hit.entity.nameRow, hit.entity.nameCol)) : undefined;
    const severity = !hit || hit.score < ABSENT ? 'error' : 'warning';
    const near = hit && hit.score >= ABSENT ? ` Yang paling mirip: ${LEVEL_LABEL[hit.entity.level]} "${hit.entity.name}" (${ref}) — bila itu yang dimaksud, samakan namanya.` : '';
    out.push(
      finding(from, rule, severity, e.nameRow, e.nameCol, e.name, hit && hit.score >= ABSENT ? hit.entity.name : null, ref ? [ref] : [],
        `${entityLabel(e)} di ${a1(e.nameRow, e.nameCol)} tidak ditemukan di ${where} (${to.table.sheet}).${near} Setiap program, kegiatan dan sub kegiatan harus ada di kedua tabel.`),
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
    return [
      ...missing(funding[0], cascading[0], 'crosstable.tidak-di-cascading', 'tabel cascading'),
      ...missing(cascading[0], funding[0], 'crosstable.tidak-di-pendanaan', 'tabel program, kegiatan dan pendanaan'),
    ];
  },
};
