/**
 * Tables a planner points at by hand ("Tandai tabel"): the header rows of a table the engine did
 * not recognise (or recognised wrongly), its kind, and the role of any column the planner set. The
 * add-in keeps these declarations in the workbook; the CLI reads them from the file or from
 * `--tabel "'Tabel 4.2'!A4:S6=program-pendanaan"`. Recognition then uses them as it uses the bands
 * it finds itself.
 */
import { columnIndex, columnLetters, parseA1, rangeA1 } from '../address';
import { expandMerges, type SheetGrid, type WorkbookGrid } from '../grid';
import { rowShape } from './bands';
import { classify, KINDS } from './kinds';
import { columnRoles } from './roles';
import type { Band, ColumnRole, Role, TableKind } from './types';

export interface DeclaredColumn {
  /** Column letters: "H". */
  column: string;
  role: Role;
  year?: number;
}

export interface TableDeclaration {
  sheet: string;
  /** The table's header rows as an A1 range ("A4:S6"); its columns are the table's columns. */
  header: string;
  kind: TableKind;
  /** Roles the planner set; columns left out keep the role the engine reads from the header. */
  columns?: DeclaredColumn[];
}

export interface TableProposal {
  sheet: string;
  header: string;
  /** The kind that fits the columns, if any. */
  kind?: TableKind;
  columns: ColumnRole[];
  relativeYears: boolean;
}

/** Every role a column can be given, for forms and for validation. */
export const ROLES: Role[] = [
  'no', 'code', 'name', 'indicator', 'satuan', 'baseline', 'target', 'realisasi', 'pagu', 'rasio', 'growth',
  'akhir-target', 'akhir-pagu', 'tujuan', 'sasaran', 'outcome', 'output', 'strategi', 'kebijakan', 'context',
  'notes', 'ref-target', 'kategori', 'jumlah', 'other',
];

/** Roles that hold one value per year and need the year. */
export const YEARLY_ROLES: Role[] = ['target', 'realisasi', 'pagu', 'rasio'];

export class DeclarationError extends Error {}

/** The document setting (add-in property) the task pane keeps declarations in; the CLI reads it too. */
export const DECLARATIONS_SETTING = 'renstra.tabel';

function parseRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const parts = range.replace(/\$/g, '').split(':');
  if (parts.length > 2) throw new DeclarationError(`"${range}" bukan rentang sel (contoh: A4:S6)`);
  let a;
  let b;
  try {
    a = parseA1(parts[0]);
    b = parseA1(parts[1] ?? parts[0]);
  } catch {
    throw new DeclarationError(`"${range}" bukan rentang sel (contoh: A4:S6)`);
  }
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** Header rows a declaration may span: a table's header is a few rows, not a sheet. */
export const MAX_DECLARED_HEADER_ROWS = 30;

/**
 * The band a declaration stands for; a last row of column numbers is recognised as such. At most
 * MAX_DECLARED_HEADER_ROWS rows (a selection of whole columns is not read as a million header rows).
 */
function declaredBand(sheet: SheetGrid, header: string): Band {
  const range = parseRange(header);
  const { top, left, right } = range;
  const bottom = Math.min(range.bottom, top + MAX_DECLARED_HEADER_ROWS - 1);
  const rows: number[] = [];
  for (let r = top; r <= bottom; r++) rows.push(r);
  const last = rowShape(sheet, bottom);
  return { rows, left, right, numberRow: rows.length > 1 && last.numberLike ? bottom : undefined };
}

/** What the engine reads from the header rows a planner selected: the columns' roles and a kind. */
export function proposeTable(input: SheetGrid, header: string): TableProposal {
  const sheet = expandMerges(input);
  const band = declaredBand(sheet, header);
  const { columns, relativeYears } = columnRoles(sheet, band);
  return { sheet: input.name, header: rangeA1(band.rows[0], band.left, band.rows[band.rows.length - 1], band.right), kind: classify(columns, input.name), columns, relativeYears };
}

/** The columns of a declared table: what the header says, with the planner's roles on top. */
export function declaredColumns(sheet: SheetGrid, band: Band, declaration: TableDeclaration): { columns: ColumnRole[]; relativeYears: boolean } {
  const read = columnRoles(sheet, band);
  const set = new Map((declaration.columns ?? []).map((c) => [columnIndex(c.column), c]));
  const columns = read.columns.map((c) => {
    const own = set.get(c.col);
    if (!own) return c;
    const out: ColumnRole = { col: c.col, role: own.role, header: c.header };
    if (own.year !== undefined) out.year = own.year;
    if (own.role === 'rasio' && c.percent) out.percent = c.percent;
    if (own.role === 'growth' && c.series) out.series = c.series;
    return out;
  });
  const years = columns.filter((c) => c.year !== undefined).map((c) => c.year as number);
  const relativeYears = set.size > 0 ? years.length > 0 && years.every((y) => y <= 10) : read.relativeYears;
  return { columns, relativeYears };
}

export { declaredBand };

/**
 * Checks declarations against the workbook: a sheet that does not exist, a range or a kind or role
 * that is not one, a per-year role without a year. Returns the usable ones and one Indonesian line
 * per problem.
 */
export function validateDeclarations(sheetNames: string[], declarations: unknown): { valid: TableDeclaration[]; problems: string[] } {
  const valid: TableDeclaration[] = [];
  const problems: string[] = [];
  if (!Array.isArray(declarations)) return { valid, problems: declarations == null ? [] : ['tanda tabel tersimpan bukan daftar; diabaikan'] };
  declarations.forEach((d, i) => {
    const where = `tanda tabel ke-${i + 1}`;
    if (!d || typeof d !== 'object') {
      problems.push(`${where}: bukan tanda tabel; diabaikan`);
      return;
    }
    const { sheet, header, kind, columns } = d as Partial<TableDeclaration>;
    if (typeof sheet !== 'string') {
      problems.push(`${where}: tanpa nama lembar; diabaikan`);
      return;
    }
    if (!sheetNames.includes(sheet)) {
      problems.push(`${where}: lembar "${sheet}" tidak ada di workbook; diabaikan`);
      return;
    }
    if (typeof header !== 'string') {
      problems.push(`${where} (${sheet}): tanpa rentang baris judul; diabaikan`);
      return;
    }
    try {
      const { top, bottom } = parseRange(header);
      if (bottom - top + 1 > MAX_DECLARED_HEADER_ROWS) {
        problems.push(`${where} (${sheet}!${header}): baris judulnya ${bottom - top + 1} baris, lebih dari ${MAX_DECLARED_HEADER_ROWS}; tandai baris judul tabel saja; diabaikan`);
        return;
      }
    } catch (e) {
      problems.push(`${where} (${sheet}): ${(e as Error).message}; diabaikan`);
      return;
    }
    if (!KINDS.some((k) => k.kind === kind)) {
      problems.push(`${where} (${sheet}!${header}): ${typeof kind === 'string' ? `jenis tabel "${kind}" tidak dikenal` : 'jenis tabel tidak disebut'} (pilihan: ${KINDS.map((k) => k.kind).join(', ')}); diabaikan`);
      return;
    }
    const cols: DeclaredColumn[] = [];
    for (const c of Array.isArray(columns) ? columns : []) {
      if (!c || typeof c.column !== 'string' || !/^[A-Za-z]{1,3}$/.test(c.column) || !ROLES.includes(c.role)) {
        problems.push(`${where} (${sheet}!${header}): kolom ${c === null || c === undefined ? 'kosong' : JSON.stringify(c)} tidak dapat dipakai; diabaikan`);
        continue;
      }
      if (YEARLY_ROLES.includes(c.role) && typeof c.year !== 'number') {
        problems.push(`${where} (${sheet}!${header}): kolom ${c.column.toUpperCase()} berperan ${c.role} tetapi tanpa tahun; diabaikan`);
        continue;
      }
      cols.push({ column: c.column.toUpperCase(), role: c.role, ...(typeof c.year === 'number' ? { year: c.year } : {}) });
    }
    valid.push({ sheet, header: header.replace(/\$/g, '').toUpperCase(), kind: kind as TableKind, ...(cols.length ? { columns: cols } : {}) });
  });
  return { valid, problems };
}

/**
 * `'Tabel 4.2'!A4:S6=program-pendanaan` (or `Tabel4!A4:S6=iku`) as a declaration, optionally with
 * column roles after a semicolon: `…=anggaran-realisasi;A:name,C:pagu@2026,D:pagu@2027`.
 */
export function parseDeclarationArg(arg: string): TableDeclaration {
  const m = /^\s*(?:'((?:[^']|'')+)'|([^!'=]+))!([$A-Za-z0-9:]+)\s*=\s*([a-z-]+)\s*(?:;\s*(.*))?$/.exec(arg);
  if (!m) throw new DeclarationError(`--tabel "${arg}" tidak dapat dibaca; bentuknya: "'Nama Lembar'!A4:S6=program-pendanaan" (boleh ditambah ";A:name,C:pagu@2026")`);
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2].trim();
  const header = m[3].replace(/\$/g, '').toUpperCase();
  parseRange(header);
  const kind = m[4] as TableKind;
  if (!KINDS.some((k) => k.kind === kind)) throw new DeclarationError(`--tabel "${arg}": jenis tabel "${kind}" tidak dikenal (pilihan: ${KINDS.map((k) => k.kind).join(', ')})`);
  const columns: DeclaredColumn[] = [];
  for (const part of (m[5] ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const c = /^([A-Za-z]{1,3})\s*:\s*([a-z-]+)\s*(?:@\s*(\d{1,4}))?$/.exec(part);
    if (!c || !ROLES.includes(c[2] as Role)) {
      throw new DeclarationError(`--tabel "${arg}": kolom "${part}" tidak dapat dibaca; bentuknya KOLOM:peran atau KOLOM:peran@tahun (peran: ${ROLES.join(', ')})`);
    }
    const role = c[2] as Role;
    if (YEARLY_ROLES.includes(role) && !c[3]) throw new DeclarationError(`--tabel "${arg}": kolom ${c[1].toUpperCase()} berperan ${role} dan perlu tahunnya (${c[1].toUpperCase()}:${role}@2026)`);
    columns.push({ column: c[1].toUpperCase(), role, ...(c[3] ? { year: parseInt(c[3], 10) } : {}) });
  }
  return { sheet, header, kind, ...(columns.length ? { columns } : {}) };
}

/** A declaration from a proposal the planner may have edited (only the columns that differ are kept). */
export function declarationFrom(proposal: TableProposal, kind: TableKind, columns: ColumnRole[]): TableDeclaration {
  const changed: DeclaredColumn[] = [];
  for (const c of columns) {
    const before = proposal.columns.find((p) => p.col === c.col);
    if (before && before.role === c.role && before.year === c.year) continue;
    changed.push({ column: columnLetters(c.col), role: c.role, ...(c.year !== undefined ? { year: c.year } : {}) });
  }
  return { sheet: proposal.sheet, header: proposal.header, kind, ...(changed.length ? { columns: changed } : {}) };
}

/**
 * The tables declared by hand for one workbook: what the add-in saved in it, then `given` (the CLI's
 * --tabel), which wins for the same header. A given declaration naming a sheet the workbook lacks
 * is a problem only when `strictSheets` (one file checked); with many files it is meant for the
 * files that have that sheet.
 */
export function workbookDeclarations(workbook: WorkbookGrid, given: TableDeclaration[] = [], strictSheets = true): { declarations: TableDeclaration[]; problems: string[] } {
  const names = workbook.sheets.map((s) => s.name);
  const stored = validateDeclarations(names, workbook.settings?.[DECLARATIONS_SETTING]);
  const extra = validateDeclarations(names, strictSheets ? given : given.filter((d) => names.includes(d.sheet)));
  const key = (d: TableDeclaration) => `${d.sheet}\u0000${d.header.split(':')[0]}`;
  const overridden = new Set(extra.valid.map(key));
  return {
    declarations: [...stored.valid.filter((d) => !overridden.has(key(d))), ...extra.valid],
    problems: [...stored.problems.map((p) => `tersimpan di berkas: ${p}`), ...extra.problems.map((p) => `--tabel: ${p}`)],
  };
}
