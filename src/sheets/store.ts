/**
 * JSON values in Google Sheets' document properties, which hold at most 9 KB per value and 500 KB
 * in all (https://developers.google.com/apps-script/guides/services/quotas): a value longer than one
 * property is kept in numbered parts, and a value that would not fit at all is refused with a
 * message before anything is written.
 */

/** The part of Apps Script's `Properties` this needs. */
export interface PropertiesLike {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
  deleteProperty(key: string): unknown;
}

/** Characters per property: 2 000 characters are at most 8 000 bytes of UTF-8, under the 9 KB limit. */
export const PART_CHARS = 2000;
/** What one value may take of the 500 KB all properties share (the rest stays for the other keys). */
export const MAX_VALUE_CHARS = 100000;

const PARTS = '#bagian:';

function partCount(stored: string | null): number {
  return stored && stored.startsWith(PARTS) ? parseInt(stored.slice(PARTS.length), 10) || 0 : 0;
}

export function readJson(props: PropertiesLike, key: string): unknown {
  const stored = props.getProperty(key);
  if (stored === null || stored === '') return undefined;
  const n = partCount(stored);
  const text = n > 0 ? Array.from({ length: n }, (_, i) => props.getProperty(`${key}#${i + 1}`) ?? '').join('') : stored;
  try {
    return JSON.parse(text);
  } catch {
    // A value cut short (the document edited by hand, a part lost): as if none were stored.
    return undefined;
  }
}

/** Stores `value` as JSON (undefined removes it); throws, writing nothing, when it is too large to keep. */
export function writeJson(props: PropertiesLike, key: string, value: unknown, what = key): void {
  const before = partCount(props.getProperty(key));
  if (value === undefined) {
    props.deleteProperty(key);
    for (let i = 1; i <= before; i++) props.deleteProperty(`${key}#${i}`);
    return;
  }
  const text = JSON.stringify(value);
  if (text.length > MAX_VALUE_CHARS) {
    throw new Error(
      `${what} terlalu besar untuk disimpan di dokumen (${Math.ceil(text.length / 1000)} ribu karakter, batas ${MAX_VALUE_CHARS / 1000} ribu): ` +
        'Google Sheets membatasi data add-in per dokumen. Kerjakan per tabel atau per lembar.',
    );
  }
  const parts = text.length <= PART_CHARS ? [] : Array.from({ length: Math.ceil(text.length / PART_CHARS) }, (_, i) => text.slice(i * PART_CHARS, (i + 1) * PART_CHARS));
  parts.forEach((p, i) => props.setProperty(`${key}#${i + 1}`, p));
  for (let i = parts.length + 1; i <= before; i++) props.deleteProperty(`${key}#${i}`);
  props.setProperty(key, parts.length ? `${PARTS}${parts.length}` : text);
}
