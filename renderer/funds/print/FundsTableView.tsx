import type { CSSProperties } from 'react';
import { CSS_FONTS } from '../../../shared/core/print';
import { pageOfText } from '../../../shared/ledgers/activities';
import type { FundsTableModel, FundsTableRow } from '../../../shared/ledgers/funds';
import { fitFontPt, PageStyle } from '../../print';

const mm = (v: number) => `${v}mm`;
const PAD = 2;

function rowStyle(h: number): CSSProperties {
  return { display: 'flex', height: mm(h), borderBottom: '0.3mm solid #000' };
}

function cellStyle(
  widthMm: number,
  align: string | undefined,
  pt: number,
  first: boolean,
): CSSProperties {
  return {
    width: mm(widthMm),
    fontSize: `${pt}pt`,
    display: 'flex',
    alignItems: 'center',
    justifyContent: align === 'right' ? 'flex-end' : align === 'center' ? 'center' : 'flex-start',
    padding: `0 ${mm(PAD / 2)}`,
    borderLeft: first ? '0.3mm solid #000' : undefined,
    borderRight: '0.3mm solid #000',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    boxSizing: 'border-box',
  };
}

function Row({ row, m, header }: { row: FundsTableRow; m: FundsTableModel; header?: boolean }) {
  const h = header ? m.metrics.tableHeaderMm : m.metrics.rowMm;
  return (
    <div
      style={{ ...rowStyle(h), fontWeight: row.strong || header ? 700 : 400 }}
      data-testid={header ? undefined : 'funds-row'}
    >
      {m.columns.map((c, i) => {
        const text = row.cells[i] ?? '';
        const pt = fitFontPt(text, c.widthMm - PAD, m.metrics.cellPt);
        return (
          <div key={i} style={cellStyle(c.widthMm, header ? 'center' : c.align, pt, i === 0)}>
            {text}
          </div>
        );
      })}
    </div>
  );
}

/** A funds ledger table (会费收缴明细表, 收支明细账, 公示 …) as A4 pages. Pure view of the model. */
export function FundsTableView({ model: m }: { model: FundsTableModel }) {
  const g = m.geometry;
  const header: FundsTableRow = { cells: m.columns.map((c) => c.label) };
  return (
    <div className="ud-sheet-doc">
      <PageStyle orientation={m.orientation} />
      {m.pages.map((page) => (
        <section
          key={page.number}
          className="ud-page ud-sheet"
          data-testid="print-page"
          style={{
            width: mm(g.widthMm),
            height: mm(g.heightMm),
            padding: `${mm(g.marginTopMm)} ${mm(g.marginRightMm)} ${mm(g.marginBottomMm)} ${mm(g.marginLeftMm)}`,
            fontFamily: CSS_FONTS.song,
            position: 'relative',
            boxSizing: 'border-box',
          }}
        >
          <header
            style={{
              height: mm(page.number === 1 ? m.metrics.firstPageHeadMm : m.metrics.laterPageHeadMm),
            }}
          >
            {page.number === 1 ? (
              <>
                <div
                  style={{
                    fontFamily: CSS_FONTS.hei,
                    fontSize: '18pt',
                    textAlign: 'center',
                    marginBottom: '3mm',
                  }}
                  data-testid="funds-title"
                >
                  {m.title}
                </div>
                <div
                  style={{
                    display: 'flex',
                    flexWrap: 'wrap',
                    justifyContent: 'space-between',
                    fontSize: '10.5pt',
                  }}
                >
                  {m.info.map((t) => (
                    <span key={t}>{t}</span>
                  ))}
                </div>
              </>
            ) : (
              <div style={{ fontSize: '11pt' }}>{m.title}（续）</div>
            )}
          </header>
          <div style={{ borderTop: '0.3mm solid #000' }}>
            <Row row={header} m={m} header />
            {page.blocks[0]?.entries.map((e, i) =>
              e.kind === 'row' ? <Row key={i} row={e.row} m={m} /> : null,
            )}
          </div>
          {/* Notes follow the table on the last page (the pagination kept room for them). */}
          {page.number === m.pageCount && m.notes.length > 0 && (
            <div style={{ fontSize: '10.5pt', marginTop: '4mm' }} data-testid="funds-notes">
              {m.notes.map((n) => (
                <div key={n} style={{ marginBottom: '1.5mm' }}>
                  {n}
                </div>
              ))}
            </div>
          )}
          <footer
            style={{
              position: 'absolute',
              left: mm(g.marginLeftMm),
              right: mm(g.marginRightMm),
              bottom: mm(g.marginBottomMm),
              height: mm(m.metrics.pageFootMm),
              fontSize: '10.5pt',
              display: 'flex',
              flexDirection: 'column',
              justifyContent: 'flex-end',
            }}
          >
            <div style={{ display: 'flex', margin: '2mm 0' }} data-testid="funds-signatures">
              {m.signatures.map((s, i) => (
                <span key={i} style={{ width: i < m.signatures.length - 1 ? '60mm' : undefined }}>
                  {s}
                </span>
              ))}
            </div>
            <div style={{ textAlign: 'center' }}>{pageOfText(page.number, m.pageCount)}</div>
          </footer>
        </section>
      ))}
    </div>
  );
}
