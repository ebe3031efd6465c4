// Rewrites the manifest's development URLs (https://localhost:3000) to the production address the
// add-in is hosted at. Used by webpack.config.js and tested in test/manifest.test.ts.
'use strict';

const DEV_URL = 'https://localhost:3000';

/** @param {string} manifest @param {string | undefined} productionUrl */
function withProductionUrl(manifest, productionUrl) {
  if (!productionUrl) return manifest;
  const url = productionUrl.replace(/\/+$/, '');
  if (!/^https:\/\/[^\s"<>]+$/.test(url)) {
    throw new Error(`RENSTRA_PRODUCTION_URL harus alamat https:// tanpa spasi, bukan "${productionUrl}".`);
  }
  return manifest.split(DEV_URL).join(url);
}

module.exports = { DEV_URL, withProductionUrl };
