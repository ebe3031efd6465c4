/** The add-on's menu, its sidebar and its help dialog. */
import { MENU, type SidebarAction } from '../api';
import { clearHighlights } from './write';

export const ADDON_TITLE = 'Pemeriksa Renstra';

export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU) {
    if (item) menu.addItem(item[0], item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}

/** Opens the sidebar (Sidebar.html: the task pane's React app), asking it to start with `action`. */
export function showSidebar(action?: SidebarAction): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(ADDON_TITLE);
  if (action) html.append(`<script>window.RENSTRA_AKSI = ${JSON.stringify(action)};</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showHelp(): void {
  const html = HtmlService.createHtmlOutputFromFile('Bantuan').setWidth(720).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, 'Bantuan fungsi Renstra');
}

export function clearHighlightsFromMenu(): void {
  const n = clearHighlights();
  SpreadsheetApp.getActiveSpreadsheet().toast(n ? `${n} sel kembali ke warna semula.` : 'Tidak ada sorotan add-in di spreadsheet ini.', 'Hapus sorotan');
}
