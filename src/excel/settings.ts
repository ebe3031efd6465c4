import { DECLARATIONS_SETTING } from '../core/recognize/declared';

/**
 * What the add-in keeps in the workbook itself (document settings travel with the file): the findings
 * a planner ignored, the original fills of highlighted cells, the undo record of a fill, and the
 * tables the planner marked by hand ("Tandai tabel").
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

/** Office.context.document.settings as a SettingsStore. */
export function documentSettings(settings: Office.Settings): SettingsStore {
  return {
    get: (key) => settings.get(key),
    set: (key, value) => settings.set(key, value),
    save: () =>
      new Promise((resolve, reject) =>
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded
            ? resolve()
            : reject(new Error(`Pengaturan workbook tidak dapat disimpan: ${result.error?.message ?? 'sebab tidak diketahui'}`)),
        ),
      ),
  };
}
