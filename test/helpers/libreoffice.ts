/**
 * LibreOffice headless as a real spreadsheet: opens a workbook and saves it again (as .xlsx or .ods)
 * with a fresh profile, either keeping the cached values it found (LibreOffice's default for .xlsx)
 * or recalculating every formula on load (a profile whose OOXMLRecalcMode is 0, "always"), so the
 * cached values in the result are LibreOffice's own.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, extname, join } from 'path';

export const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const FILTER = { xlsx: 'xlsx:Calc MS Excel 2007 XML', ods: 'ods:calc8' } as const;

export interface ResaveOptions {
  /** Recalculate every formula on load (default: keep the cached values, LibreOffice's default). */
  recalculate?: boolean;
}

/**
 * Opens each file in LibreOffice and saves it as `format`, all in one LibreOffice run with a fresh
 * profile; returns the paths of the saved copies, in order (same base name, new extension, in a new
 * temporary folder — so the input files may share names with their copies).
 */
export function resave(files: string[], format: keyof typeof FILTER, options: ResaveOptions = {}): string[] {
  const work = mkdtempSync(join(tmpdir(), 'renstra-lo-'));
  const profile = join(work, 'profil');
  mkdirSync(join(profile, 'user'), { recursive: true });
  if (options.recalculate) writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const outdir = join(work, 'hasil');
  mkdirSync(outdir);
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', FILTER[format], '--outdir', outdir, ...files],
    { stdio: 'pipe', timeout: 180000 },
  );
  return files.map((f) => join(outdir, `${basename(f, extname(f))}.${format}`));
}

/** Recalculates `file` in LibreOffice and returns the path of the recalculated copy. */
export function recalculate(file: string): string {
  return resave([file], 'xlsx', { recalculate: true })[0];
}
