import type { CareSheetModel, CareSheetRow } from '../../shared/ledgers/care';
import { pageOfText } from '../../shared/ledgers/activities';
import { fitFontPt } from './fitText';
import { PageStyle } from './PageStyle';
import { SheetHead } from './SheetHead';
import { SheetPage } from './SheetPage';
import { columnRules } from './columnRules';
import { sheetRowStyle as rowStyle, mm, SHEET_CELL_PAD_MM as CELL_PADDING_MM } from './sheetStyles';

export interface CareSheetViewProps {
  /** Built by buildReceiptSheet / buildCampaignSheet / buildVisitRegister (shared/ledgers/care/print). */
  sheet: CareSheetModel;
}

const HEADER_PT = 10.5;

function Row({
  row,
  sheet,
  widths,
}: {
  row: CareSheetRow;
  sheet: CareSheetModel;
  widths: number[];
}) {
  return (
    <div
      className="ud-sheet-row"
      style={{
        ...rowStyle(sheet.metrics.rowMm),
        fontWeight: row.kind === 'total' ? 700 : undefined,
      }}
      data-testid={row.kind === 'total' ? 'care-sheet-total' : 'care-sheet-row'}
    >
      {sheet.columns.map((col, i) => {
        const text = row.cells[i] ?? '';
        const pt = fitFontPt(text, col.widthMm - CELL_PADDING_MM, sheet.metrics.cellPt);
        return (
          <div
            key={col.key}
            className="ud-sheet-cell"
            style={{
              fontSize: `${pt}pt`,
              width: mm(widths[i]!),
              textAlign: col.align ?? 'left',
            }}
          >
            {text}
          </div>
        );
      })}
    </div>
  );
}

/** A care sheet (签领表, 慰问登记表) as A4 pages: header row on every page, 合计, signature line and page numbers. */
export function CareSheetView({ sheet }: CareSheetViewProps) {
  const g = sheet.geometry;
  const m = sheet.metrics;
  const widths = sheet.columns.map((c) => c.widthMm - 0.5 / sheet.columns.length);
  const innerWidth = g.widthMm - g.marginLeftMm - g.marginRightMm;
  return (
    <div className="ud-sheet-doc">
      <PageStyle orientation={sheet.orientation} />
      {sheet.pages.map((page) => (
        <SheetPage
          key={page.number}
          geometry={g}
          number={page.number}
          title={sheet.title}
          firstHeadMm={m.firstPageHeadMm}
          laterHeadMm={m.laterPageHeadMm}
          pageFootMm={m.pageFootMm}
          firstHead={
            <>
              <div className="ud-sheet-union">{sheet.unionName}</div>
              <SheetHead title={sheet.title} testId="care-sheet-title">
                {sheet.info.map((t) => (
                  <span key={t}>{t}</span>
                ))}
              </SheetHead>
            </>
          }
          foot={
            <div style={{ width: '100%' }}>
              <div
                style={{ display: 'flex', marginBottom: '3mm' }}
                data-testid="care-sheet-signature"
              >
                {sheet.signatureParts.map((part, i) => (
                  <span key={i} style={{ width: `${100 / sheet.signatureParts.length}%` }}>
                    {part}
                  </span>
                ))}
              </div>
              <div style={{ textAlign: 'center' }} data-testid="page-of">
                {pageOfText(page.number, sheet.pageCount)}
              </div>
            </div>
          }
        >
          <div className="ud-sheet-block" style={{ width: mm(innerWidth), ...columnRules(widths) }}>
            <div className="ud-sheet-row ud-sheet-row--header" style={rowStyle(m.tableHeaderMm)}>
              {sheet.columns.map((c, i) => (
                <div
                  key={c.key}
                  className="ud-sheet-cell"
                  style={{
                    fontSize: `${fitFontPt(c.label, c.widthMm - CELL_PADDING_MM, HEADER_PT)}pt`,
                    width: mm(widths[i]!),
                    letterSpacing: 0,
                  }}
                >
                  {c.label}
                </div>
              ))}
            </div>
            {page.blocks[0]?.entries.map((e, i) =>
              e.kind === 'heading' ? (
                <div
                  key={i}
                  className="ud-sheet-group"
                  style={{ height: mm(e.heightMm), width: mm(widths.reduce((a, w) => a + w, 0)) }}
                >
                  {e.continued ? `${e.label}（续）` : e.label}
                </div>
              ) : (
                <Row key={i} row={e.row} sheet={sheet} widths={widths} />
              ),
            )}
          </div>
        </SheetPage>
      ))}
    </div>
  );
}
