/**
 * Metamorphic test of the layout corpus (test/layouts): a table moved, its headers retyped in
 * another case or spacing, their merges undone (Excel's unmerge, or a CSV round trip writing the
 * text into every cell), its column-number row deleted, a notes column or a title line added, or its
 * amounts typed as text is still the same table with the same mistakes. For every layout and
 * perturbation the engine's tables (kind, range, header rows, column roles with year) and error and
 * warning findings on the edited workbook must equal those on the original, addresses moved through
 * the edits; a row or column left with nothing in it is not compared. The failure message names each
 * layout that changed and what changed (test/layouts/metamorphic).
 */
import { LAYOUTS } from './layouts';
import { differencesUnder, observe, type Observation } from './layouts/metamorphic/compare';
import { perturbation, PERTURBATIONS } from './layouts/metamorphic/perturbations';


describe('layout corpus under meaning-preserving edits', () => {
  let originals: Map<string, Observation>;

  beforeAll(() => {
    originals = new Map(LAYOUTS.map((l) => [l.id, observe(l.workbook)]));
  });

  test.each(PERTURBATIONS.map((p) => [p.id, p.title] as const))('%s: %s', (id) => {
    const p = perturbation(id);
    const changes = LAYOUTS.flatMap((l) => differencesUnder(p, l.workbook, originals.get(l.id)!).map((d) => `${l.id}: ${d.type} ${d.text}`));
    expect(changes).toEqual([]);
  });

  test('every perturbation edits some layout (one that edits nothing would hold vacuously)', () => {
    const idle = PERTURBATIONS.filter((p) => !LAYOUTS.some((l) => JSON.stringify(p.apply(l.workbook, originals.get(l.id)!.tables).wb) !== JSON.stringify(l.workbook)));
    expect(idle.map((p) => p.id)).toEqual([]);
  });
});
