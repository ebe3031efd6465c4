/**
 * The spreadsheet functions' cases shared by the Excel bundle's test and the Google Sheets add-on's:
 * the function's id, its arguments as Excel passes them (every argument a 2-D array, or a scalar
 * for an optional text), and what the core returns for them.
 */
import * as core from '../../src/core/sheet-functions';

export type FunctionCase = [string, unknown[], () => core.Out | core.Out[][]];

export const FUNCTION_CASES: FunctionCase[] = [
  ['RASIO_CAPAIAN', [[[77.41]], [[72.5]]], () => core.RASIO_CAPAIAN([[77.41]], [[72.5]])],
  ['RASIO_CAPAIAN', [[[6.5]], [[7]], 'negatif'], () => core.RASIO_CAPAIAN([[6.5]], [[7]], 'negatif')],
  ['RASIO_CAPAIAN', [[['84,19'], [null]], [[70], [65]]], () => core.RASIO_CAPAIAN([['84,19'], [null]], [[70], [65]])],
  ['RASIO_CAPAIAN', [[[5]], [[0]]], () => core.RASIO_CAPAIAN([[5]], [[0]])],
  ['RASIO_CAPAIAN', [[[5]], [[4]], 'naik'], () => core.RASIO_CAPAIAN([[5]], [[4]], 'naik')],
  ['PERSEN_CAPAIAN', [[[9]], [[8]], 'negatif'], () => core.PERSEN_CAPAIAN([[9]], [[8]], 'negatif')],
  ['KATEGORI_CAPAIAN', [[[106.77], [75.5], [50]]], () => core.KATEGORI_CAPAIAN([[106.77], [75.5], [50]])],
  ['RASIO_REALISASI', [[[1576806550]], [['1.700.387.445']]], () => core.RASIO_REALISASI([[1576806550]], [['1.700.387.445']])],
  ['RASIO_REALISASI', [[[5]], [[-1]]], () => core.RASIO_REALISASI([[5]], [[-1]])],
  ['PERTUMBUHAN', [[[1642014563]], [[1800898226]]], () => core.PERTUMBUHAN([[1642014563]], [[1800898226]])],
  ['RATA_PERTUMBUHAN', [[[1700387445, 1677707236, 1518285603]]], () => core.RATA_PERTUMBUHAN([[1700387445, 1677707236, 1518285603]])],
  ['RATA_PERTUMBUHAN', [[[1700387445, null, 1518285603]], 'cagr'], () => core.RATA_PERTUMBUHAN([[1700387445, null, 1518285603]], 'cagr')],
  ['RATA_PERTUMBUHAN', [[[5]]], () => core.RATA_PERTUMBUHAN([[5]])],
  ['NILAI_IKM', [[[3.2], [3.1], [3.3], [3], [3.4], [3.2], [3.1], [3.3], [3.2]]], () => core.NILAI_IKM([[3.2], [3.1], [3.3], [3], [3.4], [3.2], [3.1], [3.3], [3.2]])],
  ['NILAI_IKM', [[[4, 3], [2, 3]]], () => core.NILAI_IKM([[4, 3], [2, 3]])],
  ['MUTU_IKM', [[[76.6], [76.61], [88.31]]], () => core.MUTU_IKM([[76.6], [76.61], [88.31]])],
  ['NILAI_SAKIP', [[[90]], [[85]], [[80]], [[95]]], () => core.NILAI_SAKIP([[90]], [[85]], [[80]], [[95]])],
  ['PREDIKAT_SAKIP', [[[80], [80.01], [89.43]]], () => core.PREDIKAT_SAKIP([[80], [80.01], [89.43]])],
  ['ANGKA', [[['1.344.033.013.'], ['81,50 Skor'], ['Indeks']]], () => core.ANGKA([['1.344.033.013.'], ['81,50 Skor'], ['Indeks']])],
  ['TOTAL_AKHIR_PERIODE', [[[1642014563]], [[1800898226]], [[2000898226]], [[2200898226]], [[2400898226]]], () => core.TOTAL_AKHIR_PERIODE(1642014563, 1800898226, 2000898226, 2200898226, 2400898226)],
  ['TOTAL_AKHIR_PERIODE', [[[100, -5]]], () => core.TOTAL_AKHIR_PERIODE([[100, -5]])],
];
