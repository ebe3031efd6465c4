/** Tables pointed at by hand: proposal, declaration, validation, the --tabel argument. */
import { checkWorkbook } from '../check';
import { unrecognisedSheet } from '../../../test/helpers/unrecognised';
import { parseDeclarationArg, proposeTable, recognizeSheet, validateDeclarations, type TableDeclaration } from '.';

// Headings the engine cannot read as a Renstra table (see test/helpers/unrecognised.ts).
const sheet = unrecognisedSheet();

test('without a declaration the table is not one of the Renstra kinds the engine knows', () => {
  expect(recognizeSheet(sheet).map((t) => t.kind)).not.toContain('anggaran-realisasi');
});

test('the proposal reads the selected header rows; a declaration with edited roles makes it a checked table', () => {
  const proposal = proposeTable(sheet, 'A3:E4');
  expect(proposal.header).toBe('A3:E4');
  expect(proposal.columns.map((c) => c.year ?? null)).toEqual([null, null, 2026, 2027, 2028]);
  const declaration: TableDeclaration = {
    sheet: 'Lampiran 3',
    header: 'A3:E4',
    kind: 'anggaran-realisasi',
    columns: [
      { column: 'A', role: 'name' },
      { column: 'C', role: 'pagu', year: 2026 },
      { column: 'D', role: 'pagu', year: 2027 },
      { column: 'E', role: 'pagu', year: 2028 },
    ],
  };
  const [t] = recognizeSheet(sheet, [declaration]);
  expect(t).toMatchObject({ kind: 'anggaran-realisasi', declared: true, top: 2, bottom: 6, dataRows: [4, 5, 6] });
  expect(t.columns.map((c) => `${c.role}${c.year ?? ''}`)).toEqual(['name', 'sasaran', 'pagu2026', 'pagu2027', 'pagu2028']);
  const result = checkWorkbook({ sheets: [sheet] }, { declarations: [declaration] });
  const errors = result.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.cell} ${f.expected} ${f.actual}`);
  expect(errors).toEqual(['total.pagu-induk D5 250 300']);
});

test('declarations are validated against the workbook, one Indonesian line per problem', () => {
  const { valid, problems } = validateDeclarations(['Lampiran 3'], [
    { sheet: 'Lampiran 3', header: 'a3:e4', kind: 'iku' },
    { sheet: 'Tidak Ada', header: 'A3:E4', kind: 'iku' },
    { sheet: 'Lampiran 3', header: 'A3:E4', kind: 'neraca' },
    { sheet: 'Lampiran 3', header: 'A3:E4', kind: 'iku', columns: [{ column: 'C', role: 'target' }] },
  ]);
  expect(valid).toEqual([{ sheet: 'Lampiran 3', header: 'A3:E4', kind: 'iku' }, { sheet: 'Lampiran 3', header: 'A3:E4', kind: 'iku' }]);
  expect(problems).toEqual([
    expect.stringMatching(/lembar "Tidak Ada" tidak ada/),
    expect.stringMatching(/jenis tabel "neraca" tidak dikenal/),
    expect.stringMatching(/kolom C berperan target tetapi tanpa tahun/),
  ]);
});

test('--tabel arguments: quoted sheet names, plain names, bad forms named', () => {
  expect(parseDeclarationArg("'Tabel 4.2'!A4:S6=program-pendanaan")).toEqual({ sheet: 'Tabel 4.2', header: 'A4:S6', kind: 'program-pendanaan' });
  expect(parseDeclarationArg("'Rekap PD''s'!$a$4:$s$6=iku")).toEqual({ sheet: "Rekap PD's", header: 'A4:S6', kind: 'iku' });
  expect(parseDeclarationArg('Lampiran!B3:K5=ikk')).toEqual({ sheet: 'Lampiran', header: 'B3:K5', kind: 'ikk' });
  expect(() => parseDeclarationArg('Lampiran B3:K5')).toThrow(/bentuknya/);
  expect(() => parseDeclarationArg('Lampiran!B3:K5=neraca')).toThrow(/jenis tabel "neraca"/);
});

test('--tabel with column roles after a semicolon', () => {
  expect(parseDeclarationArg("'Lampiran 3'!A3:E4=anggaran-realisasi; A:name, C:pagu@2026,d:pagu@2027")).toEqual({
    sheet: 'Lampiran 3',
    header: 'A3:E4',
    kind: 'anggaran-realisasi',
    columns: [
      { column: 'A', role: 'name' },
      { column: 'C', role: 'pagu', year: 2026 },
      { column: 'D', role: 'pagu', year: 2027 },
    ],
  });
  expect(() => parseDeclarationArg("'Lampiran 3'!A3:E4=iku;C:pagu")).toThrow(/perlu tahunnya/);
  expect(() => parseDeclarationArg("'Lampiran 3'!A3:E4=iku;C:uang@2026")).toThrow(/tidak dapat dibaca/);
});
