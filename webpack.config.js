// The Excel add-in build: the custom functions bundle and its metadata (functions.json, generated
// from the JSDoc in src/functions/functions.ts; the build fails on metadata errors), and the help
// page the functions' @helpurl points at (bantuan.html, rendered from the README).
const fs = require('fs');
const path = require('path');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const GasPlugin = require('gas-webpack-plugin');
const { withProductionUrl } = require('./scripts/manifest-url');
const { marked } = require('marked');

/**
 * Renders the README's "Fungsi Excel" section as a help page, one anchor per function: bantuan.html
 * for Excel; Bantuan.html for Google Sheets, where the functions have no RENSTRA. prefix.
 */
class HelpPagePlugin {
  constructor({ filename = 'bantuan.html', sheets = false } = {}) {
    this.filename = filename;
    this.sheets = sheets;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('HelpPagePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'HelpPagePlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const readme = fs.readFileSync(path.resolve(__dirname, 'README.md'), 'utf8');
        const start = readme.indexOf('## Fungsi Excel');
        if (start < 0) {
          compilation.errors.push(new compiler.webpack.WebpackError('README.md: bagian "## Fungsi Excel" tidak ditemukan (sumber bantuan.html).'));
          return;
        }
        const rest = readme.slice(start);
        const end = rest.indexOf('\n## ', 3);
        const section = end < 0 ? rest : rest.slice(0, end);
        const body = marked
          .parse(this.sheets ? section.replace(/RENSTRA\.(?=[A-Z_]+\()/g, '').replace('## Fungsi Excel', '## Fungsi Renstra di Google Sheets') : section)
          .replace(/<h3>([A-Z_]+)([^<]*)<\/h3>/g, (_, name, tail) => `<h3 id="${name.toLowerCase()}">${name}${tail}</h3>`);
        const html = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Bantuan fungsi RENSTRA</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}
code{background:#f3f3f3;padding:0 .2em;border-radius:3px}pre{background:#f3f3f3;padding:.6em;overflow:auto}
table{border-collapse:collapse}td,th{border:1px solid #d1d1d1;padding:.2em .5em;text-align:left}h3{margin-top:2rem}</style>
</head><body>
${body}
</body></html>
`;
        compilation.emitAsset(this.filename, new compiler.webpack.sources.RawSource(html));
      });
    });
  }
}

/** HTTPS for the dev server: the certificates `npx office-addin-dev-certs install` puts in the
 * user's folder (trusted by Excel), else webpack-dev-server's own self-signed one. */
function devHttps() {
  const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  if (fs.existsSync(cert) && fs.existsSync(key)) {
    return { type: 'https', options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.readFileSync(path.join(dir, 'ca.crt')) } };
  }
  return 'https';
}

const addin = (argv) => ({
  name: 'addin',
  mode: argv.mode || 'production',
  devtool: argv.mode === 'development' ? 'source-map' : false,
  entry: {
    functions: './src/functions/functions.ts',
    taskpane: './src/taskpane/taskpane.tsx',
  },
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: '[name].js',
    // dist/sheets and dist/web are the Google Sheets build's and the web checker's (below).
    clean: { keep: /^(sheets|web)[\\/]/ },
  },
  resolve: {
    extensions: ['.ts', '.tsx', '.js'],
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { configFile: 'tsconfig.addin.json' } },
      },
    ],
  },
  plugins: [
    new CustomFunctionsMetadataPlugin({
      input: './src/functions/functions.ts',
      output: 'functions.json',
    }),
    new HelpPagePlugin(),
    // The shared runtime page: the task pane, the ribbon command and the custom functions in one.
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane', 'functions'] }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets/*.png', to: 'assets/[name][ext]' },
        {
          from: 'manifest.xml',
          to: 'manifest.xml',
          // Production builds point the manifest at the hosting address (RENSTRA_PRODUCTION_URL).
          transform: (content) => withProductionUrl(content.toString(), argv.mode === 'production' ? process.env.RENSTRA_PRODUCTION_URL : undefined),
        },
      ],
    }),
  ],
  performance: { hints: false },
  devServer: {
    port: 3000,
    server: devHttps(),
    headers: { 'Access-Control-Allow-Origin': '*' },
    hot: false,
  },
});

// ES modules out of TypeScript, so that webpack shakes the unused parts of Fluent UI and the core off.
const typescript = (configFile) => ({
  rules: [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: { loader: 'ts-loader', options: { configFile, onlyCompileBundledFiles: true, compilerOptions: { module: 'es2020', moduleResolution: 'node' } } },
    },
  ],
});

/**
 * The Google Sheets add-on's Apps Script side, dist/sheets/Code.js: custom functions, menu and the
 * sidebar's server functions as top-level declarations with their JSDoc (gas-webpack-plugin), not
 * minified — Sheets reads the custom functions' help from the deployed source — plus appsscript.json
 * and the functions' help dialog.
 */
const sheetsServer = (argv) => ({
  name: 'sheets-server',
  mode: argv.mode || 'production',
  devtool: false,
  target: ['web', 'es2019'],
  entry: { Code: './src/sheets/server/main.ts' },
  output: { path: path.resolve(__dirname, 'dist', 'sheets'), filename: '[name].js' },
  resolve: { extensions: ['.ts', '.js'] },
  module: typescript('tsconfig.sheets.json'),
  optimization: { minimize: false },
  plugins: [
    new GasPlugin({ comment: true, include: ['src/sheets/server/main.ts'] }),
    new HelpPagePlugin({ filename: 'Bantuan.html', sheets: true }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'src/sheets/appsscript.json', to: 'appsscript.json' },
        // The nomenclature tree for "Buat kerangka", a project file the server reads only when asked (server/kerangka.ts).
        { from: 'src/data/kerangka.json', to: 'KerangkaData.html' },
      ],
    }),
  ],
  performance: { hints: false },
});

/**
 * One self-contained HTML page: the template's placeholder comments (a JS comment holding the NAME
 * given in `scripts`) replaced by the bundles, inline, and the separate .js files dropped. Sidebar.html (Apps Script's HtmlService serves no
 * separate JS or CSS) and the web checker's index.html (opened from file://) carry a React bundle
 * and the checker's worker code this way.
 */
class InlinePagePlugin {
  /** `scripts`: placeholder name → bundle, e.g. { PEMERIKSA: 'pemeriksa.js' }. */
  constructor({ template, filename, scripts }) {
    this.template = template;
    this.filename = filename;
    this.scripts = scripts;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlinePagePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InlinePagePlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        // Inside a <script> element only "</script" and "<!--" can end or confuse it: escape them (same meaning in JS).
        const inline = (name) => String(assets[name].source()).replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
        let html = fs.readFileSync(path.resolve(__dirname, this.template), 'utf8');
        for (const [placeholder, bundle] of Object.entries(this.scripts)) html = html.replace(`/*${placeholder}*/`, () => inline(bundle));
        compilation.emitAsset(this.filename, new compiler.webpack.sources.RawSource(html));
        for (const name of Object.keys(assets)) if (name.endsWith('.js') || name.endsWith('.LICENSE.txt')) compilation.deleteAsset(name);
      });
    });
  }
}

const sheetsSidebar = (argv) => ({
  name: 'sheets-sidebar',
  mode: argv.mode || 'production',
  devtool: false,
  target: ['web', 'es2019'],
  entry: { sidebar: './src/sheets/sidebar/sidebar.tsx', pemeriksa: './src/taskpane/check.worker.ts' },
  output: { path: path.resolve(__dirname, 'dist', 'sheets'), filename: '[name].js', publicPath: '' },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: typescript('tsconfig.json'),
  plugins: [new InlinePagePlugin({ template: 'src/sheets/sidebar/sidebar.html', filename: 'Sidebar.html', scripts: { PEMERIKSA: 'pemeriksa.js', SIDEBAR: 'sidebar.js' } })],
  performance: { hints: false },
});

/**
 * dist/web/index.html, the web checker (src/web/): the page and the worker that reads and checks
 * the workbooks, in one file that works opened from file:// or from any static folder.
 */
const web = (argv) => ({
  name: 'web',
  mode: argv.mode || 'production',
  devtool: false,
  target: ['web', 'es2019'],
  entry: { halaman: './src/web/index.tsx', pemeriksa: './src/web/worker.ts' },
  output: { path: path.resolve(__dirname, 'dist', 'web'), filename: '[name].js', publicPath: '' },
  // The workbook reader takes three small tables from exceljs's sources; one of their modules requires fs, unused there.
  resolve: { extensions: ['.ts', '.tsx', '.js'], fallback: { fs: false } },
  module: typescript('tsconfig.json'),
  plugins: [new InlinePagePlugin({ template: 'src/web/index.html', filename: 'index.html', scripts: { PEMERIKSA: 'pemeriksa.js', HALAMAN: 'halaman.js' } })],
  performance: { hints: false },
});

module.exports = (_env, argv) => [addin(argv), sheetsServer(argv), sheetsSidebar(argv), web(argv)];
