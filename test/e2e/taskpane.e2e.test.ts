/**
 * End to end in a real browser: the built add-in (dist/) opened in Debian's Chromium through
 * playwright-core. Requests for the add-in's https://localhost:3000/ files are answered from dist/,
 * and the request for office.js with the test host (test/host/office-host.ts) over the sample
 * workbook. Saves a screenshot of the pane to test-results/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { extname, join } from 'path';
import webpack from 'webpack';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readXlsx } from '../../src/cli/read-xlsx';
import { SAMPLE } from '../helpers/load';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');
const results = join(root, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png' };

let browser: Browser;
let page: Page;
let hostScript: string;

async function bundleHost(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'renstra-host-'));
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    entry: join(__dirname, '..', 'host', 'office-host.ts'),
    output: { path: out, filename: 'office-host.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020', moduleResolution: 'node', target: 'es2018' } } } }] },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => compiler.run((e, s) => (e ? reject(e) : resolve(s!))));
  await new Promise((r) => compiler.close(r));
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  return readFileSync(join(out, 'office-host.js'), 'utf8');
}

beforeAll(async () => {
  if (!existsSync(join(dist, 'taskpane.html'))) throw new Error('dist/taskpane.html tidak ada: jalankan "npm run build" dulu (npm test melakukannya).');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium tidak ada di ${CHROMIUM}: pasang dengan "apt-get install chromium" (.ci/run melakukannya).`);
  const workbook = await readXlsx(SAMPLE);
  hostScript = `window.__RENSTRA_WORKBOOK__ = ${JSON.stringify(workbook)};\n${await bundleHost()}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const ctx = await browser.newContext({ viewport: { width: 420, height: 900 }, ignoreHTTPSErrors: true });
  page = await ctx.newPage();
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'appsforoffice.microsoft.com') return route.fulfill({ contentType: 'text/javascript', body: hostScript });
    if (url.origin === 'https://localhost:3000') {
      const file = join(dist, decodeURIComponent(url.pathname));
      if (existsSync(file)) return route.fulfill({ contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
      return route.fulfill({ status: 404, body: 'tidak ada' });
    }
    return route.abort();
  });
  await page.goto('https://localhost:3000/taskpane.html');
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
