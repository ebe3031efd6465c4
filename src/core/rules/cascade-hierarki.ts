/**
 * cascade.*: every sub kegiatan under a kegiatan, every kegiatan under a program, and codes that
 * agree with their position (a child's code starts with its parent's).
 */
import { normalizeCode } from '../nomenclature';
import type { Entity, TableModel } from '../model';
import type { Finding, TableRule } from './types';
import { a1, entityLabel, finding } from './util';

/** Does `child` start with `parent`, segment by segment (X.XX stands for any bidang)? */
export function codeExtends(child: string, parent: string): boolean {
  const nc = normalizeCode(child);
  const np = normalizeCode(parent);
  if (nc.length > np.length && nc.startsWith(np) && nc[np.length] === '.') return true;
  const c = nc.split('.');
  const p = np.split('.');
  if (c.length <= p.length) return false;
  return p.every((seg, i) => {
    const other = c[i];
    if (/^x+$/i.test(seg) || /^x+$/i.test(other)) return true;
    if (/^\d+$/.test(seg) && /^\d+$/.test(other)) return parseInt(seg, 10) === parseInt(other, 10);
    return seg.toLowerCase() === other.toLowerCase();
  });
}

function codeCell(e: Entity): { row: number; col: number } {
  return { row: e.nameRow, col: e.codeCol ?? e.nameCol };
}

/** A level the row itself states (its code or its official name), not one read from layout or sums. */
const STATED = new Set(['kode', 'nomenklatur', 'nama']);

export function cascadeFindings(model: TableModel): Finding[] {
  const out: Finding[] = [];
  // A table with no program at all (a T-C.24 of belanja rows, say) groups rows by layout and sums
  // only: a missing parent is an error there only for a row whose code or official name says its level.
  const has = new Set(model.entities.map((e) => e.level));
  for (const e of model.entities) {
    const stated = STATED.has(e.levelSource);
    if (e.level === 'subKegiatan' && (!e.parent || e.parent.level !== 'kegiatan') && (stated || has.has('kegiatan'))) {
      out.push(
        finding(model, 'cascade.sub-tanpa-kegiatan', 'error', e.nameRow, e.nameCol, 'kegiatan induk', null, [],
          `${entityLabel(e)} di ${a1(e.nameRow, e.nameCol)} tidak berada di bawah kegiatan mana pun${e.parent ? ` (langsung di bawah ${entityLabel(e.parent)})` : ''}. Setiap sub kegiatan harus menjadi rincian satu kegiatan.`),
      );
    }
    if (e.level === 'kegiatan' && (!e.parent || e.parent.level !== 'program') && (stated || has.has('program'))) {
      out.push(
        finding(model, 'cascade.kegiatan-tanpa-program', 'error', e.nameRow, e.nameCol, 'program induk', null, [],
          `${entityLabel(e)} di ${a1(e.nameRow, e.nameCol)} tidak berada di bawah program mana pun. Setiap kegiatan harus menjadi rincian satu program.`),
      );
    }
    if (e.code && e.parent?.code && e.parent.level !== 'urusan' && e.parent.level !== 'bidang' && !codeExtends(e.code, e.parent.code)) {
      const at = codeCell(e);
      const pc = codeCell(e.parent);
      out.push(
        finding(model, 'cascade.kode-induk', 'error', at.row, at.col, `${e.parent.code}.…`, e.code, [a1(pc.row, pc.col)],
          `Kode ${e.code} (${entityLabel(e)}) tidak diawali kode induknya ${e.parent.code} (${entityLabel(e.parent)}, ${a1(pc.row, pc.col)}). Kode anak harus diawali kode induknya: kodenya salah atau barisnya salah tempat.`),
      );
    }
  }
  return out;
}

export const cascadeHierarki: TableRule = {
  id: 'cascade.hierarki',
  scope: 'table',
  emits: ['cascade.sub-tanpa-kegiatan', 'cascade.kegiatan-tanpa-program', 'cascade.kode-induk'],
  description:
    'Sub kegiatan berada di bawah kegiatan (cascade.sub-tanpa-kegiatan), kegiatan di bawah program (cascade.kegiatan-tanpa-program), dan kode anak diawali kode induknya (cascade.kode-induk).',
  check: cascadeFindings,
};
