import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isIsoDate, todayIso } from '../../shared/core/text';
import { monthText, parseYuan, setWageBases, wageBasesOf } from '../../shared/ledgers/funds';
import { useDb } from '../app/AppContext';
import { action } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { DUES_STATE_COLORS, yuan } from './format';
import { useMemberDues } from './useFunds';

/** The member's wage-base history (base from a date), and a new base from a date. */
function WageBases({ memberId }: { memberId: string }) {
  const db = useDb();
  const history = useLiveQuery(() => wageBasesOf(db, memberId), [db, memberId]);
  const [from, setFrom] = useState(todayIso().slice(0, 8) + '01');
  const [base, setBase] = useState('');
  const fen = parseYuan(base);
  return (
    <Stack gap={4} mb="sm" data-testid="member-wage-bases">
      <Text size="sm">
        工资基数：
        {history && history.length
          ? history.map((b) => `${b.from} 起 ${yuan(b.baseFen)} 元（${b.source}）`).join('；')
          : '未单独设置（按花名册中的缴费工资基数）'}
      </Text>
      <Group gap="xs" align="flex-end">
        <TextInput
          size="xs"
          label="自"
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          w={120}
        />
        <TextInput
          size="xs"
          label="工资基数（元）"
          value={base}
          onChange={(e) => setBase(e.currentTarget.value)}
          w={130}
        />
        <Button
          size="xs"
          variant="light"
          disabled={!isIsoDate(from) || fen === null || fen <= 0}
          onClick={action(async () => {
            const batch = await setWageBases(db, [
              { memberId, from, baseFen: fen!, source: '手工' },
            ]);
            setBase('');
            showUndo(db, batch);
          }, '工资基数没有保存')}
        >
          设置
        </Button>
      </Group>
    </Stack>
  );
}

/** 「会费」 on the member page: month by month, due, paid and state. */
export function MemberDues({ memberId }: { memberId: string }) {
  const rows = useMemberDues(memberId);
  if (!rows) return null;
  if (rows.length === 0)
    return (
      <>
        <WageBases memberId={memberId} />
        <Text size="sm" c="dimmed">
          还没有会费记录。
        </Text>
      </>
    );
  const due = rows.reduce((s, r) => s + r.dueFen, 0);
  const paid = rows.reduce((s, r) => s + r.paidFen, 0);
  return (
    <>
      <WageBases memberId={memberId} />
      <Table data-testid="member-dues" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>月份</Table.Th>
            <Table.Th ta="right">应缴</Table.Th>
            <Table.Th ta="right">实缴</Table.Th>
            <Table.Th>情况</Table.Th>
            <Table.Th>缴纳日期</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, 24).map((r) => (
            <Table.Tr key={r.month}>
              <Table.Td>{monthText(r.month)}</Table.Td>
              <Table.Td ta="right">{yuan(r.dueFen)}</Table.Td>
              <Table.Td ta="right">{yuan(r.paidFen)}</Table.Td>
              <Table.Td>
                <Badge size="sm" color={DUES_STATE_COLORS[r.state]} variant="light">
                  {r.state}
                </Badge>
                {r.late ? ' 补缴' : ''}
                {r.twice ? ' 重复缴纳' : ''}
              </Table.Td>
              <Table.Td>{r.lastPaidOn ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>合计</Table.Th>
            <Table.Th ta="right">{yuan(due)}</Table.Th>
            <Table.Th ta="right">{yuan(paid)}</Table.Th>
            <Table.Th colSpan={2}>{due > paid ? `欠缴 ${yuan(due - paid)} 元` : ''}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </>
  );
}
