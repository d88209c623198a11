import type { CSSProperties } from 'react';
import { CSS_FONTS } from '../../shared/core/print';
import { FORM, type FormDocModel, type FormRow } from '../../shared/ledgers/congress';
import { PageStyle } from './PageStyle';

export interface CongressFormViewProps {
  /** Built by buildProposalForms / buildReplyForms (shared/ledgers/congress/print/proposalForms.ts). */
  forms: FormDocModel;
}

const mm = (v: number) => `${v}mm`;
const line = '0.3mm solid #000';

const cell: CSSProperties = {
  boxSizing: 'border-box',
  borderRight: line,
  padding: '0 2mm',
  display: 'flex',
  alignItems: 'center',
  fontSize: `${FORM.pt}pt`,
};

function Row({ row }: { row: FormRow }) {
  if (row.kind === 'fields')
    return (
      <div
        style={{
          display: 'flex',
          width: mm(FORM.widthMm),
          height: mm(row.heightMm),
          borderBottom: line,
        }}
      >
        {row.cells.map((c, i) => (
          // The last pair takes what is left, so sub-pixel rounding never overruns the frame.
          <div
            key={i}
            style={
              i === row.cells.length - 1
                ? { display: 'flex', flex: '1 1 0', minWidth: 0 }
                : { display: 'flex', flex: 'none' }
            }
          >
            <div
              style={{
                ...cell,
                width: mm(FORM.labelMm),
                justifyContent: 'center',
                fontFamily: CSS_FONTS.hei,
              }}
            >
              {c.label}
            </div>
            <div
              style={
                i === row.cells.length - 1
                  ? { ...cell, flex: 1, minWidth: 0 }
                  : { ...cell, width: mm(c.widthMm) }
              }
            >
              {c.value}
            </div>
          </div>
        ))}
      </div>
    );
  return (
    <div style={{ display: 'flex', height: mm(row.heightMm), borderBottom: line }}>
      <div
        style={{
          ...cell,
          width: mm(FORM.labelMm),
          justifyContent: 'center',
          textAlign: 'center',
          whiteSpace: 'pre',
          fontFamily: CSS_FONTS.hei,
        }}
      >
        {row.label}
      </div>
      <div
        style={{
          ...cell,
          width: mm(FORM.widthMm - FORM.labelMm),
          flexDirection: 'column',
          alignItems: 'stretch',
          justifyContent: 'space-between',
          padding: '2mm',
          lineHeight: mm(FORM.lineMm),
          whiteSpace: 'pre',
        }}
      >
        <div>
          {row.lines.map((l, i) => (
            <div key={i}>{l}</div>
          ))}
        </div>
        {row.foot && <div style={{ textAlign: 'right' }}>{row.foot}</div>}
      </div>
    </div>
  );
}

/** 提案表 / 提案答复表: one ruled form per A4 page. */
export function CongressFormView({ forms }: CongressFormViewProps) {
  return (
    <div className="ud-sheet-doc">
      <PageStyle orientation="portrait" />
      {forms.pages.map((p, i) => (
        <section
          key={i}
          className="ud-page ud-sheet"
          data-testid="print-page"
          style={{
            width: '210mm',
            height: '297mm',
            padding: '22mm 15mm 18mm 20mm',
            fontFamily: CSS_FONTS.song,
          }}
        >
          <div style={{ textAlign: 'center', fontSize: '12pt', letterSpacing: '0.1em' }}>
            {p.head}
          </div>
          <div
            style={{
              textAlign: 'center',
              fontSize: '18pt',
              fontWeight: 700,
              fontFamily: CSS_FONTS.hei,
              margin: '2mm 0 4mm',
            }}
          >
            {p.title}
          </div>
          <div style={{ textAlign: 'right', fontSize: '11pt', marginBottom: '2mm' }}>
            {p.corner}
          </div>
          <div style={{ width: mm(FORM.widthMm), borderTop: line, borderLeft: line }}>
            {p.rows.map((r, k) => (
              <Row key={k} row={r} />
            ))}
          </div>
          <div style={{ fontSize: '10.5pt', marginTop: '3mm' }}>{p.note}</div>
        </section>
      ))}
    </div>
  );
}
