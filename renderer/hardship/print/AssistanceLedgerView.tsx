import { CSS_FONTS } from '../../../shared/core/print';
import type { AssistanceLedgerModel, LedgerRow } from '../../../shared/ledgers/hardship';
import { pageOfText } from '../../../shared/ledgers/activities';
import {
  fitFontPt,
  PageStyle,
  SheetPage,
  sheetRowStyle as rowStyle,
  sheetCellStyle as cellStyle,
  SHEET_CELL_PAD_MM as PAD_MM,
} from '../../print';

export interface AssistanceLedgerViewProps {
  /** Built by buildAssistanceLedger (shared/ledgers/hardship/print/assistanceLedger). */
  ledger: AssistanceLedgerModel;
}

/** 困难职工帮扶台账 as A4 landscape pages: header row on every page, 合计 row, signatures, page numbers. */
export function AssistanceLedgerView({ ledger }: AssistanceLedgerViewProps) {
  const g = ledger.geometry;
  const m = ledger.metrics;
  const row = (r: LedgerRow) => {
    const texts = [r.seq ? String(r.seq) : '', ...r.cells];
    return (
      <div
        key={r.recordId ?? 'total'}
        className="ud-sheet-row"
        style={rowStyle(m.rowMm)}
        data-testid={r.recordId ? 'ledger-row' : 'ledger-total'}
      >
        {ledger.columns.map((c, i) => {
          const t = texts[i] ?? '';
          return (
            <div
              key={c.key}
              className="ud-sheet-cell"
              style={cellStyle(
                c.widthMm,
                fitFontPt(t, c.widthMm - PAD_MM, m.cellPt),
                c.align,
                !r.recordId,
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
      <PageStyle orientation="landscape" />
      {ledger.pages.map((page) => (
        <SheetPage
          key={page.number}
          geometry={g}
          number={page.number}
          title={ledger.title}
          firstHeadMm={m.firstPageHeadMm}
          laterHeadMm={m.laterPageHeadMm}
          pageFootMm={m.pageFootMm}
          firstHead={
            <>
              <div
                className="ud-sheet-title"
                style={{ fontFamily: CSS_FONTS.hei }}
                data-testid="ledger-title"
              >
                {ledger.title}
              </div>
              <div className="ud-sheet-info">
                <span>{ledger.periodText}</span>
                <span>制表日期：{ledger.madeOnText}</span>
              </div>
            </>
          }
          foot={
            <div style={{ width: '100%' }}>
              <div style={{ display: 'flex', marginBottom: '3mm' }}>
                {ledger.signatureParts.map((p) => (
                  <span key={p} style={{ width: '80mm' }}>
                    {p}
                  </span>
                ))}
              </div>
              <div style={{ textAlign: 'center' }}>{pageOfText(page.number, ledger.pageCount)}</div>
            </div>
          }
        >
          <div className="ud-sheet-block">
            <div className="ud-sheet-row ud-sheet-row--header" style={rowStyle(m.tableHeaderMm)}>
              {ledger.columns.map((c) => (
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
