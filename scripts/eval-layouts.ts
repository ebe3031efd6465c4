/**
 * Runs the layout corpus (test/layouts) through the checker and prints one line per layout:
 * PASS/FAIL with what differed (tables, header rows, column roles, findings), then the totals.
 * Exit status 1 unless every layout passes. `--verbose` prints every reason and what came back;
 * further arguments filter layouts by id substring.
 *
 *   node -r ts-node/register/transpile-only scripts/eval-layouts.ts [--verbose] [id-part …]
 */
import { evaluate } from '../test/layouts/evaluate';
import { LAYOUTS } from '../test/layouts';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const filters = args.filter((a) => !a.startsWith('--'));
  const chosen = LAYOUTS.filter((l) => filters.length === 0 || filters.some((f) => l.id.includes(f)));
  let passed = 0;
  const width = Math.max(...chosen.map((l) => l.id.length));
  for (const layout of chosen) {
    const o = await evaluate(layout);
    if (o.pass) passed++;
    const tag = !o.pass ? 'FAIL' : o.gap ? 'GAP ' : 'PASS';
    const file = layout.viaXlsx ? ' [xlsx]' : '';
    const first = o.reasons[0] ?? '';
    const more = o.reasons.length > 1 ? ` (+${o.reasons.length - 1} more)` : '';
    const why = o.gap && o.pass ? ` — ${layout.gap} (${first}${more})` : o.pass ? '' : ` — ${verbose ? '' : first + more}`;
    console.log(`${tag} ${layout.id.padEnd(width)}${file}${why}`);
    if (verbose && (!o.pass || o.gap)) {
      for (const r of o.reasons) console.log(`       · ${r}`);
      console.log(`       got: ${o.got}`);
    }
  }
  const failed = chosen.length - passed;
  const gaps = chosen.filter((l) => l.gap).length;
  console.log(`\n${passed} passed (${gaps} of them known gaps without false errors), ${failed} failed, ${chosen.length} layouts (${chosen.filter((l) => l.viaXlsx).length} also through .xlsx)`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
