/**
 * Numbers as Indonesian planners write them: `1.642.014.563` (dot thousands), `81,50` (comma
 * decimal), `1.344.033.013.` (stray trailing dot), `81,50 Skor`, `2,2 Indeks`, `100%`, `100 %`,
 * two values in one cell (`81 % 100 %`), `-` or empty for none; at the edges: `(1.500)` is minus
 * 1.500 (the finance offices' negative), `1 234 567` one number grouped by spaces (also NBSP and
 * narrow NBSP), and a scale word after an amount multiplies it (`1,5 M` = 1.500.000.000, `2 juta`,
 * `500 rb`). One reading for every caller: the rules, the custom functions (`ANGKA`) and the fill plan.
 */
import type { CellData } from './grid';
import { memoize } from './memo';

export interface NumberReading {
  /** Arithmetic value as Excel computes with it (`100 %` → 1, `81,50` → 81.5). */
  value: number;
  /** All values in the cell, arithmetic form (`81 % 100 %` → [0.81, 1]). */
  values: number[];
  /** The value as a reader sees it (`100 %` → 100, a numeric 1 formatted `0%` → 100). */
  shown: number;
  /** Decimals a reader sees (from the number format, or as written). */
  decimals: number;
  /** Written or formatted as a percentage. */
  percent: boolean;
  /** The cell held text that reads as a number (Excel's SUM skips it). */
  fromText: boolean;
  /** Unit or words written after the number (`Skor`, `Indeks`). */
  unit?: string;
  /** The text as written, for messages (for a typed number, its plain digits). */
  raw: string;
  /**
   * The multiplier of a scale word written after the amount (`1,5 M` → 1e9, `2 juta` → 1e6); the
   * value, values and shown value already include it. Absent when the cell names no scale.
   */
  scale?: number;
}

/** The word a planner reads for a scale multiplier (1e3 → "ribu", 1e9 → "miliar"). */
export const SCALE_WORD: Record<number, string> = { 1e3: 'ribu', 1e6: 'juta', 1e9: 'miliar', 1e12: 'triliun' };

/**
 * Scale words after an amount. Case-insensitive words; `M` (miliar) and `T` (triliun) only as
 * capitals and only as a word of their own (`M2`, `m²`, `Meter` are units). No lookbehind or
 * Unicode property escapes: the custom functions run in older JavaScript engines too.
 */
const SCALE_AFTER = /^\s*(ribu|rb|juta|jt|miliar|milyar|triliun|trilyun)(?![A-Za-z\u00c0-\u024f0-9])\.?/i;
const SCALE_LETTER = /^\s*([MT])(?![A-Za-z\u00c0-\u024f0-9\u00b2\u00b3])\.?/;
/** A letter (Latin, with accents): digits glued to one (`M2`, `m3`, `CO2`) belong to a unit word. */
const LETTER = /[A-Za-z\u00c0-\u024f]/;
const SCALE_OF: Record<string, number> = { ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, m: 1e9, triliun: 1e12, trilyun: 1e12, t: 1e12 };

/** The scale word at the start of `text` (after an amount), with its length, or undefined. */
function scaleAt(text: string): { factor: number; length: number } | undefined {
  const m = SCALE_AFTER.exec(text) ?? SCALE_LETTER.exec(text);
  return m ? { factor: SCALE_OF[m[1].toLowerCase()], length: m[0].length } : undefined;
}

/** Spaces that group thousands: NBSP, figure space, thin space, narrow NBSP. */
const GROUP_SPACES = /[\u00a0\u2007\u2009\u202f]/g;
/** `1 234 567`: a group of 1–3 digits and groups of exactly three, separated by one space. */
const SPACE_GROUPED = /(^|[^\d.,])(\d{1,3}(?: \d{3})+)(?!\d)/g;

const NONE = /^[-–—−]+$|^(n\/?a|tidak ada|nihil)$/i;
/** A date written as text (2025-01-10, 10/01/2025) is not a number. */
const DATE = /^\d{4}-\d{1,2}-\d{1,2}\b|^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/;
const NUMBER_TOKEN = /[-−–]?\s?\d[\d.,]*/g;

/**
 * How text numbers are written: `id` (Indonesian: 1.234.567,89 — the default) or `en` (English
 * thousands commas: 1,234,567.89, as text pasted from a PDF made by an English-locale Excel). Only
 * a lone separator is ambiguous (`1,202`, `1.500`); the style decides it.
 */
export type NumberStyle = 'id' | 'en';

/** Parses one numeric token as written (no unit): returns NaN when it is not a number. */
export function parseNumberToken(token: string, style: NumberStyle = 'id'): { value: number; decimals: number } {
  let t = token.replace(/\s+/g, '').replace(/[−–]/g, '-');
  let sign = 1;
  if (t.startsWith('-')) {
    sign = -1;
    t = t.slice(1);
  }
  // A stray trailing dot or comma ("1.344.033.013.") carries no meaning.
  t = t.replace(/[.,]+$/, '');
  if (!/^\d[\d.,]*$/.test(t)) return { value: NaN, decimals: 0 };
  const dots = (t.match(/\./g) || []).length;
  const commas = (t.match(/,/g) || []).length;
  let intPart = t;
  let frac = '';
  if (dots > 0 && commas > 0) {
    // The later separator is the decimal one: 1.234,56 (Indonesian) or 1,234.56 (English).
    const lastDot = t.lastIndexOf('.');
    const lastComma = t.lastIndexOf(',');
    const dec = lastDot > lastComma ? '.' : ',';
    const thou = dec === '.' ? ',' : '.';
    const parts = t.split(dec);
    if (parts.length !== 2) return { value: NaN, decimals: 0 };
    if (!validThousands(parts[0], thou)) return { value: NaN, decimals: 0 };
    intPart = parts[0].split(thou).join('');
    frac = parts[1];
  } else if (dots > 1) {
    if (!validThousands(t, '.')) return { value: NaN, decimals: 0 };
    intPart = t.split('.').join('');
  } else if (commas > 1) {
    if (!validThousands(t, ',')) return { value: NaN, decimals: 0 };
    intPart = t.split(',').join('');
  } else if (dots === 1) {
    const [a, b] = t.split('.');
    // 1.500 is one thousand five hundred in Indonesian writing; 72.5 is a decimal.
    if (style === 'id' && b.length === 3 && a.length <= 3 && a !== '0') intPart = a + b;
    else {
      intPart = a;
      frac = b;
    }
  } else if (commas === 1) {
    const [a, b] = t.split(',');
    // 1,202 is one thousand two hundred and two in English writing; 81,50 is a decimal.
    if (style === 'en' && b.length === 3 && a.length <= 3 && a !== '0') intPart = a + b;
    else {
      intPart = a;
      frac = b;
    }
  }
  if (intPart === '' || !/^\d+$/.test(intPart) || !/^\d*$/.test(frac)) return { value: NaN, decimals: 0 };
  const value = sign * parseFloat(frac ? `${intPart}.${frac}` : intPart);
  return { value, decimals: frac.length };
}

function validThousands(t: string, sep: string): boolean {
  const groups = t.split(sep);
  if (groups[0].length < 1 || groups[0].length > 3) return false;
  return groups.slice(1).every((g) => g.length === 3);
}

/**
 * `value × factor` without the float noise of the product (1234,567 juta → 1.234.567.000 exactly):
 * rounded to the decimals the value still has once scaled.
 */
export function scaleValue(value: number, factor: number, decimals = ownDecimals(value)): number {
  if (factor === 1) return value;
  return roundTo(value * factor, Math.max(0, decimals - Math.round(Math.log10(factor))));
}

/** Reads a text as Indonesian number(s). Returns null when the text holds no number. */
/** Two numbers joined by a dash, the second the larger: a range ("60-85", "6 – 9", "80-85 %"), no one number. */
const RANGE = /^(\d[\d.,]*)\s*[-–—]\s*(\d[\d.,]*)\s*%?$/;

function isRange(s: string, style: NumberStyle): boolean {
  const m = RANGE.exec(s);
  if (!m) return false;
  const a = parseNumberToken(m[1], style).value;
  const b = parseNumberToken(m[2], style).value;
  return Number.isFinite(a) && Number.isFinite(b) && b > a;
}

export function parseNumberText(text: string, style: NumberStyle = 'id'): NumberReading | null {
  const reading = parseNumberTextUnchecked(text, style);
  // A run of hundreds of digits is no amount anyone wrote: not a number, rather than Infinity.
  return reading && reading.values.every(Number.isFinite) && Number.isFinite(reading.shown) ? reading : null;
}

function parseNumberTextUnchecked(text: string, style: NumberStyle): NumberReading | null {
  const raw = text;
  let s = text.replace(GROUP_SPACES, ' ').trim();
  if (s === '' || NONE.test(s) || DATE.test(s) || isRange(s, style)) return null;
  s = s.replace(/^(\(\s*)?rp\.?\s*/i, '$1');
  // Thousands grouped by spaces are one number: `1 234 567` (not 1 and two more values).
  s = s.replace(SPACE_GROUPED, (_m, before: string, g: string) => before + g.replace(/ /g, ''));
  const tokens: { value: number; decimals: number; percent: boolean; scale?: number }[] = [];
  const units: string[] = [];
  let last = 0;
  let m: RegExpExecArray | null;
  NUMBER_TOKEN.lastIndex = 0;
  while ((m = NUMBER_TOKEN.exec(s))) {
    if (m.index > 0 && LETTER.test(s[m.index - 1])) continue; // `M2`: part of a unit word
    let between = s.slice(last, m.index);
    // An opening parenthesis right before the amount (`(1.500)`, `Rp (1.500)`, `(Rp 1.500)`).
    const open = tokens.length === 0 ? /\(\s*$/.exec(between) : null;
    if (open) between = between.slice(0, open.index);
    between = between.trim();
    if (tokens.length === 0 && between !== '') return null; // words before the number: not a number cell
    // `000`, `000.000`: the "in thousands" mark of a header (`Rp. 000`), not an amount.
    if (/^00+(?:[.,]0{3})*$/.test(m[0])) return null;
    const parsed = parseNumberToken(m[0], style);
    if (Number.isNaN(parsed.value)) return null;
    let end = m.index + m[0].length;
    let percent = false;
    let scale: number | undefined;
    const after = /^\s*%/.exec(s.slice(end));
    if (after) {
      percent = true;
      end += after[0].length;
    } else {
      const sc = scaleAt(s.slice(end));
      if (sc) {
        scale = sc.factor;
        end += sc.length;
      }
    }
    if (open) {
      // `(1.500)` is minus 1.500, as every finance office writes it; an unclosed "(" is just text.
      const close = /^\s*\)/.exec(s.slice(end));
      if (close) {
        end += close[0].length;
        if (parsed.value > 0) parsed.value = -parsed.value;
      }
    }
    if (between && tokens.length > 0) units.push(between);
    if (scale !== undefined) {
      // `1,5 M` shows no decimals once scaled.
      parsed.value = scaleValue(parsed.value, scale, parsed.decimals);
      parsed.decimals = Math.max(0, parsed.decimals - Math.round(Math.log10(scale)));
    }
    tokens.push({ ...parsed, percent, ...(scale !== undefined ? { scale } : {}) });
    last = end;
    NUMBER_TOKEN.lastIndex = end;
  }
  if (tokens.length === 0) return null;
  const tail = s.slice(last).trim().replace(/^[)]/, '').trim();
  if (tail) units.push(tail);
  // Text such as "2. Persentase …" or a sentence with a number in it is not a number cell.
  const unit = units.join(' ').trim();
  if (unit.length > 24 || /\d/.test(unit.replace(/[A-Za-z\u00c0-\u024f]\d+/g, ''))) return null;
  const first = tokens[0];
  const values = tokens.map((t) => (t.percent ? t.value / 100 : t.value));
  return {
    value: values[0],
    values,
    shown: first.value,
    decimals: first.decimals,
    percent: first.percent,
    fromText: true,
    unit: unit || (first.percent ? '%' : undefined),
    raw,
    ...(first.scale !== undefined ? { scale: first.scale } : {}),
  };
}

const decimalsOf = memoize(formatDecimalsUncached, 10000);
const percentOf = memoize((fmt: string) => /%/.test(fmt.split(';')[0].replace(/"[^"]*"/g, '')), 10000);

/** Decimals a number format shows (`0.00` → 2, `#,##0` → 0), or undefined for General/none. */
export function formatDecimals(fmt: string | undefined): number | undefined {
  return fmt ? decimalsOf(fmt) : undefined;
}

function formatDecimalsUncached(fmt: string | undefined): number | undefined {
  if (!fmt || /^general$/i.test(fmt) || fmt === '@') return undefined;
  const section = fmt.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '');
  const m = /\.([0#?]+)/.exec(section);
  if (m) return m[1].length;
  return /[0#?]/.test(section) ? 0 : undefined;
}

/** What a date number format shows: only the year (`yyyy`, `yy`), a full date, or not a date at all. */
export function dateFormatKind(fmt: string | undefined): 'year' | 'date' | undefined {
  return fmt ? dateKindOf(fmt) : undefined;
}

const dateKindOf = memoize(dateFormatKindUncached, 10000);

function dateFormatKindUncached(fmt: string): 'year' | 'date' | undefined {
  if (/^general$/i.test(fmt) || fmt === '@') return undefined;
  const section = fmt.split(';')[0].replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  if (/[0#?]/.test(section) || !/[ymd]/i.test(section)) return undefined;
  return /^[\sy]+$/i.test(section) ? 'year' : 'date';
}

/** The calendar date of an Excel serial number (1900 date system). */
export function serialToIsoDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000)).toISOString().slice(0, 10);
}

export function formatIsPercent(fmt: string | undefined): boolean {
  return fmt ? percentOf(fmt) : false;
}

/** Decimals in the shortest form of a number (1.05 → 2, 1 → 0). */
export function ownDecimals(n: number): number {
  if (Number.isInteger(n) || !Number.isFinite(n)) return 0;
  const s = String(n);
  if (s.includes('e-')) return Math.min(15, parseInt(s.split('e-')[1], 10));
  const i = s.indexOf('.');
  return i < 0 ? 0 : Math.min(15, s.length - i - 1);
}

/** A number typed into a cell (the common case, kept lean: one object, no arrays until asked). */
class TypedNumber implements NumberReading {
  readonly shown: number;
  readonly decimals: number;
  readonly percent: boolean;
  readonly fromText = false;
  readonly unit = undefined;
  constructor(
    readonly value: number,
    fmt: string | undefined,
  ) {
    this.percent = formatIsPercent(fmt);
    this.shown = this.percent ? value * 100 : value;
    const fd = formatDecimals(fmt);
    this.decimals = fd ?? Math.min(ownDecimals(this.shown), 10);
  }
  get values(): number[] {
    return [this.value];
  }
  get raw(): string {
    return String(this.value);
  }
}

/** Reads a grid cell as a number, whether typed as a number or as Indonesian text. */
export function readCellNumber(cell: CellData | undefined, style: NumberStyle = 'id'): NumberReading | null {
  if (!cell || cell.err) return null;
  const v = cell.v;
  if (typeof v === 'number') return new TypedNumber(v, cell.fmt);
  if (typeof v === 'string') return parseNumberText(v, style);
  return null;
}

/** Formats a number the Indonesian way for messages: 1.984.398.226 · 1,07 · 0,927. */
export function formatId(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const d = decimals ?? (Number.isInteger(n) ? 0 : Math.min(Math.max(ownDecimals(roundTo(n, 4)), 0), 4));
  const fixed = Math.abs(n).toFixed(d);
  const [i, f] = fixed.split('.');
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}${f ? ',' + f : ''}`;
}

export function roundTo(n: number, decimals: number): number {
  const p = Math.pow(10, decimals);
  return Math.round(n * p + Math.sign(n) * 1e-9) / p;
}

const ENGLISH = /^\s*(rp\.?\s*)?-?\d{1,3}(,\d{3})+(\.\d+)?\s*$/i;
const INDONESIAN = /^\s*(rp\.?\s*)?-?(\d{1,3}(\.\d{3})+(,\d+)?|\d+,\d{1,2})\s*$/i;

/**
 * The style a set of text amounts is written in: English when several use thousands commas
 * (`1,202`, `2,850.5`) and none an Indonesian form (`1.202`, `1.202,50`, `81,5`).
 */
export function numberStyleOf(texts: Iterable<string>): NumberStyle {
  let en = 0;
  for (const t of texts) {
    if (INDONESIAN.test(t)) return 'id';
    if (ENGLISH.test(t)) en++;
  }
  return en >= 2 ? 'en' : 'id';
}
