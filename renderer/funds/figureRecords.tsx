import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { LedgerData } from '../../shared/ledgers';
import { categoryText, monthText } from '../../shared/ledgers/funds';
import { yuan } from './format';

/** The records behind a funds figure on 年度统计: entries, rolls or payments as rows. */
export function fundsRecordTable(
  table: 'fundEntries' | 'duesRolls' | 'duesPayments',
  ids: readonly string[],
  data: LedgerData,
): { head: string[]; rows: { key: string; cells: ReactNode[] }[] } {
  if (table === 'fundEntries') {
    const byId = new Map(data.tables.fundEntries.map((e) => [e.id, e]));
    return {
      head: ['日期', '凭证号', '科目', '摘要', '金额（元）'],
      rows: ids.flatMap((id) => {
        const e = byId.get(id);
        if (!e) return [];
        return [
          {
            key: id,
            cells: [
              e.date,
              e.voucher,
              categoryText(e),
              <Anchor key="s" component={Link} to={`/funds/entries/${id}`} size="sm">
                {e.summary}
              </Anchor>,
              yuan(e.amountFen),
            ],
          },
        ];
      }),
    };
  }
  if (table === 'duesRolls') {
    const byId = new Map(data.tables.duesRolls.map((r) => [r.id, r]));
    return {
      head: ['月份', '应缴人数', '应缴（元）'],
      rows: ids.flatMap((id) => {
        const r = byId.get(id);
        if (!r) return [];
        return [
          {
            key: id,
            cells: [
              <Anchor key="m" component={Link} to={`/funds/dues/${r.month}`} size="sm">
                {monthText(r.month)}
              </Anchor>,
              String(r.lines.length),
              yuan(r.lines.reduce((s, l) => s + l.dueFen, 0)),
            ],
          },
        ];
      }),
    };
  }
  const members = new Map(data.tables.members.map((m) => [m.id, m.name]));
  const byId = new Map(data.tables.duesPayments.map((p) => [p.id, p]));
  return {
    head: ['姓名', '月份', '缴纳日期', '金额（元）'],
    rows: ids.flatMap((id) => {
      const p = byId.get(id);
      if (!p) return [];
      return [
        {
          key: id,
          cells: [members.get(p.memberId) ?? '', monthText(p.month), p.date, yuan(p.amountFen)],
        },
      ];
    }),
  };
}
