/**
 * Office.js adapters that act on the workbook — go to a finding, highlight findings and restore the
 * original fills — tested with office-addin-mock (Office's load/sync rules enforced by the mock).
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { Finding } from '../src/core/rules/types';
import { clearHighlights, COLORS, highlightFindings } from '../src/excel/highlight';
import { goToFinding } from '../src/excel/navigate';
import { reportRows } from '../src/excel/report-sheet';
import { KEYS, type SettingsStore } from '../src/excel/settings';

interface Fill {
  color: string;
  pattern: string;
  patternColor: string;
}

function memoryStore(): SettingsStore & { data: Record<string, unknown>; saves: number } {
  const store = {
    data: {} as Record<string, unknown>,
    saves: 0,
    get: (k: string) => (k in store.data ? JSON.parse(JSON.stringify(store.data[k])) : null),
    set: (k: string, v: unknown) => {
      store.data[k] = JSON.parse(JSON.stringify(v));
    },
    save: async () => {
      store.saves++;
    },
  };
  return store;
}

/** A mock workbook: sheets with cells that have fills; records activations, selections and clears. */
function mockWorkbook(sheets: Record<string, { protected?: boolean; cells: Record<string, Partial<Fill>> }>) {
  const log: string[] = [];
  const sheetData: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(sheets)) {
    const cells: Record<string, unknown> = {};
    for (const [addr, fill] of Object.entries(s.cells)) {
      cells[addr] = {
        format: {
          fill: {
            color: fill.color ?? '#FFFFFF',
            pattern: fill.pattern ?? 'None',
            patternColor: fill.patternColor ?? '#000000',
            clear: function () {
              log.push(`clear ${name}!${addr}`);
              (this as unknown as Fill).color = '#FFFFFF';
              (this as unknown as Fill).pattern = 'None';
            },
          },
        },
        select: () => log.push(`select ${name}!${addr}`),
      };
    }
    sheetData[name] = {
      protection: { protected: !!s.protected },
      cells,
      activate: () => log.push(`activate ${name}`),
      getRange: function (addr: string) {
        const cell = (this as unknown as { cells: Record<string, unknown> }).cells[addr];
        if (!cell) throw new Error(`sel ${addr} tidak ada di mock`);
        return cell;
      },
      getRanges: (addrs: string) => ({ select: () => log.push(`select ${name}!${addrs}`) }),
    };
  }
  const mock = new OfficeMockObject({
    application: { suspendScreenUpdatingUntilNextSync: () => log.push('suspend') },
    workbook: {
      worksheets: {
        sheets: sheetData,
        getItem: function (name: string) {
          return (this as unknown as { sheets: Record<string, unknown> }).sheets[name];
        },
      },
    },
  }) as unknown as { sync(): Promise<void> };
  let syncs = 0;
  const sync = mock.sync.bind(mock);
  mock.sync = async () => {
    syncs++;
    await sync();
  };
  const context = mock as unknown as Excel.RequestContext;
  const fill = (sheet: string, cell: string): Fill => context.workbook.worksheets.getItem(sheet).getRange(cell).format.fill as unknown as Fill;
  return { context, log, fill, syncs: () => syncs };
}

const finding = (sheet: string, cell: string, severity: Finding['severity'], related: string[] = []): Finding => ({
  rule: 'total.jumlah',
  severity,
  sheet,
  cell,
  expected: 1,
  actual: 2,
  related,
  message: '…',
});

test('clicking a finding activates its sheet and selects its cell, or the cell with its related cells', async () => {
  const wb = mockWorkbook({ 'Tabel 4.2': { cells: { H108: {} } } });
  await goToFinding(wb.context, finding('Tabel 4.2', 'H108', 'error', ['H9', 'H70', "'Tabel 3.1'!E7"]));
  await goToFinding(wb.context, finding('Tabel 4.2', 'H108', 'error', ['H9', 'H70']), true);
  expect(wb.log).toEqual(['activate Tabel 4.2', 'select Tabel 4.2!H108', 'activate Tabel 4.2', 'select Tabel 4.2!H108,H9,H70']);
});

test('Sorot colours errors and warnings apart; Hapus sorotan restores every original fill exactly', async () => {
  const wb = mockWorkbook({
    'Tabel 4.2': { cells: { H108: {}, G39: { color: '#DDEBF7', pattern: 'Solid' }, D11: { color: '#FFFF00', pattern: 'Gray50', patternColor: '#FF0000' } } },
    'Tabel 2.7': { protected: true, cells: { T8: {} } },
  });
  const store = memoryStore();
  const result = await highlightFindings(
    wb.context,
    [finding('Tabel 4.2', 'H108', 'error'), finding('Tabel 4.2', 'G39', 'warning'), finding('Tabel 4.2', 'D11', 'warning'), finding('Tabel 2.7', 'T8', 'error')],
    store,
  );
  expect(result).toEqual({ highlighted: 3, protectedSheets: ['Tabel 2.7'] });
  expect(wb.syncs()).toBe(2);
  expect(wb.log).toContain('suspend'); // written in one batch with screen updating suspended
  expect(wb.fill('Tabel 4.2', 'H108').color).toBe(COLORS.error);
  expect(wb.fill('Tabel 4.2', 'G39').color).toBe(COLORS.warning);
  expect(wb.fill('Tabel 2.7', 'T8').color).toBe('#FFFFFF'); // protected: untouched
  // The originals are kept in the workbook, so a colleague (or a reopened file) can restore them.
  expect(store.data[KEYS.highlights]).toEqual([
    { sheet: 'Tabel 4.2', cell: 'G39', color: '#DDEBF7', pattern: 'Solid', patternColor: '#000000' },
    { sheet: 'Tabel 4.2', cell: 'D11', color: '#FFFF00', pattern: 'Gray50', patternColor: '#FF0000' },
    { sheet: 'Tabel 4.2', cell: 'H108', color: null, pattern: 'None', patternColor: '#000000' },
  ]);

  // Highlighting again does not take the highlight colour for an original.
  await highlightFindings(wb.context, [finding('Tabel 4.2', 'H108', 'error')], store);
  expect((store.data[KEYS.highlights] as unknown[]).length).toBe(3);

  expect(await clearHighlights(wb.context, store)).toBe(3);
  expect(wb.log).toContain('clear Tabel 4.2!H108');
  expect(wb.fill('Tabel 4.2', 'G39')).toMatchObject({ color: '#DDEBF7', pattern: 'Solid' });
  expect(wb.fill('Tabel 4.2', 'D11')).toMatchObject({ color: '#FFFF00', pattern: 'Gray50', patternColor: '#FF0000' });
  expect(wb.fill('Tabel 4.2', 'H108')).toMatchObject({ color: '#FFFFFF', pattern: 'None' });
  expect(store.data[KEYS.highlights]).toEqual([]);
});

test('notes (info findings) are not coloured', async () => {
  const wb = mockWorkbook({ 'Tabel 2.8': { cells: { M9: {} } } });
  const store = memoryStore();
  const result = await highlightFindings(wb.context, [finding('Tabel 2.8', 'M9', 'info')], store);
  expect(result.highlighted).toBe(0);
  expect(store.data[KEYS.highlights]).toEqual([]);
  const fill = wb.context.workbook.worksheets.getItem('Tabel 2.8').getRange('M9').format.fill;
  fill.load('color');
  await wb.context.sync();
  expect(fill.color).toBe('#FFFFFF');
});

test('the report sheet links each finding to its cell, sheet names with quotes included', () => {
  const rows = reportRows([
    { ...finding('Tabel 4.2', 'H108', 'error'), message: 'Jumlah pagu tahun 2027 …' },
    { ...finding("Renstra 'Revisi'", 'B5', 'warning'), expected: 'PROGRAM X', actual: null, message: '=SUM(A1) bukan rumus' },
  ]);
  expect(rows[0]).toEqual(['No', 'Lembar', 'Sel', 'Tingkat', 'Aturan', 'Diharapkan', 'Tertulis', 'Penjelasan']);
  expect(rows[1]).toEqual([1, 'Tabel 4.2', `=HYPERLINK("#'Tabel 4.2'!H108","H108")`, 'Galat', 'total.jumlah', '1', '2', 'Jumlah pagu tahun 2027 …']);
  expect(rows[2][2]).toBe(`=HYPERLINK("#'Renstra ''Revisi'''!B5","B5")`);
  expect(rows[2].slice(5)).toEqual(['PROGRAM X', 'kosong', "'=SUM(A1) bukan rumus"]);
});
