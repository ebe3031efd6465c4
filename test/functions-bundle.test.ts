/**
 * The shipped custom functions: the built dist/functions.js (run in a Node vm with a CustomFunctions
 * stand-in), the generated dist/functions.json, the help page, and the promise that a function
 * and the checker never disagree on the sample.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import * as core from '../src/core/sheet-functions';
import { growthCells } from '../src/core/rules/growth-rata-rata';
import { ratioCells } from '../src/core/rules/ratio-common';
import { ratioSpecFor } from '../src/core/rules/ratio-specs';
import { call, DIST, ERROR_CODES, loadBundle, StandInError, type Fn } from './helpers/functions-bundle';
import { FUNCTION_CASES } from './helpers/function-cases';
import { checkFile, SAMPLE } from './helpers/load';

interface Meta {
  functions: { id: string; name: string; description: string; helpUrl?: string; parameters: { name: string; description?: string; optional?: boolean; repeating?: boolean }[] }[];
}

const EXPECTED_IDS = [
  'RASIO_CAPAIAN',
  'PERSEN_CAPAIAN',
  'KATEGORI_CAPAIAN',
  'RASIO_REALISASI',
  'PERTUMBUHAN',
  'RATA_PERTUMBUHAN',
  'NILAI_IKM',
  'MUTU_IKM',
  'NILAI_SAKIP',
  'PREDIKAT_SAKIP',
  'ANGKA',
  'TOTAL_AKHIR_PERIODE',
];

let fns: Map<string, Fn>;
let meta: Meta;
beforeAll(() => {
  fns = loadBundle();
  meta = JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')) as Meta;
});

/** The core result as the bundle must return it (errors as CustomFunctions.Error stand-ins). */
function asExcel(v: core.Out | core.Out[][]): unknown {
  const one = (x: core.Out) => (x instanceof core.SheetError ? new StandInError(ERROR_CODES[codeName(x.code)], x.message) : x);
  return Array.isArray(v) ? v.map((line) => line.map(one)) : one(v);
}

function codeName(code: core.ErrorCode): keyof typeof ERROR_CODES {
  return code === '#VALUE!' ? 'invalidValue' : code === '#DIV/0!' ? 'divisionByZero' : 'invalidNumber';
}

describe('functions.json', () => {
  test('lists every function, by the contract names, each associated in functions.js', () => {
    expect(meta.functions.map((f) => f.id)).toEqual(EXPECTED_IDS);
    expect(meta.functions.map((f) => f.name)).toEqual(EXPECTED_IDS);
    expect([...fns.keys()].sort()).toEqual([...EXPECTED_IDS].sort());
  });

  test('parameters in the contract order, every one described in Indonesian', () => {
    const params = Object.fromEntries(meta.functions.map((f) => [f.id, f.parameters.map((p) => p.name + (p.optional && !p.repeating ? '?' : ''))]));
    expect(params).toEqual({
      RASIO_CAPAIAN: ['realisasi', 'target', 'polaritas?'],
      PERSEN_CAPAIAN: ['realisasi', 'target', 'polaritas?'],
      KATEGORI_CAPAIAN: ['persen'],
      RASIO_REALISASI: ['realisasi', 'anggaran'],
      PERTUMBUHAN: ['nilai_awal', 'nilai_akhir'],
      RATA_PERTUMBUHAN: ['deret', 'metode?'],
      NILAI_IKM: ['nrr_unsur'],
      MUTU_IKM: ['nilai_ikm'],
      NILAI_SAKIP: ['perencanaan', 'pengukuran', 'pelaporan', 'evaluasi'],
      PREDIKAT_SAKIP: ['nilai'],
      ANGKA: ['teks'],
      TOTAL_AKHIR_PERIODE: ['deret'],
    });
    // Indonesian words present, and none of the English words a default description would have.
    const indonesian = /\b(dan|atau|dari|dengan|yang|seperti|bukan|tiap|setiap|tahun|nilai|angka|rasio|capaian|kinerja|pertumbuhan|jumlah|pagu|teks|rentang|persen|bawaan|sama)\b/i;
    const english = /\b(the|of|and|returns?|number|value|first|second)\b/i;
    for (const text of meta.functions.flatMap((f) => [f.description, ...f.parameters.map((p) => p.description ?? '')])) {
      expect(text).toMatch(indonesian);
      expect(text).not.toMatch(english);
    }
  });

  test('each help link points at its section of the help page built from the README', () => {
    const help = readFileSync(join(DIST, 'bantuan.html'), 'utf8');
    for (const f of meta.functions) {
      const anchor = f.helpUrl?.split('#')[1];
      expect(anchor).toBe(f.id.toLowerCase());
      expect(help).toMatch(new RegExp(`<h3 id="?${anchor}"?>${f.id}\\(`));
    }
  });
});

describe('functions.js, called by id, returns what the core returns', () => {
  const cases = FUNCTION_CASES;
  test.each(cases)('%s %j', (id, args, expected) => {
    expect(call(fns, id, ...args)).toEqual(asExcel(expected()));
  });

  test('errors carry the Indonesian reason Excel shows', () => {
    const e = (call(fns, 'RASIO_CAPAIAN', [['tinggi']], [[5]]) as unknown[][])[0][0] as StandInError;
    expect(e).toBeInstanceOf(StandInError);
    expect(e).toMatchObject({ code: '#VALUE!', message: 'realisasi: teks "tinggi" bukan angka.' });
    const thrown = call(fns, 'RATA_PERTUMBUHAN', [[5]], 'median') as StandInError;
    expect(thrown).toMatchObject({ code: '#VALUE!' });
    expect(thrown.message).toMatch(/^metode:/);
  });
});

test('the checker and the functions give identical values for every ratio and growth cell of the sample', async () => {
  const result = await checkFile(SAMPLE);
  let ratios = 0;
  let growths = 0;
  for (const model of result.models) {
    const spec = ratioSpecFor(model);
    if (spec) {
      const id = model.table.kind === 'pencapaian-kinerja' ? 'RASIO_CAPAIAN' : 'RASIO_REALISASI';
      for (const cell of ratioCells(model, spec)) {
        // The cells' contents as Excel would pass them (numbers, or text such as "84,19").
        const args: unknown[] = [[[cell.numerator.cell!.v]], [[cell.denominator.cell!.v]]];
        if (id === 'RASIO_CAPAIAN') args.push(cell.polarity);
        const fromFunction = (call(fns, id, ...args) as unknown[][])[0][0];
        if (cell.exacts.length === 0) expect(fromFunction).toMatchObject({ code: '#DIV/0!' });
        else expect(fromFunction).toBe(cell.exacts[0]);
        ratios++;
      }
    }
    for (const cell of growthCells(model)) {
      expect(call(fns, 'RATA_PERTUMBUHAN', [cell.series])).toBe(cell.mean);
      expect(call(fns, 'RATA_PERTUMBUHAN', [cell.series], 'cagr')).toBe(cell.cagr);
      growths++;
    }
  }
  // Tabel 2.7: 7 ratio cells with both inputs; Tabel 2.8: 20; growth: 18 cells with two or more years.
  expect(ratios).toBeGreaterThanOrEqual(25);
  expect(growths).toBeGreaterThanOrEqual(10);
});
