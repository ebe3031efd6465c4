// The Excel add-in build: the custom functions bundle and its metadata (functions.json, generated
// from the JSDoc in src/functions/functions.ts; the build fails on metadata errors), and the help
// page the functions' @helpurl points at (bantuan.html, rendered from the README).
const fs = require('fs');
const path = require('path');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { withProductionUrl } = require('./scripts/manifest-url');
const { marked } = require('marked');

/** Renders the README's "Fungsi Excel" section as bantuan.html, one anchor per function. */
class HelpPagePlugin {
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
          .parse(section)
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
        compilation.emitAsset('bantuan.html', new compiler.webpack.sources.RawSource(html));
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

module.exports = (_env, argv) => ({
  mode: argv.mode || 'production',
  devtool: argv.mode === 'development' ? 'source-map' : false,
  entry: {
    functions: './src/functions/functions.ts',
    taskpane: './src/taskpane/taskpane.tsx',
  },
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: '[name].js',
    clean: true,
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
