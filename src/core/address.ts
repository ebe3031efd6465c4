/** A1 addresses: the form every host and every user speaks. Rows and columns are 0-based inside. */

/**
 * Where a table stacks two measures in one column — a "Target" row and a "Pagu (Rp)" row under each
 * entity — the model reads the second measure as a column of its own: the real column plus this
 * offset (far beyond any spreadsheet's last column). Such a column's address is the real column's.
 */
export const SECOND_MEASURE = 1 << 20;

/** The sheet column a model column stands for (see `SECOND_MEASURE`). */
export function realColumn(col: number): number {
  return col >= SECOND_MEASURE ? col - SECOND_MEASURE : col;
}

export function columnLetters(col: number): string {
  let n = realColumn(col) + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}

export function parseA1(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Bukan alamat sel A1: ${ref}`);
  return { row: parseInt(m[2], 10) - 1, col: columnIndex(m[1]) };
}

/** Sheet-qualified address as Excel writes it: 'Tabel 4.2'!H108 (quotes doubled inside). */
export function qualified(sheet: string, cell: string): string {
  const needsQuotes = /[^A-Za-z0-9_]/.test(sheet) || /^\d/.test(sheet);
  const name = needsQuotes ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  return `${name}!${cell}`;
}
