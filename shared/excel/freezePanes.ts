import * as XLSX from 'xlsx';

/**
 * SheetJS Community Edition reads frozen panes but does not write them (`!freeze` and
 * `!views` are ignored by 0.20.3's writer: its <sheetView> is always empty). This adds a
 * frozen top row band to a written .xlsx by editing the sheet XML inside the zip.
 */
export function freezeTopRows(
  xlsx: Uint8Array,
  rowsBySheetIndex: ReadonlyMap<number, number>,
): Uint8Array {
  const zip = XLSX.CFB.read(xlsx, { type: 'array' });
  for (const [index, rows] of rowsBySheetIndex) {
    if (rows <= 0) continue;
    const path = `xl/worksheets/sheet${index + 1}.xml`;
    const at = zip.FullPaths.findIndex((p: string) => p.endsWith(`/${path}`) || p === path);
    const entry = at >= 0 ? zip.FileIndex[at] : undefined;
    if (!entry?.content) throw new Error(`导出的工作簿缺少第${index + 1}个工作表`);
    const xml = new TextDecoder().decode(entry.content as Uint8Array);
    const pane = `<pane ySplit="${rows}" topLeftCell="A${rows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${rows + 1}" sqref="A${rows + 1}"/>`;
    const edited = xml.replace(/<sheetView([^>]*?)\/>/, `<sheetView$1>${pane}</sheetView>`);
    if (edited === xml) throw new Error('无法在导出的工作表中冻结表头');
    const bytes = new TextEncoder().encode(edited);
    entry.content = bytes;
    entry.size = bytes.length;
  }
  const out: unknown = XLSX.CFB.write(zip, { fileType: 'zip', type: 'array' });
  // Node gives a Buffer, browsers an ArrayBuffer or a plain array, depending on the build.
  if (out instanceof Uint8Array) return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  if (out instanceof ArrayBuffer) return new Uint8Array(out);
  return Uint8Array.from(out as ArrayLike<number>);
}
