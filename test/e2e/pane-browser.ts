/**
 * The built add-in (dist/) opened in Debian's Chromium through playwright-core, for the end-to-end
 * tests. Requests for the add-in's https://localhost:3000/ files are answered from dist/, and the
 * request for office.js with the test host (test/host/office-host.ts) over the workbook the test
 * gives; nothing else leaves the page.
 */
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { extname, join } from 'path';
import webpack from 'webpack';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { WorkbookGrid } from '../../src/core/grid';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');
/** Screenshots go here. */
export const results = join(root, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png' };

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

/**
 * Opens dist/taskpane.html in a pane-sized Chromium page over `workbook`. `outside` collects every
 * request the page makes to anything but the add-in's own origin (and the office.js it loads).
 */
export async function openPane(workbook: WorkbookGrid): Promise<{ browser: Browser; page: Page; outside: string[] }> {
  if (!existsSync(join(dist, 'taskpane.html'))) throw new Error('dist/taskpane.html tidak ada: jalankan "npm run build" dulu (npm test melakukannya).');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium tidak ada di ${CHROMIUM}: pasang dengan "apt-get install chromium" (.ci/run melakukannya).`);
  const hostScript = `window.__RENSTRA_WORKBOOK__ = ${JSON.stringify(workbook)};\n${await bundleHost()}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const ctx = await browser.newContext({ viewport: { width: 420, height: 900 }, ignoreHTTPSErrors: true });
  const page = await ctx.newPage();
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== 'https://localhost:3000' && url.href !== OFFICE_JS && url.protocol !== 'blob:' && url.protocol !== 'data:') outside.push(request.url());
  });
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
  return { browser, page, outside };
}

/**
 * Opens "Buat kerangka" in the pane (Excel's or the Sheets sidebar), types `search` into the bidang
 * list, picks "7.01 KECAMATAN" and unticks every program, as a planner starting from a clean choice.
 */
export async function openKerangkaOnKecamatan(page: Page, search: string): Promise<void> {
  await page.getByRole('button', { name: 'Buat kerangka' }).click();
  await page.getByText('Buat kerangka T-C.27 dari nomenklatur 2027').waitFor({ timeout: 30000 });
  const bidang = page.getByRole('combobox', { name: /Bidang urusan/ });
  await bidang.click();
  await bidang.fill(search);
  await page.getByRole('option', { name: '7.01 KECAMATAN' }).click();
  await page.getByText(/Program \(6 dari 6 dipilih\)/).waitFor();
  await page.getByRole('button', { name: 'Kosongkan' }).click();
}
