/** Worksheets by name with their protection queued for loading (read after the next sync). */
export function sheetsWithProtection(context: Excel.RequestContext): {
  get(name: string): Excel.Worksheet;
  protectedNames(): string[];
} {
  const sheets = new Map<string, Excel.Worksheet>();
  return {
    get(name) {
      let ws = sheets.get(name);
      if (!ws) {
        ws = context.workbook.worksheets.getItem(name);
        ws.protection.load('protected');
        sheets.set(name, ws);
      }
      return ws;
    },
    protectedNames: () => [...sheets.entries()].filter(([, ws]) => ws.protection.protected).map(([name]) => name),
  };
}
