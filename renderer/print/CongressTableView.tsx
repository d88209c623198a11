import type { CSSProperties } from 'react';
import type { TableDocModel, TableDocRow } from '../../shared/ledgers/congress';
import { pageOfText } from '../../shared/ledgers/activities';
import { PageStyle } from './PageStyle';
import { SheetHead } from './SheetHead';
import { SheetPage } from './SheetPage';
import { columnRules } from './columnRules';

export interface CongressTableViewProps {
  /** Built by the congress pack (shared/ledgers/congress/print/congressPack.ts). */
  doc: TableDocModel;
}

const mm = (v: number) => `${v}mm`;

function Row({ row, doc, widths }: { row: TableDocRow; doc: TableDocModel; widths: string[] }) {
  const m = doc.metrics;
  return (
    <div
      className="ud-sheet-row"
      style={{ display: 'flex', height: mm(row.heightMm) }}
      data-testid="doc-row"
    >
      {doc.columns.map((col, i) => (
        <div
          key={col.key}
          className={`ud-sheet-cell${col.wrap ? ' ud-sheet-cell--left' : ''}`}
          style={{
            width: widths[i],
            fontSize: `${m.cellPt}pt`,
            lineHeight: mm(m.lineMm),
            whiteSpace: 'pre',
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'center',
            alignItems: col.wrap ? 'flex-start' : 'center',
          }}
        >
          {(row.cells[i] ?? ['']).map((line, k) => (
            <span key={k}>{line}</span>
          ))}
        </div>
      ))}
    </div>
  );
}

/**
 * A ruled table of the congress pack on A4 pages: title and facts on the first page, an
 * optional report text above the table, header row on every page, group headings, the
 * signature line and 「第 X 页 共 Y 页」 at every foot.
 */
export function CongressTableView({ doc }: CongressTableViewProps) {
  const g = doc.geometry;
  const m = doc.metrics;
  const widthsMm = doc.columns.map((c) => c.widthMm - 0.5 / doc.columns.length);
  const widths = widthsMm.map(mm);
  const innerWidth = g.widthMm - g.marginLeftMm - g.marginRightMm;
  const headerStyle: CSSProperties = {
    display: 'flex',
    height: mm(m.tableHeaderMm),
    '--ud-row-h': mm(m.tableHeaderMm),
  } as CSSProperties;
  return (
    <div className="ud-sheet-doc">
      <PageStyle orientation={doc.orientation} />
      {doc.pages.map((page) => (
        <SheetPage
          key={page.number}
          geometry={g}
          number={page.number}
          title={doc.title}
          firstHeadMm={m.firstPageHeadMm}
          laterHeadMm={m.laterPageHeadMm}
          pageFootMm={m.pageFootMm}
          firstHead={
            <>
              <SheetHead title={doc.title} testId="doc-title">
                <span>{doc.infoLeft}</span>
                <span>{doc.infoRight}</span>
              </SheetHead>
              {doc.intro.length > 0 && (
                <div
                  style={{
                    textAlign: 'left',
                    fontSize: '12pt',
                    lineHeight: '7mm',
                    whiteSpace: 'pre',
                    marginBottom: '3mm',
                  }}
                >
                  {doc.intro.map((line, i) => (
                    <div key={i}>{line}</div>
                  ))}
                </div>
              )}
            </>
          }
          foot={
            <div style={{ width: '100%' }}>
              <div style={{ display: 'flex', marginBottom: '3mm' }} data-testid="doc-signature">
                {doc.signatureParts.map((part, i) => (
                  <span
                    key={i}
                    style={{ width: i < doc.signatureParts.length - 1 ? '60mm' : undefined }}
                  >
                    {part}
                  </span>
                ))}
              </div>
              <div style={{ textAlign: 'center' }} data-testid="page-of">
                {pageOfText(page.number, doc.pageCount)}
              </div>
            </div>
          }
        >
          <div
            className="ud-sheet-block"
            style={{ width: mm(innerWidth), ...columnRules(widthsMm) }}
          >
            <div className="ud-sheet-row ud-sheet-row--header" style={headerStyle}>
              {doc.columns.map((c, i) => (
                <div key={c.key} className="ud-sheet-cell" style={{ width: widths[i] }}>
                  {c.label}
                </div>
              ))}
            </div>
            {page.blocks[0]?.entries.map((e, i) =>
              e.kind === 'row' ? (
                <Row key={i} row={e.row} doc={doc} widths={widths} />
              ) : (
                <div key={i} className="ud-sheet-group" style={{ height: mm(e.heightMm) }}>
                  {e.label}
                  {e.continued ? '（续）' : ''}
                </div>
              ),
            )}
          </div>
        </SheetPage>
      ))}
    </div>
  );
}
