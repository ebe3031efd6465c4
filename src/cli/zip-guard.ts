/**
 * The package guards that need no Node API, shared by the CLI (package-guard.ts re-exports them)
 * and the web checker's worker: the zip bomb refused from the sizes the zip's central directory
 * declares, before anything is inflated, and the wording helpers of every reason.
 */
import type JSZip from 'jszip';

/** Everything the package's parts inflate to, by their declared sizes. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

export const REPAIR = 'buka di Excel (Excel menawarkan perbaikan) lalu simpan ulang, atau salin ulang berkasnya dari sumber aslinya';

/**
 * A name or value taken from the file, fit for a one-line message: control characters (a damaged
 * header's garbage name) shown as "?", at most `max` characters.
 */
export function shown(text: string, max = 80): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffd]/g, '?');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** 1.234.567 */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function size(bytes: number): string {
  if (bytes >= 1048576) return `${count(Math.round(bytes / 1048576))} MB`;
  if (bytes >= 1024) return `${count(Math.round(bytes / 1024))} KB`;
  return `${bytes} byte`;
}

// ---------------------------------------------------------------------------------------------
// Declared sizes (the zip bomb)

export interface DeclaredPart {
  path: string;
  /** Size after inflating, as the central directory declares it. */
  unpacked: number;
  /** Size in the archive. */
  packed: number;
  crc32?: number;
}

/**
 * Each part's sizes as the zip's central directory declares them. jszip reads them when it opens the
 * archive and keeps them on the entry's private `_data` (a CompressedObject; its typings name the
 * fields), inflating nothing until a part is read. jszip is pinned to an exact version; the tests
 * check that the sizes come through.
 */
export function declaredParts(zip: JSZip): DeclaredPart[] {
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => {
      const d = (f as unknown as { _data?: { uncompressedSize?: unknown; compressedSize?: unknown; crc32?: unknown } })._data;
      const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
      return { path: f.name, unpacked: num(d?.uncompressedSize) ?? 0, packed: num(d?.compressedSize) ?? 0, ...(num(d?.crc32) !== undefined ? { crc32: num(d?.crc32) } : {}) };
    });
}

/** A package whose parts claim to inflate past MAX_UNPACKED_BYTES: refused before inflating any. */
export function zipBombReason(zip: JSZip): string | undefined {
  const parts = declaredParts(zip);
  const total = parts.reduce((s, p) => s + p.unpacked, 0);
  if (total <= MAX_UNPACKED_BYTES) return undefined;
  const biggest = parts.reduce((a, b) => (b.unpacked > a.unpacked ? b : a));
  return (
    `isi arsip zip mengaku ${size(total)} setelah diekstrak dari ${size(parts.reduce((s, p) => s + p.packed, 0))} (${parts.length} bagian, terbesar ${shown(biggest.path)}: ` +
    `${size(biggest.unpacked)} dari ${size(biggest.packed)}; batas ${size(MAX_UNPACKED_BYTES)}) — kemungkinan zip bomb, berkas tidak dibuka`
  );
}
