/** Sheet names as Excel (and Google Sheets) accept them. */

/** No []:*?/\, no quote at either end, at most 31 characters, not blank (`fallback` then). */
export function safeSheetName(name: string, fallback = 'Lembar'): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '').trim();
  return (cleaned || fallback).slice(0, 31).trim();
}

/** A name not taken yet (compared without case, as Excel does): "Nama", then "Nama (2)", "Nama (3)", … */
export function freeSheetName(wanted: string, taken: Iterable<string>, fallback?: string): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = safeSheetName(wanted, fallback);
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const tail = ` (${i})`;
    const name = `${base.slice(0, 31 - tail.length).trim()}${tail}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
