import { NOT_NUMBERS, NUMBER_EDGES } from '../../test/helpers/number-edges';
import { dateFormatKind, formatDecimals, formatId, numberStyleOf, parseNumberText, readCellNumber, scaleValue, serialToIsoDate } from './number';

describe('parseNumberText: numbers as Indonesian planners write them', () => {
  test.each([
    ['1.642.014.563', 1642014563, 0],
    ['81,50', 81.5, 2],
    ['1.344.033.013.', 1344033013, 0],
    ['81,50 Skor', 81.5, 2],
    ['2,2 Indeks', 2.2, 1],
    ['73 Nilai', 73, 0],
    ['1.234,56', 1234.56, 2],
    ['1,234.56', 1234.56, 2],
    ['72.5', 72.5, 1],
    ['1.500', 1500, 0],
    ['0.500', 0.5, 3],
    ['Rp 1.500.000', 1500000, 0],
    ['-12,5', -12.5, 1],
    ['−3', -3, 0],
  ])('%s → %d', (text, value, decimals) => {
    const r = parseNumberText(text);
    expect(r).not.toBeNull();
    expect(r!.value).toBeCloseTo(value, 10);
    expect(r!.decimals).toBe(decimals);
    expect(r!.fromText).toBe(true);
  });

  test('percent forms keep the shown value and Excel’s arithmetic value', () => {
    for (const t of ['100%', '100 %']) {
      const r = parseNumberText(t)!;
      expect(r.shown).toBe(100);
      expect(r.value).toBe(1);
      expect(r.percent).toBe(true);
    }
  });

  test('two values in one cell are both read', () => {
    const r = parseNumberText('81 % 100 %')!;
    expect(r.values).toEqual([0.81, 1]);
    expect(r.shown).toBe(81);
  });

  test('a range ("60-85", "6 – 9", "80-85 %") is no one number; a negative second value is still two values', () => {
    for (const t of ['60-85', '6 – 9', '80-85 %', '1,5-2,5']) expect(parseNumberText(t)).toBeNull();
    expect(parseNumberText('85-60')?.values).toEqual([85, -60]);
  });

  test.each(['-', '–', '', '   ', 'n/a', '2025-01-10', '10/01/2025', 'Indeks Kepuasan Masyarakat', '2. Persentase Capaian Kinerja', 'Tahun ke-1', '1.2.3.4.5 x', '12.34.56'])(
    '%p is not a number',
    (t) => {
      expect(parseNumberText(t)).toBeNull();
    },
  );
});

describe('readCellNumber: typed numbers with their formats', () => {
  test('a number formatted 0% is shown ×100', () => {
    const r = readCellNumber({ v: 0.8, fmt: '0%' })!;
    expect(r.shown).toBe(80);
    expect(r.value).toBe(0.8);
    expect(r.decimals).toBe(0);
    expect(r.fromText).toBe(false);
  });
  test('decimals come from the format, else from the value', () => {
    expect(readCellNumber({ v: 1, fmt: '0.00' })!.decimals).toBe(2);
    expect(readCellNumber({ v: 1.05 })!.decimals).toBe(2);
    expect(readCellNumber({ v: 225000000, fmt: '#,##0' })!.decimals).toBe(0);
  });
  test('error cells and empty cells are not numbers', () => {
    expect(readCellNumber({ v: null, err: '#REF!' })).toBeNull();
    expect(readCellNumber(undefined)).toBeNull();
  });
  test('formatDecimals reads number formats with units', () => {
    expect(formatDecimals('#,###.##" m"')).toBe(2);
    expect(formatDecimals('#,###" bln"')).toBe(0);
    expect(formatDecimals('General')).toBeUndefined();
  });
});

test('formatId writes numbers the Indonesian way', () => {
  expect(formatId(1984398226)).toBe('1.984.398.226');
  expect(formatId(1.2027, 4)).toBe('1,2027');
  expect(formatId(-0.0542, 2)).toBe('-0,05');
});

describe('amounts pasted from an English-locale PDF', () => {
  test('the table decides: thousands commas when several amounts use them and none is Indonesian', () => {
    expect(numberStyleOf(['957', '1,202', '2,850', 'Rp 12,400,000'])).toBe('en');
    expect(numberStyleOf(['1,202', '1.202.000'])).toBe('id');
    expect(numberStyleOf(['81,50', '1,202', '2,850'])).toBe('id');
    expect(numberStyleOf(['1,202'])).toBe('id');
  });

  test('a lone comma of three digits is thousands in English writing, a decimal in Indonesian', () => {
    expect(parseNumberText('1,202', 'en')?.value).toBe(1202);
    expect(parseNumberText('1,202')?.value).toBe(1.202);
    expect(parseNumberText('72.5', 'en')?.value).toBe(72.5);
    expect(parseNumberText('1.500', 'en')?.value).toBe(1.5);
    expect(parseNumberText('1.500')?.value).toBe(1500);
    expect(parseNumberText('2,850.75', 'en')?.value).toBe(2850.75);
  });
});

test('date formats: a year-only format shows the year; serial numbers are dates of the 1900 system', () => {
  expect(dateFormatKind('yyyy')).toBe('year');
  expect(dateFormatKind('dd/mm/yyyy')).toBe('date');
  expect(dateFormatKind('[$-421]dd mmmm yyyy')).toBe('date');
  expect(dateFormatKind('#,##0')).toBeUndefined();
  expect(dateFormatKind('0%')).toBeUndefined();
  expect(serialToIsoDate(45658)).toBe('2025-01-01');
});

describe('numbers at the edges (test/helpers/number-edges.ts, shared with ANGKA and the rules)', () => {
  test.each(NUMBER_EDGES.map((e) => [e.text, e.value, e.why, e]))('%p → %d (%s)', (text, value, _why, e) => {
    const r = parseNumberText(text as string);
    expect(r).not.toBeNull();
    expect(r!.value).toBe(value);
    expect(r!.values).toEqual([value]);
    expect(r!.scale).toBe((e as (typeof NUMBER_EDGES)[number]).scale);
    expect(r!.fromText).toBe(true);
    // A cell holding the text is read the same way.
    expect(readCellNumber({ v: text as string })!.value).toBe(value);
  });

  test.each(NOT_NUMBERS)('%p is not an amount', (t) => expect(parseNumberText(t)).toBeNull());

  test('a scaled amount shows no decimals, and keeps its unit words apart from the scale', () => {
    expect(parseNumberText('1,5 M')!.decimals).toBe(0);
    expect(parseNumberText('1,2345 rb')).toMatchObject({ value: 1234.5, decimals: 1, scale: 1e3 });
    expect(parseNumberText('2 juta orang')).toMatchObject({ value: 2e6, unit: 'orang' });
    expect(parseNumberText('5 M2')!.unit).toBe('M2');
  });

  test('two values in one cell stay two values; an unclosed parenthesis is not a negative', () => {
    expect(parseNumberText('81 % 100 %')!.values).toEqual([0.81, 1]);
    expect(parseNumberText('(5')!.value).toBe(5);
    expect(parseNumberText('(-5)')!.value).toBe(-5);
  });

  test('scaleValue multiplies without float noise', () => {
    expect(scaleValue(1234.567, 1e6)).toBe(1234567000);
    expect(scaleValue(1.1, 1e9)).toBe(1100000000);
    expect(scaleValue(0.0005, 1e3)).toBe(0.5);
    expect(scaleValue(12, 1)).toBe(12);
  });
});

test('a text of hundreds of digits is no number (not Infinity)', () => {
  expect(parseNumberText('9'.repeat(400))).toBeNull();
  expect(parseNumberText(`Rp ${'1'.repeat(320)}`)).toBeNull();
});
