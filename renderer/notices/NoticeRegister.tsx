import { Anchor, Group, Paper, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatChineseDate, todayIso } from '../../shared/core/text';
import { useActivityChoices, useNotices, useNoticeYears } from './useNotices';

/** 发文登记 of a year: 文号, title, date and the activity each notice belongs to. */
export function NoticeRegister() {
  const navigate = useNavigate();
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const years = useNoticeYears();
  const rows = useNotices(year);
  const activities = useActivityChoices();
  const activityTitle = new Map((activities ?? []).map((r) => [r.activity.id, r.activity.title]));
  const yearOptions = [...new Set([thisYear, ...(years ?? [])])]
    .sort((a, b) => b - a)
    .map((y) => ({ value: String(y), label: `${y}年` }));

  return (
    <>
      <Group mb="sm">
        <Select
          label="年度"
          data={yearOptions}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
          w={140}
          data-testid="notice-year"
        />
        {rows && (
          <Text size="sm" c="dimmed" mt={22}>
            共 {rows.length} 份，其中编号发文 {rows.filter((r) => r.seq > 0).length} 份
          </Text>
        )}
      </Group>
      <Paper withBorder>
        <Table highlightOnHover striped verticalSpacing="xs" data-testid="notice-register">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={190}>文号</Table.Th>
              <Table.Th>标题</Table.Th>
              <Table.Th w={90}>文种</Table.Th>
              <Table.Th w={140}>日期</Table.Th>
              <Table.Th w={220}>关联活动</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows?.map((r) => (
              <Table.Tr
                key={r.id}
                style={{ cursor: r.source ? 'pointer' : undefined }}
                onClick={() => {
                  if (r.source) void navigate(`/notices/${r.id}`);
                }}
              >
                <Table.Td>
                  {r.number || (
                    <Text span c="dimmed" size="sm">
                      （无文号）
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{r.title}</Table.Td>
                <Table.Td>{r.kind ?? '—'}</Table.Td>
                <Table.Td>{formatChineseDate(r.date)}</Table.Td>
                <Table.Td>
                  {r.activityId ? (
                    <Anchor
                      component={Link}
                      to={`/activities/${r.activityId}`}
                      onClick={(e) => e.stopPropagation()}
                      size="sm"
                    >
                      {activityTitle.get(r.activityId) ?? '（活动已删除）'}
                    </Anchor>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
            {rows?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text c="dimmed" ta="center" py="md">
                    {year}年还没有保存的通知。点右上角“写通知”开始。
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Paper>
    </>
  );
}
