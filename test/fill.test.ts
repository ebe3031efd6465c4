/**
 * `renstra fill`: the computed columns filled with formulas in a new file, nothing else changed,
 * conflicts left alone unless asked, and the filled file checks clean on every filled cell.
 */
import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { main, type Io } from '../src/cli/main';
import { fillXlsx } from '../src/cli/fill-xlsx';
import { checkFile, REAL, SAMPLE } from './helpers/load';

const dir = mkdtempSync(join(tmpdir(), 'renstra-fill-'));
const hash = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

async function cells(file: string): Promise<Map<string, { value: unknown; numFmt: string }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, { value: unknown; numFmt: string }>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => out.set(`${ws.name}!${cell.address}`, { value: JSON.parse(JSON.stringify(cell.value)), numFmt: cell.numFmt })),
    );
    out.set(`${ws.name}!#merges`, { value: [...(ws.model.merges ?? [])].sort(), numFmt: '' });
  }
  return out;
}

describe.each(['portabel', 'fungsi'] as const)('mode %s', (mode) => {
  const output = join(dir, `terisi-${mode}.xlsx`);
  let filled: Set<string>;
  beforeAll(async () => {
    const before = hash(SAMPLE);
    const { written } = await fillXlsx(SAMPLE, output, { mode, overwriteConflicts: false, force: true });
    expect(hash(SAMPLE)).toBe(before); // the input is never changed
    filled = new Set(written.map((c) => `${c.sheet}!${c.cell}`));
  });

  test('every cell that was not filled is identical to the input (values, formulas, formats, merges)', async () => {
    const a = await cells(SAMPLE);
    const b = await cells(output);
    for (const [key, v] of a) {
      if (filled.has(key)) continue;
      expect({ key, ...b.get(key) }).toEqual({ key, ...v });
    }
    expect([...b.keys()].filter((k) => !a.has(k) && !filled.has(k))).toEqual([]);
  });

  test('the filled cells hold formulas, and the filled file checks clean on every one of them', async () => {
    const b = await cells(output);
    const q7 = b.get('Tabel 2.7!Q7')!.value as { formula: string; result: number };
    expect(q7.formula).toBe(mode === 'portabel' ? 'IFERROR(L7/F7,"")' : 'RENSTRA.RASIO_CAPAIAN(L7,F7)');
    expect(q7.result).toBeCloseTo(77.41 / 72.5, 12);
    expect((b.get('Tabel 4.2!F108')!.value as { formula: string }).formula).toBe('SUM(F9,F70,F81,F90,F99)');
    expect((b.get('Tabel 4.2!H11')!.value as { formula: string }).formula).toBe('SUM(H13,H19)');
    expect(b.get('Tabel 2.7!Q7')!.numFmt).toBe('0.00'); // the cell keeps its format
    const result = await checkFile(output);
    const onFilled = result.findings.filter((f) => /^(total|ratio|growth)\./.test(f.rule) && filled.has(`${f.sheet}!${f.cell}`));
    expect(onFilled).toEqual([]);
  });
});

test('conflicts are listed and untouched by default, overwritten only when asked', async () => {
  const out: string[] = [];
  const io: Io = { out: (s) => out.push(s), err: (s) => out.push(s), errIsTty: false };
  const safe = join(dir, 'aman.xlsx');
  expect(await main(['fill', SAMPLE, '-o', safe], io)).toBe(0);
  expect(out.join('\n')).toMatch(/Tabel 2\.7!T8 rasio: Sel berisi nilai ketikan 1,14, hasil hitungnya 1,2027/);
  expect(out.join('\n')).toMatch(/Tabel 4\.2!F21 pagu induk: F22 berisi angka yang diketik sebagai teks/);
  expect((await cells(safe)).get('Tabel 2.7!T8')!.value).toBe(1.14);

  const forced = join(dir, 'timpa.xlsx');
  expect(await main(['fill', SAMPLE, '-o', forced, '--timpa-konflik'], io)).toBe(0);
  const t8 = (await cells(forced)).get('Tabel 2.7!T8')!.value as { formula: string; result: number };
  expect(t8.formula).toBe('IFERROR(O8/I8,"")');
  const checked = await checkFile(forced);
  expect(checked.findings.filter((f) => f.rule === 'total.jumlah' && f.sheet === 'Tabel 4.2')).toEqual([]);
});

test('filling a filled workbook again changes nothing: every formula written is already there', async () => {
  const once = join(dir, 'sekali.xlsx');
  const first = await fillXlsx(SAMPLE, once, { mode: 'portabel', overwriteConflicts: false, force: true });
  expect(first.written.length).toBeGreaterThan(100);
  const twice = join(dir, 'dua-kali.xlsx');
  const second = await fillXlsx(once, twice, { mode: 'portabel', overwriteConflicts: false, force: true });
  expect(second.written).toEqual([]);
  expect(second.plan.cells.filter((c) => c.status === 'sama').map((c) => `${c.sheet}!${c.cell}`).sort()).toEqual(first.written.map((c) => `${c.sheet}!${c.cell}`).sort());
  // The other mode's formulas differ: switching to the add-in's functions rewrites the ratios only.
  const fungsi = await fillXlsx(once, join(dir, 'ke-fungsi.xlsx'), { mode: 'fungsi', overwriteConflicts: false, force: true });
  expect(new Set(fungsi.written.map((c) => c.kind))).toEqual(new Set(['rasio', 'pertumbuhan']));
});

test('a parent’s SUM covers its blank children too, so an amount typed there later is counted', async () => {
  const input = join(dir, 'anak-kosong.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pendanaan');
  ws.addRow(['KODE', 'PROGRAM/KEGIATAN/SUB KEGIATAN', 'INDIKATOR', 'TARGET 2026', 'PAGU 2026', 'TARGET 2027', 'PAGU 2027']);
  ws.addRow(['7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Indeks', 80, null, 81, null]);
  ws.addRow(['7.01.02.2.01', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 12, null, 12, null]);
  ws.addRow(['7.01.02.2.01.0001', 'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait', 'Laporan', 4, 100, 4, null]);
  ws.addRow(['7.01.02.2.01.0002', 'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 12, null, 12, null]);
  await wb.xlsx.writeFile(input);
  const { written } = await fillXlsx(input, join(dir, 'anak-kosong-terisi.xlsx'), { mode: 'portabel', overwriteConflicts: false, force: true });
  // 2026: one sub kegiatan has an amount, the other is blank but still inside the SUM; 2027 has no amount yet: nothing to sum.
  expect(written.map((c) => [c.cell, c.formula, c.value])).toEqual([
    ['E3', 'SUM(E4,E5)', 100],
    ['E2', 'SUM(E3)', 100],
  ]);
});

test('the input is never the output, and an existing output is kept unless --paksa', async () => {
  const err: string[] = [];
  const io: Io = { out: () => undefined, err: (s) => err.push(s), errIsTty: false };
  expect(await main(['fill', SAMPLE, '-o', SAMPLE], io)).toBe(2);
  expect(err.pop()).toMatch(/berkas keluaran sama dengan berkas masukan/);
  const existing = join(dir, 'ada.xlsx');
  writeFileSync(existing, 'milik perencana');
  expect(await main(['fill', SAMPLE, '-o', existing], io)).toBe(2);
  expect(err.pop()).toMatch(/sudah ada; pakai --paksa/);
  expect(readFileSync(existing, 'utf8')).toBe('milik perencana');
  expect(await main(['fill', SAMPLE], io)).toBe(2);
  expect(err.pop()).toMatch(/Sebutkan berkas keluaran dengan -o/);
});

test('a workbook with comments, formulas and codes keeps its comments and other cells when filled', async () => {
  const output = join(dir, 'pu-terisi.xlsx');
  const { written, plan } = await fillXlsx(REAL, output, { mode: 'portabel', overwriteConflicts: false, force: true });
  // Its own parent sums (IFERROR(SUM(G6:G12),""), G5+G13+…) are kept where they add the right cells,
  // rewritten where they miss a child or hold #REF!.
  expect(plan.cells.filter((c) => c.status === 'sama').length).toBeGreaterThan(100);
  expect(written.length).toBeGreaterThan(5);
  expect(written.find((c) => c.cell === 'H39')).toMatchObject({ formula: 'SUM(H40,H44)', current: { f: '_xlfn.IFERROR(H40+H44+#REF!,"")' } });
  const notes = async (file: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const out: string[] = [];
    const text = (n: unknown) => (typeof n === 'string' ? n : (n as { texts: { text: string }[] }).texts.map((t) => t.text).join(''));
    wb.worksheets[0].eachRow((row) => row.eachCell((c) => c.note && out.push(`${c.address}: ${text(c.note)}`)));
    return out;
  };
  expect(await notes(output)).toEqual(await notes(REAL));
  expect((await notes(REAL)).length).toBe(7);
  const a = await cells(REAL);
  const b = await cells(output);
  const filled = new Set(written.map((c) => `${c.sheet}!${c.cell}`));
  for (const [key, v] of a) if (!filled.has(key)) expect({ key, ...b.get(key) }).toEqual({ key, ...v });
});

test('defined names and other sheets survive a fill', async () => {
  const input = join(dir, 'bernama.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pendanaan');
  ws.addRow(['KODE', 'PROGRAM/KEGIATAN/SUB KEGIATAN', 'INDIKATOR', 'TARGET 2026', 'PAGU 2026']);
  ws.addRow(['7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Indeks', 80, null]);
  ws.addRow(['7.01.02.2.01', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 12, 300]);
  ws.addRow(['7.01.02.2.01.0002', 'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 12, 300]);
  wb.addWorksheet('Catatan').addRow(['Disusun oleh Sekretariat']);
  wb.definedNames.add('Pendanaan!$E$2', 'PaguProgram');
  await wb.xlsx.writeFile(input);
  const output = join(dir, 'bernama-terisi.xlsx');
  const { written } = await fillXlsx(input, output, { mode: 'portabel', overwriteConflicts: false, force: true });
  // The kegiatan's typed 300 equals its sub kegiatan's sum, so it gets the formula too.
  expect(written.map((c) => [c.cell, c.formula])).toEqual([
    ['E3', 'SUM(E4)'],
    ['E2', 'SUM(E3)'],
  ]);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(output);
  expect(back.worksheets.map((w) => w.name)).toEqual(['Pendanaan', 'Catatan']);
  expect(back.definedNames.getNames('Pendanaan!$E$2')).toEqual(['PaguProgram']);
  expect(back.getWorksheet('Catatan')!.getCell('A1').value).toBe('Disusun oleh Sekretariat');
});
