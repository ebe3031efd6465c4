/** Excel's range addresses as Office.js returns them: `'Tabel 4.2'!A4:O108`, `Sheet1!C5`, `$A$1`. */
import { parseA1 } from '../core/address';

export interface RangeBox {
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Parses a (possibly sheet-qualified) address; quotes in sheet names are doubled inside quotes. */
export function parseRangeAddress(address: string): RangeBox {
  let sheet: string | undefined;
  let ref = address;
  const bang = address.lastIndexOf('!');
  if (bang >= 0) {
    const raw = address.slice(0, bang);
    sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    ref = address.slice(bang + 1);
  }
  const [a, b] = ref.replace(/\$/g, '').split(':');
  const start = parseA1(a);
  const end = b ? parseA1(b) : start;
  return { sheet, top: start.row, left: start.col, bottom: end.row, right: end.col };
}
