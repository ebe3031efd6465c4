/**
 * Metamorphic test of the layout corpus (test/layouts): a table moved, its headers retyped in
 * another case or spacing, its column-number row deleted, a notes column added or its amounts typed
 * as text is still the same table with the same mistakes. For every layout and perturbation the
 * engine's tables (kind, range, header rows, column roles with year) and error and warning findings
 * on the edited workbook must equal those on the original, addresses moved through the edits. The
 * failure message names each layout that changed and what changed (test/layouts/metamorphic).
 */
import { LAYOUTS } from './layouts';
import { differencesUnder, observe, type Observation } from './layouts/metamorphic/compare';
import { perturbation, PERTURBATIONS } from './layouts/metamorphic/perturbations';

// Known gaps, added once they hold: 5a-unmerge, 5b-unmerge-fill (unmerged header cells lose their spread over the columns), 7-title (a title line lets a chart-data block beside a table join it).
const HOLDING = ['1-offset', '2a-upper', '2b-lower', '3a-linebreak', '3b-double-space', '4-no-number-row', '6-keterangan', '8-money-text', '9a-pad-spaces', '9b-pad-nbsp', '9c-inner-nbsp'];

describe('layout corpus under meaning-preserving edits', () => {
  let originals: Map<string, Observation>;

  beforeAll(() => {
    originals = new Map(LAYOUTS.map((l) => [l.id, observe(l.workbook)]));
  });

  test.each(HOLDING.map((id) => [id, perturbation(id).title] as const))('%s: %s', (id) => {
    const p = perturbation(id);
    const changes = LAYOUTS.flatMap((l) => differencesUnder(p, l.workbook, originals.get(l.id)!).map((d) => `${l.id}: ${d.type} ${d.text}`));
    expect(changes).toEqual([]);
  });

  test('every perturbation, the known gaps too, edits some layout (one that edits nothing would hold vacuously)', () => {
    const idle = PERTURBATIONS.filter((p) => !LAYOUTS.some((l) => JSON.stringify(p.apply(l.workbook, originals.get(l.id)!.tables).wb) !== JSON.stringify(l.workbook)));
    expect(idle.map((p) => p.id)).toEqual([]);
  });
});
