import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * SheetJS Community Edition reads frozen panes but does not write them (`!freeze` and
 * `!views` are ignored by 0.20.3's writer: its <sheetView> is always empty). This adds a
 * frozen top row band to a written .xlsx by editing the sheet XML inside the zip, and
 * re-compresses the package with fflate (much faster than SheetJS's own zip writer).
 */
export function freezeTopRows(
  xlsx: Uint8Array,
  rowsBySheetIndex: ReadonlyMap<number, number>,
): Uint8Array {
  const files = unzipSync(xlsx);
  for (const [index, rows] of rowsBySheetIndex) {
    if (rows <= 0) continue;
    const path = `xl/worksheets/sheet${index + 1}.xml`;
    const entry = files[path];
    if (!entry) throw new Error(`导出的工作簿缺少第${index + 1}个工作表`);
    const xml = strFromU8(entry);
    const pane = `<pane ySplit="${rows}" topLeftCell="A${rows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${rows + 1}" sqref="A${rows + 1}"/>`;
    const edited = xml.replace(/<sheetView([^>]*?)\/>/, `<sheetView$1>${pane}</sheetView>`);
    if (edited === xml) throw new Error('无法在导出的工作表中冻结表头');
    files[path] = strToU8(edited);
  }
  return zipSync(files, { level: 6 });
}
