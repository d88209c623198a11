import type { CSSProperties } from 'react';
import { CSS_FONTS } from '../../../shared/core/print';
import type { FileSheetModel, FormCell, FormTable } from '../../../shared/ledgers/hardship';
import { pageOfText } from '../../../shared/ledgers/activities';
import { fitFontPt, PageStyle } from '../../print';

export interface FileSheetViewProps {
  /** Built by buildFileSheet (shared/ledgers/hardship/print/fileSheet). */
  sheet: FileSheetModel;
}

const mm = (v: number) => `${v}mm`;
/** A4 portrait, 20/15 mm side margins: 175 mm wide; the form grid has 6 columns of label/value. */
const WIDTH_MM = 175;
const LABEL_MM = 26;
const LINE_MM = 10;
const ROW_MM = 8;
const RULE = '0.3mm solid #000';

const page: CSSProperties = {
  width: mm(210),
  height: mm(297),
  padding: `${mm(18)} ${mm(15)} ${mm(16)} ${mm(20)}`,
  fontFamily: CSS_FONTS.song,
  position: 'relative',
};
const cell = (widthMm: number, extra: CSSProperties = {}): CSSProperties => ({
  width: mm(widthMm),
  minHeight: mm(LINE_MM),
  borderRight: RULE,
  borderBottom: RULE,
  display: 'flex',
  alignItems: 'center',
  padding: '0 1.5mm',
  fontSize: '10.5pt',
  overflow: 'hidden',
  ...extra,
});

function Line({ cells }: { cells: FormCell[] }) {
  // Value width: the rest of the line shared by span.
  const spans = cells.reduce((s, c) => s + c.span, 0);
  const valueMm = (WIDTH_MM - LABEL_MM * cells.length) / spans;
  return (
    <div style={{ display: 'flex' }}>
      {cells.map((c) => (
        <div key={c.label} style={{ display: 'flex' }}>
          <div
            style={cell(LABEL_MM, {
              justifyContent: 'center',
              fontFamily: CSS_FONTS.hei,
              fontSize: `${fitFontPt(c.label, LABEL_MM - 3, 10.5)}pt`,
            })}
          >
            {c.label}
          </div>
          <div
            style={cell(valueMm * c.span, {
              fontSize: `${fitFontPt(c.value, valueMm * c.span - 3, 10.5, 7)}pt`,
            })}
            data-testid={`sheet-${c.label}`}
          >
            {c.value}
          </div>
        </div>
      ))}
    </div>
  );
}

function Grid({ table }: { table: FormTable }) {
  return (
    <div style={{ marginTop: '4mm' }}>
      <div style={{ fontFamily: CSS_FONTS.hei, fontSize: '11pt', marginBottom: '1.5mm' }}>
        {table.title}
      </div>
      <div style={{ borderLeft: RULE, borderTop: RULE }}>
        <div style={{ display: 'flex', background: '#f2f2f2' }}>
          {table.head.map((h, i) => (
            <div
              key={h}
              style={cell(table.widthsMm[i]!, {
                minHeight: mm(ROW_MM),
                justifyContent: 'center',
                fontFamily: CSS_FONTS.hei,
              })}
            >
              {h}
            </div>
          ))}
        </div>
        {table.rows.map((r, j) => (
          <div key={j} style={{ display: 'flex' }} data-testid="sheet-table-row">
            {r.map((t, i) => (
              <div
                key={i}
                style={cell(table.widthsMm[i]!, {
                  minHeight: mm(ROW_MM),
                  height: mm(ROW_MM),
                  justifyContent: i === r.length - 1 ? 'flex-start' : 'center',
                  fontSize: `${fitFontPt(t, table.widthsMm[i]! - 3, 10, 6.5)}pt`,
                  fontWeight: r[0] === '合计' ? 700 : undefined,
                })}
              >
                {t}
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

/** 困难职工档案表: the form on page 1, continued tables after, signatures and seal on the last page. */
export function FileSheetView({ sheet }: FileSheetViewProps) {
  return (
    <div className="ud-sheet-doc">
      <PageStyle orientation="portrait" />
      {sheet.pages.map((p) => (
        <section key={p.number} className="ud-page" style={page} data-testid="print-page">
          {p.number === 1 ? (
            <>
              <div style={{ textAlign: 'center', fontSize: '11pt' }}>{sheet.unionName}</div>
              <div
                style={{
                  textAlign: 'center',
                  fontFamily: CSS_FONTS.hei,
                  fontSize: '18pt',
                  margin: '2mm 0 3mm',
                }}
                data-testid="sheet-title"
              >
                {sheet.title}
              </div>
              <div
                style={{
                  display: 'flex',
                  justifyContent: 'space-between',
                  fontSize: '10pt',
                  marginBottom: '2mm',
                }}
              >
                <span>{sheet.filedText}</span>
                <span>填表日期：{sheet.madeOnText}</span>
              </div>
              <div style={{ borderLeft: RULE, borderTop: RULE }}>
                {p.lines.map((line, i) => (
                  <Line key={i} cells={line} />
                ))}
              </div>
            </>
          ) : (
            <div style={{ fontSize: '10.5pt', marginBottom: '2mm' }}>{sheet.title}（续）</div>
          )}
          {p.tables.map((t) => (
            <Grid key={t.title} table={t} />
          ))}
          {p.last && (
            <div style={{ marginTop: '5mm', fontSize: '10.5pt' }}>
              <div style={{ minHeight: '12mm' }}>备注：{sheet.notes}</div>
              <div style={{ display: 'flex', marginTop: '6mm' }} data-testid="sheet-signature">
                {sheet.signatureParts.map((s) => (
                  <span key={s} style={{ width: '43mm' }}>
                    {s}
                  </span>
                ))}
              </div>
            </div>
          )}
          <div
            style={{
              position: 'absolute',
              left: 0,
              right: 0,
              bottom: mm(8),
              textAlign: 'center',
              fontSize: '10pt',
            }}
          >
            {pageOfText(p.number, sheet.pageCount)}
          </div>
        </section>
      ))}
    </div>
  );
}
