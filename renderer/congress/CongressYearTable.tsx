import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { LedgerData, Period } from '../../shared/ledgers';
import { pctText, sessionTallies } from '../../shared/ledgers/congress';

/** 年度统计: per session of the period (congress[]), attendance, quorum, teacher and women shares, votes. */
export function CongressYearTable({ data, period }: { data: LedgerData; period: Period }) {
  const tallies = sessionTallies(period, data);
  if (tallies.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="year-congress">
      <Title order={4}>教代会</Title>
      <Text size="sm" c="dimmed" mb="xs">
        会议日期在统计期内的教代会。应到为本届正式代表（列席、特邀不计）；教师、女代表比例按正式代表计。
      </Text>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>会议</Table.Th>
            <Table.Th>应到</Table.Th>
            <Table.Th>出席</Table.Th>
            <Table.Th>请假</Table.Th>
            <Table.Th>法定人数</Table.Th>
            <Table.Th>教师代表</Table.Th>
            <Table.Th>女代表</Table.Th>
            <Table.Th>表决</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tallies.map((t) => (
            <Table.Tr key={t.session.id}>
              <Table.Td>
                <Anchor component={Link} to={`/congress/sessions/${t.session.id}`}>
                  {t.session.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{t.representatives}</Table.Td>
              <Table.Td>{t.present}</Table.Td>
              <Table.Td>{t.leave}</Table.Td>
              <Table.Td>
                {t.quorum}（{t.quorumMet ? '达到' : '未达到'}）
              </Table.Td>
              <Table.Td>{pctText(t.teacherShare)}</Table.Td>
              <Table.Td>{pctText(t.womenShare)}</Table.Td>
              <Table.Td>
                {t.votes
                  .map(
                    ({ vote, outcome }) =>
                      `${vote.item}：${vote.for}/${vote.against}/${vote.abstain}，${outcome.passed ? '通过' : '未通过'}`,
                  )
                  .join('；') || '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
