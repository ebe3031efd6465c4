/**
 * The add-in's document settings as a file holds them. Office keeps `Office.context.document.settings`
 * in the workbook package, in the web extension part of the add-in
 * (`xl/webextensions/webextension1.xml`: `<we:property name="renstra.tabel" value="[…JSON…]"/>`),
 * so the CLI reads what the task pane saved — the tables a planner declared by hand among them.
 */
import type JSZip from 'jszip';
import { SaxesParser } from 'saxes';

const PART = /^xl\/webextensions\/webextension\d*\.xml$/i;

/** Every add-in property in the package, by name (values JSON-decoded where they are JSON). */
export async function readAddinSettings(zip: JSZip): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const parts = Object.keys(zip.files).filter((p) => PART.test(p)).sort();
  for (const path of parts) {
    const xml = await zip.file(path)!.async('string');
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', (tag) => {
      if (tag.local !== 'property') return;
      const name = tag.attributes.name;
      const value = tag.attributes.value;
      const key = typeof name === 'string' ? name : name?.value;
      const raw = typeof value === 'string' ? value : value?.value;
      if (!key || raw === undefined) return;
      try {
        out[key] = JSON.parse(raw);
      } catch {
        out[key] = raw;
      }
    });
    try {
      parser.write(xml).close();
    } catch {
      // A damaged settings part: the workbook is still checked, without its settings.
    }
  }
  return out;
}
