/** Column roles from header text: what each column of a table means, and for which year. */
import type { SheetGrid } from '../grid';
import { bandTexts } from './bands';
import { normalize } from '../text';
import type { Band, ColumnRole, Role } from './types';
import { asksForYearNumber, asOrdinal, asYearLabel, MEASURE_RULES, MONEY, PART_MEASURES, TEXT_RULES, YEAR_RANGE, yearInText } from './vocabulary';

/** Header parts of one column, top to bottom, duplicates (from merges) removed. */
export function headerParts(texts: string[][], band: Band, col: number): string[] {
  const parts: string[] = [];
  for (const row of texts) {
    const t = row[col - band.left] ?? '';
    if (!t) continue;
    if (parts.length === 0 || normalize(parts[parts.length - 1]) !== normalize(t)) parts.push(t);
  }
  return parts;
}

interface YearInfo {
  year?: number;
  relative: boolean;
}

/** The year a column is for: its lowest part that names one, or a bare 1..5 under "… Tahun ke-". */
function yearOf(parts: string[]): YearInfo {
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i];
    const label = asYearLabel(p);
    if (label) return label;
    const ordinal = asOrdinal(p);
    if (ordinal !== undefined) {
      if (parts.slice(0, i).some(asksForYearNumber)) return { year: ordinal, relative: true };
      continue;
    }
    const found = yearInText(p);
    if (found) return found;
  }
  return { relative: false };
}

/** A year with a money unit and nothing else: "Tahun 2021 (Rp)", "2025 Rp 000". */
const YEAR_WITH_UNIT = /^(?:(?:tahun|th|thn|ta) )?(?:20\d\d|ke \d|\d) (?:rp|rupiah)(?: 000)*$/;

export function columnRole(parts: string[], col: number): ColumnRole & { relative: boolean } {
  const header = parts.join(' | ');
  const all = normalize(parts.join(' '));
  const { year, relative } = yearOf(parts);
  const make = (role: Role, extra: Partial<ColumnRole> = {}): ColumnRole & { relative: boolean } => ({
    col,
    role,
    header,
    relative,
    ...(year !== undefined && role !== 'baseline' ? { year } : {}),
    ...extra,
  });
  if (parts.length === 0) return make('other');
  // The RPJMD's own target beside the plan's ("Target Akhir RPJMD (Tahun 2029)"): a reference, whatever year it names.
  if (/^target (akhir )?(periode )?rpjmd\b/.test(normalize(parts[parts.length - 1]))) return { col, role: 'ref-target', header, relative: false };
  // Quarters of one year ("Target per Triwulan | I … IV"): no year column of the plan.
  if (/\b(triwulan|tw|semester)\b/.test(all) && asOrdinal(parts[parts.length - 1]) !== undefined) return { col, role: 'other', header, relative: false };

  const squashed = all.replace(/ /g, '');
  // A column's own sub-heading naming its measure ("Target", "Realisasi") under a group that names
  // them all ("Target, Realisasi dan Tingkat Capaian …"): the sub-heading says what this column is.
  const lowest = normalize(parts[parts.length - 1]);
  const ownMeasure = parts.length > 1 && /^(target|realisasi|anggaran|pagu|rp)\b/.test(lowest) && !MEASURE_RULES.some((r) => r.test.test(lowest));
  for (const rule of MEASURE_RULES) {
    if (ownMeasure && rule.role === 'rasio') continue;
    if (!rule.test.test(all) && !(rule.role === 'baseline' && /baseline/.test(squashed))) continue;
    if (rule.role === 'growth') {
      const after = normalize(all.slice(all.indexOf('pertumb')));
      // A revenue table's plan is its "Target": the growth of the target is the plan's (anggaran) series.
      const series = /realisasi|\breal\b/.test(after) ? 'realisasi' : /anggaran|\bangg\b|pagu|dana|target/.test(after) ? 'anggaran' : undefined;
      return { col, role: 'growth', header, relative: false, ...(series ? { series } : {}) };
    }
    if (rule.role === 'rasio') return make('rasio', { percent: /%/.test(parts.join(' ')) });
    if (rule.role === 'baseline') return { col, role: 'baseline', header, relative: false };
  }
  // A total over the period's span of years ("Total Pagu Indikatif 2026-2030") is the end of period's.
  const spanTotal = year === undefined && parts.some((p) => YEAR_RANGE.test(p)) && /\b(total|jumlah|akhir)\b/.test(all);
  // "Jumlah" / "Total (5 Tahun)" over a Target | Rp pair of its own: the period's total.
  const groupTotal = year === undefined && parts.length >= 2 && /^(jumlah|total)\b/.test(normalize(parts[0])) && /^(target|k|kinerja|rp|pagu|dana|anggaran)\b/.test(normalize(parts[parts.length - 1]));
  // "Kondisi Kinerja pada Akhir Tahun 2034", "Capaian pada Akhir Periode": "akhir" a few words after kondisi/kinerja/capaian.
  const akhir = /akhir periode|kondisi akhir|kinerja akhir|akhir renstra|\b(kondisi|kinerja|capaian)( \w+){0,3} akhir\b/.test(all);
  if (akhir || spanTotal || groupTotal) {
    const last = normalize(parts[parts.length - 1]);
    // What was achieved at the end of the last period ("Realisasi Akhir", evaluating a past Renstra) is no target.
    if (/^realisasi\b/.test(last)) return { col, role: 'realisasi', header, relative: false };
    const money = /\brp\b|pagu|dana|anggaran/.test(last);
    return { col, role: money ? 'akhir-pagu' : 'akhir-target', header, relative: false };
  }
  // The measure: the most specific (lowest) header part that names one.
  if (year !== undefined) {
    // A unit or a note given per year ("Target | Satuan | Pagu" under each year) is not a measure.
    const lowest = normalize(parts[parts.length - 1]);
    if (/^satuan\b/.test(lowest)) return { col, role: 'satuan', header, relative };
    if (/^(lokasi|keterangan|ket|sumber dana)\b/.test(lowest)) return { col, role: 'notes', header, relative };
    // A year label carrying only its unit ("Tahun 2021 (Rp)") under "Realisasi": the heading says the measure.
    let unitOnly = false;
    for (let i = parts.length - 1; i >= 0; i--) {
      const p = normalize(parts[i]);
      if (YEAR_WITH_UNIT.test(p)) {
        unitOnly = true;
        continue;
      }
      for (const rule of PART_MEASURES) if (rule.test.test(p)) return make(rule.role);
    }
    if (unitOnly) return make('pagu');
    // Only a year: a per-year target column (IKU/IKK tables often say just the year).
    return make('target');
  }
  // A reference the target is held against: "Target NSPK", "Standar Nasional", "Nilai Ideal", "Target SPM".
  if (/\btarget\b|\bt(r)?gt\b|\bstandar\b|nilai ideal/.test(all)) return make('ref-target');
  for (const rule of TEXT_RULES) if (rule.test.test(all)) return make(rule.role);
  return make('other');
}

export function columnRoles(sheet: SheetGrid, band: Band): { columns: ColumnRole[]; relativeYears: boolean } {
  const columns: ColumnRole[] = [];
  let relativeYears = false;
  const texts = bandTexts(sheet, band);
  for (let c = band.left; c <= band.right; c++) {
    const parts = headerParts(texts, band, c);
    const { relative, ...role } = columnRole(parts, c);
    if (role.year !== undefined && relative) relativeYears = true;
    columns.push(role);
  }
  pairMeasures(columns, texts, band);
  realisationBeforePlan(columns);
  return { columns, relativeYears };
}

/**
 * One realisation column for a year before every planned year ("Realisasi Kinerja s.d. Tahun 2024"
 * in front of the targets of 2025–2029) is the starting point of the plan: the baseline.
 */
function realisationBeforePlan(columns: ColumnRole[]): void {
  achievedBeforePlan(columns);
  const realisasi = columns.filter((c) => c.role === 'realisasi');
  if (realisasi.length !== 1 || columns.some((c) => c.role === 'baseline')) return;
  const planned = columns.filter((c) => (c.role === 'target' || c.role === 'pagu') && c.year !== undefined);
  const r = realisasi[0];
  if (planned.length === 0 || r.year === undefined || !planned.every((c) => c.year! > r.year! && c.col > r.col)) return;
  r.role = 'baseline';
  delete r.year;
}

/**
 * One column of what was achieved in a year before the targets ("Capaian 2024", "Kondisi 2024" in
 * front of the targets of 2025–2029), read as a year's target only for want of a measure word: the
 * baseline.
 */
function achievedBeforePlan(columns: ColumnRole[]): void {
  if (columns.some((c) => c.role === 'baseline')) return;
  const achieved = columns.filter((c) => c.role === 'target' && c.year !== undefined && /\b(capaian|kondisi|realisasi)\b/.test(normalize(c.header)) && !/\btarget\b/.test(normalize(c.header)));
  if (achieved.length !== 1) return;
  const a = achieved[0];
  const planned = columns.filter((c) => c.role === 'target' && c !== a && c.year !== undefined);
  if (planned.length === 0 || !planned.every((c) => c.year! > a.year! && c.col > a.col)) return;
  a.role = 'baseline';
  delete a.year;
}

/**
 * Under one year, a column whose own sub-heading names no money ("K", "Vol", "Capaian") beside one
 * whose sub-heading says "Rp" is the target, even when the group above speaks of "Pendanaan".
 */
function pairMeasures(columns: ColumnRole[], texts: string[][], band: Band): void {
  const lowest = (c: ColumnRole) => {
    for (let i = texts.length - 1; i >= 0; i--) {
      const t = texts[i][c.col - band.left];
      if (t) return normalize(t);
    }
    return '';
  };
  const byYear = new Map<number, ColumnRole[]>();
  for (const c of columns) if (c.year !== undefined && c.role === 'pagu') byYear.set(c.year, [...(byYear.get(c.year) ?? []), c]);
  for (const cols of byYear.values()) {
    if (cols.length < 2) continue;
    const money = cols.filter((c) => MONEY.test(lowest(c)));
    if (money.length === 0 || money.length === cols.length) continue;
    for (const c of cols) if (!money.includes(c) && !asYearLabel(lowest(c))) c.role = 'target';
  }
}

/** A code part as split-code columns hold it: "1", "01", "2.01" (or "2,01"), "0047", "X", "XX". */
const CODE_PART = /^(\d{1,4}([.,]\d{1,4})?|x{1,2})$/i;

/**
 * Columns with no heading right after a "Kode" column whose cells hold code parts: the code split
 * over Urusan | Bidang | Program | Kegiatan | Sub Kegiatan under one "Kode" that lost its merge (an
 * unmerged or converted file). Read as code columns too, so the code is joined whole.
 */
export function unheadedCodeColumns(sheet: SheetGrid, columns: ColumnRole[], dataRows: number[]): ColumnRole[] {
  const out = columns.map((c) => ({ ...c }));
  const at = new Map(out.map((c) => [c.col, c]));
  let changed = false;
  for (const c of [...out].sort((a, b) => a.col - b.col)) {
    const left = at.get(c.col - 1);
    if (c.role !== 'other' || c.header !== '' || left?.role !== 'code') continue;
    let parts = 0;
    let filled = 0;
    for (const r of dataRows) {
      const cell = sheet.rows[r]?.[c.col];
      const t = cell ? String(cell.v ?? '').trim() : '';
      if (!t) continue;
      filled++;
      if (CODE_PART.test(t)) parts++;
    }
    if (filled >= 2 && parts >= filled * 0.8) {
      c.role = 'code';
      c.header = left.header;
      changed = true;
    }
  }
  return changed ? out : columns;
}
