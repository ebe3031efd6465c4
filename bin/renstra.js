#!/usr/bin/env node
'use strict';
// The `renstra` command. The TypeScript sources are compiled to lib/ by `npm run build`
// (run automatically by `npm install`).
let cli;
try {
  cli = require('../lib/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('renstra: program belum dibangun; jalankan "npm install" (atau "npm run build") di folder proyek.\n');
    process.exit(2);
  }
  throw e;
}
cli.run();
