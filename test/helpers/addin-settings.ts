/**
 * Puts add-in document settings into an .xlsx the way Office saves them: a task pane part pointing
 * at a web extension part whose `we:property` values are JSON (Office.context.document.settings).
 */
import { readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function withAddinSettings(file: string, out: string, settings: Record<string, unknown>): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const props = Object.entries(settings)
    .map(([name, value]) => `<we:property name="${escape(name)}" value="${escape(JSON.stringify(value))}"/>`)
    .join('');
  zip.file(
    'xl/webextensions/webextension1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{7B6E1D33-0C3A-4D6B-9A51-2F0E3C4D5A61}"><we:reference id="7b6e1d33-0c3a-4d6b-9a51-2f0e3c4d5a61" version="0.1.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties>${props}</we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
  );
  zip.file(
    'xl/webextensions/taskpanes.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>',
  );
  zip.file(
    'xl/webextensions/_rels/taskpanes.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>',
  );
  const types = (await zip.file('[Content_Types].xml')!.async('string')).replace(
    '</Types>',
    '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/><Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>',
  );
  zip.file('[Content_Types].xml', types);
  const rels = (await zip.file('_rels/.rels')!.async('string')).replace(
    '</Relationships>',
    '<Relationship Id="rIdTaskpanes" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>',
  );
  zip.file('_rels/.rels', rels);
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer' }));
  return out;
}
