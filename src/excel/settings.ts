import type { SettingsStore } from '../taskpane/document-state';

/** The document state's keys and store, shared with the Google Sheets host. */
export { KEYS, type SettingsStore } from '../taskpane/document-state';

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
