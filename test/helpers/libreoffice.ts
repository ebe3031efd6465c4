/**
 * LibreOffice headless as a real spreadsheet: opens an .xlsx, recalculates every formula on load
 * (a fresh profile whose OOXMLRecalcMode is 0, "always"), and saves it again, so the cached values
 * in the result are LibreOffice's own.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';

export const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Recalculates `file` in LibreOffice and returns the path of the recalculated copy. */
export function recalculate(file: string): string {
  const work = mkdtempSync(join(tmpdir(), 'renstra-lo-'));
  const profile = join(work, 'profil');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const outdir = join(work, 'hasil');
  mkdirSync(outdir);
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outdir, file],
    { stdio: 'pipe', timeout: 180000 },
  );
  return join(outdir, basename(file));
}
