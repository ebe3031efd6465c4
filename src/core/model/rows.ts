/** Reading rows: names, codes, "Outcome :/Output :" continuation text, total rows. */
import { cellText, isEmptyCell, onlyFormulas, type CellData, type SheetGrid } from '../grid';
import { formatDecimals } from '../number';
import type { Role, Table } from '../recognize/types';
import { isUpperCase, normalize } from '../text';
import type { Level, RowModel } from './types';

const MARKER = /\b(outcomes?|outputs?|ouput|otput|keluaran|hasil)\s*[:;]+/i;
const LEADING_CODE = /^\s*((?:\d{1,2}|[xX]{1,2})(?:\.(?:\d{1,4}|[xX]{1,2})){1,5})\.?\s+(.+)$/s;
const TOTAL = /^\s*(jumlah|total|grand total|sub ?total|jumlah total|total keseluruhan)\b/i;

export function splitMarker(text: string): { name: string; rest?: string; startsWithMarker: boolean } {
  const m = MARKER.exec(text);
  if (!m) return { name: text.trim(), startsWithMarker: false };
  if (text.slice(0, m.index).trim() === '') return { name: '', rest: text.trim(), startsWithMarker: true };
  return { name: text.slice(0, m.index).trim(), rest: text.slice(m.index).trim(), startsWithMarker: false };
}

/**
 * A code written in front of the name ("7.01.02.2.01 Koordinasi …"). Outline numbers ("1.1", "1.1.1",
 * "2.") are not codes: every part of a code after the urusan has two digits or more (or is X).
 */
export function splitLeadingCode(text: string): { code?: string; name: string } {
  const m = LEADING_CODE.exec(text);
  if (!m) return { name: text };
  const parts = m[1].split('.').slice(1);
  if (!parts.some((p) => p.length >= 2 || /x/i.test(p))) return { name: text };
  return { code: m[1], name: m[2].trim() };
}

/**
 * Outline numbering in front of a name ("1.", "1.1", "1.1.1 ", "a.", "a)", "II.", "IV)", "- "), which
 * is no part of it. A Roman numeral (I … X) needs its dot or parenthesis and a space: "IV" alone, or
 * "Vaksinasi …", stay as written.
 */
const OUTLINE = /^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-z][.)]|(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]|[-–•·])\s+(?=\S)/i;

export function stripOutline(name: string): string {
  const m = OUTLINE.exec(name);
  return m ? name.slice(m[0].length) : name;
}

/** A sub total or total that names what it adds up ("Sub Total Program …", "Jumlah Belanja Langsung"). */
const NAMED_TOTAL = /^\s*(sub\s*-?\s*total|jumlah (program|kegiatan|sub kegiatan|pagu|anggaran|belanja|urusan|bidang|pendanaan)|total (program|kegiatan|pagu|anggaran|belanja|keseluruhan|pendanaan))\b/i;

export function isTotalLabel(text: string): boolean {
  return (TOTAL.test(text) && text.length <= 40) || NAMED_TOTAL.test(text) || carriedKind(text) !== undefined;
}

/** Page-break totals of a printed table: "Jumlah dipindahkan", "Jumlah halaman ini", "Pindahan". */
export function carriedKind(text: string): RowModel['carried'] {
  const t = text.trim();
  if (/^(jumlah\s+)?(di\s?pindahkan|dibawa\s+ke\s+halaman)/i.test(t)) return 'out';
  if (/^(jumlah\s+)?(pindahan|dari\s+halaman\s+(sebelumnya|\d+))\b/i.test(t)) return 'in';
  if (/^(sub\s*)?jumlah\s+(per\s+)?(halaman|hal\.?)(\s+(ini|\d+))?\b/i.test(t)) return 'page';
  return undefined;
}

/** The indentation a level column adds per column: more than any cell's own. */
const LEVEL_INDENT = 100;

function leadingSpaces(s: string): number {
  const m = /^( +)/.exec(s);
  return m ? Math.floor(m[1].length / 2) : 0;
}

/**
 * A code written over several columns (Urusan | Bidang | Program | Kegiatan | Sub Kegiatan, as SIPD
 * exports do): the parts joined, and the column of the last part. Parts typed as numbers get back
 * the digits a number loses: bidang and program two, kegiatan `2.10` not `2.1`, sub kegiatan four.
 */
function joinedCode(cells: (CellData | undefined)[], codeCols: number[]): { code: string; col?: number } {
  const parts: string[] = [];
  let col: number | undefined;
  codeCols.forEach((c, i) => {
    const cell = cells[c];
    let t = cellText(cell);
    if (!t) return;
    if (typeof cell?.v === 'number' && codeCols.length > 1) {
      if (i === codeCols.length - 1 && codeCols.length === 5 && Number.isInteger(cell.v)) t = String(cell.v).padStart(4, '0');
      else if (!Number.isInteger(cell.v)) t = cell.v.toFixed(Math.max(2, formatDecimals(cell.fmt) ?? 0));
      else if (i > 0) t = String(cell.v).padStart(2, '0');
    }
    parts.push(t.replace(/\.+$/, ''));
    col = c;
  });
  return { code: parts.join('.'), col };
}

/** Columns that describe a row's entity rather than name it: their text never makes a total row. */
const DESCRIBING = new Set<Role>(['indicator', 'satuan', 'tujuan', 'sasaran', 'outcome', 'output', 'strategi', 'kebijakan', 'notes']);

/** The one level a name column's header names ("Program", "Kegiatan", "Sub Kegiatan"), if exactly one. */
function headerLevel(header: string): Level | undefined {
  const h = normalize(header);
  const sub = /\bsub ?kegiatan\b/.test(h);
  const kegiatan = /\bkegiatan\b/.test(h.replace(/\bsub ?kegiatan\b/g, ' '));
  const program = /\bprogram\b/.test(h);
  if (Number(sub) + Number(kegiatan) + Number(program) !== 1) return undefined;
  return sub ? 'subKegiatan' : kegiatan ? 'kegiatan' : 'program';
}

const LEVEL_ORDER: Level[] = ['program', 'kegiatan', 'subKegiatan'];

/**
 * One name column per level ("Program | Kegiatan | Sub Kegiatan", as SIPD prints and some matrices
 * are drawn): each row fills the name column of its own level only. They are the table's name columns
 * left of its indicator and value columns, taken as level columns only when their headers name one
 * level each, in order, or when the rows clearly use one column each (no row fills two, every column
 * is used, each first used after the one before it) — not a name merged over two cells, nor a label
 * column beside the name. `levels` holds each column's level when the headers or three columns say
 * it; two columns told apart by the rows alone only say which is the deeper.
 */
export function levelColumns(sheet: SheetGrid, table: Table): { cols: number[]; levels?: Level[] } | undefined {
  const firstOther = Math.min(
    table.right + 1,
    ...table.columns.filter((c) => c.role === 'indicator' || c.year !== undefined || c.role === 'baseline').map((c) => c.col),
  );
  const names = table.columns.filter((c) => c.role === 'name' && c.col < firstOther);
  if (names.length < 2) return undefined;
  const cols = names.map((c) => c.col);
  const named = names.map((c) => headerLevel(c.header));
  if (named.every((l, i) => l !== undefined && (i === 0 || LEVEL_ORDER.indexOf(l) > LEVEL_ORDER.indexOf(named[i - 1]!)))) {
    return { cols, levels: named as Level[] };
  }
  const firstUse: number[] = cols.map(() => -1);
  for (const r of table.dataRows) {
    const cells = sheet.rows[r] ?? [];
    const filled = cols.map((c) => cellText(cells[c]) !== '');
    const n = filled.filter(Boolean).length;
    if (n === 0) continue;
    if (n > 1) return undefined;
    const k = filled.indexOf(true);
    if (firstUse[k] < 0) firstUse[k] = r;
  }
  if (firstUse.some((r, i) => r < 0 || (i > 0 && r < firstUse[i - 1]))) return undefined;
  return cols.length === LEVEL_ORDER.length ? { cols, levels: LEVEL_ORDER } : { cols };
}

/** Reads the data rows of a table into row models (no hierarchy yet). */
export function readRows(sheet: SheetGrid, table: Table): RowModel[] {
  const nameCol = table.columns.find((c) => c.role === 'name')?.col;
  const levelCols = levelColumns(sheet, table);
  const indicatorCols = table.columns.filter((c) => c.role === 'indicator').map((c) => c.col);
  // With the strategy in front (Tujuan | Sasaran | Indikator Sasaran | … | Program | Indikator), the
  // row's own indicator is the one after its name; the ones before belong to the tujuan/sasaran.
  const indicatorCol = nameCol !== undefined ? (indicatorCols.find((c) => c > nameCol) ?? indicatorCols[0]) : indicatorCols[0];
  const contextCols = table.columns
    .filter((c) => c.role === 'tujuan' || c.role === 'sasaran' || (c.role === 'indicator' && nameCol !== undefined && c.col < nameCol && c.col !== indicatorCol))
    .map((c) => c.col);
  const codeCols = table.columns.filter((c) => c.role === 'code').map((c) => c.col);
  const labelCol = nameCol ?? indicatorCol;
  const valueCols = table.columns.filter((c) => c.year !== undefined || c.role === 'baseline').map((c) => c.col);
  // Text cells before the first value column may hold a "Jumlah"/"Total" label.
  const labelEnd = valueCols.length ? Math.min(...valueCols) : table.right + 1;
  const describing = new Set(table.columns.filter((c) => DESCRIBING.has(c.role)).map((c) => c.col));
  // Every column holding numbers: a row with none of them filled carries no value at all.
  const numberCols = table.columns.filter((c) => c.year !== undefined || c.role === 'baseline' || c.role.startsWith('akhir')).map((c) => c.col);
  // Codeless rows that hold text only (no value, no outline mark): maybe the run-on of the name above.
  const textOnly = new Set<RowModel>();
  // Rows whose name cell ends in "Outcome :/Output :" text: text run on below them continues that.
  const markerTail = new Set<RowModel>();
  const out: RowModel[] = [];
  /** The last row that began an entity (a total ends it). */
  let lastEntity: RowModel | undefined;
  for (const r of table.dataRows) {
    const cells = sheet.rows[r] ?? [];
    let nameAt = labelCol;
    // One name column per level: the row's name is in the deepest it fills (an export repeating the
    // program's and kegiatan's names on a sub kegiatan's row names the sub kegiatan last).
    let levelAt = -1;
    levelCols?.cols.forEach((c, i) => {
      if (cellText(cells[c]) !== '') levelAt = i;
    });
    if (levelCols && levelAt >= 0) nameAt = levelCols.cols[levelAt];
    let nameCell = nameAt !== undefined ? cells[nameAt] : undefined;
    let nameInCode = false;
    // A program's name typed in the first code column and merged across the code columns to the name
    // column: the name cell is empty, the text stands in a code column.
    if (!cellText(nameCell) && nameCol !== undefined) {
      const at = codeCols.find((c) => c < nameCol && /^[^0-9xX]/.test(cellText(cells[c])) && cellText(cells[c]).length > 3);
      if (at !== undefined) {
        nameCell = cells[at];
        nameAt = at;
        nameInCode = true;
      }
    }
    const rawName = cellText(nameCell);
    const joined = codeCols.length ? joinedCode(cells, nameInCode ? codeCols.filter((c) => c !== nameAt) : codeCols) : { code: '', col: undefined };
    let code = joined.code;
    const codeCol = joined.col;
    if (code && !/^[0-9xX]/.test(code)) code = '';
    const indicator = indicatorCol !== undefined && indicatorCol !== labelCol ? cellText(cells[indicatorCol]) || undefined : undefined;
    let total = rawName !== '' && isTotalLabel(rawName);
    let totalLabel = rawName;
    if (!total && rawName === '') {
      for (let c = table.left; c < labelEnd; c++) {
        // An indicator ("Jumlah Perlengkapan Jalan yang Tersedia") or a unit is no total's label.
        if (describing.has(c)) continue;
        const cell = cells[c];
        if (cell && typeof cell.v === 'string' && cell.v.trim() !== '') {
          totalLabel = cell.v.trim();
          total = isTotalLabel(totalLabel);
          break;
        }
      }
    }
    // A name in a deeper level column reads as indented that much deeper (the only sign of its level
    // when two columns are told apart by the rows alone).
    const indent =
      (nameCell?.indent ?? 0) + (typeof nameCell?.v === 'string' && nameCell.v.startsWith(' ') ? leadingSpaces(nameCell.v) : 0) + (levelAt > 0 ? levelAt * LEVEL_INDENT : 0);
    const row: RowModel = { r, kind: 'data', name: rawName, nameCol: nameAt, codeCol: codeCol ?? codeCols[0], indicator, indent, bold: !!nameCell?.bold };
    out.push(row);
    if (total) {
      row.kind = 'total';
      const carried = carriedKind(totalLabel);
      if (carried) row.carried = carried;
      lastEntity = undefined;
      continue;
    }
    let name = rawName;
    if (!code && name !== '' && /^[0-9xX]/.test(name)) {
      const lead = splitLeadingCode(name);
      if (lead.code) {
        code = lead.code;
        name = lead.name;
      }
    }
    const outlined = !code && stripOutline(name) !== name;
    if (!code) name = stripOutline(name);
    const split = splitMarker(name);
    row.name = split.name;
    if (split.rest !== undefined) markerTail.add(row);
    // A check row of formulas only ("=G17-SUM(G18:G20)"), nothing written by hand: the planner's aid.
    if (!code && name === '' && !indicator && onlyFormulas(cells, table.left, table.right)) {
      row.kind = 'helper';
      continue;
    }
    if (code) row.code = code;
    // The same code and name again under an entity (an export printing one row per indicator): the
    // entity's next indicator row, not a second entity.
    if (lastEntity && repeats(lastEntity, row)) row.kind = 'continuation';
    else if (code) lastEntity = row;
    else if (name === '' && contextCols.some((c) => !isEmptyCell(cells[c]))) row.kind = 'context';
    else if (split.startsWithMarker || name === '') row.kind = 'continuation';
    else if (isFragment(name) && !indicator && !valueCols.some((c) => !isEmptyCell(cells[c]))) row.kind = 'continuation';
    else if (!outlined && !numberCols.some((c) => !isEmptyCell(cells[c]))) textOnly.add(row);
  }
  markRunOns(out, textOnly);
  // A fragment right below "… Output : Terlaksananya …" continues the output's text, not the name.
  let foreign = false;
  let last = -2;
  for (const row of out) {
    if (row.kind === 'continuation' && row.name !== '' && foreign && row.r === last + 1) row.name = '';
    else foreign = markerTail.has(row);
    last = row.r;
  }
  return out;
}

/**
 * Names too long for their column run on into the next row when a table goes through PDF
 * ("Koordinasi dan Penyusunan Laporan Capaian Kinerja dan" / "Ikhtisar Realisasi Kinerja SKPD"),
 * the run-on starting in capitals as names do. In a table whose entities carry codes, a codeless row
 * of text only, right after a coded entity's rows and in the same name column, is that run-on: a
 * continuation of the entity. A codeless row carrying a value, a total, a row behind an outline mark,
 * and a heading (urusan / bidang / program in capitals, or set in capitals or bold under a name that
 * is not) stay what they are; so does every row of a table whose value rows are mostly codeless.
 */
function markRunOns(rows: RowModel[], textOnly: Set<RowModel>): void {
  if (textOnly.size === 0) return;
  const coded = rows.filter((r) => r.kind === 'data' && r.code).length;
  const codeless = rows.filter((r) => r.kind === 'data' && !r.code && !textOnly.has(r)).length;
  if (coded === 0 || codeless > coded) return;
  let current: RowModel | undefined;
  for (const row of rows) {
    if (row.kind === 'total') current = undefined;
    if (row.kind !== 'data') continue;
    if (current?.code && textOnly.has(row) && row.nameCol === current.nameCol && !isHeading(row, current)) {
      row.kind = 'continuation';
      continue;
    }
    current = row;
  }
}

const HEADING = /^\s*(urusan|bidang|program)\b/i;
const TITLED_HEADING = /^\s*(urusan\s*:|urusan\s+(pemerintahan\s+)?(wajib|pilihan|bidang)\b|bidang\s+urusan\b)/i;

function isHeading(row: RowModel, above: RowModel): boolean {
  const upper = isUpperCase(row.name);
  if (upper && (HEADING.test(row.name) || !isUpperCase(above.name))) return true;
  if (TITLED_HEADING.test(row.name)) return true;
  return row.bold && !above.bold;
}

/**
 * A row naming the same entity as `first`: the same code and the same name. Without codes a name
 * repeated is no proof: 99 official sub kegiatan are named as their kegiatan.
 */
function repeats(first: RowModel, row: RowModel): boolean {
  return !!row.code && row.code === first.code && row.name !== '' && row.name === first.name;
}

/** Text split off a previous row by a page break: starts in lower case, e.g. "berkualitas.". */
function isFragment(name: string): boolean {
  return /^[a-z(]/.test(name.trim());
}

export { cellText, isEmptyCell };
