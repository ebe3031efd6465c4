/**
 * `renstra kerangka`: the T-C.27 skeleton built from the official nomenclature. The checker must
 * recognise what it writes with every level right and nothing wrong, `renstra fill` must find
 * nothing to change, and once numbers are typed into the sub kegiatan rows a real spreadsheet
 * (LibreOffice) must compute the parents and the Jumlah row to what the checker expects.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { readXlsx } from '../src/cli/read-xlsx';
import { officialKerangkaCatalog } from '../src/cli/kerangka';
import { a1 } from '../src/core/address';
import { agencyName } from '../src/core/agency';
import { checkWorkbook } from '../src/core/check';
import { buildFillPlan } from '../src/core/fill/plan';
import { COL, kerangkaLayout, YEARS, type SheetLayout } from '../src/core/kerangka/layout';
import { officialNomenclature } from '../src/core/nomenclature/official';
import { runCli } from './helpers/cli';
import { recalculate, SOFFICE } from './helpers/libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'renstra-kerangka-'));
const nomenclature = officialNomenclature();

function layoutOf(bidang: string, programs: string[] | undefined, jenis: 'kab' | 'prov' = 'kab'): SheetLayout {
  const cat = officialKerangkaCatalog();
  const b = cat.findBidang(jenis, bidang)!;
  const all = cat.programs(jenis, b.code);
  return kerangkaLayout({ jenis, bidang: b, programs: programs ? all.filter((p) => programs.includes(p.code)) : all, tahunAwal: 2025, judul: 'Kecamatan Kartoharjo' });
}

describe('the catalog of the official nomenclature', () => {
  const cat = officialKerangkaCatalog();

  test('gives the Penunjang program under the bidang’s own prefix, then the bidang’s programs in code order', () => {
    const programs = cat.programs('kab', '7.01');
    expect(programs.map((p) => p.code)).toEqual(['7.01.01', '7.01.02', '7.01.03', '7.01.04', '7.01.05', '7.01.06']);
    expect(programs[0].name).toBe('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA');
    const sub = programs[0].kegiatan[0].subKegiatan[0];
    expect(sub).toEqual({
      code: '7.01.01.2.01.0001',
      name: 'Penyusunan Dokumen Perencanaan Perangkat Daerah',
      indikator: expect.stringMatching(/^Jumlah Dokumen Perencanaan Perangkat Daerah/),
      satuan: 'Dokumen',
    });
    for (const p of programs) {
      for (const k of p.kegiatan) {
        expect(k.code.startsWith(`${p.code}.`)).toBe(true);
        for (const s of k.subKegiatan) expect(s.code.startsWith(`${k.code}.`)).toBe(true);
      }
    }
  });

  test('keeps kabupaten/kota and provinsi apart: one code, two names', () => {
    expect(cat.programs('kab', '7.01').find((p) => p.code === '7.01.03')!.name).toBe('PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN');
    expect(cat.programs('prov', '7.01').find((p) => p.code === '7.01.03')!.name).toBe('PROGRAM PENGELOLAAN KECAMATAN DAN KELURAHAN');
    expect(cat.programs('prov', '7.01')[0].name).toBe('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI');
    expect(cat.findBidang('kab', '7.02')).toBeUndefined();
    expect(cat.findBidang('prov', '7.02')?.name).toBe('KOTA ADMINISTRASI');
    expect(cat.bidang('kab').some((b) => b.code === 'X.XX')).toBe(false);
  });

  test('the picker’s choices: every bidang with its programs’ size, small enough to send to a sidebar', () => {
    const choices = cat.choices();
    const kecamatan = choices.kab.find((b) => b.code === '7.01')!;
    expect(kecamatan.programs.map((p) => [p.code, p.kegiatan, p.subKegiatan])).toEqual(
      cat.programs('kab', '7.01').map((p) => [p.code, p.kegiatan.length, p.kegiatan.reduce((n, k) => n + k.subKegiatan.length, 0)]),
    );
    expect(choices.prov.length).toBe(cat.bidang('prov').length);
    expect(JSON.stringify(choices).length).toBeLessThan(120000);
  });

  test('the checker’s nomenclature knows a Penunjang code under any bidang, and each list’s name of a shared code', () => {
    expect(nomenclature.lookupCode('7.01.01.2.01.0001')?.name).toBe('Penyusunan Dokumen Perencanaan Perangkat Daerah');
    expect(nomenclature.lookupCode('1.03.01')?.name).toMatch(/^PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH/);
    expect(nomenclature.lookupCode('7.01.03', 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN')?.name).toBe('PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN');
    expect(nomenclature.lookupCode('7.01.03', 'Program Pengelolaan Kecamatan dan Kelurahan')?.name).toBe('PROGRAM PENGELOLAAN KECAMATAN DAN KELURAHAN');
    expect(nomenclature.lookupCode('7.01.99')).toBeUndefined();
  });
});

describe('renstra kerangka writes a T-C.27 the checker reads back exactly', () => {
  const file = join(dir, 'kerangka.xlsx');
  const layout = layoutOf('7.01', ['7.01.01', '7.01.06']);

  beforeAll(async () => {
    const r = await runCli('kerangka', '--bidang', '7.01', '--program', '7.01.01,7.01.06', '--tahun-awal', '2025', '--judul', 'Kecamatan Kartoharjo', '-o', file);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 program, 19 kegiatan, 129 sub kegiatan');
  });

  test('one program-pendanaan table, every row at its level, the Jumlah row a total, and no finding but the empty sub kegiatan', async () => {
    const grid = await readXlsx(file);
    const result = checkWorkbook(grid, { nomenclature });
    expect(result.tables.map((t) => [t.sheet, t.kind, t.top, t.bottom])).toEqual([['Kerangka T-C.27', 'program-pendanaan', layout.table.top, layout.table.bottom]]);
    const model = result.models[0];
    const expected = layout.table.rows.filter((r) => r.kind !== 'jumlah').map((r) => [r.r, r.kind, r.code]);
    expect(model.entities.map((e) => [e.nameRow, e.level, e.code])).toEqual(expected);
    // Children under the right parents: each sub kegiatan's parent is the kegiatan its code extends.
    for (const e of model.entities) if (e.parent) expect(e.code!.startsWith(`${e.parent.code}.`)).toBe(true);
    expect(model.totals.map((t) => t.r)).toEqual([layout.table.bottom]);
    expect(result.findings.filter((f) => f.rule !== 'value.tanpa-isi')).toEqual([]);
    // Every sub kegiatan is reported empty, and nothing else is: the planner's to-do list.
    expect(result.findings.length).toBe(layout.table.rows.filter((r) => r.kind === 'subKegiatan').length);
    expect(result.findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(agencyName(grid)).toBe('Kecamatan Kartoharjo');
  });

  test('renstra check exits 0 (no error) and renstra fill finds nothing to change', async () => {
    const check = await runCli('check', file);
    expect(check.code).toBe(0);
    const out = join(dir, 'isi.xlsx');
    const fill = await runCli('fill', file, '-o', out);
    expect(fill.code).toBe(0);
    expect(fill.out).toMatch(/Ringkasan: 0 sel diisi, 0 konflik dibiarkan, 0 tidak dapat diisi, \d+ sel sudah berisi rumusnya\./);
    expect(fill.out).toContain('Tidak ada yang perlu diisi');
    const plan = buildFillPlan(checkWorkbook(await readXlsx(file), { nomenclature }).models, 'portabel');
    expect(plan.cells.length).toBeGreaterThan(0);
    expect(plan.cells.filter((c) => c.status !== 'sama')).toEqual([]);
  });

  test('the sheet as a planner opens it: codes as text, bold programs and kegiatan, rupiah format, live sums, frozen header, print setup', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Kerangka T-C.27')!;
    expect(ws.getCell('A1').value).toBe('Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Kecamatan Kartoharjo');
    expect(ws.getCell('A2').value).toBe('Periode 2025-2029');
    expect(ws.getCell('E5').value).toBe('Data Capaian pada Tahun Awal Perencanaan (2024)');
    expect(ws.getCell('F6').value).toBe('Tahun 2025');
    expect(ws.getCell('N6').value).toBe('Tahun 2029');
    expect([ws.getCell('P7').value, ws.getCell('Q7').value]).toEqual(['Target', 'Rp']);
    expect(Array.from({ length: 19 }, (_, c) => ws.getCell(8, c + 1).value)).toEqual(Array.from({ length: 19 }, (_, c) => c + 1));
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A5:A7', 'F5:O5', 'F6:G6', 'N6:O6', 'P5:Q6', 'S5:S7']));
    // Program row 9, its first kegiatan row 10, the first sub kegiatan row 11.
    expect(ws.getCell('A9').value).toBe('7.01.01');
    expect(ws.getCell('A9').numFmt).toBe('@');
    expect(ws.getCell('B9').font?.bold).toBe(true);
    expect(ws.getCell('B10').font?.bold).toBe(true);
    expect(ws.getCell('B11').font?.bold).toBeFalsy();
    expect(ws.getCell('C11').value).toMatch(/^Jumlah Dokumen Perencanaan/);
    expect(ws.getCell('D11').value).toBe('Dokumen');
    expect(ws.getCell('G11').numFmt).toBe('#,##0');
    const kegiatanRows = layout.table.rows.filter((r) => r.kind === 'kegiatan' && r.code.startsWith('7.01.01.')).map((r) => r.r + 1);
    expect((ws.getCell('G9').value as ExcelJS.CellFormulaValue).formula).toBe(`SUM(${kegiatanRows.map((r) => `G${r}`).join(',')})`);
    expect((ws.getCell('G10').value as ExcelJS.CellFormulaValue).formula).toBe('SUM(G11:G23)');
    expect((ws.getCell('Q11').value as ExcelJS.CellFormulaValue).formula).toBe('SUM(G11,I11,K11,M11,O11)');
    expect((ws.getCell('P11').value as ExcelJS.CellFormulaValue).formula).toBe('IF(N11="","",N11)');
    const total = layout.table.bottom + 1;
    expect(ws.getCell(`B${total}`).value).toBe('Jumlah');
    const programRows = layout.table.rows.filter((r) => r.kind === 'program').map((r) => r.r + 1);
    expect((ws.getCell(`O${total}`).value as ExcelJS.CellFormulaValue).formula).toBe(`SUM(${programRows.map((r) => `O${r}`).join(',')})`);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 8 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:8' });
  });

  (existsSync(SOFFICE) ? test : test.failing)('numbers typed into the sub kegiatan rows: LibreOffice computes parents, Jumlah and the period’s end as the checker expects', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Kerangka T-C.27')!;
    // Seeded amounts: every third sub kegiatan left empty (not done by this agency), the others with five years.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const typed = new Map<string, number>();
    const subs = layout.table.rows.filter((r) => r.kind === 'subKegiatan');
    subs.forEach((s, i) => {
      if (i % 3 === 2) return;
      const base = 1 + (next() % 12);
      for (let y = 0; y < YEARS; y++) {
        const rp = (next() % 50000) * 1000;
        ws.getCell(s.r + 1, COL.pagu(y) + 1).value = rp;
        ws.getCell(s.r + 1, COL.target(y) + 1).value = base + y;
        typed.set(a1(s.r, COL.pagu(y)), rp);
      }
    });
    const typedFile = join(dir, 'diketik.xlsx');
    await wb.xlsx.writeFile(typedFile);
    const recalculated = recalculate(typedFile);
    const grid = await readXlsx(recalculated);
    const sheet = grid.sheets.find((s) => s.name === 'Kerangka T-C.27')!;
    const value = (r: number, c: number) => sheet.rows[r]?.[c]?.v;
    // The expected sums from the typed amounts, by the skeleton's own tree.
    const cat = officialKerangkaCatalog().programs('kab', '7.01').filter((p) => ['7.01.01', '7.01.06'].includes(p.code));
    const rowOf = new Map(layout.table.rows.map((r) => [r.code, r.r]));
    for (let y = 0; y < YEARS; y++) {
      const col = COL.pagu(y);
      let jumlah = 0;
      for (const p of cat) {
        let program = 0;
        for (const k of p.kegiatan) {
          const kegiatan = k.subKegiatan.reduce((s, sub) => s + (typed.get(a1(rowOf.get(sub.code)!, col)) ?? 0), 0);
          expect(value(rowOf.get(k.code)!, col)).toBe(kegiatan);
          program += kegiatan;
        }
        expect(value(rowOf.get(p.code)!, col)).toBe(program);
        jumlah += program;
      }
      expect(value(layout.table.bottom, col)).toBe(jumlah);
    }
    const first = subs[0].r;
    expect(value(first, COL.akhirPagu)).toBe([0, 1, 2, 3, 4].reduce((s, y) => s + (typed.get(a1(first, COL.pagu(y))) ?? 0), 0));
    expect(value(first, COL.akhirTarget)).toBe(value(first, COL.target(YEARS - 1)));
    // The untouched sub kegiatan's end-of-period target stays blank, not 0.
    expect(value(subs[2].r, COL.akhirTarget) ?? '').toBe('');
    const result = checkWorkbook(grid, { nomenclature });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.findings.filter((f) => f.rule !== 'value.tanpa-isi')).toEqual([]);
    expect(result.findings.length).toBe(subs.filter((_, i) => i % 3 === 2).length);
    // And filling it again still changes nothing.
    expect(buildFillPlan(result.models, 'portabel').cells.filter((c) => c.status !== 'sama')).toEqual([]);
  }, 180000);
});

describe('renstra kerangka for every bidang, kabupaten/kota and provinsi', () => {
  test.each(['kab', 'prov'] as const)('%s: every bidang’s full skeleton is recognised with no finding but the empty sub kegiatan', (jenis) => {
    const cat = officialKerangkaCatalog();
    for (const b of cat.bidang(jenis)) {
      const layout = layoutOf(b.code, undefined, jenis);
      const rows = layout.values.map((line) => line.map((v) => (v === null ? null : typeof v === 'object' ? v.result : v)));
      const grid = { sheets: [{ name: layout.name, rows: rows.map((l) => l.map((v) => (v === null || v === '' ? undefined : { v }))), merges: layout.merges, rowCount: rows.length, colCount: 19 }] };
      const result = checkWorkbook(grid as never, { nomenclature });
      const label = `${jenis} ${b.code}`;
      expect([label, result.tables.map((t) => t.kind)]).toEqual([label, ['program-pendanaan']]);
      expect([label, result.findings.filter((f) => f.rule !== 'value.tanpa-isi')]).toEqual([label, []]);
      const levels = result.models[0].entities.map((e) => e.level);
      expect([label, levels]).toEqual([label, layout.table.rows.filter((r) => r.kind !== 'jumlah').map((r) => r.kind)]);
    }
  });
});

describe('renstra kerangka refuses what it cannot do, saying why', () => {
  test('an unknown bidang, a program of another bidang, an existing file, a bad --jenis or year', async () => {
    let r = await runCli('kerangka', '--bidang', '7.09', '-o', join(dir, 'x.xlsx'));
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('Bidang 7.09 tidak ada di nomenklatur 2027 Kabupaten/Kota')]);
    r = await runCli('kerangka', '--bidang', '7.02', '-o', join(dir, 'x.xlsx'));
    expect(r.err).toContain('ada untuk Provinsi: pakai --jenis prov');
    r = await runCli('kerangka', '--bidang', '7.01', '--program', '1.03.02', '-o', join(dir, 'x.xlsx'));
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('Program 1.03.02 tidak ada pada bidang 7.01')]);
    expect(r.err).toContain('7.01.01, 7.01.02');
    r = await runCli('kerangka', '--bidang', '7.01', '--jenis', 'desa', '-o', join(dir, 'x.xlsx'));
    expect(r.err).toContain('--jenis harus "kab"');
    r = await runCli('kerangka', '--bidang', '7.01', '--tahun-awal', '25', '-o', join(dir, 'x.xlsx'));
    expect(r.err).toContain('--tahun-awal harus tahun empat angka');
    r = await runCli('kerangka', '--bidang', '7.01', '-o', join(dir, 'x.csv'));
    expect(r.err).toContain('harus .xlsx');
    r = await runCli('kerangka', '--bidang', '7.01', '--kegiatan', '7.01.02.2.01', '-o', join(dir, 'x.xlsx'));
    expect(r.err).toContain('Opsi tidak dikenal: --kegiatan');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
    const taken = join(dir, 'ada.xlsx');
    writeFileSync(taken, 'isi lama');
    r = await runCli('kerangka', '--bidang', '7.01', '-o', taken);
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('berkas sudah ada; pakai --paksa')]);
    r = await runCli('kerangka', '--bidang', '7.01', '--program', 'x.xx.01', '-o', taken, '--paksa');
    expect(r.code).toBe(0);
  });

  test('--daftar lists the bidang, and a bidang’s programs with their size', async () => {
    let r = await runCli('kerangka', '--daftar');
    expect(r.out).toContain('7.01   KECAMATAN');
    expect(r.out).not.toContain('X.XX');
    r = await runCli('kerangka', '--daftar', '--bidang', '7.1');
    expect(r.out).toContain('7.01.06   PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA (1 kegiatan, 18 sub kegiatan)');
  });
});
