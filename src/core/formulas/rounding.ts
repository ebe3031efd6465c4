/**
 * When is a shown number "the same" as an exact one? A shown ratio is consistent when it equals
 * the exact value rounded or truncated to the shown number of decimals (planners' tables do both).
 */

export type ShownMatch = 'dibulatkan' | 'dipotong' | null;

const EPS = 1e-9;

function scaleRound(x: number, d: number): number {
  const p = Math.pow(10, d);
  return Math.round(x * p + Math.sign(x) * EPS) / p;
}

function scaleTrunc(x: number, d: number): number {
  const p = Math.pow(10, d);
  return Math.trunc(x * p + Math.sign(x) * 1e-7) / p;
}

/**
 * Does `shown` (with `decimals` shown) equal `exact` rounded or truncated? `shown` is compared as
 * displayed: a cell holding 1,0677 formatted 0.00 reads 1,07 (a formula's full-precision result).
 */
export function shownMatches(shown: number, exact: number, decimals: number): ShownMatch {
  const d = Math.max(0, Math.min(decimals, 12));
  const tol = Math.pow(10, -d) * 1e-6 + EPS;
  const displayed = scaleRound(shown, d);
  if (Math.abs(scaleRound(exact, d) - displayed) <= tol) return 'dibulatkan';
  if (Math.abs(scaleTrunc(exact, d) - displayed) <= tol) return 'dipotong';
  return null;
}

/** Equality for money and counts read from cells: exact up to floating noise. */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1e-6, Math.abs(a) * 1e-12);
}
