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
import type { Finding } from '../src/core/rules/types';
import { App } from '../src/taskpane/App';
import type { PaneHost } from '../src/taskpane/host';
import { SAMPLE } from './helpers/load';

let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readXlsx(SAMPLE);
});

function testHost(grid: WorkbookGrid, overrides: Partial<PaneHost> = {}) {
  const calls: string[] = [];
  let ignored: string[] = [];
  let undoable = false;
  const host: PaneHost = {
    check: async (onProgress) => {
      onProgress(0.5);
      const r = checkWorkbook(grid, { nomenclature: officialNomenclature() });
      return { tables: r.tables, findings: r.findings, sheetNames: grid.sheets.map((s) => s.name) };
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
    ...overrides,
  };
  return { host, calls };
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
  expect(screen.getByRole('heading', { name: /program-pendanaan A4:O108/ })).toBeTruthy();
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
