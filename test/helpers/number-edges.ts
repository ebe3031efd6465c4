/**
 * Numbers at the edges (issue 10): one table of cases shared by the number parser's tests, the
 * spreadsheet functions' (ANGKA, RATA_PERTUMBUHAN) and the rules' (through checkWorkbook), so the
 * checker and the functions cannot read a cell differently.
 */

export interface NumberEdge {
  /** The text as a planner writes it. */
  text: string;
  /** What it means (Excel's arithmetic value). */
  value: number;
  /** The multiplier of the scale word it names, if any. */
  scale?: number;
  /** Why, in a few words (for the test name). */
  why: string;
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

export const NUMBER_EDGES: NumberEdge[] = [
  // Parentheses are negative, as in every finance office.
  { text: '(1.500)', value: -1500, why: 'tanda kurung = negatif' },
  { text: 'Rp (1.500)', value: -1500, why: 'Rp di depan kurung' },
  { text: '(Rp 1.500)', value: -1500, why: 'Rp di dalam kurung' },
  { text: '(1.500,50)', value: -1500.5, why: 'kurung dengan desimal' },
  { text: '(1.344.033.013)', value: -1344033013, why: 'kurung, ribuan bertitik' },
  // Thousands grouped by spaces are one number.
  { text: '1 234 567', value: 1234567, why: 'ribuan dipisah spasi' },
  { text: `1${NBSP}234${NBSP}567`, value: 1234567, why: 'ribuan dipisah spasi tak-putus (NBSP)' },
  { text: `1${NNBSP}234${NNBSP}567`, value: 1234567, why: 'ribuan dipisah spasi sempit (narrow NBSP)' },
  { text: 'Rp 1 234 567,89', value: 1234567.89, why: 'spasi ribuan dengan desimal koma' },
  { text: '(1 500)', value: -1500, why: 'spasi ribuan dalam kurung' },
  // A scale word after an amount multiplies it.
  { text: '1,5 M', value: 1_500_000_000, scale: 1e9, why: 'M = miliar' },
  { text: 'Rp 1,5 M', value: 1_500_000_000, scale: 1e9, why: 'Rp … M' },
  { text: '1,5 miliar', value: 1_500_000_000, scale: 1e9, why: 'miliar' },
  { text: '1,5 Milyar', value: 1_500_000_000, scale: 1e9, why: 'milyar' },
  { text: '2 juta', value: 2_000_000, scale: 1e6, why: 'juta' },
  { text: '2 jt', value: 2_000_000, scale: 1e6, why: 'jt' },
  { text: '2jt', value: 2_000_000, scale: 1e6, why: 'jt tanpa spasi' },
  { text: '750 ribu', value: 750_000, scale: 1e3, why: 'ribu' },
  { text: '750 rb', value: 750_000, scale: 1e3, why: 'rb' },
  { text: '1,2 T', value: 1_200_000_000_000, scale: 1e12, why: 'T = triliun' },
  { text: '3 triliun', value: 3_000_000_000_000, scale: 1e12, why: 'triliun' },
  { text: '1,1 M', value: 1_100_000_000, scale: 1e9, why: 'tanpa sisa pecahan biner' },
  { text: '(1,5 M)', value: -1_500_000_000, scale: 1e9, why: 'kurung dan skala' },
  // "M" in unit words is not miliar.
  { text: '5 M2', value: 5, why: 'M2 adalah satuan luas' },
  { text: '5 m²', value: 5, why: 'm² adalah satuan luas' },
  { text: '5 Meter', value: 5, why: 'Meter adalah satuan' },
  { text: '5 m', value: 5, why: 'm kecil adalah meter' },
  { text: '2 ribuan', value: 2, why: '"ribuan" setelah angka bukan kata skala' },
];

/** Texts that hold no amount: the "in thousands" mark of a header, words. */
export const NOT_NUMBERS: string[] = ['Rp. 000', '(Rp 000)', 'Rp 000.000', 'juta rupiah', 'Meter'];

/** Growth over a yearly series with blanks (null); an Excel error code where no growth exists. */
export interface GrowthEdge {
  why: string;
  series: (number | null)[];
  mean: number | '#DIV/0!' | '#NUM!';
  cagr: number | '#DIV/0!' | '#NUM!';
}

export const GROWTH_EDGES: GrowthEdge[] = [
  { why: 'tanpa tahun kosong', series: [100, 110, 121], mean: 0.1, cagr: 0.1 },
  { why: 'satu tahun kosong: satu langkah dua tahun, 10% per tahun', series: [100, null, 121], mean: 0.1, cagr: 0.1 },
  { why: 'tahun kosong lalu langkah satu tahun', series: [100, null, 121, 133.1], mean: 0.1, cagr: 0.1 },
  { why: 'kosong di awal dan di akhir tidak dihitung', series: [null, 100, 110, 121, null], mean: 0.1, cagr: 0.1 },
  { why: 'setiap tahun dihitung sekali', series: [100, 200, null, 200], mean: 1 / 3, cagr: Math.pow(2, 1 / 3) - 1 },
  { why: 'turun ke 0 melewati tahun kosong', series: [100, null, 0], mean: -1, cagr: -1 },
  { why: 'nilai awal 0', series: [0, 100, 120], mean: '#DIV/0!', cagr: '#DIV/0!' },
  { why: 'nilai 0 di tengah', series: [100, 0, 50], mean: '#DIV/0!', cagr: Math.sqrt(0.5) - 1 },
  { why: 'nilai awal negatif', series: [-100, 50, 80], mean: '#NUM!', cagr: '#NUM!' },
  { why: 'nilai negatif setelah tahun kosong', series: [100, null, -50], mean: '#NUM!', cagr: '#NUM!' },
  { why: 'nilai negatif setahun kemudian: pertumbuhan biasa, CAGR tidak', series: [100, -50], mean: -1.5, cagr: '#NUM!' },
];
