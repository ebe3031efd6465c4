/**
 * A cell that already holds the formula the fill would write is left alone ('sama'): filling twice
 * changes nothing, whatever way a planner wrote the same sum.
 */
import fc from 'fast-check';
import { a1 } from '../src/core/address';
import { canonicalFormula, sameFormula } from '../src/core/fill/same-formula';

describe('sameFormula', () => {
  test.each([
    ['=SUM(G10:G14)', 'SUM(G10,G11,G12,G13,G14)'],
    ['sum($G$10:$G$12)', 'SUM(G10,G11,G12)'],
    ['SUM(G12,G10,G11)', 'SUM(G10:G12)'],
    ['G10+G11+G12', 'SUM(G10,G11,G12)'],
    ['IFERROR(SUM(G10:G12),"")', 'SUM(G10,G11,G12)'],
    ['_xlfn.IFERROR(G10+G11,0)', 'SUM(G10:G11)'],
    ['N10', 'SUM(N10)'],
    ['IF(N10 = "", "", N10)', 'IF(N10="","",N10)'],
    ['IFERROR(O8/I8,"")', '=iferror(o8/i8,"")'],
  ])('%s is the same as %s', (current, planned) => expect(sameFormula(current, planned)).toBe(true));

  test.each([
    ['SUM(G10:G13)', 'SUM(G10,G11,G12,G13,G14)'],
    ['SUM(G10,G10,G11)', 'SUM(G10,G11)'],
    ['G10+G11-G12', 'SUM(G10,G11,G12)'],
    ['IFERROR(SUM(G10:G12),"-")', 'SUM(G10,G11,G12)'],
    ['IFERROR(H40+H44+#REF!,"")', 'SUM(H40,H44)'],
    ['SUM(Sheet2!G10:G12)', 'SUM(G10,G11,G12)'],
    ['IF(N10="","-",N10)', 'IF(N10="","",N10)'],
    ['RENSTRA.RASIO_CAPAIAN(L7,F7)', 'IFERROR(L7/F7,"")'],
  ])('%s is not the same as %s', (current, planned) => expect(sameFormula(current, planned)).toBe(false));

  test('text inside quotes keeps its case and spaces', () => {
    expect(canonicalFormula('=if(a1="Ada Isi", "x y", b1)')).toBe('IF(A1="Ada Isi","x y",B1)');
  });

  test('any column of adjacent cells: a range, the list in any order and the chain of + are one sum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 40 }), fc.integer(), (col, top, n, seed) => {
        const cells = Array.from({ length: n }, (_, i) => a1(top + i, col));
        const shuffled = [...cells].sort((x, y) => ((x.length * 31 + seed) % 7) - ((y.length * 31 + seed) % 7) || (seed % 2 ? x.localeCompare(y) : y.localeCompare(x)));
        const range = `SUM(${cells[0]}:${cells[n - 1]})`;
        expect(sameFormula(range, `SUM(${shuffled.join(',')})`)).toBe(true);
        expect(sameFormula(shuffled.join('+'), range)).toBe(true);
        if (n > 1) expect(sameFormula(`SUM(${cells.slice(1).join(',')})`, range)).toBe(false);
      }),
    );
  });
});
