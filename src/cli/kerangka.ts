/**
 * `renstra kerangka`: a new workbook holding the T-C.27 funding table of the chosen bidang urusan
 * and programs, every kegiatan and sub kegiatan under them with the official names, codes,
 * indikator and satuan, and the sums as live formulas.
 *
 *   renstra kerangka --bidang 7.01 [--program 7.01.01,7.01.06] [--jenis kab|prov] [--tahun-awal 2025]
 *                    [--judul "Kecamatan Kartoharjo"] [--lembar NAMA] -o kerangka.xlsx [--paksa]
 *   renstra kerangka --daftar [--bidang 7.01] [--jenis prov]
 */
import { existsSync } from 'fs';
import { parseArgs } from 'util';
import kerangkaData from '../data/kerangka.json';
import { KerangkaCatalog, JENIS_LABEL, type JenisPemda, type KerangkaData } from '../core/kerangka/catalog';
import { DEFAULT_TAHUN_AWAL } from '../core/kerangka/layout';
import { countOf, findBidangOrExplain, kerangkaFromRequest, KerangkaRequestError, tahunAwalProblem } from '../core/kerangka/request';
import { kerangkaWorkbook } from './kerangka-xlsx';
import { WorkbookReadError } from './read-xlsx';
import { writeAtomically } from './write-file';

// The usage and its error live apart: `renstra check` must not load the nomenclature tree to print them.
import { KERANGKA_USAGE, KerangkaUsageError } from './kerangka-usage';
export { KERANGKA_USAGE, KerangkaUsageError };

export interface KerangkaArgs {
  list: boolean;
  jenis: JenisPemda;
  bidang?: string;
  programs: string[];
  tahunAwal: number;
  judul?: string;
  sheet?: string;
  output?: string;
  force: boolean;
}

export function parseKerangkaArgs(args: string[]): KerangkaArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: false,
      options: {
        bidang: { type: 'string' },
        program: { type: 'string', multiple: true },
        jenis: { type: 'string' },
        'tahun-awal': { type: 'string' },
        judul: { type: 'string' },
        lembar: { type: 'string' },
        output: { type: 'string', short: 'o' },
        paksa: { type: 'boolean' },
        force: { type: 'boolean' },
        daftar: { type: 'boolean' },
      },
    });
  } catch (e) {
    throw new KerangkaUsageError(argumentProblem(e as Error & { code?: string }));
  }
  const v = parsed.values;
  const jenisText = (v.jenis ?? 'kab').toLowerCase();
  const jenis: JenisPemda | undefined = /^(kab|kabupaten|kota|kabkot|kabupaten\/kota)$/.test(jenisText) ? 'kab' : /^(prov|provinsi)$/.test(jenisText) ? 'prov' : undefined;
  if (!jenis) throw new KerangkaUsageError(`--jenis harus "kab" (Kabupaten/Kota) atau "prov" (Provinsi), bukan "${v.jenis}".`);
  let tahunAwal = DEFAULT_TAHUN_AWAL;
  if (v['tahun-awal'] !== undefined) {
    tahunAwal = /^\d{4}$/.test(v['tahun-awal'].trim()) ? Number(v['tahun-awal']) : NaN;
    if (tahunAwalProblem(tahunAwal)) throw new KerangkaUsageError(`--tahun-awal harus tahun empat angka, misalnya 2025, bukan "${v['tahun-awal']}".`);
  }
  const programs = (v.program ?? []).flatMap((p) => p.split(/[,;\s]+/)).filter(Boolean);
  const out: KerangkaArgs = { list: !!v.daftar, jenis, bidang: v.bidang?.trim(), programs, tahunAwal, judul: v.judul, sheet: v.lembar, output: v.output, force: !!(v.paksa || v.force) };
  if (out.list) return out;
  if (!out.bidang) throw new KerangkaUsageError('Sebutkan bidang urusan dengan --bidang, misalnya --bidang 7.01 (lihat renstra kerangka --daftar).');
  if (!out.output) throw new KerangkaUsageError('Sebutkan berkas keluaran dengan -o KERANGKA.xlsx.');
  if (!/\.xlsx$/i.test(out.output)) throw new KerangkaUsageError(`Berkas keluaran harus .xlsx: ${out.output}`);
  return out;
}

function argumentProblem(e: Error & { code?: string }): string {
  const option = /'([^']+)'/.exec(e.message)?.[1];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Opsi tidak dikenal: ${option ?? e.message}`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `Opsi ${option ?? ''} perlu nilai.`.replace('  ', ' ');
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `renstra kerangka tidak menerima berkas masukan: ${option ?? e.message} (tulis keluaran dengan -o).`;
  return e.message;
}

let catalog: KerangkaCatalog | undefined;
export function officialKerangkaCatalog(): KerangkaCatalog {
  return (catalog ??= new KerangkaCatalog(kerangkaData as unknown as KerangkaData));
}

export async function runKerangka(args: KerangkaArgs, out: (s: string) => void): Promise<number> {
  const cat = officialKerangkaCatalog();
  const label = JENIS_LABEL[args.jenis];
  try {
    if (args.list && !args.bidang) {
      out(`Bidang urusan di nomenklatur 2027 (${label}):`);
      for (const b of cat.bidang(args.jenis)) out(`  ${b.code.padEnd(6)} ${b.name}`);
      return 0;
    }
    if (args.list) {
      const bidang = findBidangOrExplain(cat, args.jenis, args.bidang!);
      out(`Program bidang ${bidang.code} ${bidang.name} (${label}):`);
      for (const p of cat.programs(args.jenis, bidang.code)) out(`  ${p.code.padEnd(9)} ${p.name} (${countOf([p]).replace(/^1 program, /, '')})`);
      return 0;
    }
    const output = args.output!;
    const made = kerangkaFromRequest(cat, { jenis: args.jenis, bidang: args.bidang!, programs: args.programs, tahunAwal: args.tahunAwal, judul: args.judul, sheetName: args.sheet });
    if (existsSync(output) && !args.force) throw new WorkbookReadError(output, 'berkas sudah ada; pakai --paksa untuk menimpanya, atau pilih nama lain');
    const wb = kerangkaWorkbook(made.layout);
    await writeAtomically(output, Buffer.from(await wb.xlsx.writeBuffer()));
    out(`Kerangka T-C.27 ditulis ke ${output}, lembar "${made.layout.name}":`);
    out(`   bidang ${made.bidang.code} ${made.bidang.name} (${label}), periode ${args.tahunAwal}-${args.tahunAwal + 4}`);
    out(`   ${made.summary} (${made.layout.table.rows.length + made.layout.table.headerRows.length} baris tabel)`);
    out('Isi target dan Rp pada baris sub kegiatan, indikator program dan kegiatan, lalu hapus sub kegiatan yang tidak');
    out('dilaksanakan. Rp program dan kegiatan, baris Jumlah dan kondisi akhir periode menghitung sendiri.');
    return 0;
  } catch (e) {
    if (e instanceof KerangkaRequestError) throw new KerangkaUsageError(e.message);
    throw e;
  }
}
