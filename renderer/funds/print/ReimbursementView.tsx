import { CSS_FONTS } from '../../../shared/core/print';
import type { ReimbursementModel } from '../../../shared/ledgers/funds';
import { PageStyle } from '../../print';

const cell = { border: '0.3mm solid #000', padding: '3mm', fontSize: '12pt' } as const;

/** 费用报销单 on the top half of an A4 page (cut or fold), signature line at the foot. */
export function ReimbursementView({ model: m }: { model: ReimbursementModel }) {
  return (
    <div className="ud-sheet-doc">
      <PageStyle orientation="portrait" />
      <section
        className="ud-page"
        data-testid="print-page"
        style={{
          width: '210mm',
          height: '297mm',
          padding: '20mm 18mm',
          boxSizing: 'border-box',
          fontFamily: CSS_FONTS.song,
        }}
      >
        <div
          style={{
            fontFamily: CSS_FONTS.hei,
            fontSize: '20pt',
            textAlign: 'center',
            letterSpacing: '4mm',
          }}
        >
          {m.title}
        </div>
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            fontSize: '11pt',
            margin: '4mm 0 2mm',
          }}
        >
          <span>单位：{m.unionName}</span>
          <span>{m.dateText}</span>
          <span>凭证号：{m.voucher}</span>
        </div>
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <tbody>
            <tr>
              <td style={{ ...cell, width: '28mm' }}>科目</td>
              <td style={cell} colSpan={3}>
                {m.category}
              </td>
            </tr>
            <tr>
              <td style={cell}>摘要</td>
              <td style={{ ...cell, height: '24mm', verticalAlign: 'top' }} colSpan={3}>
                {m.summary}
              </td>
            </tr>
            <tr>
              <td style={cell}>金额（大写）</td>
              <td style={cell} data-testid="amount-words">
                {m.amountWords}
              </td>
              <td style={{ ...cell, width: '24mm' }}>小写</td>
              <td style={{ ...cell, width: '36mm' }}>{m.amountText}</td>
            </tr>
            <tr>
              <td style={cell}>附单据</td>
              <td style={cell} colSpan={3}>
                {'\u3000\u3000\u3000张'}
              </td>
            </tr>
          </tbody>
        </table>
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            fontSize: '11pt',
            marginTop: '6mm',
          }}
          data-testid="reimbursement-signatures"
        >
          {m.signatures.map((s) => (
            <span key={s.label}>
              {s.label}：<span style={{ display: 'inline-block', minWidth: '14mm' }}>{s.name}</span>
            </span>
          ))}
        </div>
      </section>
    </div>
  );
}
