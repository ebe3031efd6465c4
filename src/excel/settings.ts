/**
 * What the add-in keeps in the workbook itself (document settings travel with the file): the findings
 * a planner ignored and the original fills of highlighted cells.
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
