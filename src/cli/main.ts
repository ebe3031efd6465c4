/**
 * The `renstra` command: checks Renstra workbooks in batch.
 *
 *   renstra check FILE... [--format text|json|csv] [--laporan REKAP.xlsx] [--tanpa-nomenklatur] [--jelaskan] [--tabel SPEC]...
 *   renstra fill FILE -o OUT [--mode portabel|fungsi] …
 *   renstra kerangka --bidang 7.01 -o kerangka.xlsx …
 *   renstra rules
 *
 * Exit status: 0 when no finding is an error, 1 when some are, 2 when the call itself fails (bad
 * arguments, a file that cannot be read) — one line per failing file on stderr; other files are
 * still checked.
 */
import { existsSync, writeFileSync } from 'fs';
import { dirname, relative, resolve, sep } from 'path';
import { agencyName } from '../core/agency';
import { checkWorkbook } from '../core/check';
import { DeclarationError, explainWorkbook, parseDeclarationArg, workbookDeclarations, type TableDeclaration } from '../core/recognize';
import { officialNomenclature } from '../core/nomenclature/official';
import { reportFile, type Report, type ReportFile } from '../core/report';
import { RULES } from '../core/rules/registry';
import { FILL_KIND_LABEL, type FillCell, type FillMode } from '../core/fill/plan';
import { fillXlsx } from './fill-xlsx';
import { KERANGKA_USAGE, KerangkaUsageError } from './kerangka-usage';
import { formatText, summaryLine } from './format-text';
import { readXlsx, WorkbookReadError } from './read-xlsx';
import { writeAtomically } from './write-file';
import { findingsCsv } from '../rekap/csv';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** stderr is a terminal: show progress. */
  errIsTty: boolean;
}

const USAGE = `Pemakaian:
  renstra check BERKAS.xlsx... [--format text|json|csv] [--laporan REKAP.xlsx [--paksa]] [--tanpa-nomenklatur] [--jelaskan]
                [--tabel "'Lembar'!A4:S6=jenis"]...
      Mengenali setiap tabel Renstra di setiap lembar dan memeriksa total, rasio,
      pertumbuhan, cascading dan nomenklaturnya.
      --format text   laporan terbaca, dikelompokkan per berkas, lembar dan tabel (bawaan)
      --format json   laporan JSON (kontrak versi 1, lihat README)
      --format csv    satu baris per temuan (UTF-8 dengan BOM, pemisah ;), untuk dibuka di Excel
      --laporan REKAP.xlsx
                      juga tulis rekap untuk Bappeda: lembar Ringkasan (satu baris per berkas,
                      status Siap / Perlu perbaikan / Tidak terbaca) dan satu lembar temuan per
                      berkas dengan tautan ke selnya; --paksa menimpa rekap yang sudah ada
      --tanpa-nomenklatur   jangan memakai daftar nomenklatur resmi (lebih cepat; tingkat
                            kegiatan/sub kegiatan lalu ditentukan dari kode, indentasi dan jumlah)
      --jelaskan      per lembar: baris judul yang terlihat, arti setiap kolom, dan mengapa
                      sebuah tabel (tidak) dikenali (--explain juga diterima)
      --tabel "'Tabel 4.2'!A4:S6=program-pendanaan"
                      tandai tabel dengan tangan: baris judulnya dan jenisnya (boleh berulang);
                      tanda yang disimpan add-in ("Tandai tabel") di berkas dibaca otomatis
  renstra fill MASUK.xlsx -o KELUAR.xlsx [--mode portabel|fungsi] [--timpa-konflik] [--paksa] [--tabel …]
      Mengisi kolom terhitung (rasio, pertumbuhan, pagu induk, Jumlah, akhir periode) dengan
      rumus, ke berkas baru; berkas masukan tidak pernah diubah.
      --mode portabel  rumus Excel biasa (=IFERROR(O8/I8,""), =SUM(…)), bawaan: berfungsi tanpa add-in
      --mode fungsi    fungsi add-in (=RENSTRA.RASIO_CAPAIAN(O8,I8) …)
      --timpa-konflik  timpa juga sel berisi nilai ketikan yang berbeda dari hasil hitung
                       (--overwrite-conflicts juga diterima)
      --tabel …        tabel yang ditandai dengan tangan, seperti pada renstra check
      --paksa          timpa berkas keluaran bila sudah ada
${KERANGKA_USAGE}
  renstra rules      daftar aturan pemeriksaan
  renstra --help     bantuan ini

Status keluar: 0 tanpa galat, 1 bila ada temuan galat, 2 bila perintah atau berkas gagal dibaca.`;

class UsageError extends Error {}

interface CheckArgs {
  files: string[];
  format: 'text' | 'json' | 'csv';
  /** Also write the Bappeda's rekap workbook here (--laporan). */
  rekap?: string;
  force: boolean;
  nomenclature: boolean;
  explain: boolean;
  tables: TableDeclaration[];
}

function isTableOption(a: string): boolean {
  return /^--(tabel|table)(=|$)/.test(a);
}

/** One --tabel "'Lembar'!A4:S6=jenis" (the value inline after "=" or the next argument). */
function tableOption(a: string, next: string | undefined): TableDeclaration {
  const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : next;
  if (!v) throw new UsageError(`${a} perlu nilai, misalnya --tabel "'Tabel 4.2'!A4:S6=program-pendanaan"`);
  try {
    return parseDeclarationArg(v);
  } catch (e) {
    if (e instanceof DeclarationError) throw new UsageError(e.message);
    throw e;
  }
}

function parseCheckArgs(args: string[]): CheckArgs {
  const out: CheckArgs = { files: [], format: 'text', nomenclature: true, explain: false, tables: [], force: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.split('=')[1] : args[++i];
      if (v !== 'text' && v !== 'json' && v !== 'csv') throw new UsageError(`--format harus "text", "json" atau "csv", bukan "${v ?? ''}".`);
      out.format = v;
    } else if (a === '--laporan' || a.startsWith('--laporan=') || a === '--rekap' || a.startsWith('--rekap=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (!v || !/\.xlsx$/i.test(v)) throw new UsageError(`${a.split('=')[0]} perlu nama berkas .xlsx untuk rekap, misalnya --laporan rekap.xlsx`);
      out.rekap = v;
    } else if (a === '--paksa' || a === '--force') {
      out.force = true;
    } else if (a === '--tanpa-nomenklatur' || a === '--no-nomenclature') out.nomenclature = false;
    else if (a === '--jelaskan' || a === '--explain') out.explain = true;
    else if (isTableOption(a)) out.tables.push(tableOption(a, a.includes('=') ? undefined : args[++i]));
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`Opsi tidak dikenal: ${a}`);
    else out.files.push(a);
  }
  if (out.files.length === 0) throw new UsageError('Sebutkan sedikitnya satu berkas .xlsx yang akan diperiksa.');
  return out;
}

/**
 * Where each phase's time goes, for `npm run bench`: with RENSTRA_WAKTU=FILE the check writes, per
 * workbook, the milliseconds of reading, recognition, models, rules and report to FILE (JSON).
 */
const PHASES_FILE = process.env.RENSTRA_WAKTU;
const clock = (): number => performance.now();

/** The rekap workbook, its links to each file relative to the rekap's folder; never over a file without --paksa. */
async function writeRekap(path: string, report: Report, force: boolean): Promise<void> {
  if (existsSync(path) && !force) throw new WorkbookReadError(path, 'berkas rekap sudah ada; pakai --paksa untuk menimpanya, atau pilih nama lain');
  const from = dirname(resolve(path));
  // Loaded only for a rekap: exceljs would add a quarter second to every `check`.
  const { rekapWorkbook } = await import('../rekap/workbook');
  const wb = rekapWorkbook(report, { linkTo: (file) => relative(from, resolve(file)).split(sep).join('/') });
  await writeAtomically(path, Buffer.from(await wb.xlsx.writeBuffer()));
}

async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const nomenclature = args.nomenclature ? officialNomenclature() : undefined;
  const phases: Record<string, number>[] = [];
  const report: Report = { version: 1, files: [] };
  let failed = false;
  let errors = false;
  const progress = io.errIsTty && args.files.length > 1;
  for (let i = 0; i < args.files.length; i++) {
    const file = args.files[i];
    if (progress) io.err(`[${i + 1}/${args.files.length}] memeriksa ${file} …`);
    let rf: ReportFile;
    try {
      const t0 = clock();
      const grid = await readXlsx(file);
      const t1 = clock();
      const { declarations, problems } = workbookDeclarations(grid, args.tables, args.files.length === 1);
      const timings = { recognise: 0, model: 0, rules: 0 };
      const result = checkWorkbook(grid, { nomenclature, declarations, timings });
      const t2 = clock();
      rf = reportFile(file, result);
      const agency = agencyName(grid);
      if (agency) rf.agency = agency;
      // Without --jelaskan only sheets that gave no table are looked at again (a batch stays fast).
      const looked = args.explain ? grid : { sheets: grid.sheets.filter((s) => !result.tables.some((t) => t.sheet === s.name)) };
      const diagnostics = explainWorkbook(looked, result.tables).filter((d) => args.explain || d.unrecognised);
      if (diagnostics.length) rf.diagnostics = diagnostics;
      if (problems.length) {
        rf.declarationProblems = problems;
        for (const p of problems) io.err(`renstra: ${file}: ${p}`);
      }
      if (rf.findings.some((f) => f.severity === 'error')) errors = true;
      if (PHASES_FILE) phases.push({ read: t1 - t0, ...timings, report: clock() - t2 });
    } catch (e) {
      failed = true;
      const reason = e instanceof WorkbookReadError ? e.reason : `galat tak terduga saat memeriksa (${(e as Error).message})`;
      io.err(`renstra: ${file}: ${reason}`);
      rf = { file, error: reason, tables: [], findings: [] };
    }
    report.files.push(rf);
    if (args.format === 'text') io.out(formatText(rf, { explain: args.explain }) + '\n');
  }
  const t3 = clock();
  if (args.format === 'json') io.out(JSON.stringify(report, null, 2));
  if (args.format === 'csv') io.out(findingsCsv(report).replace(/\r\n$/, ''));
  if (args.rekap) {
    try {
      await writeRekap(args.rekap, report, args.force);
      io.err(`renstra: rekap ${report.files.length} berkas ditulis ke ${args.rekap}`);
    } catch (e) {
      io.err(`renstra: ${e instanceof WorkbookReadError ? `${e.file}: ${e.reason}` : `rekap tidak dapat ditulis (${(e as Error).message})`}`);
      return 2;
    }
  }
  if (PHASES_FILE && phases.length) {
    phases[phases.length - 1].report += clock() - t3;
    writeFileSync(PHASES_FILE, JSON.stringify(phases));
  }
  if (args.format === 'text' && args.files.length > 1) {
    io.out('== Ringkasan semua berkas');
    for (const f of report.files) io.out(`   ${summaryLine(f)}`);
  }
  return failed ? 2 : errors ? 1 : 0;
}

interface FillArgs {
  input: string;
  output: string;
  mode: FillMode;
  overwriteConflicts: boolean;
  force: boolean;
  tables: TableDeclaration[];
}

function parseFillArgs(args: string[]): FillArgs {
  const files: string[] = [];
  let output: string | undefined;
  let mode: FillMode = 'portabel';
  let overwriteConflicts = false;
  let force = false;
  const tables: TableDeclaration[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-o' || a === '--output') output = args[++i];
    else if (isTableOption(a)) tables.push(tableOption(a, a.includes('=') ? undefined : args[++i]));
    else if (a === '--mode' || a.startsWith('--mode=')) {
      const v = a.includes('=') ? a.split('=')[1] : args[++i];
      if (v !== 'portabel' && v !== 'fungsi') throw new UsageError(`--mode harus "portabel" atau "fungsi", bukan "${v ?? ''}".`);
      mode = v;
    } else if (a === '--timpa-konflik' || a === '--overwrite-conflicts') overwriteConflicts = true;
    else if (a === '--paksa' || a === '--force') force = true;
    else if (a.startsWith('-')) throw new UsageError(`Opsi tidak dikenal: ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError('renstra fill mengisi tepat satu berkas masukan.');
  if (!output) throw new UsageError('Sebutkan berkas keluaran dengan -o KELUAR.xlsx (berkas masukan tidak pernah diubah).');
  return { input: files[0], output, mode, overwriteConflicts, force, tables };
}

async function runFill(args: FillArgs, io: Io): Promise<number> {
  let outcome;
  try {
    outcome = await fillXlsx(args.input, args.output, args);
  } catch (e) {
    const reason = e instanceof WorkbookReadError ? `${e.file}: ${e.reason}` : `galat tak terduga (${(e as Error).message})`;
    io.err(`renstra: ${reason}`);
    return 2;
  }
  const { plan, written, skipped } = outcome;
  const conflicts = plan.cells.filter((c) => c.status === 'konflik' && !args.overwriteConflicts);
  // Cells of the plan the workbook's package could not take (inside an array formula, …) count as not filled.
  const blocked = [...plan.cells.filter((c) => c.status === 'terhalang'), ...skipped.map((s) => ({ ...s.cell, reason: s.reason }))];
  io.out(`== ${args.input} → ${args.output} (mode ${args.mode})`);
  const perTable = new Map<string, FillCell[]>();
  for (const c of written) perTable.set(`${c.sheet} — ${c.table}`, [...(perTable.get(`${c.sheet} — ${c.table}`) ?? []), c]);
  for (const [sheet, cells] of perTable) {
    const kinds = new Map<string, number>();
    for (const c of cells) kinds.set(FILL_KIND_LABEL[c.kind], (kinds.get(FILL_KIND_LABEL[c.kind]) ?? 0) + 1);
    io.out(`   ${sheet}: ${cells.length} sel diisi (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')})`);
  }
  if (conflicts.length) {
    io.out(`   Konflik — dibiarkan (pakai --timpa-konflik untuk menimpa):`);
    for (const c of conflicts) io.out(`     ${c.sheet}!${c.cell} ${FILL_KIND_LABEL[c.kind]}: ${c.reason}`);
  }
  if (blocked.length) {
    io.out(`   Tidak diisi:`);
    for (const c of blocked) io.out(`     ${c.sheet}!${c.cell} ${FILL_KIND_LABEL[c.kind]}: ${c.reason}`);
  }
  const same = plan.cells.filter((c) => c.status === 'sama').length;
  io.out(`Ringkasan: ${written.length} sel diisi, ${conflicts.length} konflik dibiarkan, ${blocked.length} tidak dapat diisi${same ? `, ${same} sel sudah berisi rumusnya` : ''}.`);
  if (same > 0 && written.length === 0 && conflicts.length === 0 && blocked.length === 0) io.out('Tidak ada yang perlu diisi: setiap kolom terhitung sudah berisi rumusnya.');
  return 0;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE);
      return command ? 0 : 2;
    }
    if (command === 'rules') {
      for (const r of RULES) {
        io.out(`${r.emits.join(', ')}`);
        io.out(`    ${r.description}`);
      }
      return 0;
    }
    if (command === 'check') return await runCheck(parseCheckArgs(rest), io);
    if (command === 'fill') return await runFill(parseFillArgs(rest), io);
    if (command === 'kerangka') {
      // Loaded only here: the nomenclature tree and the .xlsx writer would slow every `check`.
      const { parseKerangkaArgs, runKerangka } = await import('./kerangka');
      return await runKerangka(parseKerangkaArgs(rest), io.out);
    }
    throw new UsageError(`Perintah tidak dikenal: ${command}`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`renstra: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof KerangkaUsageError) {
      io.err(`renstra kerangka: ${e.message}\n\n${KERANGKA_USAGE}`);
      return 2;
    }
    if (e instanceof WorkbookReadError) {
      io.err(`renstra: ${e.file}: ${e.reason}`);
      return 2;
    }
    io.err(`renstra: galat tak terduga: ${(e as Error).message}`);
    return 2;
  }
}

export function run(): void {
  // Output piped into `head` or a pager that quits: stop quietly, as command-line tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const io: Io = {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
    errIsTty: !!process.stderr.isTTY,
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`renstra: galat tak terduga: ${(e as Error).message}\n`);
      process.exitCode = 2;
    },
  );
}
