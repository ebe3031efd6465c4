/**
 * Benchmark: is a check as fast as opening the file? For each workbook, the whole
 * `renstra check --format json` process is timed against a process that only loads the same file
 * with exceljs and touches every cell (scripts/bench-exceljs-load.js), in alternating runs (median
 * of five), with each process's peak memory and the check's own phases (read, recognise, model,
 * rules, report). Workbooks: 1, 40 and 400 generated agency sheets of 400 rows; the Kabupaten
 * workbook (40 copies of the sample's Tabel 4.2 with its merged headers, plus one long sheet); one
 * sheet of 100 000 rows. Goals: on the Kabupaten workbook end-to-end ≤ 1,3× the exceljs-only load
 * and peak memory ≤ 1,5×.
 *
 *   npm run build && npm run bench     (workbooks are generated once into .bench/)
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import data from '../src/data/nomenklatur.json';

const ROOT = join(__dirname, '..');
const SAMPLE = join(ROOT, 'examples', 'renstra-kartoharjo-2025-2029.xlsx');
const RUNS = 5;

interface Tree {
  code: string;
  name: string;
  kegiatan: { code: string; name: string; subs: { code: string; name: string }[] }[];
}

/** Kab/kota programs with their kegiatan and sub kegiatan from the shipped nomenclature. */
function officialTrees(): Tree[] {
  const subsOf = new Map<string, [string, string][]>(data.subKegiatan as [string, [string, string][]][]);
  const out: Tree[] = [];
  for (const [pcode, pname] of data.programs as [string, string][]) {
    const kegiatan = (data.kegiatan as [string, string][])
      .filter(([k]) => k.startsWith(`${pcode}.2.`))
      .map(([code, name]) => ({ code, name, subs: (subsOf.get(code) ?? []).map(([s, n]) => ({ code: `${code}.${s}`, name: n })) }))
      .filter((k) => k.subs.length > 0);
    if (kegiatan.length) out.push({ code: pcode, name: pname, kegiatan });
  }
  return out;
}

const YEARS = [2026, 2027, 2028, 2029, 2030];
const HEADER_EVERY = 45;

/** Writes one T-C.27 sheet of about `rows` data rows, with a planted Jumlah error. */
function writeAgency(ws: ExcelJS.Worksheet, trees: Tree[], start: number, rows: number): void {
  // Programs taken from odd positions of the list are written without codes, so half the rows get
  // their level from the nomenclature (and typos go through fuzzy matching).
  const header = () => {
    ws.addRow(['KODE', 'PROGRAM/ KEGIATAN/ SUB KEGIATAN', 'INDIKATOR', 'BASELINE 2025', ...YEARS.flatMap(() => ['TARGET DAN PAGU INDIKATIF TAHUN', '']), 'KET']);
    ws.addRow(['', '', '', '', ...YEARS.flatMap((y) => [y, y]), '']);
    ws.addRow(['', '', '', '', ...YEARS.flatMap(() => ['TARGET', 'PAGU']), '']);
    ws.addRow(Array.from({ length: 15 }, (_, i) => i + 1));
  };
  ws.addRow(['Tabel 4.2']);
  ws.addRow(['Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan']);
  header();
  let written = 0;
  let since = 0;
  const add = (values: (string | number)[]) => {
    if (since >= HEADER_EVERY) {
      header();
      since = 0;
    }
    ws.addRow(values);
    written++;
    since++;
  };
  const programTotals = YEARS.map(() => 0);
  let t = start;
  while (written < rows) {
    const coded = t % 2 === 0;
    const tree = trees[t++ % trees.length];
    const code = (c: string) => (coded ? c : '');
    const subPagu = (i: number, y: number) => 1000000 * (5 + ((i * 7 + y * 3) % 40));
    const keg = tree.kegiatan.map((k, ki) => ({ k, pagu: YEARS.map((_, y) => k.subs.reduce((s, _sub, si) => s + subPagu(ki * 10 + si, y), 0)) }));
    const ppagu = YEARS.map((_, y) => keg.reduce((s, k) => s + k.pagu[y], 0));
    add([code(tree.code), tree.name, 'Persentase capaian program', 80, ...YEARS.flatMap((_, y) => [80 + y, ppagu[y]]), '']);
    YEARS.forEach((_, y) => (programTotals[y] += ppagu[y]));
    keg.forEach(({ k, pagu }, ki) => {
      add([code(k.code), k.name, 'Jumlah dokumen', 12, ...YEARS.flatMap((_, y) => [12, pagu[y]]), '']);
      k.subs.forEach((s, si) => {
        // One name in seven carries a planner's typo (a letter dropped), so fuzzy matching is timed too.
        const typo = (written + si) % 7 === 3;
        const cut = (written * 13) % Math.max(1, s.name.length - 1);
        const name = typo ? s.name.slice(0, cut) + s.name.slice(cut + 1) : s.name;
        add([code(s.code), name, 'Jumlah laporan', 4, ...YEARS.flatMap((_, y) => [4, subPagu(ki * 10 + si, y)]), '']);
        add(['', `Output : Tersedianya ${s.name.toLowerCase()}`, '', '', ...YEARS.flatMap(() => ['', '']), '']);
      });
    });
  }
  ws.addRow(['', 'JUMLAH', '', '', ...YEARS.flatMap((_, y) => ['', programTotals[y] - (y === 2 ? 12000000 : 0)]), '']);
}


interface Size {
  label: string;
  file: string;
  make: (file: string) => Promise<void>;
}

async function generate(file: string, sheets: number, rowsPerSheet: number): Promise<void> {
  const trees = officialTrees();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  for (let i = 0; i < sheets; i++) {
    const ws = wb.addWorksheet(sheets === 1 ? 'Tabel 4.2' : `OPD ${String(i + 1).padStart(3, '0')}`);
    writeAgency(ws, trees, i * 3, rowsPerSheet);
    ws.commit();
  }
  await wb.commit();
}

/** 40 copies of the sample's Tabel 4.2 — values, formulas, formats, bold, merges — and one long sheet. */
async function kabupaten(file: string): Promise<void> {
  const sample = new ExcelJS.Workbook();
  await sample.xlsx.readFile(SAMPLE);
  const source = sample.getWorksheet('Tabel 4.2')!;
  const wb = new ExcelJS.Workbook();
  for (let i = 0; i < 40; i++) {
    const ws = wb.addWorksheet(`Tabel 4.2 OPD ${String(i + 1).padStart(2, '0')}`);
    source.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const target = ws.getCell(r, c);
        target.value = cell.value;
        target.numFmt = cell.numFmt;
        if (cell.font?.bold) target.font = { bold: true };
      });
    });
    for (const range of Object.keys((source as unknown as { _merges: Record<string, unknown> })._merges)) {
      const m = (source as unknown as { _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges[range].model;
      ws.mergeCells(m.top, m.left, m.bottom, m.right);
    }
  }
  writeAgency(wb.addWorksheet('Rekap Pendanaan'), officialTrees(), 7, 10000);
  await wb.xlsx.writeFile(file);
}

interface Run {
  ms: number;
  rssKb: number;
  phases?: Record<string, number>;
}

/** One measured process: wall time from the outside, peak memory and phases from the inside. */
function measure(args: string[], env: Record<string, string> = {}): Run {
  const dir = mkdtempSync(join(tmpdir(), 'renstra-bench-'));
  const peak = join(dir, 'rss');
  const phases = join(dir, 'fase.json');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', join(__dirname, 'bench-peak.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_PEAK: peak, RENSTRA_WAKTU: phases, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: keluar ${r.status}\n${r.stderr}`);
  const out: Run = { ms, rssKb: Number(readFileSync(peak, 'utf8')) };
  if (existsSync(phases)) out.phases = (JSON.parse(readFileSync(phases, 'utf8')) as Record<string, number>[])[0];
  rmSync(dir, { recursive: true, force: true });
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'lib', 'cli', 'main.js'))) throw new Error('lib/ belum dibangun: jalankan "npm run build" dulu.');
  const dir = join(ROOT, '.bench');
  mkdirSync(dir, { recursive: true });
  const sizes: Size[] = [
    { label: '1 lembar OPD × 400 baris', file: join(dir, 'opd-1x400.xlsx'), make: (f) => generate(f, 1, 400) },
    { label: '40 lembar OPD × 400 baris', file: join(dir, 'kabupaten-40x400.xlsx'), make: (f) => generate(f, 40, 400) },
    { label: '400 lembar OPD × 400 baris', file: join(dir, 'opd-400x400.xlsx'), make: (f) => generate(f, 400, 400) },
    { label: 'Kabupaten: 40 × Tabel 4.2 + 1 lembar panjang', file: join(dir, 'kabupaten-41.xlsx'), make: kabupaten },
    { label: '1 lembar × 100.000 baris', file: join(dir, 'lembar-100000.xlsx'), make: (f) => generate(f, 1, 100000) },
  ];
  const only = process.argv.slice(2);
  const rows: string[][] = [];
  const results = new Map<string, { ratio: number; memory: number }>();
  for (const size of sizes) {
    if (only.length && !only.some((o) => size.file.includes(o))) continue;
    if (!existsSync(size.file)) {
      const t0 = Date.now();
      await size.make(size.file);
      console.log(`dibuat ${size.file} (${(statSync(size.file).size / 1048576).toFixed(1)} MB) dalam ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    const base: Run[] = [];
    const check: Run[] = [];
    // Alternating, so that a slower moment of the machine falls on both.
    for (let i = 0; i < RUNS; i++) {
      base.push(measure([join(__dirname, 'bench-exceljs-load.js'), size.file]));
      check.push(measure([join(ROOT, 'bin', 'renstra.js'), 'check', size.file, '--format', 'json']));
    }
    const b = median(base.map((r) => r.ms));
    const c = median(check.map((r) => r.ms));
    const bm = median(base.map((r) => r.rssKb));
    const cm = median(check.map((r) => r.rssKb));
    const phase = (k: string) => median(check.map((r) => r.phases?.[k] ?? 0)).toFixed(0);
    results.set(size.file, { ratio: c / b, memory: cm / bm });
    rows.push([
      size.label,
      b.toFixed(0),
      c.toFixed(0),
      `${(c / b).toFixed(2)}×`,
      `${(bm / 1024).toFixed(0)}`,
      `${(cm / 1024).toFixed(0)}`,
      `${(cm / bm).toFixed(2)}×`,
      ['read', 'recognise', 'model', 'rules', 'report'].map(phase).join(' / '),
    ]);
  }
  const header = ['berkas', 'exceljs (ms)', 'renstra (ms)', 'rasio', 'RSS exceljs (MB)', 'RSS renstra (MB)', 'rasio', 'fase: baca / kenali / model / aturan / laporan (ms)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  console.log('');
  for (const line of [header, ...rows]) console.log(line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  const kab = results.get(join(dir, 'kabupaten-41.xlsx'));
  if (kab) {
    console.log('');
    console.log(`Sasaran — waktu ≤ 1,3× muat exceljs pada workbook Kabupaten: ${kab.ratio.toFixed(2)}× → ${kab.ratio <= 1.3 ? 'TERCAPAI' : 'BELUM'}`);
    console.log(`Sasaran — memori puncak ≤ 1,5× muat exceljs: ${kab.memory.toFixed(2)}× → ${kab.memory <= 1.5 ? 'TERCAPAI' : 'BELUM'}`);
  }
}

main().catch((e) => {
  console.error(`bench: ${(e as Error).message}`);
  process.exitCode = 1;
});
