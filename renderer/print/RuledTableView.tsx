import type { RuledTable, RuledTableRow } from '../../shared/core/print';
import { pageOfText } from '../../shared/ledgers/activities';
import { fitFontPt } from './fitText';
import { PageStyle } from './PageStyle';
import { SheetHead } from './SheetHead';
import { SheetPage } from './SheetPage';
import {
  sheetCellStyle as cellStyle,
  sheetRowStyle as rowStyle,
  SHEET_CELL_PAD_MM as PAD_MM,
} from './sheetStyles';

export interface RuledTableViewProps {
  table: RuledTable;
  /** Names the rows for tests and the pack: `${testId}-row`, `${testId}-total`, `${testId}-title`. */
  testId: string;
}

/**
 * A ruled table (shared/core/print/ruledTable) as A4 pages: the title and its line on the
 * first page, the header row on every page, the 合计 row in bold, the signature line and
 * 「第 X 页 共 Y 页」 at every foot.
 */
export function RuledTableView({ table, testId }: RuledTableViewProps) {
  const m = table.metrics;
  const row = (r: RuledTableRow) => {
    const texts = [r.seq ? String(r.seq) : '', ...r.cells];
    const total = !r.recordId;
    return (
      <div
        key={r.recordId ?? 'total'}
        className="ud-sheet-row"
        style={rowStyle(m.rowMm)}
        data-testid={total ? `${testId}-total` : `${testId}-row`}
      >
        {table.columns.map((c, i) => {
          const t = texts[i] ?? '';
          return (
            <div
              key={c.key}
              className="ud-sheet-cell"
              style={cellStyle(
                c.widthMm,
                fitFontPt(t, c.widthMm - PAD_MM, m.cellPt),
                c.align,
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
  const signatureMm = table.orientation === 'landscape' ? '80mm' : '55mm';
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
              <SheetHead title={table.title} testId={`${testId}-title`}>
                <span>{table.infoText}</span>
                <span>制表日期：{table.madeOnText}</span>
              </SheetHead>
            </>
          }
          foot={
            <div style={{ width: '100%' }}>
              <div style={{ display: 'flex', marginBottom: '3mm' }}>
                {table.signatureParts.map((p) => (
                  <span key={p} style={{ width: signatureMm }}>
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
