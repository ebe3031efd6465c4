/** The part of xlsx-populate the tests use: it writes real password-encrypted workbooks (ECMA-376 agile encryption). */
declare module 'xlsx-populate' {
  interface Cell {
    value(v: string | number): Cell;
  }
  interface Sheet {
    cell(address: string): Cell;
  }
  interface Workbook {
    sheet(index: number): Sheet;
    toFileAsync(path: string, options?: { password?: string }): Promise<void>;
  }
  const XlsxPopulate: { fromBlankAsync(): Promise<Workbook> };
  export default XlsxPopulate;
}
