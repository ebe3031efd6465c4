/**
 * The Google Sheets sidebar end to end in Chromium: dist/sheets/Sidebar.html as the add-on's menu
 * item serves it, with a `google.script.run` stand-in that runs the built Code.js (in a Node vm) over
 * a Sheets double backed by the sample workbook. Nothing leaves the page but those calls.
 * Screenshots go to test-results/.
 */
import { existsSync, mkdirSync } from 'fs';
import { join } from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SAMPLE } from '../helpers/load';
import { loadAddon, type Addon } from '../sheets/addon';
import { doubleFromXlsx, type SheetsDouble } from '../sheets/double';
import { openKerangkaOnKecamatan, results } from './pane-browser';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ORIGIN = 'https://n-sidebar.googleusercontent.test';

/** google.script.run as the sidebar sees it: each call answered later, through the handlers given. */
const STAND_IN = `
(() => {
  const runner = (ok, fail) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (f) => runner(f, fail);
      if (name === 'withFailureHandler') return (f) => runner(ok, f);
      return (...args) => {
        window.__gas(String(name), JSON.stringify(args)).then(
          (answer) => { const a = JSON.parse(answer); a.ok ? ok && ok(a.value) : fail && fail(new Error(a.message)); },
          (e) => fail && fail(e),
        );
      };
    },
  });
  window.google = { script: { run: runner(), host: { close() {} } } };
})();
`;

interface Sidebar {
  browser: Browser;
  page: Page;
  double: SheetsDouble;
  addon: Addon;
  /** Every request the page made to anything but its own origin. */
  outside: string[];
  workers: number;
}

async function openSidebar(menuItem: string, options: { noWorkers?: boolean } = {}): Promise<Sidebar> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium tidak ada di ${CHROMIUM}: pasang dengan "apt-get install chromium" (.ci/run melakukannya).`);
  const double = await doubleFromXlsx(SAMPLE);
  const addon = loadAddon(double);
  // The menu item, as Sheets runs it: the sidebar's HTML is what it gives to showSidebar.
  addon.fn(menuItem)();
  const html = double.ui.sidebars[double.ui.sidebars.length - 1].content;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    // (playwright gives the browser a fresh profile of its own.)
  });
  // The sidebar's width in Google Sheets.
  const page = await (await browser.newContext({ viewport: { width: 300, height: 900 } })).newPage();
  const sidebar: Sidebar = { browser, page, double, addon, outside: [], workers: 0 };
  page.on('worker', () => sidebar.workers++);
  await page.exposeFunction('__gas', (name: string, args: string) => {
    try {
      return JSON.stringify({ ok: true, value: addon.runByName(name, JSON.parse(args) as unknown[]) ?? null });
    } catch (e) {
      return JSON.stringify({ ok: false, message: e instanceof Error ? e.message : String(e) });
    }
  });
  await page.addInitScript(STAND_IN + (options.noWorkers ? 'delete window.Worker;' : ''));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/Sidebar.html`) return route.fulfill({ contentType: 'text/html', body: html });
    if (!url.startsWith('blob:') && !url.startsWith('data:')) sidebar.outside.push(url);
    return route.abort();
  });
  await page.goto(`${ORIGIN}/Sidebar.html`);
  return sidebar;
}

/** Every cell of every sheet as the double holds it: contents, formulas, formats and backgrounds. */
function grid(double: SheetsDouble): string {
  const ss = double.globals.SpreadsheetApp.getActiveSpreadsheet();
  return JSON.stringify(
    ss.getSheets().map((s) => {
      const r = s.getDataRange();
      return [s.getName(), r.getValues(), r.getFormulas(), r.getNumberFormats(), r.getBackgrounds()];
    }),
  );
}

/** Waits until the double shows what a server call did (the sidebar's calls are asynchronous). */
async function until(done: () => boolean, ms = 10000): Promise<void> {
  for (const start = Date.now(); !done(); ) {
    if (Date.now() - start > ms) throw new Error('the server call did not happen');
    await new Promise((r) => setTimeout(r, 50));
  }
}

let sidebar: Sidebar;

afterEach(async () => {
  await sidebar?.browser.close();
});

test('Periksa from the menu: the Tabel 4.2 Jumlah findings, go to H108, Sorot and Hapus sorotan, fill, undo', async () => {
  sidebar = await openSidebar('renstraMenuPeriksa');
  const { page, double } = sidebar;
  // The menu's action starts the check on opening.
  await page.getByText(/6 tabel dikenali · 27 galat/).waitFor({ timeout: 60000 });
  for (const cell of ['H108', 'J108', 'L108', 'N108']) {
    await expect(page.locator(`[data-cell="Tabel 4.2!${cell}"]`).getByText(/kurang Rp 12\.000\.000/).isVisible()).resolves.toBe(true);
  }
  expect(sidebar.workers).toBe(1);
  mkdirSync(results, { recursive: true });
  await page.screenshot({ path: join(results, 'sheets-sidebar-hasil.png') });

  await page.getByRole('button', { name: 'Buka sel H108 di lembar Tabel 4.2' }).click();
  await until(() => double.active()?.a1 === 'H108');
  expect(double.active()).toEqual({ sheet: 'Tabel 4.2', a1: 'H108' });

  const backgrounds = grid(double);
  await page.getByRole('button', { name: 'Sorot', exact: true }).click();
  await page.getByText(/sel disorot/).waitFor();
  expect(double.cell('Tabel 4.2', 'H108').background).toBe('#f8c9c4');
  await page.getByRole('button', { name: 'Hapus sorotan' }).click();
  await page.getByText('Sorotan dihapus').waitFor();
  expect(grid(double)).toBe(backgrounds);

  const before = grid(double);
  await page.getByRole('button', { name: 'Isi kolom terhitung' }).click();
  await page.getByText(/sel akan diisi rumus/).waitFor();
  await expect(page.getByText('Fungsi add-in (=RASIO_CAPAIAN …)').isVisible()).resolves.toBe(true);
  await page.screenshot({ path: join(results, 'sheets-sidebar-pengisian.png') });
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await page.getByText(/sel diisi rumus/).waitFor();
  await expect(page.getByText(/Google Sheets tidak dapat membatalkan tulisan add-in/).isVisible()).resolves.toBe(true);
  // Sheets' own function name, without Excel's namespace.
  expect(double.cell('Tabel 2.7', 'Q7').formula).toBe('=RASIO_CAPAIAN(L7,F7)');
  expect(grid(double)).not.toBe(before);
  await page.getByRole('button', { name: 'Batalkan pengisian' }).click();
  await page.getByText('Pengisian dibatalkan').waitFor();
  expect(grid(double)).toBe(before);
  expect(sidebar.outside).toEqual([]);
}, 180000);

test('Laporan ke lembar baru from the menu: checks, then writes the report sheet; without Web Workers the check runs in the page', async () => {
  sidebar = await openSidebar('renstraMenuLaporan', { noWorkers: true });
  const { page, double } = sidebar;
  await page.getByText('Laporan ditulis').waitFor({ timeout: 60000 });
  await page.getByText(/6 tabel dikenali · 27 galat/).waitFor();
  expect(sidebar.workers).toBe(0);
  expect(double.sheetNames()).toContain('Laporan Validasi');
  expect(double.active()?.sheet).toBe('Laporan Validasi');
  expect(sidebar.outside).toEqual([]);
}, 180000);

test('Buat kerangka in the sidebar: choices from the server, the T-C.27 made on the server, then checked with no error of its own', async () => {
  sidebar = await openSidebar('renstraMenuPeriksa');
  const { page, double } = sidebar;
  await page.getByText(/6 tabel dikenali · 27 galat/).waitFor({ timeout: 60000 });
  await openKerangkaOnKecamatan(page, '7.01');
  await page.getByRole('checkbox', { name: /^7\.01\.02 / }).check();
  await page.getByRole('button', { name: 'Buat lembar' }).click();
  await page.getByText('Lembar "Kerangka T-C.27" dibuat').waitFor({ timeout: 30000 });
  // Sheets cannot keep print settings: the pane says what to choose when printing (advice, not a warning).
  await expect(page.getByText(/saat mencetak \(File → Cetak\) pilih orientasi Lanskap/).isVisible()).resolves.toBe(true);
  await expect(page.locator('[data-intent]', { hasText: 'Lembar "Kerangka T-C.27" dibuat' }).getAttribute('data-intent')).resolves.toBe('success');
  expect(double.sheetNames()).toContain('Kerangka T-C.27');
  expect(double.cell('Kerangka T-C.27', 'A9').value).toBe('7.01.02');
  expect(double.cell('Kerangka T-C.27', 'G10').formula).toBe('=SUM(G11:G12)');
  await page.screenshot({ path: join(results, 'sheets-sidebar-kerangka.png') });
  await page.getByRole('button', { name: 'Periksa spreadsheet' }).click();
  await page.getByText(/7 tabel dikenali · 27 galat/).waitFor({ timeout: 60000 });
  await page.getByRole('button', { name: /^Kerangka T-C\.27 — 0 galat, 10 peringatan$/ }).waitFor();
  expect(sidebar.outside).toEqual([]);
}, 180000);
