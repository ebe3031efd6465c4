// `npm run sheets:push`: builds the add-on and pushes dist/sheets to the Apps Script project named
// in .clasp.json, with Google's clasp (run through npx at a pinned version: it is a developer's tool
// with a large dependency tree, not something the tests or users need).
const { existsSync } = require('fs');
const { spawnSync } = require('child_process');
const path = require('path');

const CLASP = '@google/clasp@3.4.1';
const root = path.resolve(__dirname, '..');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(path.join(root, '.clasp.json'))) {
  console.error(
    [
      'Belum ada .clasp.json: proyek Apps Script tujuan belum ditentukan.',
      `  1. npx ${CLASP} login`,
      `  2. npx ${CLASP} create --type sheets --title "Pemeriksa Renstra" --rootDir dist/sheets`,
      '     (membuat spreadsheet baru dengan proyek skrip terikat; atau, untuk proyek yang sudah ada,',
      '      tulis .clasp.json sendiri: {"scriptId": "…", "rootDir": "dist/sheets"})',
      '  3. npm run sheets:push',
    ].join('\n'),
  );
  process.exit(2);
}
run('npm', ['run', 'build']);
run('npx', ['--yes', CLASP, 'push', '--force']);
