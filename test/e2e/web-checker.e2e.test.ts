/**
 * The web checker end to end in Chromium: dist/web/index.html opened from file:// as a reviewer
 * double-clicks it; workbooks given through the file input and by a real drop event; the findings,
 * an unreadable file's reason, the rekap and JSON downloads (read back and compared with what the
 * CLI writes for the same files); no request leaves file:, blob: or data:. Screenshots go to
 * test-results/web-*.png.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { pathToFileURL } from 'url';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { zipBomb } from '../../scripts/fuzz-mutations';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/core/report';
import { REAL, SAMPLE } from '../helpers/load';
import { results } from './pane-browser';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGE = join(__dirname, '..', '..', 'dist', 'web', 'index.html');

interface Web {
  browser: Browser;
  page: Page;
  /** Every request to anything but file:, blob: or data:. */
  outside: string[];
  /** Content-Security-Policy violations the page saw. */
  violations: () => Promise<string[]>;
  workers: number;
}

async function openWeb(options: { noWorkers?: boolean } = {}): Promise<Web> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium tidak ada di ${CHROMIUM}: pasang dengan "apt-get install chromium" (.ci/run melakukannya).`);
  if (!existsSync(PAGE)) throw new Error(`${PAGE} belum dibangun: jalankan "npm run build".`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const web: Web = { browser, page, outside: [], workers: 0, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
  const watch = (url: string) => {
    if (!/^(file|blob|data):/.test(url)) web.outside.push(url);
  };
  context.on('request', (r) => watch(r.url()));
  page.on('worker', (w) => {
    web.workers++;
    watch(w.url());
  });
  await page.addInitScript(
    `window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));` +
      (options.noWorkers ? 'delete window.Worker;' : ''),
  );
  await page.goto(pathToFileURL(PAGE).href);
  return web;
}

/** Drops files on the drop area the way a browser does: a DragEvent carrying a DataTransfer. */
async function dropFiles(page: Page, files: string[]): Promise<void> {
  const payload = files.map((f) => ({ name: basename(f), base64: readFileSync(f).toString('base64') }));
  const dataTransfer = await page.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const { name, base64 } of items) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    }
    return dt;
  }, payload);
  const area = page.getByTestId('area-berkas');
  await area.dispatchEvent('dragenter', { dataTransfer });
  await area.dispatchEvent('dragover', { dataTransfer });
  await area.dispatchEvent('drop', { dataTransfer });
}

/** The three files the tests give: the sample, the PUPR workbook and a truncated (corrupt) copy of the sample. */
function inputs(): { sample: string; pupr: string; corrupt: string } {
  const dir = mkdtempSync(join(tmpdir(), 'renstra-web-'));
  const sample = join(dir, basename(SAMPLE));
  const pupr = join(dir, basename(REAL));
  const corrupt = join(dir, 'rusak.xlsx');
  copyFileSync(SAMPLE, sample);
  copyFileSync(REAL, pupr);
  const bytes = readFileSync(SAMPLE);
  writeFileSync(corrupt, bytes.subarray(0, Math.floor(bytes.length / 2)));
  return { sample, pupr, corrupt };
}

/** What `renstra check --format json` writes for the same files, named as the page names them. */
async function cliReport(files: string[]): Promise<Report> {
  let out = '';
  await main(['check', ...files, '--format', 'json'], { out: (s) => (out += s), err: () => undefined, errIsTty: false });
  const report = JSON.parse(out) as Report;
  for (const f of report.files) f.file = basename(f.file);
  return report;
}

let web: Web | undefined;

afterEach(async () => {
  await web?.browser.close();
  web = undefined;
});

test('file input and drop: findings per file, the unreadable file\'s reason, rekap and JSON as the CLI writes them, nothing sent', async () => {
  web = await openWeb();
  const { page } = web;
  const { sample, pupr, corrupt } = inputs();
  await expect(page.getByTestId('privasi').getByText(/tidak pernah meninggalkan komputer ini/).isVisible()).resolves.toBe(true);

  await page.locator('input[type="file"]').setInputFiles([sample, corrupt]);
  await dropFiles(page, [pupr]);
  await page.getByText('3 berkas selesai diperiksa').waitFor({ timeout: 120000 });

  // The unreadable file: its reason, without opening anything.
  const rusak = page.locator('[data-testid="berkas"][data-file="rusak.xlsx"]');
  await expect(rusak.getByTestId('alasan').innerText()).resolves.toMatch(/arsip zip rusak atau terpotong/);
  await expect(rusak.getByText('Tidak terbaca').isVisible()).resolves.toBe(true);

  // The sample: its agency, counts, and the Tabel 4.2 Jumlah findings in the task pane's grouped view.
  const kartoharjo = page.locator(`[data-testid="berkas"][data-file="${basename(sample)}"]`);
  await expect(kartoharjo.getByText('· Kecamatan Kartoharjo').isVisible()).resolves.toBe(true);
  await expect(kartoharjo.getByText(/6 tabel dikenali · 27 galat/).isVisible()).resolves.toBe(true);
  await kartoharjo.getByRole('button', { name: new RegExp(basename(sample)) }).click();
  for (const cell of ['H108', 'J108', 'L108', 'N108']) {
    await expect(page.locator(`[data-cell="Tabel 4.2!${cell}"]`).getByText(/kurang Rp 12\.000\.000/).isVisible()).resolves.toBe(true);
  }
  // Read only: no "go to cell" link, no "Abaikan".
  await expect(kartoharjo.getByRole('button', { name: 'Abaikan' }).count()).resolves.toBe(0);
  // The dropped file was checked like the picked ones.
  const dinas = page.locator(`[data-testid="berkas"][data-file="${basename(pupr)}"]`);
  await expect(dinas.getByText(/1 tabel dikenali · 22 galat/).isVisible()).resolves.toBe(true);
  mkdirSync(results, { recursive: true });
  await page.screenshot({ path: join(results, 'web-hasil.png'), fullPage: true });

  // The rekap, downloaded and read back.
  const [rekapDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh rekap (.xlsx)' }).click()]);
  expect(rekapDownload.suggestedFilename()).toBe('rekap-renstra.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await rekapDownload.path());
  const summary = wb.getWorksheet('Ringkasan')!;
  const row = (r: number) => ({
    file: summary.getCell(r, 2).text,
    agency: summary.getCell(r, 3).text,
    errors: summary.getCell(r, 5).value,
    status: summary.getCell(r, 8).text,
    why: summary.getCell(r, 9).text,
  });
  expect(row(2)).toMatchObject({ file: basename(sample), agency: 'Kecamatan Kartoharjo', errors: 27, status: 'Perlu perbaikan' });
  expect(row(3)).toMatchObject({ file: 'rusak.xlsx', status: 'Tidak terbaca' });
  expect(row(3).why).toMatch(/arsip zip rusak atau terpotong/);
  expect(row(4)).toMatchObject({ file: basename(pupr), errors: 22, status: 'Perlu perbaikan' });
  expect(summary.getCell(5, 2).text).toBe('Jumlah');
  expect(wb.worksheets).toHaveLength(4);

  // The JSON report: exactly what the CLI writes for the same files, in the same order.
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh laporan JSON' }).click()]);
  expect(jsonDownload.suggestedFilename()).toBe('laporan-renstra.json');
  const fromPage = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')) as Report;
  expect(fromPage).toEqual(await cliReport([sample, corrupt, pupr]));

  expect(web.workers).toBe(1);
  expect(web.outside).toEqual([]);
  await expect(web.violations()).resolves.toEqual([]);
}, 240000);

test('without Web Workers the check runs in the page, under the same Content-Security-Policy', async () => {
  web = await openWeb({ noWorkers: true });
  const { page } = web;
  const { sample } = inputs();
  await page.locator('input[type="file"]').setInputFiles([sample]);
  await page.getByText('1 berkas selesai diperiksa').waitFor({ timeout: 120000 });
  await expect(page.getByText(/6 tabel dikenali · 27 galat/).isVisible()).resolves.toBe(true);
  expect(web.workers).toBe(0);
  expect(web.outside).toEqual([]);
  await expect(web.violations()).resolves.toEqual([]);
}, 180000);

test('a zip bomb is refused in the browser too, from its declared sizes, with the CLI\'s reason', async () => {
  web = await openWeb();
  const { page } = web;
  const file = join(mkdtempSync(join(tmpdir(), 'renstra-web-bom-')), 'bom.xlsx');
  writeFileSync(file, await zipBomb(readFileSync(SAMPLE), 8));
  await page.locator('input[type="file"]').setInputFiles([file]);
  await page.getByText('1 berkas selesai diperiksa').waitFor({ timeout: 60000 });
  const reason = await page.locator('[data-testid="berkas"][data-file="bom.xlsx"]').getByTestId('alasan').innerText();
  expect(reason).toMatch(/isi arsip zip mengaku 512 MB setelah diekstrak .* — kemungkinan zip bomb, berkas tidak dibuka/);
  expect((await cliReport([file])).files[0].error).toBe(reason.replace(/^Berkas tidak dapat dibaca\s*/, ''));
}, 120000);

test('40 workbooks at once: one at a time in the worker, the page keeps answering, the rekap lists all 40', async () => {
  web = await openWeb();
  const { page } = web;
  const dir = mkdtempSync(join(tmpdir(), 'renstra-web-40-'));
  const files = Array.from({ length: 40 }, (_, i) => {
    const f = join(dir, `opd-${String(i + 1).padStart(2, '0')}.xlsx`);
    copyFileSync(SAMPLE, f);
    return f;
  });
  // How long the page's own thread goes without running a timer while the files are checked.
  await page.evaluate(() => {
    const w = window as unknown as { __gap: number; __last: number };
    w.__gap = 0;
    w.__last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.__gap = Math.max(w.__gap, now - w.__last);
      w.__last = now;
    }, 20);
  });
  await page.locator('input[type="file"]').setInputFiles(files);
  await page.getByText(/Memeriksa berkas \d+ dari 40/).waitFor();
  await page.getByText('40 berkas selesai diperiksa').waitFor({ timeout: 200000 });
  const gap = await page.evaluate(() => (window as unknown as { __gap: number }).__gap);
  expect(gap).toBeLessThan(1000);
  await expect(page.locator('[data-testid="berkas"]').count()).resolves.toBe(40);
  await page.screenshot({ path: join(results, 'web-40-berkas.png') });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh rekap (.xlsx)' }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  expect(wb.getWorksheet('Ringkasan')!.rowCount).toBe(42);
  expect(web.workers).toBe(1);
  expect(web.outside).toEqual([]);
}, 300000);
