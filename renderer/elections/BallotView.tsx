import type { CSSProperties } from 'react';
import { CSS_FONTS } from '../../shared/core/print';
import type { BallotModel, BallotSheet } from '../../shared/ledgers/elections';
import { PageStyle } from '../print';

const mm = (v: number) => `${v}mm`;

function OneBallot({
  b,
  columns,
  heightMm,
}: {
  b: BallotModel;
  columns: number;
  heightMm: number;
}) {
  const cell: CSSProperties = {
    border: '1px solid #000',
    width: `${100 / columns}%`,
    textAlign: 'center',
    fontSize: '14pt',
    height: mm(10),
  };
  return (
    <div
      style={{ height: mm(heightMm), position: 'relative', boxSizing: 'border-box' }}
      data-testid="ballot"
    >
      {b.number && (
        <div
          style={{ position: 'absolute', right: 0, top: 0, fontSize: '11pt' }}
          data-testid="ballot-no"
        >
          {b.number}
        </div>
      )}
      <div
        style={{
          textAlign: 'center',
          fontFamily: CSS_FONTS.title,
          fontSize: '18pt',
          paddingTop: mm(4),
        }}
      >
        {b.title}
      </div>
      <div style={{ textAlign: 'center', fontSize: '12pt', marginTop: mm(1) }}>
        {`${b.order}\u3000${b.seatsText}`}
      </div>
      <table
        style={{
          width: '100%',
          borderCollapse: 'collapse',
          marginTop: mm(4),
          tableLayout: 'fixed',
        }}
      >
        <tbody>
          {b.rows.map((row, i) => (
            <FragmentRows key={i} row={row} columns={columns} cell={cell} />
          ))}
        </tbody>
      </table>
      <div style={{ fontSize: '10.5pt', marginTop: mm(3), lineHeight: 1.6 }}>
        <div>说明：</div>
        {b.notes.map((n, i) => (
          <div key={i}>
            {i + 1}．{n}
          </div>
        ))}
      </div>
    </div>
  );
}

function FragmentRows({
  row,
  columns,
  cell,
}: {
  row: BallotModel['rows'][number];
  columns: number;
  cell: CSSProperties;
}) {
  const pad = Array.from({ length: columns - row.length }, (_, i) => i);
  return (
    <>
      <tr>
        {row.map((c, i) =>
          c.writeIn ? (
            <td
              key={i}
              style={{
                ...cell,
                height: mm(12),
                verticalAlign: 'top',
                fontSize: '9pt',
                color: '#555',
              }}
            >
              另选人姓名
            </td>
          ) : (
            <td key={i} style={cell}>
              {c.name}
            </td>
          ),
        )}
        {pad.map((i) => (
          <td key={`p${i}`} />
        ))}
      </tr>
      <tr>
        {row.map((_, i) => (
          <td key={i} style={{ ...cell, height: mm(12) }} />
        ))}
        {pad.map((i) => (
          <td key={`p${i}`} />
        ))}
      </tr>
    </>
  );
}

/** 选票 on A4 portrait pages, one or two to a page (a dashed cut line between). */
export function BallotView({ sheet }: { sheet: BallotSheet }) {
  const margin = 15;
  const inner = 297 - 2 * margin;
  const each = sheet.perPage === 2 ? (inner - 10) / 2 : inner;
  return (
    <div>
      <PageStyle orientation="portrait" />
      {sheet.pages.map((page, p) => (
        <section
          key={p}
          className="ud-page"
          data-testid="print-page"
          style={{
            width: mm(210),
            height: mm(297),
            padding: `${mm(margin)} ${mm(18)}`,
            boxSizing: 'border-box',
            fontFamily: CSS_FONTS.song,
            background: '#fff',
            color: '#000',
          }}
        >
          {page.map((b, i) => (
            <div key={i}>
              {i > 0 && (
                <div
                  style={{ borderTop: '1px dashed #666', margin: `${mm(5)} 0 ${mm(5)}`, height: 0 }}
                />
              )}
              <OneBallot b={b} columns={sheet.columns} heightMm={each} />
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
