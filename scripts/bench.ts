/**
 * Benchmark: a generated Kabupaten-scale workbook (40 agency sheets × 400 rows) and single sheets of
 * 10 000 and 100 000 rows. Prints per size the time to load the file, the time for recognition +
 * checks, and the per-row cost, against the goals: recognition + checks under 15 % of the load time,
 * and the per-row cost at 100 000 rows within 1,5× of that at 10 000.
 *
 *   npm run bench              (files are generated once into .bench/)
 */
import { existsSync, mkdirSync, statSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { readXlsx } from '../src/cli/read-xlsx';
import { checkWorkbook } from '../src/core/check';
import data from '../src/data/nomenklatur.json';
import { officialNomenclature } from '../src/core/nomenclature/official';
import { clearTextMemo } from '../src/core/text';

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

async function generate(file: string, sheets: number, rowsPerSheet: number): Promise<void> {
  const trees = officialTrees();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  for (let i = 0; i < sheets; i++) {
    const ws = wb.addWorksheet(sheets === 1 ? 'Tabel 4.2' : `OPD ${String(i + 1).padStart(2, '0')}`);
    writeAgency(ws, trees, i * 3, rowsPerSheet);
    ws.commit();
  }
  await wb.commit();
}

interface Size {
  label: string;
  file: string;
  sheets: number;
  rows: number;
}

async function main(): Promise<void> {
  const dir = join(__dirname, '..', '.bench');
  mkdirSync(dir, { recursive: true });
  const sizes: Size[] = [
    { label: 'Kabupaten: 40 lembar × 400 baris', file: join(dir, 'kabupaten-40x400.xlsx'), sheets: 40, rows: 400 },
    { label: '1 lembar × 10.000 baris', file: join(dir, 'lembar-10000.xlsx'), sheets: 1, rows: 10000 },
    { label: '1 lembar × 100.000 baris', file: join(dir, 'lembar-100000.xlsx'), sheets: 1, rows: 100000 },
  ];
  const nomenclature = officialNomenclature();
  // Warm-up, as in any batch run after its first file: JIT-compile the loader and the checker on the
  // bundled sample so the sizes below are measured in steady state.
  const warm = await readXlsx(join(__dirname, '..', 'examples', 'renstra-kartoharjo-2025-2029.xlsx'));
  for (let i = 0; i < 3; i++) checkWorkbook(warm, { nomenclature });
  const results: { size: Size; load: number; check: number; first: number; rows: number; findings: number }[] = [];
  for (const size of sizes) {
    if (!existsSync(size.file)) {
      const t0 = Date.now();
      await generate(size.file, size.sheets, size.rows);
      console.log(`dibuat ${size.file} (${(statSync(size.file).size / 1048576).toFixed(1)} MB) dalam ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    const t0 = process.hrtime.bigint();
    const grid = await readXlsx(size.file);
    const load = Number(process.hrtime.bigint() - t0) / 1e6;
    // Recognition + checks: the median of five runs on the loaded grid (the first is shown too).
    const runs: number[] = [];
    let findings = 0;
    for (let i = 0; i < 5; i++) {
      // Each run starts with cold data caches (name matches, normalized texts), as a new file would.
      nomenclature.clearCaches();
      clearTextMemo();
      const t1 = process.hrtime.bigint();
      findings = checkWorkbook(grid, { nomenclature }).findings.length;
      runs.push(Number(process.hrtime.bigint() - t1) / 1e6);
    }
    const check = [...runs].sort((a, b) => a - b)[2];
    const rows = grid.sheets.reduce((s, sh) => s + sh.rowCount, 0);
    results.push({ size, load, check, first: runs[0], rows, findings });
  }
  console.log('');
  console.log('ukuran                              baris   muat (ms)  kenali+periksa (ms, median; pertama)  % muat  µs/baris (periksa)  temuan');
  for (const r of results) {
    console.log(
      `${r.size.label.padEnd(34)} ${String(r.rows).padStart(7)} ${r.load.toFixed(0).padStart(11)} ${r.check.toFixed(0).padStart(22)}; ${r.first.toFixed(0).padStart(6)}        ${((100 * r.check) / r.load).toFixed(1).padStart(7)} ${((1000 * r.check) / r.rows).toFixed(2).padStart(19)} ${String(r.findings).padStart(7)}`,
    );
  }
  const [kab, ten, hundred] = results;
  const perRow = (r: typeof ten) => r.check / r.rows;
  const share = Math.max(...results.map((r) => r.check / r.load));
  const linear = perRow(hundred) / perRow(ten);
  console.log('');
  console.log(`Sasaran 1 — kenali+periksa < 15% waktu muat: terbesar ${(100 * share).toFixed(1)}% → ${share < 0.15 ? 'TERCAPAI' : 'BELUM'}`);
  console.log(`Sasaran 2 — biaya per baris pada 100.000 ≤ 1,5× pada 10.000: ${linear.toFixed(2)}× → ${linear <= 1.5 ? 'TERCAPAI' : 'BELUM'}`);
  void kab;
}

main().catch((e) => {
  console.error(`bench: ${(e as Error).message}`);
  process.exitCode = 1;
});
