export type TableKind =
  | 'pencapaian-kinerja'
  | 'anggaran-realisasi'
  | 'tujuan-sasaran'
  | 'strategi-kebijakan'
  | 'cascading'
  | 'program-pendanaan'
  | 'iku'
  | 'ikk'
  | 'rekap-jumlah';

export type Role =
  | 'no'
  | 'code'
  | 'name'
  | 'indicator'
  | 'satuan'
  | 'baseline'
  | 'target'
  | 'realisasi'
  | 'pagu'
  | 'rasio'
  | 'growth'
  | 'akhir-target'
  | 'akhir-pagu'
  | 'tujuan'
  | 'sasaran'
  | 'outcome'
  | 'output'
  | 'strategi'
  | 'kebijakan'
  | 'context'
  | 'notes'
  | 'ref-target'
  | 'kategori'
  | 'jumlah'
  | 'other';

export interface ColumnRole {
  col: number;
  role: Role;
  /** Calendar year (2025) or, with relative years, the year number (1..5). */
  year?: number;
  /** For `rasio`: values are percentages (header says `(%)`). */
  percent?: boolean;
  /** For `growth`: which series it is the growth of. */
  series?: 'anggaran' | 'realisasi';
  /** The header text, parts joined top to bottom, for messages. */
  header: string;
}

export interface Band {
  /** 0-based rows of the band, the column-number row included. */
  rows: number[];
  left: number;
  right: number;
  /** Column-number row (1 2 3 … or (1) (2) …), if the band ends with one. */
  numberRow?: number;
}

/** A target row and a pagu row per entity, told apart by a label column (see stacked.ts). */
export interface StackedMeasures {
  /** The column holding "Target" / "Pagu (Rp)". */
  col: number;
  /** 0-based data rows labelled with money; the other data rows hold targets. */
  paguRows: number[];
}

export interface Table {
  sheet: string;
  kind: TableKind;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** The first header band. */
  header: Band;
  /** Header bands repeated further down (page breaks), skipped as data. */
  repeats: Band[];
  columns: ColumnRole[];
  /** Years of the per-year columns, ascending. */
  years: number[];
  /** Years are "Tahun ke-1..5" / "TAHUN 1..5" rather than calendar years. */
  relativeYears: boolean;
  /** 0-based rows holding data (header bands excluded). */
  dataRows: number[];
  title?: string;
  /**
   * Target and pagu stacked in two rows per entity: the pagu columns are the year columns plus
   * `SECOND_MEASURE` (address.ts), read on `paguRows` only, and the target columns skip those rows.
   */
  stacked?: StackedMeasures;
  /** The planner declared this table by hand ("Tandai tabel"). */
  declared?: boolean;
}
