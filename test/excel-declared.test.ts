/**
 * "Tandai tabel" on the Office.js side, through the test host (test/host/fake-excel.ts): the selected
 * header rows read into the core's proposal (selection first, then only that sheet), selections that
 * cannot be marked refused with their reason before anything else is read, and the declarations
 * kept in the document settings.
 */
import { sheetFromValues, type WorkbookGrid } from '../src/core/grid';
import { proposeTable } from '../src/core/recognize/declared';
import { parseSelectedAddress, proposeFromSelection, storeDeclarations, storedDeclarations } from '../src/excel/declared-tables';
import { readWorkbookGrid } from '../src/excel/read-grid';
import { KEYS, type SettingsStore } from '../src/excel/settings';
import { unrecognisedSheet } from './helpers/unrecognised';
import { FakeContext } from './host/fake-excel';

const _ = null;

function workbook(): WorkbookGrid {
  return {
    sheets: [
      sheetFromValues('Catatan', [['Notulen rapat'], ['Tabel di lembar berikutnya']]),
      unrecognisedSheet(),
      // "Pagu" merged over C3:F3, its years in row 4; a wide title above in row 1.
      sheetFromValues(
        'Rekap PD\'s',
        [
          ['REKAPITULASI PAGU PER PERANGKAT DAERAH TAHUN 2026 SAMPAI DENGAN 2029', _, _, _, _, _, _, _],
          [],
          ['No', 'Perangkat Daerah', 'Pagu', _, _, _],
          [_, _, 2026, 2027, 2028, 2029],
          [1, 'Kecamatan Kartoharjo', 10, 11, 12, 13],
        ],
        [{ top: 2, left: 2, bottom: 2, right: 5 }],
      ),
    ],
  };
}

function setup(sheet: string, address: string) {
  const grid = workbook();
  const ctx = new FakeContext(grid);
  ctx.select(sheet, address);
  return { grid, ctx, excel: ctx as unknown as Excel.RequestContext };
}

test('Office.js addresses of a selection: quoted sheets, single cells, whole rows and columns; several areas are none', () => {
  expect(parseSelectedAddress("'Rekap PD''s'!$A$4:$S$6")).toEqual({ sheet: "Rekap PD's", top: 3, bottom: 5, left: 0, right: 18 });
  expect(parseSelectedAddress('Sheet1!C5')).toEqual({ sheet: 'Sheet1', top: 4, bottom: 4, left: 2, right: 2 });
  expect(parseSelectedAddress('Sheet1!4:6')).toEqual({ sheet: 'Sheet1', top: 3, bottom: 5 });
  expect(parseSelectedAddress('Sheet1!A:S')).toEqual({ sheet: 'Sheet1', top: 0, bottom: 1048575, left: 0, right: 18 });
  expect(parseSelectedAddress('Sheet1!A1:B2,Sheet1!D4')).toBeUndefined();
  expect(parseSelectedAddress("'Tabel 1, 2'!B3:K5")).toEqual({ sheet: 'Tabel 1, 2', top: 2, bottom: 4, left: 1, right: 10 });
});

test('the selected header rows give the core’s proposal: one sync for the selection, then that sheet only', async () => {
  const { grid, ctx, excel } = setup('Lampiran 3', 'A3:E4');
  const result = await proposeFromSelection(excel);
  expect(result).toEqual({ proposal: proposeTable(grid.sheets[1], 'A3:E4') });
  if (!('proposal' in result)) throw new Error('no proposal');
  expect(result.proposal).toMatchObject({ sheet: 'Lampiran 3', header: 'A3:E4' });
  expect(result.proposal.kind).toBeUndefined();
  expect(result.proposal.columns.map((c) => `${c.role}${c.year ?? ''}`)).toEqual(['name', 'sasaran', 'target2026', 'target2027', 'target2028']);
  // Selection (1), sheet list (1), used range (1), cells (1) — whatever the other sheets hold.
  expect(ctx.syncCount).toBe(4);
  // Nothing was written or selected by the add-in.
  expect(ctx.selection).toBe("'Lampiran 3'!A3:E4");
  expect(ctx.fills.size).toBe(0);
});

test('whole rows (the planner clicked the row numbers) become the columns those rows fill, merged cells included', async () => {
  const lampiran = await proposeFromSelection(setup('Lampiran 3', '3:4').excel);
  expect(lampiran).toMatchObject({ proposal: { header: 'A3:E4' } });
  const rekap = await proposeFromSelection(setup("Rekap PD's", '3:4').excel);
  expect(rekap).toMatchObject({ proposal: { sheet: "Rekap PD's", header: 'A3:F4' } });
  if (!('proposal' in rekap)) throw new Error('no proposal');
  expect(rekap.proposal.columns.map((c) => c.year ?? null)).toEqual([null, null, 2026, 2027, 2028, 2029]);
});

test.each([
  ['several areas', 'A3:B4,D3:E4', /bukan satu rentang sel \(beberapa rentang sekaligus, atau grafik\/gambar\)/, 1],
  ['the whole table', 'A3:E40', /Pilihan Lampiran 3!A3:E40 setinggi 38 baris\. Pilih hanya baris judul kolom tabel, paling banyak 8 baris/, 1],
  ['whole columns', 'A:E', /Pilihan Lampiran 3!A:E setinggi 1\.048\.576 baris/, 1],
  ['one column', 'A3:A4', /Pilihan Lampiran 3!A3:A4 hanya satu kolom\. Pilih seluruh lebar baris judul/, 1],
  ['empty rows', '20:21', /Baris yang dipilih \(Lampiran 3!20:21\) kosong/, 4],
  ['empty cells', 'G3:H4', /Baris yang dipilih \(Lampiran 3!G3:H4\) kosong/, 4],
])('a selection of %s is refused with its reason, the sheet read only when needed', async (_, address, message, syncs) => {
  const { ctx, excel } = setup('Lampiran 3', address);
  const result = await proposeFromSelection(excel);
  expect(result).toEqual({ problem: expect.stringMatching(message) });
  expect(ctx.syncCount).toBe(syncs);
});

test('other errors from Excel are not mistaken for a bad selection', async () => {
  const { ctx, excel } = setup('Lampiran 3', 'A3:E4');
  ctx.workbook.worksheets.getItem('Lampiran 3').getUsedRangeOrNullObject = () => {
    throw new Error('GeneralException');
  };
  await expect(proposeFromSelection(excel)).rejects.toThrow('GeneralException');
});

test('only the sheets asked for are read', async () => {
  const ctx = new FakeContext(workbook());
  const grid = await readWorkbookGrid(ctx as unknown as Excel.RequestContext, { sheets: ['Lampiran 3'] });
  expect(grid.sheets.map((s) => s.name)).toEqual(['Lampiran 3']);
});

test('declarations live in the document settings under renstra.tabel; what is not a declaration is left out of the list', async () => {
  const data = new Map<string, string>();
  let saves = 0;
  const store: SettingsStore = {
    get: (k) => (data.has(k) ? JSON.parse(data.get(k)!) : null),
    set: (k, v) => data.set(k, JSON.stringify(v)),
    save: async () => void saves++,
  };
  expect(KEYS.declaredTables).toBe('renstra.tabel');
  expect(storedDeclarations(store)).toEqual([]);
  const d = { sheet: 'Lampiran 3', header: 'A3:E4', kind: 'anggaran-realisasi' as const, columns: [{ column: 'C', role: 'pagu' as const, year: 2026 }] };
  await storeDeclarations(store, [d]);
  expect(saves).toBe(1);
  expect(JSON.parse(data.get('renstra.tabel')!)).toEqual([d]);
  expect(storedDeclarations(store)).toEqual([d]);
  data.set('renstra.tabel', JSON.stringify([d, 'A3:E4', { sheet: 'X' }, null]));
  expect(storedDeclarations(store)).toEqual([d]);
  data.set('renstra.tabel', JSON.stringify({ sheet: 'X' }));
  expect(storedDeclarations(store)).toEqual([]);
});
