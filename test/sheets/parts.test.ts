/**
 * The Sheets add-on's host-neutral parts: the grid built from what Sheets gives, the read plan, the
 * fill's formulas and rectangles, the document-property store, the functions' argument reading,
 * and the sidebar's PaneHost over google.script.run (here over the built Code.js and a double).
 */
import { cellFromSheets, planReads, workbookFromBlocks } from '../../src/sheets/grid';
import { rectanglesOf, sheetsFormula } from '../../src/sheets/formulas';
import { MAX_VALUE_CHARS, PART_CHARS, readJson, writeJson, type PropertiesLike } from '../../src/sheets/store';
import { arg, result } from '../../src/sheets/functions';
import * as F from '../../src/core/sheet-functions';
import { server } from '../../src/sheets/sidebar/gas';
import { sheetsHost } from '../../src/sheets/sidebar/sheets-host';
import { SELECTION_PROBLEMS } from '../../src/core/recognize/selection';
import { SAMPLE } from '../helpers/load';
import { loadAddon } from './addon';
import { doubleFromXlsx } from './double';

describe('the grid from Sheets arrays', () => {
  test('cells read as the exceljs adapter reads them', () => {
    expect(cellFromSheets('', '', '0.###############', 'normal')).toBeUndefined();
    expect(cellFromSheets('  ', '', '', 'normal')).toBeUndefined();
    expect(cellFromSheets(1972398226, '', '#,##0', 'bold')).toEqual({ v: 1972398226, fmt: '#,##0', bold: true });
    expect(cellFromSheets(5, '=SUM(A1:A3)', '0.###############', 'normal')).toEqual({ v: 5, f: 'SUM(A1:A3)' });
    // A formula showing nothing, and one showing an error.
    expect(cellFromSheets('', '=IFERROR(A1/B1,"")', '', 'normal')).toEqual({ v: null, f: 'IFERROR(A1/B1,"")' });
    expect(cellFromSheets('#DIV/0!', '=A1/0', '', 'normal')).toEqual({ v: null, f: 'A1/0', err: '#DIV/0!' });
    // Typed text that looks like an error is text.
    expect(cellFromSheets('#N/A', '', '', 'normal')).toEqual({ v: '#N/A' });
    expect(cellFromSheets('2026-01-01', '', 'yyyy', 'normal')).toEqual({ v: '2026-01-01', fmt: 'yyyy' });
  });

  test('a workbook from blocks: rows at their place, merges from the first block, empty sheets kept', () => {
    const grid = workbookFromBlocks(
      [
        { name: 'A', rows: 3, cols: 2 },
        { name: 'Kosong', rows: 0, cols: 0 },
      ],
      [
        { sheet: 'A', startRow: 1, values: [['x', ''], [1, 2]], formulas: [['', ''], ['', '']], formats: [['', ''], ['', '']], weights: [['bold', 'normal'], ['normal', 'normal']], merges: [[0, 0, 0, 1]] },
        { sheet: 'A', startRow: 3, values: [[3, 4]], formulas: [['', '=A3+1']], formats: [['', '']], weights: [['normal', 'normal']] },
      ],
    );
    expect(grid.sheets.map((s) => s.name)).toEqual(['A', 'Kosong']);
    const a = grid.sheets[0];
    expect(a.rows[0][0]).toEqual({ v: 'x', bold: true });
    expect(a.rows[2][1]).toEqual({ v: 4, f: 'A3+1' });
    expect(a.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect([a.rowCount, a.colCount]).toEqual([3, 2]);
  });

  test('reads are planned in few calls; a long sheet is split in blocks, merges asked once', () => {
    const calls = planReads(
      [
        { name: 'Panjang', rows: 100000, cols: 20 },
        { name: 'Pendek', rows: 30, cols: 10 },
        { name: 'Kosong', rows: 0, cols: 0 },
      ],
      150000,
    );
    const reqs = calls.flat();
    expect(reqs.filter((r) => r.sheet === 'Panjang').reduce((n, r) => n + r.numRows, 0)).toBe(100000);
    expect(reqs.filter((r) => r.merges).map((r) => r.sheet)).toEqual(['Panjang', 'Pendek']);
    for (const c of calls) expect(c.reduce((n, r) => n + r.numRows * r.cols, 0)).toBeLessThanOrEqual(150000);
    expect(calls.length).toBeLessThanOrEqual(15);
  });
});

describe('fill formulas and rectangles', () => {
  test("Sheets' custom functions have no namespace; everything else is kept", () => {
    expect(sheetsFormula('RENSTRA.RASIO_CAPAIAN(O8,I8)')).toBe('RASIO_CAPAIAN(O8,I8)');
    expect(sheetsFormula('RENSTRA.RATA_PERTUMBUHAN(F7:J7,"cagr")*100')).toBe('RATA_PERTUMBUHAN(F7:J7,"cagr")*100');
    expect(sheetsFormula('IFERROR(O8/I8,"")')).toBe('IFERROR(O8/I8,"")');
    expect(sheetsFormula('SUM(\'RENSTRA.X\'!A1)')).toBe('SUM(\'RENSTRA.X\'!A1)');
  });

  test('rectangles cover exactly the cells: runs down a column, joined across columns over the same rows', () => {
    const cells = [
      [6, 16], [7, 16], [8, 16], [6, 17], [7, 17], [8, 17], // Q7:R9
      [11, 16], // Q12 alone
      [20, 3], [21, 3], [20, 5], [21, 5], // D21:D22 and F21:F22 (E not filled)
    ].map(([row, col]) => ({ row, col }));
    const rects = rectanglesOf(cells);
    expect(rects.map((r) => [r.top, r.left, r.cells.length, r.cells[0].length])).toEqual([
      [20, 3, 2, 1],
      [20, 5, 2, 1],
      [6, 16, 3, 2],
      [11, 16, 1, 1],
    ]);
    expect(rects.flatMap((r) => r.cells.flat()).length).toBe(cells.length);
  });
});

describe('document properties', () => {
  const props = () => {
    const m = new Map<string, string>();
    const p: PropertiesLike & { m: Map<string, string> } = {
      m,
      getProperty: (k) => m.get(k) ?? null,
      setProperty: (k, v) => {
        if (Buffer.byteLength(v) > 9216) throw new Error('Argument too large: value');
        m.set(k, v);
      },
      deleteProperty: (k) => m.delete(k),
    };
    return p;
  };

  test('a long value is kept in parts and read back whole; shrinking removes the parts left over', () => {
    const p = props();
    const long = Array.from({ length: 1500 }, (_, i) => ({ sheet: 'Tabel 4.2 — Ü', cell: `H${i}` }));
    writeJson(p, 'k', long);
    expect(readJson(p, 'k')).toEqual(long);
    expect([...p.m.keys()].length).toBeGreaterThan(10);
    writeJson(p, 'k', [1]);
    expect([...p.m.keys()]).toEqual(['k']);
    writeJson(p, 'k', undefined);
    expect(p.m.size).toBe(0);
    expect(readJson(p, 'k')).toBeUndefined();
    expect(PART_CHARS * 4).toBeLessThanOrEqual(9216);
  });

  test('a value too large to keep is refused before anything is written, with a reason', () => {
    const p = props();
    writeJson(p, 'k', [1, 2]);
    expect(() => writeJson(p, 'k', 'x'.repeat(MAX_VALUE_CHARS + 1), 'Catatan pembatalan pengisian')).toThrow(/Catatan pembatalan pengisian terlalu besar/);
    expect(readJson(p, 'k')).toEqual([1, 2]);
  });

  test('a damaged value reads as none', () => {
    const p = props();
    p.m.set('k', '#bagian:2');
    p.m.set('k#1', '[1,');
    expect(readJson(p, 'k')).toBeUndefined();
  });
});

describe('function arguments and results as Sheets passes and shows them', () => {
  test('a cell is a value, a range a 2-D array; results of one cell are values, errors in a spill are their codes', () => {
    expect(arg(5)).toBe(5);
    expect(arg([[1, ''], [2, 'x']])).toEqual([[1, ''], [2, 'x']]);
    expect(result(F.RASIO_CAPAIAN(arg(77.41), arg(72.5)))).toBeCloseTo(1.0677, 4);
    expect(() => result(F.RASIO_CAPAIAN(arg(5), arg(0)))).toThrow(/tidak/);
    expect(result(F.RASIO_CAPAIAN(arg([[5], [4]]), arg([[0], [2]])))).toEqual([['#DIV/0!'], [2]]);
  });
});

describe("the sidebar's host over google.script.run", () => {
  test('Tandai tabel proposes from the selection; settings are saved in the document', async () => {
    const double = await doubleFromXlsx(SAMPLE);
    const addon = loadAddon(double);
    // google.script.run's shape, answering at once.
    const runner = (ok?: (v: unknown) => void, fail?: (e: unknown) => void): Record<string, unknown> =>
      new Proxy(
        {},
        {
          get: (_, name: string) =>
            name === 'withSuccessHandler'
              ? (f: (v: unknown) => void) => runner(f, fail)
              : name === 'withFailureHandler'
                ? (f: (e: unknown) => void) => runner(ok, f)
                : (...args: unknown[]) => {
                    try {
                      ok?.(addon.runByName(name, args));
                    } catch (e) {
                      fail?.(e);
                    }
                  },
        },
      );
    const srv = server(runner() as never);
    const host = sheetsHost(srv, await srv.renstraState());
    expect(host.wording?.document).toBe('spreadsheet');
    double.select('Tabel 4.2', '4:6');
    const answer = await host.proposeTable();
    expect('proposal' in answer && [answer.proposal.kind, answer.proposal.header]).toEqual(['program-pendanaan', 'A4:O6']);
    double.select('Tabel 4.2', 'A4:S6', 'A10');
    expect(await host.proposeTable()).toEqual({ problem: SELECTION_PROBLEMS.notOneRange });
    await host.setIgnoredKeys(['total.jumlah|Tabel 4.2|H108']);
    await host.setDeclaredTables([{ sheet: 'Tabel 4.2', header: 'A4:S6', kind: 'program-pendanaan' }]);
    const again = sheetsHost(srv, await srv.renstraState());
    expect(again.ignoredKeys()).toEqual(['total.jumlah|Tabel 4.2|H108']);
    expect(again.declaredTables()).toEqual([{ sheet: 'Tabel 4.2', header: 'A4:S6', kind: 'program-pendanaan' }]);
    // A server failure reaches the pane as a message, without Apps Script's prefix.
    await expect(srv.renstraGoTo('Tidak Ada', ['A1'])).rejects.toThrow(/^Lembar "Tidak Ada" tidak ada lagi/);
  });
});
