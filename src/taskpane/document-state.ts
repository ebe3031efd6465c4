import { DECLARATIONS_SETTING, type TableDeclaration } from '../core/recognize/declared';

/**
 * What the add-in keeps in the document itself, whatever the host (Excel's document settings, Google
 * Sheets' document properties) — it travels with the file: the findings a planner ignored, the
 * original fills of highlighted cells, the undo record of a fill, and the tables the planner marked
 * by hand ("Tandai tabel").
 */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  save(): Promise<void>;
}

export const KEYS = {
  ignored: 'renstra.abaikan',
  highlights: 'renstra.sorotan',
  undoFill: 'renstra.batalkan-pengisian',
  /** TableDeclaration[] (src/core/recognize/declared.ts); `renstra check` reads it from the file too. */
  declaredTables: DECLARATIONS_SETTING,
} as const;

/** "Sorot": red for an error, yellow for a warning, in every host. */
export const HIGHLIGHT_COLORS = { error: '#F8C9C4', warning: '#FFE9A8' } as const;

/** The declarations as stored (validation against the sheets is the check's); anything malformed is left out. */
export function parseDeclarations(raw: unknown): TableDeclaration[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (d): d is TableDeclaration =>
      !!d && typeof d === 'object' && typeof d.sheet === 'string' && typeof d.header === 'string' && typeof d.kind === 'string',
  );
}
