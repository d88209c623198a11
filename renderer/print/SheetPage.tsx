import type { CSSProperties, ReactNode } from 'react';
import { CSS_FONTS } from '../../shared/core/print';
import type { PageGeometry } from '../../shared/core/print';

const mm = (v: number) => `${v}mm`;

export interface SheetPageProps {
  geometry: PageGeometry;
  /** 1-based page number. */
  number: number;
  /** Title repeated as 「…（续）」 on later pages. */
  title: string;
  firstHeadMm: number;
  laterHeadMm: number;
  pageFootMm: number;
  /** The first page's header content (union name, title, facts line). */
  firstHead: ReactNode;
  /** The foot's content (「第 X 页 共 Y 页」 …), spread across the page width. */
  foot: ReactNode;
  /** The ruled blocks of rows. */
  children: ReactNode;
  /** Gap between side-by-side blocks, in mm. */
  blockGapMm?: number;
}

/**
 * One A4 sheet of a ruled list (签到表, 花名册 …): fixed size, margins, the header on the
 * first page and a running title after, the blocks, and a foot at the bottom margin.
 *
 * The page is a column of head, blocks (taking the rest) and foot, in normal flow: no
 * positioned box, so a 1,000-page sheet does not carry 2,000 paint layers, which Chromium
 * walks again for every page it prints (see bench/print.bench.mjs).
 */
export function SheetPage(p: SheetPageProps) {
  const g = p.geometry;
  const innerWidth = g.widthMm - g.marginLeftMm - g.marginRightMm;
  const pageStyle: CSSProperties = {
    width: mm(g.widthMm),
    height: mm(g.heightMm),
    padding: `${mm(g.marginTopMm)} ${mm(g.marginRightMm)} ${mm(g.marginBottomMm)} ${mm(g.marginLeftMm)}`,
    fontFamily: CSS_FONTS.song,
  };
  return (
    <section className="ud-page ud-sheet ud-sheet-page" style={pageStyle} data-testid="print-page">
      {p.number === 1 ? (
        <header className="ud-sheet-head" style={{ height: mm(p.firstHeadMm) }}>
          {p.firstHead}
        </header>
      ) : (
        <header className="ud-sheet-head" style={{ height: mm(p.laterHeadMm) }}>
          <div className="ud-sheet-running">{p.title}（续）</div>
        </header>
      )}
      <div
        className="ud-sheet-blocks"
        style={{ gap: p.blockGapMm ? mm(p.blockGapMm) : undefined, width: mm(innerWidth) }}
      >
        {p.children}
      </div>
      <footer className="ud-sheet-foot" style={{ height: mm(p.pageFootMm) }}>
        {p.foot}
      </footer>
    </section>
  );
}
