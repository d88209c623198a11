import { CSS_FONTS } from '../../shared/core/print';
import {
  BOOKLET_PAGE,
  IMPLEMENTATION_COLUMNS,
  type BookletBlock,
  type BookletModel,
} from '../../shared/ledgers/congress';
import { PageStyle } from './PageStyle';

export interface CongressBookletViewProps {
  /** Built by buildBooklet (shared/ledgers/congress/print/booklet.ts). */
  booklet: BookletModel;
}

const mm = (v: number) => `${v}mm`;
const rule = '0.3mm solid #000';
const P = BOOKLET_PAGE;

function Block({ b }: { b: BookletBlock }) {
  const h = { height: mm(b.heightMm) };
  switch (b.kind) {
    case 'part':
      return (
        <div
          style={{
            ...h,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: '16pt',
            fontFamily: CSS_FONTS.hei,
          }}
        >
          {b.text}
        </div>
      );
    case 'title':
      return (
        <div
          style={{
            ...h,
            display: 'flex',
            alignItems: 'flex-end',
            fontSize: '14pt',
            fontFamily: CSS_FONTS.hei,
            whiteSpace: 'pre',
          }}
        >
          {b.text}
        </div>
      );
    case 'line':
      return (
        <div
          style={{
            ...h,
            lineHeight: mm(b.heightMm),
            whiteSpace: 'pre',
            fontWeight: b.bold ? 700 : 400,
          }}
        >
          {b.text}
        </div>
      );
    case 'toc':
      return (
        <div
          style={{
            ...h,
            display: 'flex',
            alignItems: 'center',
            paddingLeft: /^[一二三四]、/.test(b.text) ? 0 : '8mm',
          }}
        >
          <span style={{ whiteSpace: 'pre' }}>{b.text}</span>
          <span
            style={{ flex: 1, borderBottom: '0.3mm dotted #000', margin: '0 2mm', height: '3mm' }}
          />
          <span>{b.page}</span>
        </div>
      );
    case 'tableHead':
    case 'tableRow':
      return (
        <div
          style={{
            ...h,
            display: 'flex',
            borderLeft: rule,
            borderBottom: rule,
            borderTop: b.kind === 'tableHead' ? rule : undefined,
            fontSize: '10.5pt',
          }}
        >
          {IMPLEMENTATION_COLUMNS.map((c, i) => (
            <div
              key={c.key}
              style={{
                width: mm(c.widthMm - 0.1),
                borderRight: rule,
                display: 'flex',
                flexDirection: 'column',
                justifyContent: 'center',
                alignItems: i === 1 && b.kind === 'tableRow' ? 'flex-start' : 'center',
                padding: '0 1mm',
                lineHeight: '5mm',
                whiteSpace: 'pre',
                fontFamily: b.kind === 'tableHead' ? CSS_FONTS.hei : undefined,
              }}
            >
              {b.kind === 'tableHead'
                ? b.cells[i]
                : (b.cells[i] ?? []).map((l, k) => <span key={k}>{l}</span>)}
            </div>
          ))}
        </div>
      );
    case 'gap':
      return <div style={h} />;
  }
}

/** 提案汇编 on A4: cover, contents with page numbers, the parts, 「— N —」 at the foot. */
export function CongressBookletView({ booklet }: CongressBookletViewProps) {
  const c = booklet.cover;
  return (
    <div className="ud-sheet-doc">
      <PageStyle orientation="portrait" />
      {booklet.pages.map((p, i) => (
        <section
          key={i}
          className="ud-page ud-sheet"
          data-testid="print-page"
          style={{
            width: mm(P.widthMm),
            height: mm(P.heightMm),
            padding: `${mm(P.marginTopMm)} ${mm(P.marginRightMm)} ${mm(P.marginBottomMm)} ${mm(P.marginLeftMm)}`,
            fontFamily: CSS_FONTS.song,
            fontSize: `${P.bodyPt}pt`,
            position: 'relative',
          }}
        >
          {p.kind === 'cover' ? (
            <div style={{ textAlign: 'center', fontFamily: CSS_FONTS.hei }}>
              <div style={{ fontSize: '18pt', marginTop: '45mm' }}>{c.unit}</div>
              <div style={{ fontSize: '16pt', marginTop: '6mm' }}>{c.session}</div>
              <div style={{ fontSize: '36pt', marginTop: '30mm', letterSpacing: '0.3em' }}>
                {c.title}
              </div>
              <div style={{ fontSize: '14pt', marginTop: '85mm', fontFamily: CSS_FONTS.song }}>
                {c.by}
              </div>
              <div style={{ fontSize: '14pt', marginTop: '4mm', fontFamily: CSS_FONTS.song }}>
                {c.date}
              </div>
            </div>
          ) : (
            p.blocks.map((b, k) => <Block key={k} b={b} />)
          )}
          {p.folio !== null && (
            <div
              style={{
                position: 'absolute',
                left: 0,
                right: 0,
                bottom: mm(P.marginBottomMm - 8),
                textAlign: 'center',
                fontSize: '12pt',
              }}
            >
              — {p.folio} —
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
