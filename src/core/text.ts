/** Tolerant text handling for header words and names with planners' typos. */
import { memoize } from './memo';

/** Lower case, accents and punctuation folded to spaces, runs of spaces collapsed. */
export const normalize = memoize(fold);

/** Forgets remembered normalizations (the benchmark times each run with cold data caches). */
export function clearTextMemo(): void {
  normalize.clear();
}

function fold(text: string): string {
  // NFKD (to drop accents) only when the text has any non-ASCII character: it is the costly step.
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(text);
  return (ascii ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/<[^>]+>/g, ' ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** Normalized without any spaces: "BASELI NE 2024" and "BASELINE 2024" meet here. */
export function squash(text: string): string {
  return normalize(text).replace(/ /g, '');
}

export function trigrams(text: string): Set<string> {
  const s = ` ${normalize(text)} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return out;
}

/** Dice coefficient over character trigrams: 1 for equal texts, ~0.8+ for a typo or two. */
export function similarity(a: string, b: string): number {
  return trigramSimilarity(trigrams(a), trigrams(b));
}

/** `similarity` over trigram sets already made (for callers comparing one text with many). */
export function trigramSimilarity(ta: Set<string>, tb: Set<string>): number {
  if (ta.size === 0 || tb.size === 0) return 0;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return (2 * common) / (ta.size + tb.size);
}

/** True when the text is written in capitals (ignoring digits and punctuation). */
export function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}
