/**
 * The add-in manifest, checked offline: Microsoft's published XSDs (on a copy without <Runtimes>,
 * which predates them), plus the parts the XSDs cannot see — the shared runtime, the custom
 * functions and the ribbon point at files the build emits. The online
 * `office-addin-manifest validate` stays a release step (it needs the network).
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { validateXML } from 'xmllint-wasm';
import { DEV_URL, withProductionUrl } from '../scripts/manifest-url';

const root = join(__dirname, '..');
const dist = join(root, 'dist');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
const schemaDir = join(__dirname, 'schemas', 'office-addin-manifest');

function attr(xml: string, re: RegExp): string[] {
  return [...xml.matchAll(re)].map((m) => m[1]);
}

function urlOf(resid: string): string {
  const m = new RegExp(`<bt:Url id="${resid.replace(/\./g, '\\.')}" DefaultValue="([^"]+)"`).exec(manifest);
  if (!m) throw new Error(`bt:Url ${resid} tidak ada di manifest`);
  return m[1];
}

function distFile(url: string): string {
  expect(url.startsWith(`${DEV_URL}/`)).toBe(true);
  return join(dist, url.slice(DEV_URL.length + 1).split('#')[0]);
}

async function validate(xml: string) {
  const withoutRuntimes = xml.replace(/<Runtimes>[\s\S]*?<\/Runtimes>/, '');
  const schemas = readdirSync(schemaDir).filter((f) => f.endsWith('.xsd'));
  const main = 'OfficeAppManifestV1_1.xsd';
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: withoutRuntimes }],
    schema: [{ fileName: main, contents: readFileSync(join(schemaDir, main), 'utf8') }],
    preload: schemas.filter((f) => f !== main).map((f) => ({ fileName: f, contents: readFileSync(join(schemaDir, f), 'utf8') })),
  });
}

test('manifest.xml is valid against the Office add-in manifest XSDs (without <Runtimes>)', async () => {
  const result = await validate(manifest);
  expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
});

test('the same check rejects a broken manifest', async () => {
  const broken = await validate(manifest.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>SemuaBoleh</Permissions>'));
  expect(broken.valid).toBe(false);
  expect(broken.errors.map((e) => e.rawMessage).join('\n')).toMatch(/Permissions/);
});

test('a shared runtime with a long lifetime, on the page the build emits', () => {
  const runtimes = /<Runtimes>([\s\S]*?)<\/Runtimes>/.exec(manifest)![1];
  expect(attr(runtimes, /<Runtime resid="([^"]+)" lifetime="long"/g)).toEqual(['Taskpane.Url']);
  expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"/);
  expect(existsSync(distFile(urlOf('Taskpane.Url')))).toBe(true);
  expect(attr(manifest, /<FunctionFile resid="([^"]+)"/g)).toEqual(['Taskpane.Url']);
});

test('custom functions under the RENSTRA namespace, script and metadata emitted by the build', () => {
  const cf = /<ExtensionPoint xsi:type="CustomFunctions">([\s\S]*?)<\/ExtensionPoint>/.exec(manifest)![1];
  const [script, page, metadata] = attr(cf, /<SourceLocation resid="([^"]+)"/g);
  expect(page).toBe('Taskpane.Url');
  expect(existsSync(distFile(urlOf(script)))).toBe(true);
  const meta = JSON.parse(readFileSync(distFile(urlOf(metadata)), 'utf8'));
  expect(meta.functions.length).toBe(12);
  expect(/<bt:String id="Functions.Namespace" DefaultValue="([^"]+)"/.exec(manifest)![1]).toBe('RENSTRA');
  // The shared runtime page loads the functions bundle too.
  expect(readFileSync(join(dist, 'taskpane.html'), 'utf8')).toMatch(/functions\.js/);
});

test('a Renstra group on the Home tab: Periksa runs a function the page registers, Panel Renstra opens the pane', () => {
  expect(manifest).toMatch(/<DefaultLocale>id-ID<\/DefaultLocale>/);
  const tab = /<OfficeTab id="TabHome">([\s\S]*?)<\/OfficeTab>/.exec(manifest)![1];
  expect(/<Label resid="([^"]+)"/.exec(tab)![1]).toBe('Group.Label');
  expect(manifest).toMatch(/<bt:String id="Group.Label" DefaultValue="Renstra"/);
  const controls = [...tab.matchAll(/<Control xsi:type="Button" id="([^"]+)">([\s\S]*?)<\/Control>/g)];
  expect(controls.map((c) => c[1])).toEqual(['Renstra.Periksa', 'Renstra.Panel']);
  expect(controls[0][2]).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>periksa<\/FunctionName>/);
  expect(readFileSync(join(dist, 'taskpane.js'), 'utf8')).toMatch(/associate\("periksa"/);
  expect(controls[1][2]).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"/);
  expect(manifest).toMatch(/<bt:String id="Periksa.Label" DefaultValue="Periksa"/);
  expect(manifest).toMatch(/<bt:String id="Panel.Label" DefaultValue="Panel Renstra"/);
});

test('every icon is drawn at the size the manifest says, and emitted', () => {
  for (const [id, url] of [...manifest.matchAll(/<bt:Image id="Icon\.(\d+)x\d+" DefaultValue="([^"]+)"/g)].map((m) => [m[1], m[2]])) {
    const png = readFileSync(distFile(url));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(Number(id));
    expect(png.readUInt32BE(20)).toBe(Number(id));
  }
  for (const m of manifest.matchAll(/<(?:IconUrl|HighResolutionIconUrl) DefaultValue="([^"]+)"/g)) expect(existsSync(distFile(m[1]))).toBe(true);
});

test('a production build points every URL at the hosting address', () => {
  const prod = withProductionUrl(manifest, 'https://addin.contoh.go.id/renstra/');
  expect(prod).not.toContain('localhost');
  expect(prod).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://addin.contoh.go.id/renstra/taskpane.html" />');
  expect(() => withProductionUrl(manifest, 'http://tidak-aman.example')).toThrow(/harus alamat https:\/\//);
  expect(withProductionUrl(manifest, undefined)).toBe(manifest);
  // Without RENSTRA_PRODUCTION_URL the built manifest keeps the development URLs.
  expect(readFileSync(join(dist, 'manifest.xml'), 'utf8')).toBe(manifest);
});
