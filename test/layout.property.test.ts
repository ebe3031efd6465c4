/**
 * Layout independence: the same plan with the same planted mistakes gives the same findings (at
 * the moved addresses) whether the header is repeated or not, PAGU comes before TARGET, codes are
 * added (whole or split over Urusan … Sub Kegiatan), the hierarchy is told by indentation only,
 * numbers are typed as text, years are shifted or relative (Tahun-1, Tahun I) and written in any of
 * the ways planners write them, merged over their pair or not, the header is the simple one, the
 * official T-C.27 form (with end-of-period, Unit Kerja and Lokasi columns) or has the strategy
 * (Tujuan, Sasaran, Indikator Sasaran, with context rows) in front, columns whose headers no word
 * list knows are added, the table is moved away from A1, or other sheets surround it.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import fc from 'fast-check';
import { readXlsx } from '../src/cli/read-xlsx';
import { checkWorkbook } from '../src/core/check';
import { officialNomenclature } from '../src/core/nomenclature/official';
import {
  expectedYears,
  layoutArbitrary,
  maxKegiatan,
  maxSubs,
  MAX_PROGRAMS,
  ODD_COLUMN_FAMILIES,
  relativeYears,
  render,
  YEARS,
  type Layout,
  type OddColumn,
  type Plan,
} from './helpers/synthetic';
import { writeGridXlsx } from './helpers/write-grid';

const COMPARED = /^(total|ratio|growth|cascade)\.|^value\.(pola-target|target-induk|pagu-negatif|galat)$/;

const planArb: fc.Arbitrary<Plan> = fc
  .record({
    shape: fc.array(fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: MAX_PROGRAMS }),
    targets: fc.array(fc.integer({ min: 2, max: 60 }), { minLength: 12, maxLength: 12 }),
    pagu: fc.array(fc.integer({ min: 1000, max: 500000 }), { minLength: 60, maxLength: 60 }),
    picks: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    deltas: fc.array(fc.integer({ min: 1, max: 900 }), { minLength: 2, maxLength: 2 }),
  })
  .map(({ shape, targets, pagu, picks, deltas }) => {
    let t = 0;
    let m = 0;
    const programs = shape.map((kegs, pi) => ({
      kegiatan: kegs.slice(0, maxKegiatan(pi)).map((nSubs, ki) => ({
        subs: Array.from({ length: Math.min(nSubs, maxSubs(pi, ki)) }, () => ({
          target: targets[t++ % targets.length],
          pagu: Array.from({ length: YEARS }, () => pagu[m++ % pagu.length] * 1000),
        })),
      })),
    }));
    const pi = picks[0] % programs.length;
    const ki = picks[1] % programs[pi].kegiatan.length;
    const ti = picks[3] % programs.length;
    const tk = picks[4] % programs[ti].kegiatan.length;
    const ts = picks[5] % programs[ti].kegiatan[tk].subs.length;
    return {
      programs,
      jumlahShort: { year: picks[6] % YEARS, delta: deltas[0] * 1000 },
      kegiatanOff: { program: pi, kegiatan: ki, year: picks[2] % YEARS, delta: deltas[1] * 1000 },
      targetTypo: { program: ti, kegiatan: tk, sub: ts, year: picks[7] % YEARS },
    };
  });

/** A header column outside any header vocabulary: a real header text, its cells' texts, where it stands. */
const oddColumnArb: fc.Arbitrary<OddColumn> = fc.oneof(
  ...ODD_COLUMN_FAMILIES.map(({ headers, values }) =>
    fc.record({
      header: fc.constantFrom(...headers),
      at: fc.constantFrom<OddColumn['at']>('after-name', 'after-indicator', 'end'),
      values: fc.shuffledSubarray([...values], { minLength: 1, maxLength: 3 }),
    }),
  ),
);

/** Layouts whose first values are the first generation's (see layoutArbitrary), so a counterexample shows the one dimension that breaks. */
const layoutArb: fc.Arbitrary<Layout> = layoutArbitrary({ top: fc.integer({ min: 0, max: 8 }), left: fc.integer({ min: 0, max: 4 }), oddColumns: fc.array(oddColumnArb, { maxLength: 3 }) });

/** The layouts of the first generation only: what every recogniser so far has had to read. */
const firstGenerationArb: fc.Arbitrary<Layout> = layoutArb.map((layout) => ({
  ...layout,
  header: 'simple',
  yearLabel: '2025',
  yearMerge: 'merged',
  splitCode: false,
  oddColumns: [],
}));

/** The planted mistakes as logical keys: what every layout must report, and nothing else. */
function expectedKeys(plan: Plan): string[] {
  const { jumlahShort: j, kegiatanOff: k, targetTypo: t } = plan;
  return [
    `total.jumlah jumlah/pagu/${j.year}`,
    `total.pagu-induk k${k.program}.${k.kegiatan}/pagu/${k.year}`,
    // The program's pagu, computed from the sub kegiatan, no longer equals its kegiatan as written.
    `total.pagu-induk p${k.program}/pagu/${k.year}`,
    `value.pola-target s${t.program}.${t.kegiatan}.${t.sub}/target/${t.year}`,
  ].sort();
}

function reportedKeys(plan: Plan, layout: Layout, workbookOverride?: Awaited<ReturnType<typeof readXlsx>>): string[] {
  const { workbook, sheet, keyOf } = render(plan, layout);
  const result = checkWorkbook(workbookOverride ?? workbook, { nomenclature: officialNomenclature() });
  return result.findings
    .filter((f) => COMPARED.test(f.rule))
    .map((f) => `${f.rule} ${f.sheet === sheet ? (keyOf.get(f.cell) ?? `?${f.cell}`) : `?${f.sheet}!${f.cell}`}`)
    .sort();
}

test('the planted mistakes are found, and only they, under every layout of the first generation', () => {
  fc.assert(
    fc.property(planArb, firstGenerationArb, (plan, layout) => {
      expect(reportedKeys(plan, layout)).toEqual(expectedKeys(plan));
    }),
    { numRuns: 60 },
  );
});

test('the planted mistakes are found, and only they, under every generated layout', () => {
  fc.assert(
    fc.property(planArb, layoutArb, (plan, layout) => {
      expect(reportedKeys(plan, layout)).toEqual(expectedKeys(plan));
    }),
    { numRuns: 300 },
  );
});

test('one table is recognised as program-pendanaan with the shifted (or relative) years, wherever it stands', () => {
  fc.assert(
    fc.property(planArb, layoutArb, (plan, layout) => {
      const { workbook } = render(plan, layout);
      const result = checkWorkbook(workbook, { nomenclature: officialNomenclature() });
      expect(result.tables.map((t) => t.kind)).toEqual(['program-pendanaan']);
      expect(result.tables[0].years).toEqual(expectedYears(layout));
      expect(result.tables[0].relativeYears).toBe(relativeYears(layout));
      expect(result.tables[0].left).toBe(layout.left);
    }),
    { numRuns: 150 },
  );
});

test('levels are told apart by indentation when names and codes say nothing', () => {
  const plan = fc.sample(planArb, { numRuns: 1, seed: 7 })[0];
  const layout: Layout = {
    top: 2, left: 1, startYear: 2025, paguFirst: false, codes: false, indentOnly: true, numbersAsText: false,
    repeatHeaderEvery: null, numberRow: true, title: false, extraSheets: 'none',
    header: 'simple', yearLabel: '2025', yearMerge: 'merged', splitCode: false, oddColumns: [],
  };
  const { workbook } = render(plan, layout);
  const result = checkWorkbook(workbook, { nomenclature: officialNomenclature() });
  const levels = new Set(result.models[0].entities.map((e) => `${e.level}:${e.levelSource}`));
  expect(levels).toEqual(new Set(['program:nama', 'kegiatan:indentasi', 'subKegiatan:indentasi']));
});

test('the same holds through a real .xlsx file: merges, indentation, bold and formats read back by the exceljs adapter', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'renstra-layout-'));
  const samples = fc.sample(fc.tuple(planArb, layoutArb), { numRuns: 12, seed: 2026 });
  for (const [i, [plan, generated]] of samples.entries()) {
    // Half of them with the hierarchy told by indentation only, a third with repeated headers, and
    // the three header forms in turn (the official one with split codes and "Center Across" years).
    const header = (['simple', 'official', 'strategy'] as const)[i % 3];
    const layout: Layout = {
      ...generated,
      indentOnly: i % 2 === 0,
      repeatHeaderEvery: i % 3 === 0 ? 5 : generated.repeatHeaderEvery,
      header,
      ...(header === 'official' ? { codes: true, splitCode: true, yearMerge: 'across' as const } : {}),
    };
    const file = join(dir, `tata-letak-${i}.xlsx`);
    await writeGridXlsx(render(plan, layout).workbook, file);
    const read = await readXlsx(file);
    expect(reportedKeys(plan, layout, read)).toEqual(expectedKeys(plan));
  }
});
