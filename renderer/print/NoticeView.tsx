import type { CSSProperties } from 'react';
import { CSS_FONTS } from '../../shared/core/print';
import {
  NOTICE_PAGE,
  noticePageNumberText,
  type NoticeLayout,
  type NoticeLine,
} from '../../shared/ledgers/notices';
import { PageStyle } from './PageStyle';

export interface NoticeViewProps {
  /** Built by layoutNotice (shared/ledgers/notices/print/noticeLayout) from a merged notice. */
  layout: NoticeLayout;
}

const P = NOTICE_PAGE;
const mm = (v: number) => `${v}mm`;
const LINE_MM = P.textHeightMm / P.linesPerPage;
/** One body character: 156 mm ÷ 28. */
const CHAR_MM = P.textWidthMm / P.charsPerLine;

// 28 characters of 3号 (16 pt = 5.64 mm) are a little wider than 156 mm, so the body is
// set with a slightly negative letter-spacing, as Word's character grid does.
const bodyStyle: CSSProperties = {
  fontFamily: CSS_FONTS.fangsong,
  fontSize: `${P.bodyPt}pt`,
  letterSpacing: `calc(${mm(CHAR_MM)} - ${P.bodyPt}pt)`,
};

function lineStyle(l: NoticeLine): CSSProperties {
  const base: CSSProperties = {
    height: mm(LINE_MM * l.span),
    lineHeight: mm(LINE_MM * l.span),
    textAlign: l.align,
  };
  switch (l.kind) {
    case 'title':
      return { ...base, fontFamily: CSS_FONTS.title, fontSize: `${P.titlePt}pt` };
    case 'issuer':
      return { ...base, fontFamily: CSS_FONTS.title, fontSize: '30pt' };
    case 'signature':
    case 'date':
      return { ...base, ...bodyStyle, paddingRight: mm(l.rightIndentChars * CHAR_MM) };
    default:
      return { ...base, ...bodyStyle };
  }
}

/** A notice as printed pages after GB/T 9704-2012, with 「— 1 —」 page numbers outside. */
export function NoticeView({ layout }: NoticeViewProps) {
  const pageStyle: CSSProperties = { width: mm(P.widthMm), height: mm(P.heightMm) };
  const textStyle: CSSProperties = {
    top: mm(P.marginTopMm),
    left: mm(P.marginLeftMm),
    width: mm(P.textWidthMm),
    height: mm(P.textHeightMm),
  };
  const numberTop = P.marginTopMm + P.textHeightMm + P.pageNumberGapMm;
  const numberPt = P.pageNumberPt;
  // 「单页码居右空一字，双页码居左空一字」
  const oneChar = mm((numberPt * 25.4) / 72);
  return (
    <div className="ud-notice-doc">
      <PageStyle orientation="portrait" />
      {layout.pages.map((page) => (
        <section
          key={page.number}
          className="ud-page ud-notice"
          style={pageStyle}
          data-testid="print-page"
        >
          <div className="ud-notice-text" style={textStyle}>
            {page.lines.map((l, i) => (
              <div
                key={i}
                className={`ud-notice-line ud-notice-line--${l.kind}`}
                style={lineStyle(l)}
              >
                {l.text}
              </div>
            ))}
          </div>
          <div
            className="ud-notice-pageno"
            data-testid="page-number"
            style={{
              top: mm(numberTop),
              fontFamily: CSS_FONTS.song,
              fontSize: `${numberPt}pt`,
              ...(page.number % 2 === 1
                ? { right: `calc(${mm(P.marginRightMm)} + ${oneChar})` }
                : { left: `calc(${mm(P.marginLeftMm)} + ${oneChar})` }),
            }}
          >
            {noticePageNumberText(page.number)}
          </div>
        </section>
      ))}
    </div>
  );
}
