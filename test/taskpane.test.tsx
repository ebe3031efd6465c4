/**
 * @jest-environment jsdom
 *
 * The task pane (React + Fluent UI v9) against a test host backed by the sample workbook.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { readXlsx } from '../src/cli/read-xlsx';
import { checkWorkbook } from '../src/core/check';
import type { WorkbookGrid } from '../src/core/grid';
import { officialNomenclature } from '../src/core/nomenclature/official';
import { buildFillPlan } from '../src/core/fill/plan';
import { proposeTable, validateDeclarations, type TableDeclaration } from '../src/core/recognize/declared';
import { explainWorkbook } from '../src/core/recognize/explain';
import type { Finding } from '../src/core/rules/types';
import { App } from '../src/taskpane/App';
import type { PaneHost, ProposalResult } from '../src/taskpane/host';
import { SAMPLE } from './helpers/load';
import { unrecognisedSheet } from './helpers/unrecognised';

let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readXlsx(SAMPLE);
});

/**
 * A PaneHost over a grid, as excel-host.ts behaves: stored declarations are validated against the
 * sheets and passed to the checker; "Tandai tabel" proposes from `selection` (sheet and address).
 */
function testHost(grid: WorkbookGrid, overrides: Partial<PaneHost> = {}, selection?: { sheet: string; header: string } | { problem: string }) {
  const calls: string[] = [];
  let ignored: string[] = [];
  let undoable = false;
  const stored: { declarations: unknown; checks: number } = { declarations: null, checks: 0 };
  const host: PaneHost = {
    check: async (onProgress) => {
      onProgress(0.5);
      stored.checks++;
      const sheetNames = grid.sheets.map((s) => s.name);
      const { valid, problems } = validateDeclarations(sheetNames, stored.declarations);
      const r = checkWorkbook(grid, { nomenclature: officialNomenclature(), declarations: valid });
      const unrecognised = explainWorkbook(grid, r.tables).filter((d) => d.unrecognised);
      return { tables: r.tables, findings: r.findings, sheetNames, declarationProblems: problems, unrecognised };
    },
    goTo: async (f: Finding, withRelated: boolean) => {
      calls.push(`goTo ${f.sheet}!${f.cell}${withRelated ? '+terkait' : ''}`);
    },
    highlight: async (fs) => {
      calls.push(`highlight ${fs.length}`);
      return { highlighted: fs.length, protectedSheets: [] };
    },
    clearHighlights: async () => 0,
    writeReport: async () => 'Laporan Validasi',
    planFill: async (mode, overwrite) => {
      calls.push(`plan ${mode} ${overwrite}`);
      const r = checkWorkbook(grid, { nomenclature: officialNomenclature() });
      return buildFillPlan(r.models, mode, { overwriteConflicts: overwrite }).cells;
    },
    applyFill: async (cells) => {
      calls.push(`apply ${cells.length}`);
      undoable = true;
      return { written: cells.length, protectedSheets: [] };
    },
    undoFill: async () => {
      calls.push('undo');
      undoable = false;
      return 3;
    },
    canUndoFill: () => undoable,
    ignoredKeys: () => ignored,
    setIgnoredKeys: async (keys) => {
      ignored = keys;
      calls.push(`ignored ${keys.length}`);
    },
    proposeTable: async (): Promise<ProposalResult> => {
      calls.push('propose');
      if (!selection) return { problem: 'tidak ada pilihan' };
      if ('problem' in selection) return selection;
      return { proposal: proposeTable(grid.sheets.find((s) => s.name === selection.sheet)!, selection.header) };
    },
    declaredTables: () => (Array.isArray(stored.declarations) ? (JSON.parse(JSON.stringify(stored.declarations)) as TableDeclaration[]) : []),
    setDeclaredTables: async (d) => {
      calls.push(`declared ${d.length}`);
      stored.declarations = JSON.parse(JSON.stringify(d));
    },
    ...overrides,
  };
  return { host, calls, stored };
}

function renderPane(host: PaneHost) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

test('Periksa workbook lists the tables and the findings grouped by sheet, errors first, with expected vs found', async () => {
  const { host } = testHost(sample);
  renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  await screen.findByText(/6 tabel dikenali · 27 galat/);
  // Sheets with errors are open; Tabel 4.2's Jumlah findings are there with their numbers.
  const h108 = screen.getAllByTestId('temuan').find((el) => el.getAttribute('data-cell') === 'Tabel 4.2!H108')!;
  expect(within(h108).getByText('Galat')).toBeTruthy();
  expect(h108.textContent).toMatch(/Diharapkan: 1\.984\.398\.226 · Tertulis: 1\.972\.398\.226/);
  expect(screen.getByRole('heading', { name: /Rencana Program, Kegiatan dan Pendanaan \(T-C.27\) A4:O108/ })).toBeTruthy();
});

test('clicking a finding’s cell takes Excel there; "Sel terkait" selects the related cells too', async () => {
  const { host, calls } = testHost(sample);
  renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  await screen.findByText(/6 tabel dikenali/);
  fireEvent.click(screen.getByRole('button', { name: 'Buka sel H108 di lembar Tabel 4.2' }));
  const h108 = screen.getAllByTestId('temuan').find((el) => el.getAttribute('data-cell') === 'Tabel 4.2!H108')!;
  fireEvent.click(within(h108).getByRole('button', { name: /Sel terkait/ }));
  await waitFor(() => expect(calls).toEqual(['goTo Tabel 4.2!H108', 'goTo Tabel 4.2!H108+terkait']));
});

test('Abaikan hides a finding, keeps the choice in the workbook, and it can be shown again', async () => {
  const { host, calls } = testHost(sample);
  renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  await screen.findByText(/27 galat/);
  const t8 = screen.getAllByTestId('temuan').find((el) => el.getAttribute('data-cell') === 'Tabel 2.7!T8')!;
  await act(async () => {
    fireEvent.click(within(t8).getByRole('button', { name: 'Abaikan' }));
  });
  expect(calls).toContain('ignored 1');
  await screen.findByText(/26 galat/);
  expect(screen.getAllByTestId('temuan').some((el) => el.getAttribute('data-cell') === 'Tabel 2.7!T8')).toBe(false);
  fireEvent.click(screen.getByRole('switch', { name: /Tampilkan yang diabaikan \(1\)/ }));
  const again = screen.getAllByTestId('temuan').find((el) => el.getAttribute('data-cell') === 'Tabel 2.7!T8')!;
  expect(within(again).getByRole('button', { name: 'Tampilkan lagi' })).toBeTruthy();
});

test('a workbook without Renstra tables says so and what it looks for', async () => {
  const { host } = testHost({ sheets: [{ name: 'Catatan', rows: [[{ v: 'Notulen rapat' }]], merges: [], rowCount: 1, colCount: 1 }] });
  renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  await screen.findByText('Tidak ada tabel Renstra yang dikenali');
  expect(screen.getByText(/TARGET, PAGU, REALISASI atau RASIO/)).toBeTruthy();
});

test('an error from Excel gives a clear message and nothing half-written', async () => {
  const { host } = testHost(sample, {
    check: async () => {
      throw new Error('Lembar "Tabel 4.2" tidak dapat dibaca (RichApi.Error: GeneralException)');
    },
  });
  renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  await screen.findByText('Memeriksa workbook gagal');
  expect(screen.getByText(/GeneralException\)\. Tidak ada yang ditulis ke workbook\./)).toBeTruthy();
  expect((screen.getByRole('button', { name: 'Sorot' }) as HTMLButtonElement).disabled).toBe(true);
});

test('Sorot colours the visible findings and reports how many cells', async () => {
  const { host, calls } = testHost(sample);
  renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  await screen.findByText(/6 tabel dikenali/);
  fireEvent.click(screen.getByRole('button', { name: 'Sorot' }));
  await screen.findByText(/sel disorot/);
  expect(calls.some((c) => /^highlight \d+$/.test(c))).toBe(true);
});

test('Isi kolom terhitung previews the plan (counts, conflicts), applies it, and can be undone', async () => {
  const { host, calls } = testHost(sample);
  renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: 'Isi kolom terhitung' }));
  await screen.findByText(/sel akan diisi rumus/);
  expect(calls).toContain('plan fungsi false'); // the add-in's default: its own functions
  expect(screen.getAllByTestId('konflik').some((el) => /Tabel 2\.7!T8 \(rasio\): Sel berisi nilai ketikan 1,14/.test(el.textContent ?? ''))).toBe(true);
  fireEvent.click(screen.getByRole('radio', { name: /Rumus Excel biasa/ }));
  await waitFor(() => expect(calls).toContain('plan portabel false'));
  fireEvent.click(screen.getByRole('checkbox', { name: /Timpa \d+ konflik/ }));
  await waitFor(() => expect(calls).toContain('plan portabel true'));
  await screen.findByText(/Konflik — akan ditimpa/);
  fireEvent.click(screen.getByRole('button', { name: 'Terapkan' }));
  await screen.findByText(/sel diisi rumus/);
  expect(calls.some((c) => /^apply \d+$/.test(c))).toBe(true);
  fireEvent.click(screen.getByRole('button', { name: 'Batalkan pengisian' }));
  await screen.findByText('Pengisian dibatalkan');
  expect(calls).toContain('undo');
  expect(screen.queryByRole('button', { name: 'Batalkan pengisian' })).toBeNull();
});

// "Tandai tabel": a table whose headings the engine cannot read as Renstra ("Alokasi" is no measure
// word it knows), with a planted error: the program's 2027 pagu (D5) is not its kegiatan's (D6).
const _ = null;
const unrecognised = (): WorkbookGrid => ({
  sheets: [
    unrecognisedSheet(),
  ],
});

const select = (name: RegExp | string, value: string) => fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });

test('Tandai tabel: 0 tables points to it; propose, set the kind, roles and a year, save — the workbook gets the declaration and the check uses it', async () => {
  const { host, calls, stored } = testHost(unrecognised(), {}, { sheet: 'Lampiran 3', header: 'A3:E4' });
  renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  await screen.findByText('Tidak ada tabel Renstra yang dikenali');
  expect(screen.getByText(/pilih baris judul kolomnya di lembar kerja .* lalu klik "Tandai tabel"/)).toBeTruthy();
  // Why this sheet gave no table, as --jelaskan says it.
  expect(screen.getByText('Lembar berisi angka tanpa tabel yang dikenali')).toBeTruthy();
  expect(screen.getByText(/perlu kolom pagu\/anggaran \(Rp\) per tahun/)).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Tandai tabel' }));
  const form = await screen.findByRole('region', { name: 'Tandai tabel' });
  expect(within(form).getByRole('heading', { name: 'Tandai tabel: Lampiran 3!A3:E4' })).toBeTruthy();
  // No kind fits "Alokasi | TA 2026": none is preselected and saving waits for one.
  const kind = within(form).getByRole('combobox', { name: 'Jenis tabel' }) as HTMLSelectElement;
  expect(kind.value).toBe('');
  expect(screen.getByText(/Tidak ada jenis yang cocok/)).toBeTruthy();
  const save = () => within(form).getByRole('button', { name: 'Simpan dan periksa' }) as HTMLButtonElement;
  expect(save().disabled).toBe(true);
  // The roles the engine read, in Indonesian; ids only in tooltips.
  expect((screen.getByRole('combobox', { name: 'Peran kolom A' }) as HTMLSelectElement).value).toBe('name');
  expect(within(screen.getByRole('combobox', { name: 'Peran kolom A' })).getByRole('option', { name: 'nama program/kegiatan/sub kegiatan' }).getAttribute('title')).toBe('name');
  expect((screen.getByRole('combobox', { name: 'Peran kolom C' }) as HTMLSelectElement).value).toBe('target');
  expect((screen.getByRole('spinbutton', { name: 'Tahun kolom C' }) as HTMLInputElement).value).toBe('2026');

  select('Jenis tabel', 'anggaran-realisasi');
  expect(screen.getByText(/^Isinya: anggaran, realisasi, rasio dan rata-rata pertumbuhan per program \(T-C\.24\)\. Belum ada kolom pagu\/anggaran \(Rp\) per tahun, realisasi per tahun/)).toBeTruthy();
  expect(within(kind).getByRole('option', { name: 'Anggaran dan Realisasi Pendanaan (T-C.24)' }).getAttribute('title')).toBe('anggaran-realisasi');
  select('Peran kolom C', 'pagu');
  select('Peran kolom D', 'pagu');
  select('Peran kolom E', 'pagu');
  // A per-year role needs its year.
  fireEvent.change(screen.getByRole('spinbutton', { name: 'Tahun kolom E' }), { target: { value: '' } });
  expect(screen.getByText(/Kolom E \(pagu\/anggaran \(Rp\)\) perlu tahun/)).toBeTruthy();
  expect(save().disabled).toBe(true);
  fireEvent.change(screen.getByRole('spinbutton', { name: 'Tahun kolom E' }), { target: { value: '2028' } });
  expect(save().disabled).toBe(false);
  fireEvent.click(save());

  await screen.findByText('Tabel ditandai');
  expect(stored.declarations).toEqual([
    {
      sheet: 'Lampiran 3',
      header: 'A3:E4',
      kind: 'anggaran-realisasi',
      columns: [
        { column: 'C', role: 'pagu', year: 2026 },
        { column: 'D', role: 'pagu', year: 2027 },
        { column: 'E', role: 'pagu', year: 2028 },
      ],
    },
  ]);
  expect(calls).toEqual(['propose', 'declared 1']);
  expect(stored.checks).toBe(2);
  expect(screen.queryByRole('region', { name: 'Tandai tabel' })).toBeNull();
  // The check ran again with the declaration: the table and its planted error.
  await screen.findByText(/1 tabel dikenali · 1 galat/);
  expect(screen.getByRole('heading', { name: 'Anggaran dan Realisasi Pendanaan (T-C.24) A3:E7 (ditandai)' })).toBeTruthy();
  const d5 = screen.getAllByTestId('temuan').find((el) => el.getAttribute('data-cell') === 'Lampiran 3!D5')!;
  expect(d5.textContent).toMatch(/Diharapkan: 250 · Tertulis: 300/);
  const [item] = within(screen.getByRole('region', { name: 'Tabel yang ditandai' })).getAllByTestId('tabel-ditandai');
  expect(item.textContent).toMatch(/^Lampiran 3!A3:E4 — Anggaran dan Realisasi Pendanaan \(T-C\.24\)/);
  expect(within(item).getByText('Anggaran dan Realisasi Pendanaan (T-C.24)').getAttribute('title')).toBe('anggaran-realisasi');
  expect(item.textContent).toMatch(/Kolom yang diatur: C pagu\/anggaran \(Rp\) 2026; D pagu\/anggaran \(Rp\) 2027; E pagu\/anggaran \(Rp\) 2028/);
});

test('Tandai tabel again on a marked table starts from its declaration; Hapus removes it, saves and checks again', async () => {
  const { host, calls, stored } = testHost(unrecognised(), {}, { sheet: 'Lampiran 3', header: 'A3:E4' });
  await host.setDeclaredTables([{ sheet: 'Lampiran 3', header: 'A3:E4', kind: 'anggaran-realisasi', columns: [{ column: 'C', role: 'pagu', year: 2026 }] }]);
  renderPane(host);
  expect(screen.getAllByTestId('tabel-ditandai')).toHaveLength(1);

  fireEvent.click(screen.getByRole('button', { name: 'Tandai tabel' }));
  await screen.findByRole('region', { name: 'Tandai tabel' });
  expect((screen.getByRole('combobox', { name: 'Jenis tabel' }) as HTMLSelectElement).value).toBe('anggaran-realisasi');
  expect((screen.getByRole('combobox', { name: 'Peran kolom C' }) as HTMLSelectElement).value).toBe('pagu');
  expect((screen.getByRole('combobox', { name: 'Peran kolom D' }) as HTMLSelectElement).value).toBe('target');
  // Columns set to "abaikan kolom" are kept as 'other'; saving over the same rows replaces the declaration.
  select('Peran kolom B', 'other');
  fireEvent.click(screen.getByRole('button', { name: 'Simpan dan periksa' }));
  await screen.findByText('Tabel ditandai');
  expect(stored.declarations).toEqual([
    { sheet: 'Lampiran 3', header: 'A3:E4', kind: 'anggaran-realisasi', columns: [{ column: 'B', role: 'other' }, { column: 'C', role: 'pagu', year: 2026 }] },
  ]);

  fireEvent.click(screen.getByRole('button', { name: 'Hapus tanda Lampiran 3!A3:E4' }));
  await screen.findByText('Tanda tabel dihapus');
  expect(stored.declarations).toEqual([]);
  expect(calls.slice(-1)).toEqual(['declared 0']);
  expect(stored.checks).toBe(2); // after saving, and after removing
  expect(screen.queryByRole('region', { name: 'Tabel yang ditandai' })).toBeNull();
  await screen.findByText('Tidak ada tabel Renstra yang dikenali');
});

test('a selection that cannot be marked gives its reason and saves nothing', async () => {
  const problem = 'Pilihan Lampiran 3!A3:E40 setinggi 38 baris. Pilih hanya baris judul kolom tabel, paling banyak 8 baris.';
  const { host, calls } = testHost(unrecognised(), {}, { problem });
  renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: 'Tandai tabel' }));
  await screen.findByText('Pilihan tidak dapat ditandai');
  expect(screen.getByText(/setinggi 38 baris.*Tidak ada yang disimpan\./)).toBeTruthy();
  expect(screen.queryByRole('region', { name: 'Tandai tabel' })).toBeNull();
  expect(calls).toEqual(['propose']);
});

test('stored declarations that do not fit the workbook are reported as a warning, and still listed to remove', async () => {
  const { host } = testHost(unrecognised());
  await host.setDeclaredTables([{ sheet: 'Lembar Lama', header: 'A3:E4', kind: 'iku' }]);
  renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  await screen.findByText('Sebagian tanda tabel tidak dipakai');
  expect(screen.getByText(/tanda tabel ke-1: lembar "Lembar Lama" tidak ada di workbook; diabaikan/)).toBeTruthy();
  expect(screen.getByTestId('tabel-ditandai').textContent).toMatch(/^Lembar Lama!A3:E4 — Indikator Kinerja Utama/);
});

test('Buat kerangka: no button where the host cannot add a sheet; search a bidang, untick programs, set the year and agency, create — the host gets the T-C.27 of the chosen programs', async () => {
  const plain = testHost(sample);
  const { unmount } = renderPane(plain.host);
  expect(screen.queryByRole('button', { name: 'Buat kerangka' })).toBeNull();
  unmount();

  const { KerangkaCatalog } = await import('../src/core/kerangka/catalog');
  const { kerangkaFromRequest } = await import('../src/core/kerangka/request');
  const catalog = new KerangkaCatalog((await import('../src/data/kerangka.json')).default as never);
  const requests: import('../src/core/kerangka/request').KerangkaRequest[] = [];
  let loads = 0;
  const { host } = testHost(sample, {
    kerangka: {
      choices: async () => {
        loads++;
        return catalog.choices();
      },
      insert: async (request) => {
        requests.push(request);
        const made = kerangkaFromRequest(catalog, request);
        return { name: `${made.layout.name} (2)`, summary: made.summary, printNote: 'Atur cetak sendiri.' };
      },
    },
  });
  renderPane(host);
  fireEvent.click(screen.getByRole('button', { name: 'Buat kerangka' }));
  await screen.findByText('Buat kerangka T-C.27 dari nomenklatur 2027');
  expect(loads).toBe(1);
  const create = () => screen.getByRole('button', { name: 'Buat lembar' }) as HTMLButtonElement;
  expect(create().disabled).toBe(true);
  // The bidang list filters by the words typed, code or name.
  const bidang = screen.getByRole('combobox', { name: /Bidang urusan/ });
  fireEvent.click(bidang);
  fireEvent.change(bidang, { target: { value: 'kecamatan' } });
  const options = await screen.findAllByRole('option');
  expect(options.map((o) => o.textContent)).toEqual(['7.01 KECAMATAN']);
  fireEvent.click(options[0]);
  await screen.findByText(/Program \(6 dari 6 dipilih\)/);
  // Keep the Penunjang program and 7.01.06, found by searching.
  fireEvent.click(screen.getByRole('button', { name: 'Kosongkan' }));
  fireEvent.click(screen.getByRole('checkbox', { name: /^7\.01\.01 PROGRAM PENUNJANG/ }));
  fireEvent.change(screen.getByRole('textbox', { name: 'Cari program' }), { target: { value: 'desa pembinaan' } });
  expect(screen.getAllByRole('checkbox').map((c) => c.closest('span, div')?.textContent)).toEqual([expect.stringContaining('7.01.06 PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA')]);
  fireEvent.click(screen.getByRole('checkbox', { name: /^7\.01\.06/ }));
  await screen.findByText(/2 program, 19 kegiatan, 129 sub kegiatan · 2025-2029/);
  fireEvent.change(screen.getByRole('spinbutton', { name: /Tahun pertama/ }), { target: { value: '20' } });
  await screen.findByText('Tulis tahun empat angka, misalnya 2025.');
  expect(create().disabled).toBe(true);
  fireEvent.change(screen.getByRole('spinbutton', { name: /Tahun pertama/ }), { target: { value: '2026' } });
  fireEvent.change(screen.getByRole('textbox', { name: /Perangkat daerah/ }), { target: { value: 'Kecamatan Kartoharjo' } });
  fireEvent.click(create());
  await screen.findByText('Lembar "Kerangka T-C.27 (2)" dibuat');
  // A print setup the host could not make is a warning.
  expect(screen.getByText('Lembar "Kerangka T-C.27 (2)" dibuat').closest('[data-intent]')!.getAttribute('data-intent')).toBe('warning');
  expect(screen.getByText(/2 program, 19 kegiatan, 129 sub kegiatan dari nomenklatur 2027/).textContent).toMatch(/Atur cetak sendiri\.$/);
  expect(requests).toEqual([{ jenis: 'kab', bidang: '7.01', programs: ['7.01.01', '7.01.06'], tahunAwal: 2026, judul: 'Kecamatan Kartoharjo' }]);
  // The panel closes once the sheet is made.
  expect(screen.queryByText('Buat kerangka T-C.27 dari nomenklatur 2027')).toBeNull();
});
