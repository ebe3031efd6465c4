/**
 * The build must fail when the custom-function metadata has errors: the same webpack config, pointed
 * at a functions file with a parameter type Excel cannot take, reports an error.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import webpack from 'webpack';
import CustomFunctionsMetadataPlugin from 'custom-functions-metadata-plugin';

test('a metadata error fails the webpack build', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'renstra-cf-'));
  const input = join(dir, 'salah.ts');
  writeFileSync(
    input,
    `/**
 * Fungsi dengan tipe parameter yang tidak didukung Excel.
 * @customfunction SALAH
 * @param tanggal Sebuah Map, bukan angka atau teks.
 */
export function salah(tanggal: Map<string, number>): number {
  return tanggal.size;
}
`,
  );
  const compiler = webpack({
    mode: 'development',
    context: dir,
    entry: input,
    output: { path: join(dir, 'dist'), filename: 'functions.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020', moduleResolution: 'node' } } } }] },
    plugins: [new CustomFunctionsMetadataPlugin({ input, output: 'functions.json' })],
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => compiler.run((err, s) => (err ? reject(err) : resolve(s!))));
  await new Promise((resolve) => compiler.close(resolve));
  expect(stats.hasErrors()).toBe(true);
  const messages = stats.toJson().errors!.map((e) => e.message).join('\n');
  expect(messages).toMatch(/salah\.ts/);
  expect(messages).toMatch(/does not support type "Map"/);
});
