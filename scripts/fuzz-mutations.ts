/**
 * The fuzzer's file generator: hostile and broken workbooks derived from real ones. Every case is a
 * pure function of (seed, index), so a failure is reproduced by its index alone. Packages are edited
 * with jszip only (no zip bytes written by hand); byte-level mutations (flips, truncation) work on
 * the finished file.
 */
import { Readable } from 'stream';
import JSZip from 'jszip';

export const KINDS = [
  'flip-bytes',
  'truncate',
  'drop-part',
  'duplicate-part',
  'malformed-xml',
  'shared-string-oob',
  'style-oob',
  'dimension-million',
  'huge-merge',
  'bad-cell-ref',
  'long-cell',
  'circular-formula',
  'addin-settings',
  'zip-bomb',
] as const;
export type Kind = (typeof KINDS)[number];

export interface Source {
  /** Short label for reports: `sample`, `pupr`. */
  name: string;
  bytes: Buffer;
}

export interface FuzzCase {
  index: number;
  kind: Kind;
  /** Which variant of the kind, e.g. `cut` or `index-beyond`, with the part it hit. */
  variant: string;
  source: string;
  bytes: Buffer;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

export interface Rng {
  /** [0, 1) */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: small, fast and good enough to pick mutations. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    range: (lo, hi) => lo + int(hi - lo + 1),
    pick: (xs) => xs[int(xs.length)],
    chance: (p) => next() < p,
  };
}

/** The seed of case `index` under run seed `seed` (independent of the order cases are made in). */
export function caseSeed(seed: number, index: number): number {
  return makeRng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0).int(0x100000000);
}

// ---------------------------------------------------------------------------------------------
// Package helpers (jszip)

async function load(bytes: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

async function save(zip: JSZip): Promise<Buffer> {
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

function files(zip: JSZip): string[] {
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
}

function sheetPaths(zip: JSZip): string[] {
  return files(zip)
    .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
    .sort();
}

async function text(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  return f ? f.async('string') : '';
}

async function edit(zip: JSZip, path: string, fn: (xml: string) => string): Promise<void> {
  zip.file(path, fn(await text(zip, path)));
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inserts `xml` just before `</sheetData>` (or makes the element if the sheet has none). */
function addToSheetData(sheet: string, xml: string): string {
  if (sheet.includes('</sheetData>')) return sheet.replace('</sheetData>', `${xml}</sheetData>`);
  if (/<sheetData\s*\/>/.test(sheet)) return sheet.replace(/<sheetData\s*\/>/, `<sheetData>${xml}</sheetData>`);
  return sheet.replace('</worksheet>', `<sheetData>${xml}</sheetData></worksheet>`);
}

/** Adds merge areas after </sheetData> (into the existing <mergeCells> if there is one). */
function addMerges(sheet: string, refs: string[]): string {
  const cells = refs.map((r) => `<mergeCell ref="${r}"/>`).join('');
  if (/<mergeCells\b[^>]*>/.test(sheet)) return sheet.replace(/(<mergeCells\b[^>]*>)/, `$1${cells}`);
  return sheet.replace('</sheetData>', `</sheetData><mergeCells count="${refs.length}">${cells}</mergeCells>`);
}

interface CellMatch {
  /** The whole `<c …>…</c>` or `<c …/>`. */
  xml: string;
  index: number;
  ref: string;
}

function cellsOf(sheet: string, filter?: (attrs: string, inner: string) => boolean): CellMatch[] {
  const out: CellMatch[] = [];
  for (const m of sheet.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    if (filter && !filter(m[1], m[2] ?? '')) continue;
    out.push({ xml: m[0], index: m.index ?? 0, ref: /\br="([^"]*)"/.exec(m[1])?.[1] ?? '' });
  }
  return out;
}

function replaceAt(s: string, index: number, length: number, by: string): string {
  return s.slice(0, index) + by + s.slice(index + length);
}

/** Replaces the chosen cells (last first, so indexes stay right). */
function replaceCells(sheet: string, cells: CellMatch[], fn: (c: CellMatch) => string): string {
  let out = sheet;
  for (const c of [...cells].sort((a, b) => b.index - a.index)) out = replaceAt(out, c.index, c.xml.length, fn(c));
  return out;
}

/** Numbers on data rows: the cells the checks read. */
const isNumberCell = (attrs: string, inner: string) => !/\bt="/.test(attrs) && /<v>[^<]+<\/v>/.test(inner) && !/<f\b/.test(inner);
const isSharedString = (attrs: string) => /\bt="s"/.test(attrs);

function sample<T>(rng: Rng, xs: T[], n: number): T[] {
  const copy = [...xs];
  const out: T[] = [];
  while (copy.length && out.length < n) out.push(copy.splice(rng.int(copy.length), 1)[0]);
  return out;
}

/** The workbook's sheets: name, relationship id and part. */
async function workbookSheets(zip: JSZip): Promise<{ name: string; rid: string; path: string }[]> {
  const wb = await text(zip, 'xl/workbook.xml');
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const t = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && t) target.set(id, `xl/${t.replace(/^\/?xl\//, '')}`);
  }
  const out: { name: string; rid: string; path: string }[] = [];
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1] ?? '';
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1] ?? '';
    out.push({ name, rid, path: target.get(rid) ?? '' });
  }
  return out;
}

/** Registers a new worksheet part: relationship, content type override and a <sheet> entry (`name` as the XML holds it). */
async function registerSheet(zip: JSZip, path: string, name: string, rid: string): Promise<void> {
  await edit(zip, 'xl/_rels/workbook.xml.rels', (x) =>
    x.replace(
      '</Relationships>',
      `<Relationship Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${path.replace(/^xl\//, '')}"/></Relationships>`,
    ),
  );
  await edit(zip, '[Content_Types].xml', (x) =>
    x.replace('</Types>', `<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`),
  );
  await edit(zip, 'xl/workbook.xml', (x) => x.replace('</sheets>', `<sheet name="${name}" sheetId="99" r:id="${rid}"/></sheets>`));
}

// ---------------------------------------------------------------------------------------------
// The zip bomb: one highly compressible chunk, compressed once, stored in many parts.

/** Each bomb part inflates to this many bytes (64 MiB of whitespace). */
export const BOMB_PART_BYTES = 64 * 1024 * 1024;

let bombChunk: Promise<unknown> | undefined;

/**
 * jszip's compressed form of a 64 MiB part (its private `_data`, a CompressedObject, as jszip's own
 * loader hands it to `zip.file`): placed in another package it is copied as compressed bytes, with
 * its declared sizes, and never inflated or compressed again.
 */
function compressedBombPart(): Promise<unknown> {
  bombChunk ??= (async () => {
    // Whitespace: deflate's best ratio (about 1000:1), so 64 MiB pack into about 64 KB.
    const block = Buffer.alloc(1 << 20, 0x20);
    let sent = 0;
    const source = new Readable({
      read() {
        this.push(sent++ < BOMB_PART_BYTES / block.length ? block : null);
      },
    });
    const zip = new JSZip();
    zip.file('bomb.xml', source, { binary: true });
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    const loaded = await JSZip.loadAsync(bytes);
    return (loaded.files['bomb.xml'] as unknown as { _data: unknown })._data;
  })();
  return bombChunk;
}

/**
 * The package with `parts` parts that each inflate to BOMB_PART_BYTES: first `first` (`sheets`: every
 * worksheet part; or one part's path), the rest as xl/media/imageN.png.
 */
export async function zipBomb(bytes: Buffer, parts: number, first?: string): Promise<Buffer> {
  const zip = await load(bytes);
  const part = await compressedBombPart();
  const names: string[] = first === 'sheets' ? sheetPaths(zip) : first ? [first] : [];
  for (let i = 1; names.length < parts; i++) names.push(`xl/media/image${i}.png`);
  // jszip keeps a CompressedObject as it is: no inflating, no compressing.
  for (const name of names.slice(0, parts)) zip.file(name, part as never);
  return save(zip);
}

// ---------------------------------------------------------------------------------------------
// Mutations. Each takes the source package and returns the mutated file and a variant label.

type Mutation = (rng: Rng, bytes: Buffer) => Promise<{ variant: string; bytes: Buffer }>;

const INDONESIAN_WORDS = ['Peningkatan', 'Kualitas', 'Pelayanan', 'Publik', 'Kecamatan', 'Kartoharjo', 'Program', 'Kegiatan', 'Sub', 'Rp', '1.234.567', '12,5%', 'dan', 'yang', 'Dokumen'];

function longText(rng: Rng, length: number, style: string): string {
  switch (style) {
    case 'digits':
      return '1234567890'.repeat(Math.ceil(length / 10)).slice(0, length);
    case 'indonesian-number':
      // 1.234.567.890.123… with a decimal comma at the end: a number text of 32 000 characters.
      return ('1' + '.234'.repeat(Math.ceil(length / 4))).slice(0, length - 3) + ',50';
    case 'spaces':
      return ' '.repeat(length - 8) + 'Jumlah 1';
    case 'dots':
      return '.'.repeat(length);
    default: {
      const words: string[] = [];
      let n = 0;
      while (n < length) {
        const w = rng.pick(INDONESIAN_WORDS);
        words.push(w);
        n += w.length + 1;
      }
      return words.join(' ').slice(0, length);
    }
  }
}

const MUTATIONS: Record<Kind, Mutation> = {
  async 'flip-bytes'(rng, bytes) {
    const out = Buffer.from(bytes);
    const where = rng.pick(['anywhere', 'head', 'tail'] as const);
    const flips = rng.pick([1, 1, 2, 4, 8, 32]);
    for (let i = 0; i < flips; i++) {
      // head: the first local header; tail: the central directory and its end record.
      const pos = where === 'head' ? rng.int(Math.min(64, out.length)) : where === 'tail' ? out.length - 1 - rng.int(Math.min(1500, out.length)) : rng.int(out.length);
      out[pos] ^= 1 + rng.int(255);
    }
    return { variant: `${where}×${flips}`, bytes: out };
  },

  async truncate(rng, bytes) {
    const variant = rng.pick(['half', 'random', 'tail', 'head'] as const);
    const length =
      variant === 'half' ? Math.floor(bytes.length / 2)
        : variant === 'tail' ? bytes.length - rng.range(1, 120)
          : variant === 'head' ? rng.range(1, 64)
            : rng.range(1, bytes.length - 1);
    return { variant, bytes: bytes.subarray(0, length) };
  },

  async 'drop-part'(rng, bytes) {
    const zip = await load(bytes);
    const all = files(zip);
    const important = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/sharedStrings.xml', 'xl/styles.xml', '_rels/.rels'];
    const variant = rng.pick(['important', 'any', 'all-sheets'] as const);
    if (variant === 'all-sheets') {
      for (const p of sheetPaths(zip)) zip.remove(p);
      return { variant, bytes: await save(zip) };
    }
    const path = variant === 'important' ? rng.pick(important.filter((p) => all.includes(p))) : rng.pick(all);
    zip.remove(path);
    return { variant: `${variant}:${path}`, bytes: await save(zip) };
  },

  async 'duplicate-part'(rng, bytes) {
    const zip = await load(bytes);
    const sheets = await workbookSheets(zip);
    const s = rng.pick(sheets);
    const variant = rng.pick(['copy-sheet-same-name', 'copy-sheet-new-name', 'sheet-listed-twice', 'rows-twice', 'cells-twice', 'relationship-id-twice', 'strings-twice'] as const);
    switch (variant) {
      case 'copy-sheet-same-name':
      case 'copy-sheet-new-name': {
        const path = 'xl/worksheets/sheet99.xml';
        zip.file(path, await text(zip, s.path));
        await registerSheet(zip, path, variant === 'copy-sheet-same-name' ? s.name : `${s.name} (2)`, 'rIdFuzz99');
        break;
      }
      case 'sheet-listed-twice':
        await edit(zip, 'xl/workbook.xml', (x) => x.replace('</sheets>', `<sheet name="${s.name}" sheetId="98" r:id="${s.rid}"/></sheets>`));
        break;
      case 'rows-twice':
        await edit(zip, s.path, (x) => x.replace(/<row\b[\s\S]*?<\/row>/g, (row) => row + row));
        break;
      case 'cells-twice':
        await edit(zip, s.path, (x) => x.replace(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (c) => c + c));
        break;
      case 'relationship-id-twice':
        await edit(zip, 'xl/_rels/workbook.xml.rels', (x) => {
          const first = /<Relationship\b[^>]*\/>/.exec(x)?.[0] ?? '';
          return x.replace('</Relationships>', `${first.replace(/Target="[^"]*"/, `Target="${s.path.replace(/^xl\//, '')}"`)}</Relationships>`);
        });
        break;
      case 'strings-twice':
        await edit(zip, 'xl/sharedStrings.xml', (x) => x.replace(/<si>[\s\S]*?<\/si>/g, (si) => si + si));
        break;
    }
    return { variant: `${variant}:${s.path}`, bytes: await save(zip) };
  },

  async 'malformed-xml'(rng, bytes) {
    const zip = await load(bytes);
    const all = files(zip).filter((p) => /\.(xml|rels|vml)$/.test(p));
    const sheets = sheetPaths(zip);
    const path = rng.chance(0.5) && sheets.length ? rng.pick(sheets) : rng.pick(all);
    const xml = await text(zip, path);
    const at = rng.int(xml.length + 1);
    const variant = rng.pick(['cut', 'garbage', 'unclosed', 'bad-entity', 'billion-laughs', 'binary', 'empty', 'wrong-root', 'utf16', 'deep-nesting', 'control-chars'] as const);
    let out: string | Buffer;
    switch (variant) {
      case 'cut':
        out = xml.slice(0, at);
        break;
      case 'garbage':
        out = xml.slice(0, at) + Array.from({ length: rng.range(1, 20) }, () => rng.pick(['<', '>', '&', '"', "'", '/', '=', '!', '?', ']]>', '<![CDATA[', 'x', ' '])).join('') + xml.slice(at);
        break;
      case 'unclosed': {
        const closes = [...xml.matchAll(/<\/[^>]+>/g)];
        const m = closes.length ? rng.pick(closes) : undefined;
        out = m ? replaceAt(xml, m.index ?? 0, m[0].length, '') : xml + '<unclosed>';
        break;
      }
      case 'bad-entity': {
        const gt = xml.indexOf('>', at);
        const pos = gt < 0 ? xml.length : gt + 1;
        out = xml.slice(0, pos) + rng.pick(['&bogus;', '&#0;', '&#xFFFFFFFF;', '&#xD800;', '&', '&amp']) + xml.slice(pos);
        break;
      }
      case 'billion-laughs': {
        const dtd = '<!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>';
        const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
        out = `<?xml version="1.0" encoding="UTF-8"?>${dtd}${body.replace(/<v>[^<]*<\/v>/, '<v>&lol9;</v>').replace(/<t>[^<]*<\/t>/, '<t>&lol9;</t>')}`;
        break;
      }
      case 'binary':
        out = Buffer.from(Array.from({ length: rng.range(1, 4096) }, () => rng.int(256)));
        break;
      case 'empty':
        out = '';
        break;
      case 'wrong-root':
        out = '<?xml version="1.0" encoding="UTF-8"?><html><body>bukan xml Office</body></html>';
        break;
      case 'utf16':
        out = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml.replace(/encoding="UTF-8"/i, 'encoding="UTF-16"'), 'utf16le')]);
        break;
      case 'deep-nesting': {
        const depth = rng.pick([10000, 100000]);
        const nest = '<x>'.repeat(depth) + '</x>'.repeat(depth);
        out = xml.includes('</sheetData>') ? xml.replace('</sheetData>', `${nest}</sheetData>`) : xml.slice(0, at) + nest + xml.slice(at);
        break;
      }
      case 'control-chars':
        out = xml.slice(0, at) + '\u0000\u0001\u000b\ufffe\uffff' + xml.slice(at);
        break;
    }
    zip.file(path, out);
    return { variant: `${variant}:${path}`, bytes: await save(zip) };
  },

  async 'shared-string-oob'(rng, bytes) {
    const zip = await load(bytes);
    const sst = await text(zip, 'xl/sharedStrings.xml');
    const count = (sst.match(/<si>/g) ?? []).length;
    const variant = rng.pick(['index-beyond', 'index-huge', 'index-negative', 'index-not-a-number', 'index-empty', 'table-emptied', 'table-missing', 'inline-and-shared'] as const);
    if (variant === 'table-emptied') zip.file('xl/sharedStrings.xml', '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>');
    else if (variant === 'table-missing') zip.remove('xl/sharedStrings.xml');
    else {
      const value = (): string => {
        switch (variant) {
          case 'index-beyond': return String(count + rng.int(1000));
          case 'index-huge': return rng.pick(['4294967296', '1e308', '99999999999999999999', 'Infinity']);
          case 'index-negative': return rng.pick(['-1', '-99999']);
          case 'index-not-a-number': return rng.pick(['abc', '1.5', 'NaN', '0x10', ' 3 ']);
          case 'index-empty': return '';
          default: return '0';
        }
      };
      const all = rng.chance(0.3);
      for (const path of sheetPaths(zip)) {
        if (!all && !rng.chance(0.5)) continue;
        await edit(zip, path, (xml) => {
          const cells = cellsOf(xml, (attrs) => isSharedString(attrs));
          const chosen = all ? cells : sample(rng, cells, rng.range(1, 20));
          return replaceCells(xml, chosen, (c) =>
            variant === 'inline-and-shared' ? c.xml.replace(/<v>[^<]*<\/v>/, '<is><t>teks</t></is><v>999999</v>') : c.xml.replace(/<v>[^<]*<\/v>/, `<v>${value()}</v>`),
          );
        });
      }
    }
    return { variant, bytes: await save(zip) };
  },

  async 'style-oob'(rng, bytes) {
    const zip = await load(bytes);
    const variant = rng.pick(['cell-style-beyond', 'cell-style-negative', 'cell-style-nan', 'numfmt-unknown', 'font-beyond', 'styles-emptied'] as const);
    if (variant === 'styles-emptied') zip.file('xl/styles.xml', '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    else if (variant === 'numfmt-unknown') await edit(zip, 'xl/styles.xml', (x) => x.replace(/numFmtId="\d+"/g, () => `numFmtId="${rng.pick(['9999', '-1', '4294967296', 'x'])}"`));
    else if (variant === 'font-beyond') await edit(zip, 'xl/styles.xml', (x) => x.replace(/fontId="\d+"/g, () => `fontId="${rng.pick(['9999', '-1'])}"`));
    else {
      const v = variant === 'cell-style-beyond' ? '99999' : variant === 'cell-style-negative' ? '-1' : 'abc';
      for (const path of sheetPaths(zip)) await edit(zip, path, (x) => x.replace(/(<c\b[^>]*?)\bs="\d+"/g, (_m, pre: string) => (rng.chance(0.3) ? `${pre}s="${v}"` : _m)));
    }
    return { variant, bytes: await save(zip) };
  },

  async 'dimension-million'(rng, bytes) {
    const zip = await load(bytes);
    const path = rng.pick(sheetPaths(zip));
    const variant = rng.pick(['dimension', 'last-cell', 'beyond-max-row', 'empty-rows', 'cols-all', 'spans-all'] as const);
    await edit(zip, path, (xml) => {
      switch (variant) {
        case 'dimension': {
          const dim = '<dimension ref="A1:XFD1048576"/>';
          return /<dimension\b[^>]*\/>/.test(xml) ? xml.replace(/<dimension\b[^>]*\/>/, dim) : xml.replace(/(<worksheet\b[^>]*>)/, `$1${dim}`);
        }
        case 'last-cell':
          return addToSheetData(xml.replace(/<dimension\b[^>]*\/>/, '<dimension ref="A1:XFD1048576"/>'), '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>');
        case 'beyond-max-row':
          return addToSheetData(xml, '<row r="2000000"><c r="A2000000"><v>1</v></c></row><row r="99999999"><c r="B99999999" t="inlineStr"><is><t>Jumlah</t></is></c></row>');
        case 'empty-rows': {
          // A million rows that are there (empty, with a style): 1 048 576 <row/> elements.
          const start = 200;
          const rows: string[] = [];
          for (let r = start; r <= 1048576; r++) rows.push(`<row r="${r}" s="1" customFormat="1"/>`);
          return addToSheetData(xml.replace(/<dimension\b[^>]*\/>/, '<dimension ref="A1:XFD1048576"/>'), rows.join(''));
        }
        case 'cols-all':
          return xml.replace(/<cols>[\s\S]*?<\/cols>|(?=<sheetData)/, '<cols><col min="1" max="16384" width="9" style="1" customWidth="1"/></cols>');
        case 'spans-all':
          return xml.replace(/<row\b([^>]*?)(\/?)>/g, (_m, attrs: string, close: string) => `<row${attrs.replace(/\s*spans="[^"]*"/, '')} spans="1:16384"${close}>`);
      }
    });
    return { variant: `${variant}:${path}`, bytes: await save(zip) };
  },

  async 'huge-merge'(rng, bytes) {
    const zip = await load(bytes);
    const path = rng.pick(sheetPaths(zip));
    const variant = rng.pick(['whole-sheet', 'whole-column', 'whole-row', 'overlapping', 'inverted', 'invalid-ref', 'many-small'] as const);
    const refs: string[] = (() => {
      switch (variant) {
        case 'whole-sheet': return ['A1:XFD1048576'];
        case 'whole-column': return ['C1:C1048576'];
        case 'whole-row': return ['A5:XFD5'];
        case 'overlapping': return ['A1:D10', 'B2:F12', 'C3:C3', 'A1:D10'];
        case 'inverted': return ['H20:A4'];
        case 'invalid-ref': return [rng.pick(['A0:B0', 'ZZZZ1:ZZZZ2', ':', 'A1', 'A1:', '1:2', 'A:B'])];
        case 'many-small': return Array.from({ length: 20000 }, (_, i) => `A${2 * i + 200}:B${2 * i + 200}`);
      }
    })();
    await edit(zip, path, (xml) => addMerges(xml, refs));
    return { variant: `${variant}:${path}`, bytes: await save(zip) };
  },

  async 'bad-cell-ref'(rng, bytes) {
    const zip = await load(bytes);
    const path = rng.pick(sheetPaths(zip));
    const variant = rng.pick(['row-zero', 'col-beyond', 'four-letters', 'empty-ref', 'no-ref', 'lowercase', 'digits-first', 'row-descending', 'row-negative'] as const);
    await edit(zip, path, (xml) => {
      const cells = sample(rng, cellsOf(xml), rng.range(1, 30));
      const ref = (c: CellMatch): string => {
        const col = /^[A-Z]+/.exec(c.ref)?.[0] ?? 'A';
        switch (variant) {
          case 'row-zero': return `${col}0`;
          case 'col-beyond': return `XFE${rng.range(1, 50)}`;
          case 'four-letters': return `ZZZZ${rng.range(1, 50)}`;
          case 'empty-ref': return '';
          case 'lowercase': return c.ref.toLowerCase();
          case 'digits-first': return `1${col}`;
          default: return c.ref;
        }
      };
      if (variant === 'row-descending') {
        let n = 5000;
        return xml.replace(/<row\b([^>]*?)\br="\d+"/g, (_m, pre: string) => `<row${pre}r="${n--}"`);
      }
      if (variant === 'row-negative') return xml.replace(/<row\b([^>]*?)\br="\d+"/, (_m, pre: string) => `<row${pre}r="-5"`);
      if (variant === 'no-ref') return replaceCells(xml, cells, (c) => c.xml.replace(/\s*\br="[^"]*"/, ''));
      return replaceCells(xml, cells, (c) => c.xml.replace(/\br="[^"]*"/, `r="${ref(c)}"`));
    });
    return { variant: `${variant}:${path}`, bytes: await save(zip) };
  },

  async 'long-cell'(rng, bytes) {
    const zip = await load(bytes);
    const path = rng.pick(sheetPaths(zip));
    const style = rng.pick(['words', 'digits', 'indonesian-number', 'spaces', 'dots'] as const);
    const length = rng.pick([32000, 32767, 100000]);
    const where = rng.pick(['text-cell', 'header-cell', 'number-cell', 'shared-string', 'every-number'] as const);
    const long = escapeXml(longText(rng, length, style));
    if (where === 'shared-string') {
      await edit(zip, 'xl/sharedStrings.xml', (x) => {
        const sis = [...x.matchAll(/<si>[\s\S]*?<\/si>/g)];
        const m = sis.length ? rng.pick(sis) : undefined;
        return m ? replaceAt(x, m.index ?? 0, m[0].length, `<si><t xml:space="preserve">${long}</t></si>`) : x;
      });
    } else {
      await edit(zip, path, (xml) => {
        const inHeader = (a: string) => /\br="[A-Z]+([1-9]|10)"/.test(a);
        const pool = cellsOf(xml, where === 'text-cell' ? (a) => isSharedString(a) : where === 'header-cell' ? (a) => inHeader(a) && !/\/>$/.test(a) : isNumberCell);
        const chosen = where === 'every-number' ? pool.slice(0, 200) : sample(rng, pool, 1);
        return replaceCells(xml, chosen, (c) => `<c r="${c.ref}" t="inlineStr"><is><t xml:space="preserve">${long}</t></is></c>`);
      });
    }
    return { variant: `${where}/${style}/${length}:${path}`, bytes: await save(zip) };
  },

  async 'circular-formula'(rng, bytes) {
    const zip = await load(bytes);
    const path = rng.pick(sheetPaths(zip));
    const variant = rng.pick(['self', 'pair', 'ring', 'sum-over-self', 'no-cached-value', 'shared-without-master', 'deep-parentheses', 'long-formula'] as const);
    await edit(zip, path, (xml) => {
      const numbers = cellsOf(xml, isNumberCell);
      const formulas = cellsOf(xml, (_a, inner) => /<f\b/.test(inner));
      const pick = sample(rng, numbers, rng.range(2, 12));
      const put = (c: CellMatch, f: string, v = '1') => `<c r="${c.ref}"><f>${escapeXml(f)}</f><v>${v}</v></c>`;
      switch (variant) {
        case 'self':
          return replaceCells(xml, pick, (c) => put(c, `${c.ref}+1`));
        case 'pair':
        case 'ring':
          return replaceCells(xml, pick, (c) => {
            const i = pick.indexOf(c);
            const next = pick[(i + 1) % pick.length];
            return put(c, variant === 'pair' ? `${next.ref}` : `${next.ref}*2`);
          });
        case 'sum-over-self':
          return replaceCells(xml, pick, (c) => put(c, `SUM(A1:XFD1048576)+${c.ref}`));
        case 'no-cached-value':
          return replaceCells(xml, formulas.length ? formulas : pick, (c) => (/<f\b/.test(c.xml) ? c.xml.replace(/<v>[^<]*<\/v>/, '') : put(c, c.ref).replace(/<v>[^<]*<\/v>/, '')));
        case 'shared-without-master':
          return replaceCells(xml, pick, (c) => `<c r="${c.ref}"><f t="shared" si="${rng.range(0, 99)}"/><v>2</v></c>`);
        case 'deep-parentheses': {
          const depth = rng.pick([1000, 8000]);
          return replaceCells(xml, pick.slice(0, 2), (c) => put(c, '('.repeat(depth) + '1' + ')'.repeat(depth)));
        }
        case 'long-formula':
          return replaceCells(xml, pick.slice(0, 2), (c) => put(c, Array.from({ length: 3000 }, (_, i) => `${c.ref.replace(/\d+$/, '')}${i + 1}`).join('+')));
      }
    });
    return { variant: `${variant}:${path}`, bytes: await save(zip) };
  },

  async 'addin-settings'(rng, bytes) {
    const zip = await load(bytes);
    const sheets = await workbookSheets(zip);
    const sheet = rng.pick(sheets).name;
    const variant = rng.pick(['whole-sheet-table', 'not-json', 'not-a-list', 'deep-json', 'bad-fields', 'many-tables', 'missing-sheet'] as const);
    const value = (() => {
      switch (variant) {
        case 'whole-sheet-table': return JSON.stringify([{ sheet, header: 'A1:XFD1048576', kind: 'program-pendanaan' }]);
        case 'not-json': return '[{"sheet": "' + sheet;
        case 'not-a-list': return JSON.stringify({ sheet, header: 'A4:O6' });
        case 'deep-json': return '['.repeat(100000) + ']'.repeat(100000);
        case 'bad-fields': return JSON.stringify([{ sheet, header: 'A4:O6', kind: 'program-pendanaan', columns: [null, 5, { column: 'ZZZZ', role: 'pagu' }, { column: 'C', role: 'pagu', year: 'x' }] }, 7, null]);
        case 'many-tables': return JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ sheet, header: `A${i + 1}:O${i + 2}`, kind: 'iku' })));
        case 'missing-sheet': return JSON.stringify([{ sheet: 'Tidak Ada', header: 'A4:O6', kind: 'iku' }]);
      }
    })();
    zip.file(
      'xl/webextensions/webextension1.xml',
      `<?xml version="1.0" encoding="UTF-8"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{00000000-0000-0000-0000-000000000000}"><we:properties><we:property name="renstra.tabel" value="${escapeXml(value)}"/></we:properties></we:webextension>`,
    );
    return { variant, bytes: await save(zip) };
  },

  async 'zip-bomb'(rng, bytes) {
    const variant = rng.pick(['many-parts', 'sheet-parts', 'mimetype', 'shared-strings'] as const);
    // Eight parts of 64 MiB (512 MiB) or 32 (2 GiB): a file of half a megabyte to 2 MB.
    const parts = rng.pick([8, 32]);
    const first = variant === 'sheet-parts' ? 'sheets' : variant === 'mimetype' ? 'mimetype' : variant === 'shared-strings' ? 'xl/sharedStrings.xml' : undefined;
    return { variant: `${variant}×${parts}`, bytes: await zipBomb(bytes, parts, first) };
  },
};

/** Makes what the mutations share (the compressed bomb part) before the cases are run. */
export async function prepareMutations(): Promise<void> {
  await compressedBombPart();
}

/** Case `index` of a run with seed `seed`: every kind in turn, the sources in turn within a kind. */
export async function makeCase(sources: Source[], seed: number, index: number): Promise<FuzzCase> {
  const kind = KINDS[index % KINDS.length];
  const source = sources[Math.floor(index / KINDS.length) % sources.length];
  const rng = makeRng(caseSeed(seed, index));
  const { variant, bytes } = await MUTATIONS[kind](rng, source.bytes);
  return { index, kind, variant, source: source.name, bytes };
}
