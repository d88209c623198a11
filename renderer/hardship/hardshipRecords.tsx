import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { LedgerData } from '../../shared/ledgers';
import { formatCentsAmount } from '../../shared/ledgers/hardship';

/** The records behind a hardship.* figure on 年度统计 (hardshipFiles or hardshipAssistance). */
export function hardshipRecordTable(
  table: 'hardshipFiles' | 'hardshipAssistance',
  ids: readonly string[],
  data: LedgerData,
): { head: string[]; rows: { key: string; cells: ReactNode[] }[] } {
  const members = new Map(data.tables.members.map((m) => [m.id, m]));
  const nameOf = (memberId: string) => members.get(memberId)?.name ?? '（已删除的会员）';
  if (table === 'hardshipFiles') {
    const byId = new Map(data.tables.hardshipFiles.map((f) => [f.id, f]));
    return {
      head: ['姓名', '困难类别', '建档日期', '状态'],
      rows: ids.flatMap((id) => {
        const f = byId.get(id);
        if (!f) return [];
        const cells: ReactNode[] = [
          <Anchor key="n" component={Link} to={`/hardship/${id}`} size="sm">
            {nameOf(f.memberId)}
          </Anchor>,
          f.tier,
          f.filingDate,
          f.status === '脱困' ? `脱困 ${f.exitDate ?? ''}` : '在档',
        ];
        return [{ key: id, cells }];
      }),
    };
  }
  const byId = new Map(data.tables.hardshipAssistance.map((a) => [a.id, a]));
  return {
    head: ['日期', '姓名', '形式', '金额（元）'],
    rows: ids.flatMap((id) => {
      const a = byId.get(id);
      if (!a) return [];
      const cells: ReactNode[] = [
        a.date,
        <Anchor key="n" component={Link} to={`/hardship/${a.fileId}`} size="sm">
          {nameOf(a.memberId)}
        </Anchor>,
        a.kind,
        formatCentsAmount(a.amountCents),
      ];
      return [{ key: id, cells }];
    }),
  };
}
