import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconPlus, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { todayIso } from '../../shared/core/text';
import { incomeStanding, STANDING_LABELS } from '../../shared/ledgers/hardship';
import { yuanText } from './format';
import { useFileList, useHardshipSettings } from './useHardship';

type StatusFilter = 'open' | 'all' | 'exited';

/** 困难职工档案 list: 在档 first; income per head with its standing against 低保; review state. */
export function FileList() {
  const today = todayIso();
  const rows = useFileList(today);
  const settings = useHardshipSettings();
  const [status, setStatus] = useState<StatusFilter>('open');
  if (!rows || !settings) return <Loader size="sm" />;
  const shown = rows.filter((r) =>
    status === 'all'
      ? true
      : status === 'open'
        ? r.file.status === '在档'
        : r.file.status === '脱困',
  );
  const open = rows.filter((r) => r.file.status === '在档').length;
  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <SegmentedControl
            value={status}
            onChange={(v) => setStatus(v as StatusFilter)}
            data={[
              { value: 'open', label: '在档' },
              { value: 'exited', label: '已脱困' },
              { value: 'all', label: '全部' },
            ]}
          />
          <Text size="sm" c="dimmed" data-testid="file-count">
            在档 {open} 户，共 {rows.length} 份档案
          </Text>
        </Group>
        <Group>
          <Button
            component={Link}
            to="/hardship/notice/print"
            variant="light"
            leftSection={<IconPrinter size={16} />}
          >
            打印建档公示
          </Button>
          <Button component={Link} to="/hardship/new" leftSection={<IconPlus size={16} />}>
            新建档案
          </Button>
        </Group>
      </Group>
      {shown.length === 0 ? (
        <Text c="dimmed">
          {rows.length === 0
            ? '还没有困难职工档案。摸底调查后点“新建档案”建档。'
            : '没有符合条件的档案。'}
        </Text>
      ) : (
        <Table striped highlightOnHover data-testid="file-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>姓名</Table.Th>
              <Table.Th>部门</Table.Th>
              <Table.Th>困难类别</Table.Th>
              <Table.Th>主要致困原因</Table.Th>
              <Table.Th ta="right">家庭人口</Table.Th>
              <Table.Th ta="right">月人均收入</Table.Th>
              <Table.Th>状态</Table.Th>
              <Table.Th>下次复核</Table.Th>
              <Table.Th ta="right">帮扶</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.file.id} data-testid="file-row">
                <Table.Td>
                  <Anchor component={Link} to={`/hardship/${r.file.id}`}>
                    {r.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{r.department}</Table.Td>
                <Table.Td>{r.file.tier}</Table.Td>
                <Table.Td>{r.file.mainCause}</Table.Td>
                <Table.Td ta="right">{r.file.householdSize}</Table.Td>
                <Table.Td ta="right">
                  {yuanText(r.income.perHeadCents)}
                  {r.income.perHeadCents !== null && (
                    <Text size="xs" c="dimmed">
                      {STANDING_LABELS[incomeStanding(r.income.perHeadCents, settings)]}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {r.file.status === '在档' ? (
                    <Badge variant="light">在档</Badge>
                  ) : (
                    <Badge color="gray" variant="light">
                      脱困 {r.file.exitDate}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {r.review ? (
                    <Text
                      size="sm"
                      c={
                        r.review.state === 'overdue'
                          ? 'red'
                          : r.review.state === 'dueSoon'
                            ? 'orange.8'
                            : undefined
                      }
                    >
                      {r.review.due}
                      {r.review.state === 'overdue' && '（已逾期）'}
                      {r.review.state === 'dueSoon' && '（即将到期）'}
                    </Text>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {r.assistanceCount} 次 · {yuanText(r.assistanceCents)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
