import type { CSSProperties } from 'react';
import { CSS_FONTS } from '../../shared/core/print';
import type { StatsTableRow } from '../../shared/ledgers/yearEnd';

export interface StatsTablePrintProps {
  title: string;
  unionName: string;
  periodText: string;
  madeOn: string;
  rows: readonly StatsTableRow[];
}

const ROW_MM = 6.3;
const cell: CSSProperties = {
  border: '0.3mm solid #000',
  padding: '0 1.5mm',
  height: `${ROW_MM}mm`,
  fontSize: '10pt',
  lineHeight: 1.1,
  whiteSpace: 'nowrap',
  overflow: 'hidden',
};
/** A cell that may take a second line inside the fixed row height. */
const WRAP: CSSProperties = { whiteSpace: 'normal', lineHeight: 1.05, overflowWrap: 'anywhere' };
const head: CSSProperties = { ...cell, fontWeight: 700, textAlign: 'center', fontSize: '10.5pt' };

/** 基层工会年度统计表 on one A4 sheet: 栏目 (merged), 项目, 数值, 单位, 来源; signature line below. */
export function StatsTablePrint(p: StatsTablePrintProps) {
  const spans = new Map<number, number>();
  p.rows.forEach((r, i) => {
    if (i === 0 || p.rows[i - 1]!.section !== r.section)
      spans.set(i, p.rows.filter((x) => x.section === r.section).length);
  });
  return (
    <>
      <style>{'@page { size: A4 portrait; margin: 0; }'}</style>
      <section
        className="ud-page"
        data-testid="print-page"
        style={{
          width: '210mm',
          height: '297mm',
          padding: '14mm 16mm 12mm 16mm',
          fontFamily: CSS_FONTS.song,
        }}
      >
        <div
          style={{
            textAlign: 'center',
            fontSize: '16pt',
            fontWeight: 700,
            letterSpacing: '0.05em',
          }}
        >
          {p.title}
        </div>
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            fontSize: '10.5pt',
            margin: '3mm 0 2mm',
          }}
        >
          <span>填报单位：{p.unionName}</span>
          <span>统计期：{p.periodText}</span>
        </div>
        <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
          <colgroup>
            <col style={{ width: '21mm' }} />
            <col style={{ width: '60mm' }} />
            <col style={{ width: '23mm' }} />
            <col style={{ width: '11mm' }} />
            <col />
          </colgroup>
          <thead>
            <tr>
              {['栏目', '项目', '数值', '单位', '来源'].map((h) => (
                <th key={h} style={head}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r, i) => (
              <tr key={r.id}>
                {spans.has(i) && (
                  <td
                    rowSpan={spans.get(i)}
                    style={{ ...cell, whiteSpace: 'normal', textAlign: 'center', fontWeight: 700 }}
                  >
                    {r.section}
                  </td>
                )}
                <td style={{ ...cell, ...WRAP, fontSize: '9.5pt' }}>{r.label}</td>
                <td style={{ ...cell, textAlign: 'right' }}>{r.value}</td>
                <td style={{ ...cell, textAlign: 'center' }}>{r.unit}</td>
                <td
                  style={{ ...cell, ...WRAP, fontSize: '7.5pt', color: r.source ? '#000' : '#555' }}
                >
                  {r.source ?? (r.value === '' ? '' : '手工填写')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            fontSize: '10.5pt',
            marginTop: '5mm',
          }}
        >
          <span>工会主席（签字）：</span>
          <span>填表人：</span>
          <span>填报日期：{p.madeOn}</span>
        </div>
        <div style={{ fontSize: '8pt', marginTop: '3mm', color: '#333' }}>
          注：“来源”一栏注明的数字由本会台账自动统计；其余各项由工会填写。
        </div>
      </section>
    </>
  );
}
