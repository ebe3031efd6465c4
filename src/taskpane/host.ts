/** What the task pane needs from its host (Excel, or a test double): the pane itself knows no Office.js. */
import type { FillCell, FillMode } from '../core/fill/plan';
import type { KerangkaChoices } from '../core/kerangka/catalog';
import type { KerangkaRequest } from '../core/kerangka/request';
import type { TableDeclaration, TableProposal } from '../core/recognize/declared';
import type { SheetDiagnostic } from '../core/recognize/explain';
import type { Table } from '../core/recognize/types';
import type { Finding } from '../core/rules/types';

export interface CheckOutcome {
  tables: Table[];
  findings: Finding[];
  sheetNames: string[];
  /** Stored table declarations that could not be used (Bahasa Indonesia, one line each). */
  declarationProblems?: string[];
  /** Sheets that hold numbers under header-like rows but gave no table, and why (see --jelaskan). */
  unrecognised?: SheetDiagnostic[];
}

/** What "Tandai tabel" found in the selection: a proposal, or why the selection cannot be marked. */
export type ProposalResult = { proposal: TableProposal } | { problem: string };

/** How the pane names its host to the planner (Bahasa Indonesia). */
export interface HostWording {
  /** The program: "Excel", "Google Sheets". */
  app: string;
  /** The document: "workbook", "spreadsheet". */
  document: string;
  /** The add-in's function as typed in this host. */
  functionExample: string;
}

/** "Buat kerangka": what the picker lists, and a new T-C.27 sheet made from the planner's choice. */
export interface KerangkaHost {
  /** The bidang and programs of the nomenclature (the full tree stays with the host until a sheet is made). */
  choices(): Promise<KerangkaChoices>;
  /**
   * Builds the T-C.27 (core/kerangka/request.ts), adds it under a sheet name not yet taken and shows
   * it. `summary`: "2 program, 19 kegiatan, 129 sub kegiatan"; `printNote`: the print setup this
   * host should have made and could not (a warning); `printAdvice`: what to choose when printing in
   * a host that keeps no print settings (Bahasa Indonesia).
   */
  insert(request: KerangkaRequest): Promise<{ name: string; summary: string; printNote?: string; printAdvice?: string }>;
}

export const EXCEL_WORDING: HostWording = { app: 'Excel', document: 'workbook', functionExample: '=RENSTRA.RASIO_CAPAIAN …' };

export interface PaneHost {
  /** Names of the host in the pane's texts; Excel's when absent. */
  wording?: HostWording;
  /** Reads every sheet and runs the checker; reports progress 0..1 while reading. */
  check(onProgress: (done: number) => void): Promise<CheckOutcome>;
  goTo(finding: Finding, withRelated: boolean): Promise<void>;
  highlight(findings: Finding[]): Promise<{ highlighted: number; protectedSheets: string[] }>;
  clearHighlights(): Promise<number>;
  writeReport(findings: Finding[]): Promise<string>;
  /** The fill plan of the workbook as it is now (every cell: to fill, conflict, blocked). */
  planFill(mode: FillMode, overwrite: boolean): Promise<FillCell[]>;
  /** Writes the cells in one batch, keeping an undo record in the workbook. */
  applyFill(cells: FillCell[]): Promise<{ written: number; protectedSheets: string[] }>;
  /** Restores every cell the last fill touched; returns how many. */
  undoFill(): Promise<number>;
  canUndoFill(): boolean;
  ignoredKeys(): string[];
  setIgnoredKeys(keys: string[]): Promise<void>;
  /** Reads the selected header rows and proposes the table's kind and column roles; writes nothing. */
  proposeTable(): Promise<ProposalResult>;
  /** The tables marked by hand, as stored in the workbook (in their stored order). */
  declaredTables(): TableDeclaration[];
  /** Stores the marked tables in the workbook; the next check uses them. */
  setDeclaredTables(declarations: TableDeclaration[]): Promise<void>;
  /** "Buat kerangka"; absent where the host cannot add a sheet (the button is then not shown). */
  kerangka?: KerangkaHost;
}
