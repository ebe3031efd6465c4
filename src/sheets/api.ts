/**
 * What the Google Sheets sidebar and the Apps Script server side say to each other over
 * `google.script.run`: the server functions' names and the data they take and give. Only plain
 * data crosses (numbers, strings, booleans, null, arrays and objects of those): Apps Script refuses
 * a Date there, so the server sends dates as text.
 * https://developers.google.com/apps-script/guides/html/reference/run#parameters
 */
import type { KerangkaChoices } from '../core/kerangka/catalog';
import type { KerangkaRequest } from '../core/kerangka/request';
import type { TableDeclaration } from '../core/recognize/declared';
import type { Finding } from '../core/rules/types';

/** A sheet and the extent of its content (1-based last row and column; 0 for an empty sheet). */
export interface SheetInfo {
  name: string;
  rows: number;
  cols: number;
}

/** One block of rows of one sheet to read: rows startRow … startRow + numRows − 1 (1-based), columns 1 … cols. */
export interface ReadRequest {
  sheet: string;
  startRow: number;
  numRows: number;
  cols: number;
  /** The sheet's merged ranges come with its first block. */
  merges: boolean;
}

/** A block as Sheets gave it, in one call per kind of data (values, formulas, formats, weights). */
export interface SheetBlock {
  sheet: string;
  startRow: number;
  /** `getValues()`: "" for a blank cell; a date as its "yyyy-mm-dd" text. */
  values: (string | number | boolean)[][];
  /** `getFormulas()`: "" or "=…". */
  formulas: string[][];
  /** `getNumberFormats()`. */
  formats: string[][];
  /** `getFontWeights()`: "bold" or "normal". */
  weights: string[][];
  /** 0-based [top, left, bottom, right] of each merged range, with the sheet's first block. */
  merges?: [number, number, number, number][];
}

export interface HighlightTarget {
  sheet: string;
  cell: string;
  severity: 'error' | 'warning';
}

/** A cell to fill: its formula in the form Apps Script's setFormulas takes, without "=". */
export interface FillTarget {
  sheet: string;
  cell: string;
  formula: string;
}

/** What the sidebar needs before it shows anything (from the document properties). */
export interface SidebarState {
  ignored: string[];
  declared: TableDeclaration[];
  canUndo: boolean;
}

export type SelectionAnswer = { sheet: string; address: string } | { problem: string };

/** Every server function the sidebar calls (each a top-level function of Code.js). */
export interface ServerApi {
  renstraState(): SidebarState;
  renstraListSheets(): SheetInfo[];
  renstraReadSheets(requests: ReadRequest[]): SheetBlock[];
  renstraSelection(): SelectionAnswer;
  renstraGoTo(sheet: string, cells: string[]): void;
  renstraHighlight(targets: HighlightTarget[]): { highlighted: number; protectedSheets: string[] };
  renstraClearHighlights(): number;
  renstraApplyFill(cells: FillTarget[]): { written: number; protectedSheets: string[] };
  renstraUndoFill(): number;
  renstraWriteReport(findings: Finding[]): string;
  renstraSaveSettings(settings: { ignored?: string[]; declared?: TableDeclaration[] }): void;
  renstraKerangkaPilihan(): KerangkaChoices;
  renstraBuatKerangka(request: KerangkaRequest): { name: string; summary: string; printAdvice: string };
}

export const SERVER_FUNCTIONS: (keyof ServerApi)[] = [
  'renstraState',
  'renstraListSheets',
  'renstraReadSheets',
  'renstraSelection',
  'renstraGoTo',
  'renstraHighlight',
  'renstraClearHighlights',
  'renstraApplyFill',
  'renstraUndoFill',
  'renstraWriteReport',
  'renstraSaveSettings',
  'renstraKerangkaPilihan',
  'renstraBuatKerangka',
];

/** What a menu item asks the sidebar to do when it opens. */
export type SidebarAction = 'periksa' | 'isi' | 'laporan';

/** The items of the add-on menu (Ekstensi → Renstra): caption and the server function it runs. */
export const MENU: ([string, string] | null)[] = [
  ['Periksa spreadsheet', 'renstraMenuPeriksa'],
  ['Isi kolom terhitung', 'renstraMenuIsi'],
  ['Hapus sorotan', 'renstraMenuHapusSorotan'],
  ['Laporan ke lembar baru', 'renstraMenuLaporan'],
  null,
  ['Bantuan fungsi', 'renstraMenuBantuan'],
];
