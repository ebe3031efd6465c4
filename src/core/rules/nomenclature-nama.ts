/**
 * nomenclature.*: program / kegiatan / sub kegiatan names (and codes) against the official list,
 * with the closest official name and its code.
 */
import { normalizeCode, type NomMatch } from '../nomenclature';
import type { Entity } from '../model';
import { LEVEL_LABEL } from '../model';
import { normalize } from '../text';
import type { Finding, TableRule } from './types';
import { a1, entityLabel, finding } from './util';

const NEAR = 0.6;

export const nomenclatureNama: TableRule = {
  id: 'nomenclature.nama',
  scope: 'table',
  emits: ['nomenclature.nama', 'nomenclature.kode'],
  description:
    'Nama program/kegiatan/sub kegiatan sesuai nomenklatur resmi 2027 (nomenclature.nama, dengan nama resmi terdekat dan kodenya); kode yang tidak ada di nomenklatur atau milik nama lain (nomenclature.kode).',
  check(model, ctx) {
    const out: Finding[] = [];
    const nom = ctx.nomenclature;
    if (!nom || (model.table.kind !== 'program-pendanaan' && model.table.kind !== 'cascading')) return out;
    for (const e of model.entities) {
      if (!e.name || (e.level !== 'program' && e.level !== 'kegiatan' && e.level !== 'subKegiatan')) continue;
      if (e.code) {
        const official = nom.lookupCode(e.code, e.name);
        if (!official) {
          e.nomenclature ??= nom.match(e.name, 10, e.code).find((m) => m.entry.level === e.level);
          out.push(
            finding(model, 'nomenclature.kode', 'warning', e.nameRow, e.codeCol ?? e.nameCol, null, e.code, [],
              `Kode ${e.code} (${entityLabel(e)}) tidak ada di nomenklatur sub kegiatan 2027${suggest(e.nomenclature)}.`),
          );
          continue;
        }
        if (normalize(official.name) !== normalize(e.name)) {
          out.push(
            finding(model, 'nomenclature.nama', 'warning', e.nameRow, e.nameCol, official.name, e.name, [],
              `Nama ${LEVEL_LABEL[e.level]} berkode ${e.code} di ${a1(e.nameRow, e.nameCol)} tertulis "${e.name}", sedangkan nama resmi untuk kode ${normalizeCode(official.code)} adalah "${official.name}".`),
          );
        }
        continue;
      }
      const m = e.nomenclature;
      if (m && m.score === 1) continue;
      out.push(nameFinding(model, e, m));
    }
    return out;
  },
};

function suggest(m: NomMatch | undefined): string {
  return m && m.score >= NEAR ? `; nama resmi terdekat: "${m.entry.name}" (${m.entry.code})` : '';
}

function nameFinding(model: Parameters<typeof finding>[0], e: Entity, m: NomMatch | undefined): Finding {
  if (m && m.score >= NEAR) {
    return finding(model, 'nomenclature.nama', 'warning', e.nameRow, e.nameCol, m.entry.name, e.name, [],
      `Nama ${LEVEL_LABEL[e.level]} di ${a1(e.nameRow, e.nameCol)} "${e.name}" tidak persis sama dengan nomenklatur resmi 2027; yang paling dekat: "${m.entry.name}" (kode ${m.entry.code}). Gunakan ejaan resmi agar cocok saat diinput ke SIPD.`);
  }
  return finding(model, 'nomenclature.nama', 'warning', e.nameRow, e.nameCol, null, e.name, [],
    `Nama ${LEVEL_LABEL[e.level]} di ${a1(e.nameRow, e.nameCol)} "${e.name}" tidak ditemukan di nomenklatur resmi 2027${suggest(m)}.`);
}
