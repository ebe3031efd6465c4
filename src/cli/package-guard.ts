/**
 * Guards in front of the workbook reader (xlsx-reader.ts). A hostile or broken package is refused
 * with its cause before its sheets are read:
 * - a zip bomb, from the sizes the zip's central directory declares, before anything is inflated
 *   (`zipBombReason`);
 * - parts that do not inflate, inflate past their declared size (a bomb lying about its sizes stops
 *   there) or to bytes other than their CRC-32 says; duplicate sheet names; cells or rows beyond
 *   Excel's sheet; merge areas of millions of cells, overlapping or with bad addresses; shared-string
 *   indexes outside the table, which a parser reads as empty cells — a silent wrong answer
 *   (`inspectSheets`);
 * and when parsing fails anyway, `explainParseFailure` names the damaged part and how.
 *
 * Reasons are in Bahasa Indonesia, without the file name (the caller adds it), and on one line.
 */
import { crc32, inflateRawSync } from 'zlib';
import type JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { columnIndex, columnLetters } from '../core/address';
import type { MergeArea } from '../core/grid';
import { decodeXml, sheetParts } from './cached-values';
import { count, declaredParts, REPAIR, shown, size, type DeclaredPart } from './zip-guard';

// The guards without Node APIs live in zip-guard.ts (the web checker uses them too).
export { MAX_UNPACKED_BYTES, REPAIR, shown, declaredParts, zipBombReason, type DeclaredPart } from './zip-guard';

/** Excel's sheet: 1 048 576 rows × 16 384 columns (A1:XFD1048576). */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
/** Cells inside merge areas, per sheet: a parser makes every one of them. */
export const MAX_MERGED_CELLS = 200_000;

// ---------------------------------------------------------------------------------------------
// What the parts mean to a planner

/** A part as a reader of the message knows it: `lembar "Tabel 4.2" (xl/worksheets/sheet5.xml)`. */
export function describePart(path: string, sheetOfPart: Map<string, string>): string {
  const sheet = sheetOfPart.get(path);
  if (sheet !== undefined) return `lembar "${shown(sheet)}" (${shown(path)})`;
  const what: [RegExp, string][] = [
    [/\.rels$/, 'relasi antarbagian'],
    [/^xl\/worksheets\//, 'lembar kerja'],
    [/^xl\/sharedStrings\.xml$/, 'daftar teks bersama'],
    [/^xl\/styles\.xml$/, 'gaya sel'],
    [/^xl\/workbook\.xml$/, 'daftar lembar'],
    [/^\[Content_Types\]\.xml$/, 'daftar jenis isi'],
    [/^docProps\//, 'properti dokumen'],
    [/comments/i, 'komentar'],
    [/^xl\/(drawings|media)\/|\.vml$/, 'gambar'],
    [/^xl\/theme\//, 'tema'],
    [/^xl\/tables\//, 'tabel Excel'],
    [/^xl\/webextensions\//, 'pengaturan add-in'],
  ];
  const label = what.find(([re]) => re.test(path))?.[1];
  return label ? `${label} (${shown(path)})` : `bagian ${shown(path)}`;
}

async function sheetNamesByPart(zip: JSZip): Promise<Map<string, string>> {
  const byPart = new Map<string, string>();
  try {
    for (const [name, path] of await sheetParts(zip)) byPart.set(path, name);
  } catch {
    // An unreadable workbook.xml: parts are named by their paths.
  }
  return byPart;
}

// ---------------------------------------------------------------------------------------------
// The sheets, scanned before parsing

const CELL_REF = /^([A-Z]{1,3})([1-9]\d{0,8})$/;

/** A1…ZZ999999: the addresses of nearly every cell, valid without further look. */
function plainRef(ref: string): boolean {
  const n = ref.length;
  let i = 0;
  while (i < n && i < 3) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    i++;
  }
  if (i === 0 || i === 3 || n - i < 1 || n - i > 6 || ref.charCodeAt(i) === 48) return false;
  for (let j = i; j < n; j++) {
    const ch = ref.charCodeAt(j);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
}

function refProblem(ref: string): string | undefined {
  if (plainRef(ref)) return undefined;
  const m = CELL_REF.exec(ref);
  if (!m) return `alamat sel "${shown(ref, 20)}" tidak sah`;
  // Only three letters (past XFD) or seven digits (past 1048576) can be out of range.
  if (m[1].length < 3 && m[2].length < 7) return undefined;
  const col = columnIndex(m[1]);
  const row = Number(m[2]);
  if (col >= EXCEL_MAX_COLUMNS || row > EXCEL_MAX_ROWS) {
    return `sel ${ref} di luar batas lembar Excel (${count(EXCEL_MAX_ROWS)} baris × ${count(EXCEL_MAX_COLUMNS)} kolom, sampai ${columnLetters(EXCEL_MAX_COLUMNS - 1)}${EXCEL_MAX_ROWS})`;
  }
  return undefined;
}

function parseArea(ref: string): MergeArea | string {
  const [a, b = a, ...rest] = ref.split(':');
  if (rest.length) return `alamat "${shown(ref, 40)}" tidak sah`;
  for (const r of [a, b]) {
    const problem = refProblem(r);
    if (problem) return problem;
  }
  const p = CELL_REF.exec(a)!;
  const q = CELL_REF.exec(b)!;
  const [r1, r2] = [Number(p[2]) - 1, Number(q[2]) - 1];
  const [c1, c2] = [columnIndex(p[1]), columnIndex(q[1])];
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

/** An attribute's value, in double or single quotes. */
function attr(attrs: string, re: RegExp): string | undefined {
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}
const R_ATTR = /\br\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const REF_ATTR = /\bref\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const SHARED_STRING = /\bt\s*=\s*(?:"s"|'s')/;

/** A row's or cell's `r` (the common ` r="…"` found without a regular expression). */
function addressOf(attrs: string): string | undefined {
  const i = attrs.indexOf(' r="');
  if (i >= 0) {
    const end = attrs.indexOf('"', i + 4);
    return attrs.slice(i + 4, end < 0 ? attrs.length : end);
  }
  return attrs.includes('r') ? attr(attrs, R_ATTR) : undefined;
}

interface SheetScan {
  /** The first problem, if any. */
  problem?: string;
  merges: MergeArea[];
}

/**
 * One sheet's XML, scanned: its first problem, its merge areas, how many empty rows and cells it
 * has. `strings`: how many entries the shared string table holds (undefined: the package has none).
 */
function scanSheet(xml: string, strings: number | undefined): SheetScan {
  const merges: MergeArea[] = [];
  let merged = 0;
  const taken = new Map<number, string>();
  /** The row and column the last row and cell stood at (0-based), for those without `r`. */
  let row = -1;
  let col = -1;
  /** The last cell's address, when its column is not worked out yet. */
  let lastRef: string | undefined;
  const fail = (problem: string): SheetScan => ({ problem, merges });
  // One pass over the rows, cells and merge areas (a 100 000-row sheet scans in well under a second).
  const tags = /<(?:[\w.-]+:)?(row|c|mergeCell)\b([^>]*?)(\/?)>/g;
  const value = /<(?:[\w.-]+:)?v>([^<]*)<|<\/(?:[\w.-]+:)?c>/g;
  let m: RegExpExecArray | null;
  while ((m = tags.exec(xml))) {
    const tag = m[1];
    const attrs = m[2];
    const selfClosing = m[3];
    if (tag === 'mergeCell') {
      // Valid addresses, not overlapping, not millions of cells.
      const ref = attr(attrs, REF_ATTR);
      if (ref === undefined) continue;
      const area = parseArea(ref);
      if (typeof area === 'string') return fail(`sel gabungan (merge) "${shown(ref, 40)}": ${area}`);
      merges.push(area);
      const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
      merged += cells;
      if (merged > MAX_MERGED_CELLS) {
        return fail(
          `${cells > MAX_MERGED_CELLS ? `sel gabungan (merge) ${ref} mencakup ${count(cells)} sel` : `sel-sel gabungan (merge) mencakup lebih dari ${count(MAX_MERGED_CELLS)} sel (sampai ${ref})`}` +
            ` (batas ${count(MAX_MERGED_CELLS)} sel gabungan per lembar) — hapus penggabungan yang terlalu luas lalu simpan ulang`,
        );
      }
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const key = r * EXCEL_MAX_COLUMNS + c;
          const other = taken.get(key);
          if (other !== undefined) return fail(`sel gabungan (merge) ${ref} bertumpang tindih dengan ${other} (Excel menganggap berkas seperti ini rusak)`);
          taken.set(key, ref);
        }
      }
      continue;
    }
    const r = addressOf(attrs);
    if (tag === 'row') {
      // Addresses inside Excel's limits.
      if (r !== undefined && !(/^[1-9]\d{0,6}$/.test(r) && Number(r) <= EXCEL_MAX_ROWS)) {
        return fail(
          /^\d+$/.test(r) && Number(r) > EXCEL_MAX_ROWS
            ? `baris ${count(Number(r))} di luar batas lembar Excel (${count(EXCEL_MAX_ROWS)} baris)`
            : `nomor baris "${shown(r, 20)}" tidak sah`,
        );
      }
      row = r !== undefined ? Number(r) - 1 : row + 1;
      col = -1;
      lastRef = undefined;
      if (r === undefined && row >= EXCEL_MAX_ROWS) return fail(`baris ${count(row + 1)} di luar batas lembar Excel (${count(EXCEL_MAX_ROWS)} baris)`);
      continue;
    }
    if (r !== undefined) {
      const problem = refProblem(r);
      if (problem) return fail(problem);
      lastRef = r;
    } else {
      if (lastRef !== undefined) col = columnIndex(CELL_REF.exec(lastRef)![1]);
      lastRef = undefined;
      col++;
      if (col >= EXCEL_MAX_COLUMNS) return fail(`baris ${count(row + 1)} memuat lebih dari ${count(EXCEL_MAX_COLUMNS)} sel (batas kolom Excel)`);
    }
    // Shared-string indexes inside the table.
    if (selfClosing || !(attrs.includes(' t="s"') || (!attrs.includes(' t="') && attrs.includes('t') && SHARED_STRING.test(attrs)))) continue;
    // The cell's <v>, if it comes before the cell's closing tag.
    value.lastIndex = tags.lastIndex;
    const v = value.exec(xml)?.[1];
    if (v === undefined) continue;
    const where = r ? `sel ${r}` : 'sebuah sel';
    if (!/^\s*\d+\s*$/.test(v)) return fail(`${where} merujuk teks bersama dengan nomor "${shown(v, 20)}" yang bukan bilangan`);
    const index = Number(v);
    if (strings === undefined) return fail(`${where} merujuk teks bersama nomor ${count(index)}, tetapi berkas tidak memuat daftar teks bersama (xl/sharedStrings.xml)`);
    if (index >= strings) return fail(`${where} merujuk teks bersama nomor ${count(index)}, padahal daftar teks bersama (xl/sharedStrings.xml) hanya memuat ${count(strings)} teks`);
  }
  return { merges };
}


/**
 * The part's bytes straight from its compressed data with zlib, never past the size it declares; or
 * undefined when jszip does not hold the data that way (then jszip inflates it).
 */
function inflateDeclared(zip: JSZip, part: DeclaredPart): Buffer | undefined {
  const d = (zip.files[part.path] as unknown as { _data?: { compression?: { magic?: unknown }; compressedContent?: unknown } })._data;
  const content = d?.compressedContent;
  if (!(content instanceof Uint8Array)) return undefined;
  if (d?.compression?.magic === '\x00\x00') return Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (d?.compression?.magic === '\x08\x00') return inflateRawSync(content, { maxOutputLength: Math.max(1, part.unpacked) });
  return undefined;
}

/**
 * A part's bytes, or why it cannot be trusted: its data does not inflate, inflates past the size the
 * central directory declares for it (a zip bomb that lies about its sizes stops there), or to other
 * bytes than its checksum says.
 */
async function inflate(zip: JSZip, part: DeclaredPart): Promise<Buffer | string> {
  let bytes: Buffer;
  try {
    bytes = inflateDeclared(zip, part) ?? (await zip.file(part.path)!.async('nodebuffer'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      return `arsip zip rusak: bagian ${shown(part.path)} berisi lebih banyak data daripada ukuran yang dinyatakannya (${size(part.unpacked)})`;
    }
    return `arsip zip rusak: bagian ${shown(part.path)} tidak dapat diekstrak (data terkompresinya rusak)`;
  }
  if (bytes.length !== part.unpacked) return `arsip zip rusak: bagian ${shown(part.path)} berukuran ${size(bytes.length)}, bukan ${size(part.unpacked)} seperti yang dinyatakannya`;
  if (part.crc32 !== undefined && (crc32(bytes) >>> 0) !== part.crc32 >>> 0) {
    return `arsip zip rusak: isi bagian ${shown(part.path)} tidak cocok dengan checksum-nya (CRC-32)`;
  }
  return bytes;
}

/** The sheets workbook.xml lists: name (decoded) and relationship id. */
async function listedSheets(zip: JSZip): Promise<{ name: string; rid?: string }[]> {
  const xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)].map((m) => ({
    name: decodeXml(attr(m[1], /\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/) ?? ''),
    rid: attr(m[1], /\br:id\s*=\s*(?:"([^"]*)"|'([^']*)')/),
  }));
}

/** Excel's sheet names are unique, letter case aside; a parser would keep one of the two, or fail. */
async function duplicateSheetName(zip: JSZip): Promise<string | undefined> {
  const seen = new Set<string>();
  for (const { name } of await listedSheets(zip)) {
    const key = name.toLocaleLowerCase('id');
    if (seen.has(key)) return `daftar lembar (xl/workbook.xml) memuat nama lembar "${shown(name)}" lebih dari sekali (Excel menganggap berkas seperti ini rusak); ${REPAIR}`;
    seen.add(key);
  }
  return undefined;
}

export interface SheetInspection {
  /** The first problem, naming the sheet: the package is refused. */
  problem?: string;
}

/**
 * The sheets' problems a parser would not report, or report as something else: each worksheet part
 * (and the shared strings) is inflated once, its checksum compared, and its cells, rows and merge
 * areas scanned.
 */
export async function inspectSheets(zip: JSZip): Promise<SheetInspection> {
  const out: SheetInspection = {};
  const parts = declaredParts(zip);
  const isSheet = (p: DeclaredPart) => /^xl\/worksheets\/[^/]+\.xml$/.test(p.path);
  // Every other part first: each inflates to its declared size and checksum before anything reads it.
  let strings: number | undefined;
  for (const part of parts.filter((p) => !isSheet(p))) {
    const bytes = await inflate(zip, part);
    if (typeof bytes === 'string') return { ...out, problem: `${bytes}; ${REPAIR}` };
    if (part.path === 'xl/sharedStrings.xml') strings = (bytes.toString('utf8').match(/<(?:[\w.-]+:)?si[\s>/]/g) ?? []).length;
  }
  const duplicate = await duplicateSheetName(zip);
  if (duplicate) return { ...out, problem: duplicate };
  const names = await sheetNamesByPart(zip);
  for (const part of parts.filter(isSheet)) {
    const bytes = await inflate(zip, part);
    if (typeof bytes === 'string') return { ...out, problem: `${bytes}; ${REPAIR}` };
    const xml = bytes.toString('utf8');
    const scan = scanSheet(xml, strings);
    if (scan.problem) return { ...out, problem: `${describePart(part.path, names)}: ${scan.problem}${/simpan ulang/.test(scan.problem) ? '' : `; ${REPAIR}`}` };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// When parsing fails anyway

/** saxes's messages, as a planner reads them. */
const SAXES_MESSAGES: [RegExp, string][] = [
  [/^unexpected close tag\.?$/, 'tag penutup tak terduga'],
  [/^unmatched closing tag: (.*?)\.?$/, 'tag penutup </$1> tanpa pasangan'],
  [/^unclosed tag: (.*)$/, 'tag <$1> tidak ditutup'],
  [/^undefined entity\.?$/, 'entitas tak dikenal'],
  [/^malformed character entity\.?$/, 'entitas karakter rusak'],
  [/^empty entity name\.?$/, 'entitas tanpa nama'],
  [/^disallowed character\.?$/, 'karakter terlarang'],
  [/^disallowed character in (closing tag|tag name|attribute name)\.?$/, 'karakter terlarang dalam nama tag atau atribut'],
  [/^document must contain a root element\.?$/, 'tidak ada elemen akar (bagiannya kosong)'],
  [/^documents may contain only one root\.?$/, 'lebih dari satu elemen akar'],
  [/^text data outside of root node\.?$/, 'teks di luar elemen akar'],
  [/^attribute without value\.?$/, 'atribut tanpa nilai'],
  [/^(unquoted attribute value|value must be quoted)\.?$/, 'nilai atribut tanpa tanda kutip'],
  [/^duplicate attribute: (.*?)\.?$/, 'atribut $1 ganda'],
  [/^no whitespace between attributes\.?$/, 'atribut tanpa spasi pemisah'],
  [/^forward-slash in opening tag not followed by >\.?$/, 'garis miring dalam tag pembuka tidak diikuti >'],
  [/^unbound namespace prefix: (.*?)\.?$/, 'awalan namespace $1 tidak didefinisikan'],
  [/^malformed comment\.?$/, 'komentar rusak'],
  [/^unexpected end\.?$/, 'bagian berakhir di tengah jalan (terpotong)'],
  [/XML declaration|xml declaration/, 'deklarasi XML rusak'],
  [/^inappropriately located doctype declaration\.?$/, 'deklarasi DOCTYPE di tempat yang salah'],
];

/** Is the part well-formed XML? The reason (line, column, what) when not. */
function xmlProblem(text: string): string | undefined {
  const parser = new SaxesParser();
  try {
    parser.write(text).close();
    return undefined;
  } catch (e) {
    const msg = (e as Error).message;
    const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(msg);
    const what = m ? m[3].trim() : msg;
    const said = SAXES_MESSAGES.find(([re]) => re.test(what));
    const cause = said ? what.replace(said[0], said[1]) : what;
    return m ? `baris ${m[1]} kolom ${m[2]}: ${cause}` : cause;
  }
}

/** Which part a parser error comes from, by the exceljs module in its stack. */
const STACK_PARTS: [RegExp, (p: string) => boolean][] = [
  [/style/i, (p) => p === 'xl/styles.xml'],
  [/shared-string/i, (p) => p === 'xl/sharedStrings.xml'],
  [/worksheet|sheet-|merge|row-xform|cell-xform/i, (p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p)],
  [/workbook-xform|defined-name|sheet-xform/i, (p) => p === 'xl/workbook.xml'],
  [/relationship/i, (p) => p.endsWith('.rels')],
  [/comment|vml/i, (p) => /comments|\.vml$/.test(p)],
  [/drawing/i, (p) => p.startsWith('xl/drawings/')],
  [/core-xform|app-xform/i, (p) => p.startsWith('docProps/')],
  [/content-types/i, (p) => p === '[Content_Types].xml'],
  [/table-xform/i, (p) => p.startsWith('xl/tables/')],
];

/** The order to look at parts in: the ones every reader needs first. */
function importance(path: string): number {
  if (path === 'xl/workbook.xml' || path === '[Content_Types].xml' || path.endsWith('.rels')) return 0;
  if (/^xl\/worksheets\/[^/]+\.xml$/.test(path) || path === 'xl/sharedStrings.xml' || path === 'xl/styles.xml') return 1;
  return 2;
}

/** The relationship ids a part's relationships part defines, or undefined when it has none. */
async function relationshipIds(zip: JSZip, part: string): Promise<Set<string> | undefined> {
  const slash = part.lastIndexOf('/');
  const rels = zip.file(`${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`);
  if (!rels) return undefined;
  const xml = await rels.async('string');
  return new Set([...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)].map((m) => attr(m[1], /\bId\s*=\s*(?:"([^"]*)"|'([^']*)')/) ?? ''));
}

/** A sheet listed without its part, or a part pointing at a relationship its relationships part lacks. */
async function danglingReference(zip: JSZip, names: Map<string, string>): Promise<string | undefined> {
  const workbookIds = (await relationshipIds(zip, 'xl/workbook.xml')) ?? new Set<string>();
  for (const { name, rid } of await listedSheets(zip)) {
    if (!rid || !workbookIds.has(rid)) return `daftar lembar (xl/workbook.xml): lembar "${shown(name)}" merujuk relasi ${rid ? shown(rid, 20) : '(tanpa r:id)'} yang tidak ada di xl/_rels/workbook.xml.rels`;
  }
  for (const [path, sheet] of names) {
    if (!zip.file(path)) return `daftar lembar (xl/workbook.xml): bagian lembar "${shown(sheet)}" (${shown(path)}) tidak ada di arsip`;
    const xml = await zip.file(path)!.async('string');
    const used = [...xml.matchAll(/\br:id\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2]);
    if (!used.length) continue;
    const ids = (await relationshipIds(zip, path)) ?? new Set<string>();
    const missing = used.find((id) => !ids.has(id));
    if (missing) return `${describePart(path, new Map([[path, sheet]]))} merujuk relasi ${shown(missing, 20)} (gambar, komentar atau tabel) yang tidak ada di relasi lembarnya`;
  }
  return undefined;
}

/** Words of JavaScript's own errors: not a cause a planner can act on. */
const INTERNAL = /\b(TypeError|ReferenceError|RangeError|Cannot read propert|Cannot set propert|is not a function|is not iterable|undefined|null|NaN|Maximum call stack|Invalid (array|string) length)\b/;

/**
 * Why the parser failed, as far as the package tells: a part that does not inflate, a part that is
 * not well-formed XML (with line and column), or the part the parser was reading, by its stack.
 */
export async function explainParseFailure(zip: JSZip, error: unknown): Promise<string> {
  const names = await sheetNamesByPart(zip);
  const parts = declaredParts(zip).sort((a, b) => importance(a.path) - importance(b.path));
  for (const part of parts) {
    const bytes = await inflate(zip, part);
    if (typeof bytes === 'string') return `${bytes}; ${REPAIR}`;
    if (!/\.(xml|rels|vml)$/i.test(part.path)) continue;
    const problem = xmlProblem(bytes.toString('utf8'));
    if (problem) return `${describePart(part.path, names)} bukan XML yang sah (${problem}); ${REPAIR}`;
  }
  const dangling = await danglingReference(zip, names);
  if (dangling) return `${dangling}; ${REPAIR}`;
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  if (/already merged/i.test(message)) return `sel gabungan (merge) yang bertumpang tindih; ${REPAIR}`;
  for (const [re, matches] of STACK_PARTS) {
    if (!re.test(stack.split('\n').slice(1, 8).join('\n'))) continue;
    const matching = parts.filter((p) => matches(p.path));
    if (!matching.length) continue;
    // One part of that kind is named; of several (the worksheets), which one is not known.
    const which = matching.length === 1 ? describePart(matching[0].path, names) : `salah satu dari ${matching.length} ${describePart(matching[0].path, new Map()).replace(/ \(.*$/, '')} (${shown(matching.map((p) => p.path).join(', '), 160)})`;
    return `${which} tidak sesuai format .xlsx (isinya tidak lengkap atau tersusun salah); ${REPAIR}`;
  }
  const detail = shown(message.split('\n')[0].trim(), 120);
  return `isi workbook tidak sesuai format .xlsx${detail && !INTERNAL.test(detail) ? ` (${detail})` : ''}; ${REPAIR}`;
}
