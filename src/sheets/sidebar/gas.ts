/**
 * `google.script.run` as promises: the sidebar's only way to the spreadsheet. Each call runs one
 * top-level function of Code.js on Google's servers.
 * https://developers.google.com/apps-script/guides/html/reference/run
 */
import { SERVER_FUNCTIONS, type ServerApi, type SidebarAction } from '../api';

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

declare global {
  interface Window {
    google?: { script: { run: ScriptRun } };
    /** Set by the menu item that opened the sidebar (ui.ts). */
    RENSTRA_AKSI?: SidebarAction;
  }
}

export type Server = { [K in keyof ServerApi]: (...args: Parameters<ServerApi[K]>) => Promise<ReturnType<ServerApi[K]>> };

/** Apps Script's message without its "Exception: " or "Error: " prefix. */
function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'object' && error && 'message' in error ? String((error as { message: unknown }).message) : String(error);
  return text.replace(/^(Exception|Error|ScriptError):\s*/i, '');
}

export function server(run: ScriptRun | undefined = window.google?.script.run): Server {
  const api = {} as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of SERVER_FUNCTIONS) {
    api[name] = (...args) =>
      new Promise((resolve, reject) => {
        if (!run) {
          reject(new Error('Panel ini hanya berjalan di Google Sheets (google.script.run tidak ada): buka lewat menu Ekstensi → Pemeriksa Renstra.'));
          return;
        }
        const call = run.withSuccessHandler(resolve).withFailureHandler((e) => reject(new Error(messageOf(e))))[name] as (...a: unknown[]) => void;
        call(...args);
      });
  }
  return api as unknown as Server;
}
