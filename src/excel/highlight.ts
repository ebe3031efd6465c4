/**
 * "Sorot": colours every finding's cell (errors and warnings apart) and remembers each cell's
 * original fill in the workbook, so "Hapus sorotan" restores it exactly — even after the file was
 * closed and reopened. Protected sheets are read but never written: they are reported instead.
 * Two sync() calls either way, whatever the number of findings.
 */
import type { Finding } from '../core/rules/types';
import { sheetsWithProtection } from './protection';
import { HIGHLIGHT_COLORS } from '../taskpane/document-state';
import { KEYS, type SettingsStore } from './settings';

export const COLORS = HIGHLIGHT_COLORS;

/** A cell's fill before the add-in touched it. */
export interface OriginalFill {
  sheet: string;
  cell: string;
  /** null: the cell had no fill. */
  color: string | null;
  pattern?: string;
  patternColor?: string;
}

export interface HighlightResult {
  highlighted: number;
  /** Sheets that are protected: their cells were not coloured. */
  protectedSheets: string[];
}

interface Pending {
  finding: Finding;
  range: Excel.Range;
}

export async function highlightFindings(context: Excel.RequestContext, findings: Finding[], store: SettingsStore): Promise<HighlightResult> {
  const previous = (store.get(KEYS.highlights) as OriginalFill[] | null) ?? [];
  const done = new Set(previous.map((o) => `${o.sheet}!${o.cell}`));
  const targets = findings.filter((f) => f.severity !== 'info');
  const sheets = sheetsWithProtection(context);
  const pending: Pending[] = [];
  for (const f of targets) {
    const range = sheets.get(f.sheet).getRange(f.cell);
    range.format.fill.load('color,pattern,patternColor');
    pending.push({ finding: f, range });
  }
  await context.sync();
  const protectedSheets = sheets.protectedNames();
  const originals: OriginalFill[] = [...previous];
  let highlighted = 0;
  context.application.suspendScreenUpdatingUntilNextSync();
  // An error wins over a warning on the same cell.
  const order = [...pending].sort((a, b) => (a.finding.severity === 'error' ? 1 : 0) - (b.finding.severity === 'error' ? 1 : 0));
  for (const { finding, range } of order) {
    if (protectedSheets.includes(finding.sheet)) continue;
    const key = `${finding.sheet}!${finding.cell}`;
    if (!done.has(key)) {
      const fill = range.format.fill;
      const none = fill.pattern === 'None' || !fill.color;
      originals.push({ sheet: finding.sheet, cell: finding.cell, color: none ? null : fill.color, pattern: fill.pattern, patternColor: fill.patternColor });
      done.add(key);
      highlighted++;
    }
    range.format.fill.color = finding.severity === 'error' ? COLORS.error : COLORS.warning;
  }
  // Remember the originals before anything is written, so nothing is lost if Excel fails midway.
  store.set(KEYS.highlights, originals);
  await store.save();
  await context.sync();
  return { highlighted, protectedSheets };
}

export async function clearHighlights(context: Excel.RequestContext, store: SettingsStore): Promise<number> {
  const originals = (store.get(KEYS.highlights) as OriginalFill[] | null) ?? [];
  context.application.suspendScreenUpdatingUntilNextSync();
  for (const o of originals) {
    const fill = context.workbook.worksheets.getItem(o.sheet).getRange(o.cell).format.fill;
    if (o.color === null) fill.clear();
    else {
      fill.color = o.color;
      if (o.pattern && o.pattern !== 'Solid') fill.pattern = o.pattern as Excel.FillPattern;
      if (o.patternColor && o.pattern && o.pattern !== 'Solid') fill.patternColor = o.patternColor;
    }
  }
  await context.sync();
  store.set(KEYS.highlights, []);
  await store.save();
  return originals.length;
}
