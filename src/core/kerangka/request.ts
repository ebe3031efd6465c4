/**
 * What a planner asks for — jenis pemda, bidang, programs, first year, agency — checked against the
 * nomenclature and turned into the sheet. One place for the CLI, the task pane's hosts and the
 * Sheets server, so that each refuses the same things with the same words.
 */
import { normalizeCode } from '../nomenclature';
import { JENIS_LABEL, type BidangItem, type JenisPemda, type KerangkaCatalog, type ProgramItem } from './catalog';
import { kerangkaLayout, type SheetLayout } from './layout';

export interface KerangkaRequest {
  jenis: JenisPemda;
  /** Bidang urusan code, e.g. "7.01" ("7.1" is read as 7.01). */
  bidang: string;
  /** Program codes ("7.01.01" or "X.XX.01"); every program of the bidang when empty or absent. */
  programs?: string[];
  tahunAwal: number;
  judul?: string;
  sheetName?: string;
}

/** A request the nomenclature cannot satisfy; the message (Bahasa Indonesia) says why and what exists. */
export class KerangkaRequestError extends Error {}

export interface KerangkaResult {
  layout: SheetLayout;
  bidang: BidangItem;
  programs: ProgramItem[];
  /** "2 program, 19 kegiatan, 129 sub kegiatan". */
  summary: string;
}

const other = (j: JenisPemda): JenisPemda => (j === 'kab' ? 'prov' : 'kab');

/** A first year the form can carry: four digits, 2000–2100. */
export function tahunAwalProblem(tahun: number): string | undefined {
  return Number.isInteger(tahun) && tahun >= 2000 && tahun <= 2100 ? undefined : 'Tahun pertama periode harus tahun empat angka, misalnya 2025.';
}

export function countOf(programs: ProgramItem[]): string {
  const kegiatan = programs.reduce((n, p) => n + p.kegiatan.length, 0);
  const sub = programs.reduce((n, p) => n + p.kegiatan.reduce((m, k) => m + k.subKegiatan.length, 0), 0);
  return `${programs.length} program, ${kegiatan} kegiatan, ${sub} sub kegiatan`;
}

export function findBidangOrExplain(catalog: KerangkaCatalog, jenis: JenisPemda, code: string): BidangItem {
  const wanted = normalizeCode(code);
  const bidang = catalog.findBidang(jenis, wanted);
  if (bidang) return bidang;
  const elsewhere = catalog.findBidang(other(jenis), wanted);
  throw new KerangkaRequestError(
    `Bidang ${code} tidak ada di nomenklatur 2027 ${JENIS_LABEL[jenis]}${elsewhere ? ` (ada untuk ${JENIS_LABEL[other(jenis)]}: pakai --jenis ${other(jenis)})` : ''}; lihat renstra kerangka --daftar${jenis === 'prov' ? ' --jenis prov' : ''}.`,
  );
}

export function kerangkaFromRequest(catalog: KerangkaCatalog, request: KerangkaRequest): KerangkaResult {
  const problem = tahunAwalProblem(request.tahunAwal);
  if (problem) throw new KerangkaRequestError(problem);
  const bidang = findBidangOrExplain(catalog, request.jenis, request.bidang);
  const all = catalog.programs(request.jenis, bidang.code);
  let programs = all;
  if (request.programs?.length) {
    const own = (code: string) => normalizeCode(code.trim().replace(/^x\.xx(?=\.)/i, bidang.code));
    const codes = new Set(request.programs.map(own));
    const unknown = [...codes].filter((c) => !all.some((p) => p.code === c));
    if (unknown.length) {
      throw new KerangkaRequestError(
        `Program ${unknown.join(', ')} tidak ada pada bidang ${bidang.code} di nomenklatur 2027 (${JENIS_LABEL[request.jenis]}). Program bidang ini: ${all.map((p) => p.code).join(', ')}.`,
      );
    }
    programs = all.filter((p) => codes.has(p.code));
  }
  if (programs.length === 0) throw new KerangkaRequestError(`Bidang ${bidang.code} tidak punya program di nomenklatur 2027 (${JENIS_LABEL[request.jenis]}).`);
  const layout = kerangkaLayout({ jenis: request.jenis, bidang, programs, tahunAwal: request.tahunAwal, judul: request.judul, sheetName: request.sheetName });
  return { layout, bidang, programs, summary: countOf(programs) };
}
