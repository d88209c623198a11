import type { CSSProperties } from 'react';
import { CSS_FONTS } from '../../../shared/core/print';
import type { PublicNoticeModel } from '../../../shared/ledgers/hardship';
import { pageOfText } from '../../../shared/ledgers/activities';
import { fitFontPt, PageStyle, SheetPage } from '../../print';

const mm = (v: number) => `${v}mm`;
const row = (h: number) =>
  ({ display: 'flex', height: mm(h), '--ud-row-h': mm(h) }) as CSSProperties;
const cell = (w: number, pt: number): CSSProperties => ({
  width: mm(w),
  fontSize: `${pt}pt`,
  borderRight: '0.3mm solid #000',
});

/** 困难职工建档公示: the notice text, the list (姓名 部门 困难类别 only), the union and date. */
export function PublicNoticeView({ notice }: { notice: PublicNoticeModel }) {
  const m = notice.metrics;
  return (
    <div className="ud-sheet-doc">
      <PageStyle orientation="portrait" />
      {notice.pages.map((page) => (
        <SheetPage
          key={page.number}
          geometry={notice.geometry}
          number={page.number}
          title={notice.title}
          firstHeadMm={m.firstPageHeadMm}
          laterHeadMm={m.laterPageHeadMm}
          pageFootMm={m.pageFootMm}
          firstHead={
            <div>
              <div
                className="ud-sheet-title"
                style={{ fontFamily: CSS_FONTS.hei, fontSize: '20pt', margin: '4mm 0 5mm' }}
                data-testid="notice-title"
              >
                {notice.title}
              </div>
              <div
                style={{
                  fontSize: '13pt',
                  lineHeight: 1.8,
                  textIndent: '2em',
                  whiteSpace: 'normal',
                }}
              >
                {notice.intro}
              </div>
            </div>
          }
          foot={
            <div style={{ width: '100%' }}>
              {page.number === notice.pageCount && (
                <div
                  style={{
                    textAlign: 'right',
                    fontSize: '13pt',
                    lineHeight: 1.7,
                    marginBottom: '3mm',
                  }}
                >
                  <div>{notice.signature}</div>
                  <div>{notice.dateText}</div>
                </div>
              )}
              <div style={{ textAlign: 'center' }}>{pageOfText(page.number, notice.pageCount)}</div>
            </div>
          }
        >
          <div className="ud-sheet-block" style={{ margin: '0 auto' }}>
            <div className="ud-sheet-row ud-sheet-row--header" style={row(m.tableHeaderMm)}>
              {notice.columns.map((c) => (
                <div key={c.key} className="ud-sheet-cell" style={cell(c.widthMm, 12)}>
                  {c.label}
                </div>
              ))}
            </div>
            {page.blocks[0]?.entries.map((e) =>
              e.kind === 'row' ? (
                <div
                  key={e.row.fileId}
                  className="ud-sheet-row"
                  style={row(m.rowMm)}
                  data-testid="notice-row"
                >
                  {[String(e.row.seq), ...e.row.cells].map((t, i) => (
                    <div
                      key={i}
                      className="ud-sheet-cell"
                      style={cell(
                        notice.columns[i]!.widthMm,
                        fitFontPt(t, notice.columns[i]!.widthMm - 2, 12),
                      )}
                    >
                      {t}
                    </div>
                  ))}
                </div>
              ) : null,
            )}
          </div>
        </SheetPage>
      ))}
    </div>
  );
}
