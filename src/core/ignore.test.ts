import { findingKey, parseIgnored, splitIgnored } from './ignore';
import type { Finding } from './rules/types';

const f = (cell: string, actual: number): Finding => ({
  rule: 'total.jumlah',
  severity: 'error',
  sheet: 'Tabel 4.2',
  cell,
  expected: 1984398226,
  actual,
  related: [],
  message: '…',
});

test('an ignored finding stays hidden while its values stay, and shows again when the cell changes', () => {
  const before = [f('H108', 1972398226), f('J108', 2183898226)];
  const ignored = [findingKey(before[0])];
  expect(splitIgnored(before, ignored).visible.map((x) => x.cell)).toEqual(['J108']);
  const after = [f('H108', 1980000000), f('J108', 2183898226)];
  expect(splitIgnored(after, ignored).visible.map((x) => x.cell)).toEqual(['H108', 'J108']);
});

test('stored settings that are not a list of texts count as nothing ignored', () => {
  expect(parseIgnored(undefined)).toEqual([]);
  expect(parseIgnored('x')).toEqual([]);
  expect(parseIgnored(['a', 3, null, 'b'])).toEqual(['a', 'b']);
});
