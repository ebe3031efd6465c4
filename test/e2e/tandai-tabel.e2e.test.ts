/**
 * "Tandai tabel" end to end in Chromium (see pane-browser.ts): a workbook whose table the engine does
 * not recognise by itself, checked (0 tables), its header rows selected and marked by hand, checked
 * again through the Web Worker with the declaration from the document settings (the planted error
 * appears), and the mark removed again. Screenshots in test-results/.
 */
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { sheetFromValues, type WorkbookGrid } from '../../src/core/grid';
import { unrecognisedSheet } from '../helpers/unrecognised';
import { openPane, results } from './pane-browser';

const _ = null;
// "Alokasi" over "TA 2026 … TA 2028" is no Renstra heading the engine knows, and "Nama Satker" no
// name column it looks for. Planted: the program's 2027 pagu (D5, 300) is not its kegiatan's (250).
const workbook: WorkbookGrid = {
  sheets: [
    sheetFromValues('Catatan', [['Rincian belanja ada di lembar Lampiran 3']]),
    unrecognisedSheet(),
  ],
};

let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openPane(workbook));
  mkdirSync(results, { recursive: true });
}, 120000);

afterAll(async () => {
  await browser?.close();
});

const host = <T>(f: string) => page.evaluate(f) as Promise<T>;
const stored = () => host<unknown>("window.__RENSTRA_HOST__.settings.get('renstra.tabel') ?? null");
const selectCells = (sheet: string, address: string) => page.evaluate(([s, a]) => window.__RENSTRA_SELECT__(s, a), [sheet, address]);

test('Periksa finds no table; a bad selection is refused; the header rows marked by hand make the check find the planted error; Hapus undoes it', async () => {
  await page.getByRole('button', { name: 'Periksa workbook' }).click();
  await page.getByText('Tidak ada tabel Renstra yang dikenali').waitFor({ timeout: 30000 });
  await expect(page.getByText(/pilih baris judul kolomnya di lembar kerja .* lalu klik "Tandai tabel"/).isVisible()).resolves.toBe(true);
  // Why the sheet gave no table, computed in the worker as --jelaskan says it.
  await expect(page.getByText(/perlu kolom pagu\/anggaran \(Rp\) per tahun/).isVisible()).resolves.toBe(true);

  // Two areas at once: Excel's getSelectedRange() fails; the pane says why, nothing is stored.
  await selectCells('Lampiran 3', 'A3:B4,D3:E4');
  await page.getByRole('button', { name: 'Tandai tabel' }).click();
  await page.getByText('Pilihan tidak dapat ditandai').waitFor();
  await expect(page.getByText(/bukan satu rentang sel/).isVisible()).resolves.toBe(true);
  expect(await stored()).toBeNull();

  // The planner clicks the row numbers 3 and 4: the header is the columns those rows fill.
  await selectCells('Lampiran 3', '3:4');
  await page.getByRole('button', { name: 'Tandai tabel' }).click();
  await page.getByRole('heading', { name: 'Tandai tabel: Lampiran 3!A3:E4' }).waitFor();
  const kind = page.getByRole('combobox', { name: 'Jenis tabel' });
  expect(await kind.inputValue()).toBe('');
  expect(await page.getByRole('button', { name: 'Simpan dan periksa' }).isDisabled()).toBe(true);
  await kind.selectOption('anggaran-realisasi');
  for (const column of ['C', 'D', 'E']) {
    expect(await page.getByRole('combobox', { name: `Peran kolom ${column}` }).inputValue()).toBe('target');
    await page.getByRole('combobox', { name: `Peran kolom ${column}` }).selectOption('pagu');
  }
  expect(await page.getByRole('spinbutton', { name: 'Tahun kolom D' }).inputValue()).toBe('2027');
  await page.screenshot({ path: join(results, 'tandai-tabel-formulir.png'), fullPage: true });

  await page.getByRole('button', { name: 'Simpan dan periksa' }).click();
  await page.getByText('Tabel ditandai').waitFor({ timeout: 30000 });
  await page.getByText(/1 tabel dikenali · 1 galat/).waitFor({ timeout: 30000 });
  expect(await stored()).toEqual([
    {
      sheet: 'Lampiran 3',
      header: 'A3:E4',
      kind: 'anggaran-realisasi',
      columns: [
        { column: 'C', role: 'pagu', year: 2026 },
        { column: 'D', role: 'pagu', year: 2027 },
        { column: 'E', role: 'pagu', year: 2028 },
      ],
    },
  ]);
  await page.getByRole('heading', { name: 'Anggaran dan Realisasi Pendanaan (T-C.24) A3:E7 (ditandai)' }).waitFor();
  const d5 = page.locator('[data-cell="Lampiran 3!D5"]');
  await expect(d5.getByText(/Diharapkan: 250 · Tertulis: 300/).isVisible()).resolves.toBe(true);
  await expect(page.getByTestId('tabel-ditandai').textContent()).resolves.toMatch(/^Lampiran 3!A3:E4 — Anggaran dan Realisasi Pendanaan \(T-C\.24\)/);
  await page.screenshot({ path: join(results, 'tandai-tabel-hasil.png'), fullPage: true });

  // The finding leads to its cell like any other.
  await page.getByRole('button', { name: 'Buka sel D5 di lembar Lampiran 3' }).click();
  await page.waitForFunction(() => window.__RENSTRA_HOST__.context.selection === "'Lampiran 3'!D5");

  await page.getByRole('button', { name: 'Hapus tanda Lampiran 3!A3:E4' }).click();
  await page.getByText('Tanda tabel dihapus').waitFor({ timeout: 30000 });
  await page.getByText('Tidak ada tabel Renstra yang dikenali').waitFor();
  expect(await stored()).toEqual([]);
  expect(await page.getByTestId('tabel-ditandai').count()).toBe(0);
}, 120000);
