/**
 * When a table is not recognised: `renstra check` says why (one line without a flag, in full with
 * --jelaskan, in JSON as `diagnostics`), and the planner can point at it — with --tabel, or with the
 * declaration the add-in's "Tandai tabel" saved in the workbook.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Report } from '../src/core/report';
import { withAddinSettings } from './helpers/addin-settings';
import { runCli } from './helpers/cli';
import { SAMPLE } from './helpers/load';
import { unrecognisedSheet } from './helpers/unrecognised';
import { writeGridXlsx } from './helpers/write-grid';

const dir = mkdtempSync(join(tmpdir(), 'renstra-cli-recognition-'));

const run = runCli;

/** Headings no Renstra form uses ("Alokasi" over "TA 2026"), a program whose 2027 pagu its kegiatan does not add up to. */
let file: string;
beforeAll(async () => {
  file = join(dir, 'lampiran.xlsx');
  await writeGridXlsx(
    {
      sheets: [
        unrecognisedSheet(),
      ],
    },
    file,
  );
});

const DECLARATION = "'Lampiran 3'!A3:E4=anggaran-realisasi;A:name,C:pagu@2026,D:pagu@2027,E:pagu@2028";

test('a sheet with numbers under header-like rows but no table gets one line saying why, even without --jelaskan', async () => {
  const { code, out } = await run('check', file);
  expect(code).toBe(0);
  expect(out).toMatch(/0 tabel Renstra/);
  expect(out).toMatch(/Ada angka di bawah baris judul, tetapi tidak ada tabel Renstra yang dikenali: .*perlu kolom pagu\/anggaran \(Rp\) per tahun/);
  expect(out).toMatch(/--tabel "'Lampiran 3'!A4:S6=program-pendanaan"/);
});

test('--jelaskan shows the header rows, what each column was read as, and where the headings stopped', async () => {
  const { out } = await run('check', file, '--jelaskan');
  expect(out).toMatch(/Baris 3, 4 \(A3:E4\):/);
  expect(out).toMatch(/judul berhenti sebelum baris 5: berisi angka \(C5 300/);
  expect(out).toMatch(/C {3}target 2026 ← "Alokasi \| TA 2026"/);
  const json = JSON.parse((await run('check', file, '--explain', '--format', 'json')).out) as Report;
  expect(json.version).toBe(1);
  expect(json.files[0].diagnostics?.[0]).toMatchObject({ sheet: 'Lampiran 3', unrecognised: true, bands: [{ rows: [3, 4], range: 'A3:E4' }] });
});

test('--jelaskan on the sample explains every sheet; without it the JSON has no diagnostics for recognised sheets', async () => {
  const explained = JSON.parse((await run('check', SAMPLE, '--jelaskan', '--format', 'json')).out) as Report;
  const d = explained.files[0].diagnostics!;
  expect(d.map((x) => x.sheet)).toEqual(expect.arrayContaining(['Tabel 4.2', 'Tabel 2.7']));
  const t42 = d.find((x) => x.sheet === 'Tabel 4.2')!;
  expect(t42.tables).toEqual(['A4:O108 program-pendanaan']);
  expect(t42.bands[0]).toMatchObject({ rows: [4, 5, 6, 7], kind: 'program-pendanaan' });
  expect(t42.bands.slice(1).every((b) => b.notes[0].startsWith('judul tabel A4:O108 yang diulang'))).toBe(true);
  const plain = JSON.parse((await run('check', SAMPLE, '--format', 'json')).out) as Report;
  expect(plain.files[0].diagnostics).toBeUndefined();
});

test('--tabel declares the table by hand: its sums are checked', async () => {
  const { code, out } = await run('check', file, '--tabel', DECLARATION);
  expect(code).toBe(1);
  expect(out).toMatch(/\[anggaran-realisasi\] A3:E7, tahun 2026–2028 \(ditandai manual\)/);
  expect(out).toMatch(/GALAT +D5 +Pagu program "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK" tahun 2027 tertulis Rp 300/);
  const json = JSON.parse((await run('check', file, `--tabel=${DECLARATION}`, '--format', 'json')).out) as Report;
  expect(json.files[0].tables[0]).toMatchObject({ range: 'A3:E7', kind: 'anggaran-realisasi', declared: true });
});

test('the declaration the add-in saved in the workbook is used without --tabel', async () => {
  const saved = await withAddinSettings(file, join(dir, 'ditandai.xlsx'), {
    'renstra.tabel': [{ sheet: 'Lampiran 3', header: 'A3:E4', kind: 'anggaran-realisasi', columns: [{ column: 'A', role: 'name' }, { column: 'C', role: 'pagu', year: 2026 }, { column: 'D', role: 'pagu', year: 2027 }, { column: 'E', role: 'pagu', year: 2028 }] }],
    'renstra.abaikan': [],
  });
  const { code, out } = await run('check', saved);
  expect(code).toBe(1);
  expect(out).toMatch(/\(ditandai manual\)/);
  expect(out).toMatch(/GALAT +D5/);
});

test('a saved declaration that no longer fits the workbook is named and ignored; the rest is checked', async () => {
  const saved = await withAddinSettings(file, join(dir, 'tanda-usang.xlsx'), {
    'renstra.tabel': [{ sheet: 'Lembar Lama', header: 'A3:E4', kind: 'iku' }],
  });
  const { code, out, err } = await run('check', saved);
  expect(code).toBe(0);
  expect(err).toMatch(/tanda-usang\.xlsx: tersimpan di berkas: tanda tabel ke-1: lembar "Lembar Lama" tidak ada di workbook; diabaikan/);
  expect(out).toMatch(/Tanda tabel diabaikan: tersimpan di berkas: tanda tabel ke-1: lembar "Lembar Lama"/);
});

test('a malformed --tabel is a usage error naming the expected form (exit 2)', async () => {
  const { code, err } = await run('check', file, '--tabel', 'Lampiran 3 A3:E4');
  expect(code).toBe(2);
  expect(err).toMatch(/bentuknya: "'Nama Lembar'!A4:S6=program-pendanaan"/);
  expect((await run('check', file, '--tabel')).err).toMatch(/--tabel perlu nilai/);
});

test('renstra fill uses the declaration too: the program pagu is filled as the sum of its kegiatan', async () => {
  const out = join(dir, 'terisi.xlsx');
  const filled = await run('fill', file, '-o', out, '--tabel', DECLARATION, '--timpa-konflik');
  expect(filled.code).toBe(0);
  expect(filled.out).toMatch(/Lampiran 3/);
  const after = await run('check', out, '--tabel', DECLARATION);
  expect(after.out).not.toMatch(/total\.pagu-induk/);
});
