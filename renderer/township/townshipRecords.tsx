import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { LedgerData } from '../../shared/ledgers';

/** The records behind a township.* figure on 年度统计 (affiliated unions or units). */
export function townshipRecordTable(
  table: 'affiliatedUnions' | 'unitsToUnionise',
  ids: readonly string[],
  data: LedgerData,
): { head: string[]; rows: { key: string; cells: ReactNode[] }[] } {
  const unions = new Map(data.tables.affiliatedUnions.map((u) => [u.id, u]));
  if (table === 'affiliatedUnions')
    return {
      head: ['工会名称', '组建形式', '覆盖单位', '职工', '会员', '任期届满'],
      rows: ids.flatMap((id) => {
        const u = unions.get(id);
        if (!u) return [];
        const cells: ReactNode[] = [
          <Anchor key="n" component={Link} to={`/township/${id}/edit`} size="sm">
            {u.name}
          </Anchor>,
          u.kind,
          String(u.coveredUnits),
          String(u.staff),
          String(u.members),
          u.termEnd || '—',
        ];
        return [{ key: id, cells }];
      }),
    };
  const units = new Map(data.tables.unitsToUnionise.map((u) => [u.id, u]));
  return {
    head: ['单位名称', '单位类型', '职工人数', '所属工会'],
    rows: ids.flatMap((id) => {
      const u = units.get(id);
      if (!u) return [];
      return [
        {
          key: id,
          cells: [u.name, u.kind, String(u.staff), unions.get(u.unionId)?.name ?? '未建会'],
        },
      ];
    }),
  };
}
