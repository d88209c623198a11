import { CSS_FONTS } from '../../../shared/core/print';
import type { RegistryRow, RegistryTableModel } from '../../../shared/ledgers/township';
import { pageOfText } from '../../../shared/ledgers/activities';
import {
  fitFontPt,
  PageStyle,
  SheetPage,
  sheetRowStyle as rowStyle,
  sheetCellStyle as cellStyle,
  SHEET_CELL_PAD_MM as PAD_MM,
} from '../../print';

export interface RegistryTableViewProps {
  /** Built by buildUnionTable or buildNotUnionisedList (shared/ledgers/township/print). */
  table: RegistryTableModel;
}

/** A registry table as A4 pages: header row on every page, 合计 row, signatures, page numbers. */
export function RegistryTableView({ table }: RegistryTableViewProps) {
  const m = table.metrics;
  const row = (r: RegistryRow) => {
    const texts = [r.seq ? String(r.seq) : '', ...r.cells];
    const total = !r.recordId;
    return (
      <div
        key={r.recordId ?? 'total'}
        className="ud-sheet-row"
        style={rowStyle(m.rowMm)}
        data-testid={total ? 'registry-total' : 'registry-row'}
      >
        {table.columns.map((c, i) => {
          // The 合计 label spans 序号 + 名称 visually: it sits in the name cell, left-aligned.
          const t = texts[i] ?? '';
          return (
            <div
              key={c.key}
              className="ud-sheet-cell"
              style={cellStyle(
                c.widthMm,
                fitFontPt(t, c.widthMm - PAD_MM, m.cellPt),
                total && c.key === 'name' ? 'left' : c.align,
                total,
              )}
            >
              {t}
            </div>
          );
        })}
      </div>
    );
  };
  return (
    <div className="ud-sheet-doc">
      <PageStyle orientation={table.orientation} />
      {table.pages.map((page) => (
        <SheetPage
          key={page.number}
          geometry={table.geometry}
          number={page.number}
          title={table.title}
          firstHeadMm={m.firstPageHeadMm}
          laterHeadMm={m.laterPageHeadMm}
          pageFootMm={m.pageFootMm}
          firstHead={
            <>
              <div
                className="ud-sheet-title"
                style={{ fontFamily: CSS_FONTS.hei }}
                data-testid="registry-title"
              >
                {table.title}
              </div>
              <div className="ud-sheet-info">
                <span>{table.infoText}</span>
                <span>制表日期：{table.madeOnText}</span>
              </div>
            </>
          }
          foot={
            <div style={{ width: '100%' }}>
              <div style={{ display: 'flex', marginBottom: '3mm' }}>
                {table.signatureParts.map((p) => (
                  <span
                    key={p}
                    style={{ width: table.orientation === 'landscape' ? '80mm' : '55mm' }}
                  >
                    {p}
                  </span>
                ))}
              </div>
              <div style={{ textAlign: 'center' }}>{pageOfText(page.number, table.pageCount)}</div>
            </div>
          }
        >
          <div className="ud-sheet-block">
            <div className="ud-sheet-row ud-sheet-row--header" style={rowStyle(m.tableHeaderMm)}>
              {table.columns.map((c) => (
                <div
                  key={c.key}
                  className="ud-sheet-cell"
                  style={cellStyle(c.widthMm, fitFontPt(c.label, c.widthMm - PAD_MM, 10.5))}
                >
                  {c.label}
                </div>
              ))}
            </div>
            {page.blocks[0]?.entries.map((e) => (e.kind === 'row' ? row(e.row) : null))}
          </div>
        </SheetPage>
      ))}
    </div>
  );
}
