/** Takes the planner to a finding: activates its sheet and selects its cell (and its related cells). */
import { qualified } from '../core/address';
import type { Finding } from '../core/rules/types';

export async function goToFinding(context: Excel.RequestContext, finding: Finding, withRelated = false): Promise<void> {
  const ws = context.workbook.worksheets.getItem(finding.sheet);
  ws.activate();
  // Related cells on the same sheet join the selection; those on other sheets ('Lembar'!A1) cannot.
  const sameSheet = withRelated ? finding.related.filter((r) => !r.includes('!')) : [];
  if (sameSheet.length > 0) ws.getRanges([finding.cell, ...sameSheet].join(',')).select();
  else ws.getRange(finding.cell).select();
  await context.sync();
}

/** The address Excel shows for a finding's cell, e.g. 'Tabel 4.2'!H108. */
export function findingAddress(finding: Finding): string {
  return qualified(finding.sheet, finding.cell);
}
