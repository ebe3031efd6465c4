/**
 * The layout corpus (test/layouts): every layout must come out with the tables, header rows and
 * column roles a planner would name, every planted defect reported and no other error. The specs
 * were written from the regulation's forms and other offices' habits, not from the engine; the
 * failure message lists what differed (expected vs got). `npm run eval:layouts` prints the same as
 * a table.
 */
import { evaluate } from './layouts/evaluate';
import { LAYOUTS } from './layouts';

describe('layout corpus', () => {
  test('holds at least 45 distinct layouts, about a fifth also through .xlsx', () => {
    expect(new Set(LAYOUTS.map((l) => l.id)).size).toBe(LAYOUTS.length);
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(45);
    expect(LAYOUTS.filter((l) => l.viaXlsx).length).toBeGreaterThanOrEqual(Math.floor(LAYOUTS.length / 5));
  });

  test('known gaps are few and each says what is not read yet', () => {
    const gaps = LAYOUTS.filter((l) => l.gap);
    expect(gaps.length).toBeLessThanOrEqual(2);
    for (const l of gaps) expect(l.gap!.length).toBeGreaterThan(20);
  });

  test.each(LAYOUTS.map((l) => [l.id, l] as const))('%s', async (_id, layout) => {
    const o = await evaluate(layout);
    const message = o.pass ? '' : `${layout.description}\n  - ${o.reasons.join('\n  - ')}\n  got: ${o.got}`;
    expect(message).toBe('');
  });
});
