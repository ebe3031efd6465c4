/** The services around the spreadsheet in the Sheets double: Ui, Menu, HtmlService, PropertiesService, Utilities, Logger. */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { own, typeName } from './cells';
import { dateMs, formatDate, isDate } from './dates';
import type { DoubleImpl, MenuItemRecord, MenuRecord } from './model';

/** https://developers.google.com/apps-script/guides/services/quotas — "Properties value size: 9 KB / val". */
const PROPERTY_VALUE_LIMIT = 9 * 1024;
/** Same page — "Properties total storage: 500 KB / property store". */
const PROPERTY_STORE_LIMIT = 500 * 1024;

// ---------------------------------------------------------------------------------------------
// Ui, Menu
// ---------------------------------------------------------------------------------------------

/** https://developers.google.com/apps-script/reference/base/ui */
export class UiDouble {
  /** https://developers.google.com/apps-script/reference/base/button */
  readonly Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
  /** https://developers.google.com/apps-script/reference/base/button-set */
  readonly ButtonSet = Object.freeze({ OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' });

  constructor(private readonly doc: DoubleImpl) {}

  // https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()
  createAddonMenu(): MenuDouble {
    return new MenuDouble(this.doc, null);
  }

  // https://developers.google.com/apps-script/reference/base/ui#createMenu(String)
  createMenu(caption: string): MenuDouble {
    return new MenuDouble(this.doc, String(caption));
  }

  // https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)
  showSidebar(userInterface: HtmlOutputDouble): void {
    const html = own(this.doc, userInterface, HtmlOutputDouble, 'Ui.showSidebar');
    this.doc.ui.sidebars.push({ title: html.getTitle(), content: html.getContent() });
  }

  // https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)
  showModalDialog(userInterface: HtmlOutputDouble, title: string): void {
    const html = own(this.doc, userInterface, HtmlOutputDouble, 'Ui.showModalDialog');
    this.doc.ui.dialogs.push({ title: String(title), content: html.getContent() });
  }

  // https://developers.google.com/apps-script/reference/base/ui#showModelessDialog(Object,String)
  showModelessDialog(userInterface: HtmlOutputDouble, title: string): void {
    const html = own(this.doc, userInterface, HtmlOutputDouble, 'Ui.showModelessDialog');
    this.doc.ui.dialogs.push({ title: String(title), content: html.getContent() });
  }

  /**
   * https://developers.google.com/apps-script/reference/base/ui#alert(String)
   * Also alert(prompt, buttons) and alert(title, prompt, buttons); recorded as 'title: prompt' or
   * prompt, and answered with the button set's first button (OK or YES).
   */
  alert(...args: string[]): string {
    const [title, prompt, buttons] = args.length >= 3 ? args : [undefined, args[0], args[1]];
    this.doc.ui.alerts.push(title ? `${title}: ${prompt}` : String(prompt));
    return buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? 'YES' : 'OK';
  }
}

/** https://developers.google.com/apps-script/reference/base/menu */
export class MenuDouble {
  private readonly items: MenuItemRecord[] = [];

  constructor(
    private readonly doc: DoubleImpl,
    private readonly title: string | null,
  ) {}

  // https://developers.google.com/apps-script/reference/base/menu#addItem(String,String)
  addItem(caption: string, functionName: string): MenuDouble {
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/menu#addSeparator()
  addSeparator(): MenuDouble {
    this.items.push('separator');
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/menu#addSubMenu(Menu)
  addSubMenu(menu: MenuDouble): MenuDouble {
    const sub = own(this.doc, menu, MenuDouble, 'Menu.addSubMenu');
    this.items.push({ caption: sub.title ?? '', functionName: '', submenu: [...sub.items] });
    return this;
  }

  /** https://developers.google.com/apps-script/reference/base/menu#addToUi() — a menu added again replaces the one of the same title. */
  addToUi(): void {
    const menus = this.doc.ui.menus;
    const i = menus.findIndex((m) => m.title === this.title);
    const record: MenuRecord = { title: this.title, items: [...this.items] };
    if (i >= 0) menus[i] = record;
    else menus.push(record);
  }
}

// ---------------------------------------------------------------------------------------------
// HtmlService
// ---------------------------------------------------------------------------------------------

/** https://developers.google.com/apps-script/reference/html/html-service */
export class HtmlServiceDouble {
  /** https://developers.google.com/apps-script/reference/html/sandbox-mode */
  readonly SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
  /** https://developers.google.com/apps-script/reference/html/x-frame-options-mode */
  readonly XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

  constructor(private readonly doc: DoubleImpl) {}

  // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
  createHtmlOutputFromFile(filename: string): HtmlOutputDouble {
    const file = join(this.doc.htmlDir, `${filename}.html`);
    if (!existsSync(file)) this.doc.fail(`No HTML file named ${filename} was found.`);
    return new HtmlOutputDouble(readFileSync(file, 'utf8'));
  }

  // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutput(String)
  createHtmlOutput(html?: string): HtmlOutputDouble {
    return new HtmlOutputDouble(html === undefined ? '' : String(html));
  }
}

/** https://developers.google.com/apps-script/reference/html/html-output */
export class HtmlOutputDouble {
  private title = '';
  private width = 0;
  private height = 0;

  constructor(private content: string) {}

  // https://developers.google.com/apps-script/reference/html/html-output#setTitle(String)
  setTitle(title: string): HtmlOutputDouble {
    this.title = String(title);
    return this;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#getTitle()
  getTitle(): string {
    return this.title;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#setWidth(Integer)
  setWidth(width: number): HtmlOutputDouble {
    this.width = width;
    return this;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#getWidth()
  getWidth(): number {
    return this.width;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#setHeight(Integer)
  setHeight(height: number): HtmlOutputDouble {
    this.height = height;
    return this;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#getHeight()
  getHeight(): number {
    return this.height;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#append(String)
  append(addedContent: string): HtmlOutputDouble {
    this.content += String(addedContent);
    return this;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#setContent(String)
  setContent(content: string): HtmlOutputDouble {
    this.content = String(content);
    return this;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#getContent()
  getContent(): string {
    return this.content;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#setSandboxMode(SandboxMode)
  setSandboxMode(_mode: string): HtmlOutputDouble {
    return this;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#setXFrameOptionsMode(XFrameOptionsMode)
  setXFrameOptionsMode(_mode: string): HtmlOutputDouble {
    return this;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#addMetaTag(String,String)
  addMetaTag(_name: string, _content: string): HtmlOutputDouble {
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// PropertiesService
// ---------------------------------------------------------------------------------------------

/** https://developers.google.com/apps-script/reference/properties/properties-service */
export class PropertiesServiceDouble {
  constructor(private readonly doc: DoubleImpl) {}

  // https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
  getDocumentProperties(): PropertiesDouble {
    return new PropertiesDouble(this.doc, this.doc.documentProperties);
  }

  // https://developers.google.com/apps-script/reference/properties/properties-service#getScriptProperties()
  getScriptProperties(): PropertiesDouble {
    return new PropertiesDouble(this.doc, this.doc.scriptProperties);
  }

  // https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()
  getUserProperties(): PropertiesDouble {
    return new PropertiesDouble(this.doc, this.doc.userProperties);
  }
}

function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** https://developers.google.com/apps-script/reference/properties/properties */
export class PropertiesDouble {
  constructor(
    private readonly doc: DoubleImpl,
    private readonly store: Map<string, string>,
  ) {}

  /** Quotas: https://developers.google.com/apps-script/guides/services/quotas (9 KB a value, 500 KB a store). */
  private checked(entries: [string, string][], replaceAll: boolean): void {
    for (const [, value] of entries) if (utf8Bytes(value) > PROPERTY_VALUE_LIMIT) this.doc.fail('Argument too large: value');
    const next = new Map(replaceAll ? [] : this.store);
    for (const [k, v] of entries) next.set(k, v);
    let total = 0;
    for (const [k, v] of next) total += utf8Bytes(k) + utf8Bytes(v);
    if (total > PROPERTY_STORE_LIMIT) this.doc.fail('You have exceeded the property storage quota. Please remove some properties and try again.');
  }

  // https://developers.google.com/apps-script/reference/properties/properties#getProperty(String)
  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  // https://developers.google.com/apps-script/reference/properties/properties#setProperty(String,String)
  setProperty(key: string, value: unknown): PropertiesDouble {
    const entry: [string, string] = [String(key), String(value)];
    this.checked([entry], false);
    this.store.set(...entry);
    return this;
  }

  // https://developers.google.com/apps-script/reference/properties/properties#setProperties(Object,Boolean)
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): PropertiesDouble {
    const entries = Object.entries(properties ?? {}).map(([k, v]): [string, string] => [k, String(v)]);
    this.checked(entries, deleteAllOthers);
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of entries) this.store.set(k, v);
    return this;
  }

  // https://developers.google.com/apps-script/reference/properties/properties#deleteProperty(String)
  deleteProperty(key: string): PropertiesDouble {
    this.store.delete(String(key));
    return this;
  }

  // https://developers.google.com/apps-script/reference/properties/properties#deleteAllProperties()
  deleteAllProperties(): PropertiesDouble {
    this.store.clear();
    return this;
  }

  // https://developers.google.com/apps-script/reference/properties/properties#getProperties()
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  // https://developers.google.com/apps-script/reference/properties/properties#getKeys()
  getKeys(): string[] {
    return this.doc.list([...this.store.keys()]);
  }
}

// ---------------------------------------------------------------------------------------------
// Utilities, Logger
// ---------------------------------------------------------------------------------------------

/** https://developers.google.com/apps-script/reference/utilities/utilities */
export class UtilitiesDouble {
  constructor(private readonly doc: DoubleImpl) {}

  /**
   * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
   * Java SimpleDateFormat letters y M d H h m s S E a Z, and 'quoted' text.
   */
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date)) this.doc.fail(`The parameters (${typeName(date)},String,String) don't match the method signature for Utilities.formatDate.`);
    return formatDate(dateMs(date), String(timeZone), String(format), (m) => this.doc.fail(m));
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
  sleep(_milliseconds: number): void {}

  // https://developers.google.com/apps-script/reference/utilities/utilities#getUuid()
  getUuid(): string {
    return globalThis.crypto.randomUUID();
  }
}

/** https://developers.google.com/apps-script/reference/base/logger */
export class LoggerDouble {
  constructor(private readonly doc: DoubleImpl) {}

  // https://developers.google.com/apps-script/reference/base/logger#log(Object)
  // https://developers.google.com/apps-script/reference/base/logger#log(String,Object...)
  log(data: unknown, ...values: unknown[]): LoggerDouble {
    let text = typeof data === 'string' ? data : describe(data);
    if (values.length) {
      let i = 0;
      text = text.replace(/%s/g, () => (i < values.length ? describe(values[i++]) : '%s'));
    }
    this.doc.logs.push(text);
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/logger#getLog()
  getLog(): string {
    return this.doc.logs.map((l) => `${l}\n`).join('');
  }

  // https://developers.google.com/apps-script/reference/base/logger#clear()
  clear(): void {
    this.doc.logs.length = 0;
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined || typeof value !== 'object') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
