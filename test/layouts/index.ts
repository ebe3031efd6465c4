/** Every layout of the corpus, in the order the report lists them. */
import type { Layout } from './kit';
import { codeNameLayouts } from './specs/codes-names';
import { formLayouts } from './specs/forms';
import { miscLayouts } from './specs/misc';
import { strategyLayouts } from './specs/strategy';
import { tc27Layouts } from './specs/tc27';
import { variantLayouts } from './specs/variants';
import { wildLayouts } from './specs/wild';
import { cellLayouts } from './specs/cells';
import { workbookLayouts } from './specs/workbooks';
import { formsUnseenLayouts } from './specs/forms-unseen';
import { messyUnseenLayouts } from './specs/messy-unseen';
import { lookalikeUnseenLayouts } from './specs/lookalike-unseen';
import { workbooksUnseenLayouts } from './specs/workbooks-unseen';
import { agenciesUnseenLayouts } from './specs/agencies-unseen';
import { hostsUnseenLayouts } from './specs/hosts-unseen';
import { printUnseenLayouts } from './specs/print-unseen';
import { revisionsUnseenLayouts } from './specs/revisions-unseen';

export const LAYOUTS: Layout[] = [...tc27Layouts, ...formLayouts, ...codeNameLayouts, ...strategyLayouts, ...variantLayouts, ...miscLayouts, ...wildLayouts, ...workbookLayouts, ...cellLayouts, ...formsUnseenLayouts, ...messyUnseenLayouts, ...lookalikeUnseenLayouts, ...workbooksUnseenLayouts, ...agenciesUnseenLayouts, ...hostsUnseenLayouts, ...printUnseenLayouts, ...revisionsUnseenLayouts];

const ids = new Set<string>();
for (const l of LAYOUTS) {
  if (ids.has(l.id)) throw new Error(`duplicate layout id ${l.id}`);
  ids.add(l.id);
}
