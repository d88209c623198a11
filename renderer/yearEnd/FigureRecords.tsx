import { Anchor, Drawer, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Figure, LedgerData, Period } from '../../shared/ledgers';
import type { Participant } from '../../shared/ledgers/activities';
import { figureText, participantsByIds, statusOn } from '../../shared/ledgers/yearEnd';
import { useDb } from '../app/AppContext';
import { careRecordTable } from '../care';
import { hardshipRecordTable } from '../hardship';
import { fundsRecordTable } from '../funds';
import { townshipRecordTable } from '../township';
import { congressRecordRows } from '../../shared/ledgers/congress';

export interface FigureRecordsProps {
  figure: Figure | null;
  data: LedgerData;
  period: Period;
  onClose: () => void;
}

/** More rows than this are summarised: the list is for checking, the figure is the count. */
const SHOWN = 500;

interface RecordTable {
  head: string[];
  rows: { key: string; cells: React.ReactNode[] }[];
}

function recordTable(
  figure: Figure,
  data: LedgerData,
  period: Period,
  participants: readonly Participant[],
): RecordTable {
  const ids = figure.recordIds.slice(0, SHOWN);
  switch (figure.table) {
    case 'members': {
      const byId = new Map(data.tables.members.map((m) => [m.id, m]));
      return {
        head: ['姓名', '部门', '期末状态', '入会时间'],
        rows: ids.flatMap((id) => {
          const m = byId.get(id);
          if (!m) return [];
          return [
            {
              key: id,
              cells: [
                <Anchor key="n" component={Link} to={`/roster/member/${id}`} size="sm">
                  {m.name}
                </Anchor>,
                m.department ?? '',
                statusOn(m, period.to) ?? '',
                m.joinDate ?? '',
              ],
            },
          ];
        }),
      };
    }
    case 'activities': {
      const byId = new Map(data.tables.activities.map((a) => [a.id, a]));
      return {
        head: ['活动名称', '开始日期', '主办', '地点'],
        rows: ids.flatMap((id) => {
          const a = byId.get(id);
          if (!a) return [];
          return [
            {
              key: id,
              cells: [
                <Anchor key="t" component={Link} to={`/activities/${id}`} size="sm">
                  {a.title}
                </Anchor>,
                a.startDate,
                a.host,
                a.place,
              ],
            },
          ];
        }),
      };
    }
    case 'participants': {
      const byId = new Map(participants.map((p) => [p.id, p]));
      const members = new Map(data.tables.members.map((m) => [m.id, m]));
      const activities = new Map(data.tables.activities.map((a) => [a.id, a]));
      return {
        head: ['姓名', '身份', '活动', '日期'],
        rows: ids.flatMap((id) => {
          const p = byId.get(id);
          if (!p) return [];
          const a = activities.get(p.activityId);
          const name =
            p.memberId === null
              ? (p.guestName ?? '来宾')
              : (members.get(p.memberId)?.name ?? '（已删除的会员）');
          return [
            {
              key: id,
              cells: [
                name,
                p.memberId === null ? '来宾' : '会员',
                a?.title ?? '',
                a?.startDate ?? '',
              ],
            },
          ];
        }),
      };
    }
    case 'honours': {
      const byId = new Map(data.tables.honours.map((h) => [h.id, h]));
      return {
        head: ['获奖者', '称号', '级别', '年度'],
        rows: ids.flatMap((id) => {
          const h = byId.get(id);
          return h ? [{ key: id, cells: [h.recipient, h.title, h.level, String(h.year)] }] : [];
        }),
      };
    }
    case 'hardshipFiles':
    case 'hardshipAssistance':
      return hardshipRecordTable(figure.table, ids, data);
    case 'fundEntries':
    case 'duesRolls':
    case 'duesPayments':
      return fundsRecordTable(figure.table, ids, data);
    case 'affiliatedUnions':
    case 'unitsToUnionise':
      return townshipRecordTable(figure.table, ids, data);
    default:
      return (
        careRecordTable(figure.table, ids, data) ??
        congressRecordRows(figure.table, ids, data) ?? {
          head: ['记录'],
          rows: ids.map((id) => ({ key: id, cells: [id] })),
        }
      );
  }
}

/** The records a figure counted, in a drawer beside the figures. */
export function FigureRecords({ figure, data, period, onClose }: FigureRecordsProps) {
  const db = useDb();
  // The 年度统计 read keeps counts, not rows, of most activities: read the rows shown.
  const participants = useLiveQuery(
    () =>
      figure?.table === 'participants'
        ? participantsByIds(db, figure.recordIds.slice(0, SHOWN))
        : Promise.resolve([]),
    [db, figure],
  );
  const table = figure ? recordTable(figure, data, period, participants ?? []) : null;
  return (
    <Drawer
      opened={figure !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={figure ? `${figure.label}：${figureText(figure)}` : ''}
    >
      {figure && table && (
        <>
          <Text size="sm" c="dimmed" mb="sm">
            {figure.definition}
          </Text>
          {figure.recordIds.length === 0 ? (
            <Text size="sm">没有计入的记录。</Text>
          ) : (
            <Table striped verticalSpacing={4} data-testid="figure-records">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={50}>序号</Table.Th>
                  {table.head.map((h) => (
                    <Table.Th key={h}>{h}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.map((r, i) => (
                  <Table.Tr key={r.key}>
                    <Table.Td>{i + 1}</Table.Td>
                    {r.cells.map((c, j) => (
                      <Table.Td key={j}>{c}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {figure.recordIds.length > SHOWN && (
            <Text size="sm" c="dimmed" mt="sm">
              共 {figure.recordIds.length} 条，只列出前 {SHOWN} 条。
            </Text>
          )}
        </>
      )}
    </Drawer>
  );
}
