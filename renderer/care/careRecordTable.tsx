import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { LedgerData } from '../../shared/ledgers';
import { formatCentsAmount, reasonText, visitCents } from '../../shared/ledgers/care';

/** The records behind a care figure on 年度统计, as 项目 columns and rows (null: not a care table). */
export function careRecordTable(
  table: string,
  ids: readonly string[],
  data: LedgerData,
): { head: string[]; rows: { key: string; cells: ReactNode[] }[] } | null {
  if (table === 'careVisits') {
    const byId = new Map(data.tables.careVisits.map((v) => [v.id, v]));
    return {
      head: ['日期', '事由', '慰问对象', '金额（元）'],
      rows: ids.flatMap((id) => {
        const v = byId.get(id);
        if (!v) return [];
        return [
          {
            key: id,
            cells: [
              <Anchor key="d" component={Link} to={`/care/visits/${id}`} size="sm">
                {v.date}
              </Anchor>,
              reasonText(v),
              v.visitees
                .map((x) => (x.relation === '本人' ? x.name : `${x.name}（${x.relation}）`))
                .join('、'),
              formatCentsAmount(visitCents(v)),
            ],
          },
        ];
      }),
    };
  }
  if (table === 'distributions' || table === 'distributionRecipients') {
    const dists = new Map(data.tables.distributions.map((d) => [d.id, d]));
    if (table === 'distributions')
      return {
        head: ['日期', '事由', '物品', '人均（元）'],
        rows: ids.flatMap((id) => {
          const d = dists.get(id);
          return d
            ? [
                {
                  key: id,
                  cells: [
                    <Anchor key="d" component={Link} to={`/care/distributions/${id}`} size="sm">
                      {d.date}
                    </Anchor>,
                    d.occasion,
                    d.item,
                    formatCentsAmount(d.valueCents),
                  ],
                },
              ]
            : [];
        }),
      };
    const rs = new Map(data.tables.distributionRecipients.map((r) => [r.id, r]));
    return {
      head: ['姓名', '发放', '日期', '签收'],
      rows: ids.flatMap((id) => {
        const r = rs.get(id);
        const d = r ? dists.get(r.distributionId) : undefined;
        return r && d
          ? [{ key: id, cells: [r.name, `${d.occasion} ${d.item}`, d.date, r.receipt] }]
          : [];
      }),
    };
  }
  return null;
}
