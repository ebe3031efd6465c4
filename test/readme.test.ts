/** The README is the user's reference: it must list every rule id the engine can report. */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { RULES } from '../src/core/rules/registry';
import { RULE_TITLE } from '../src/core/rules/titles';

const root = join(__dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

test('every rule id a rule emits is documented in the README rule table', () => {
  const ids = new Set(RULES.flatMap((r) => r.emits));
  expect(ids.size).toBeGreaterThan(20);
  expect([...ids].filter((id) => !readme.includes(`| \`${id}\` |`))).toEqual([]);
});

test('every rule id written in the rules’ source is declared in its rule’s emits', () => {
  const dir = join(root, 'src', 'core', 'rules');
  const declared = new Set(RULES.flatMap((r) => r.emits));
  const used = new Set<string>();
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.ts') || f.endsWith('.test.ts')) continue;
    const src = readFileSync(join(dir, f), 'utf8').replace(/emits: \[[^\]]*\]|\bid: '[^']*'/g, '');
    for (const m of src.matchAll(/'((?:total|ratio|growth|cascade|crosstable|nomenclature|value)\.[a-z-]+)'/g)) used.add(m[1]);
  }
  expect([...used].filter((id) => !declared.has(id))).toEqual([]);
});

test('the README starts with the install-and-demo command and the test command', () => {
  const firstBlock = /```bash\n([\s\S]*?)```/.exec(readme)![1];
  const lines = firstBlock.trim().split('\n');
  expect(lines[0]).toMatch(/^npm install && npm run demo\b/);
  expect(lines[1]).toMatch(/^npm test\b/);
});

test('every rule id has a title in the planner’s words', () => {
  const ids = RULES.flatMap((r) => r.emits);
  expect(ids.filter((id) => !RULE_TITLE[id])).toEqual([]);
});
