import { useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { UnionProfile } from '../../shared/ledgers/union';
import type { Honour, HonourDraft } from '../../shared/ledgers/union';
import { deleteHonour } from '../../shared/ledgers/union';
import { useDb } from '../app/AppContext';
import { showError, showUndo } from '../app/showUndo';
import { HonourModal } from './HonourModal';
import { useHonourYears, useHonours } from './useCommittee';

const ALL = 'all';

/** 表彰: honours of a year (or all), with the count, to add, edit and delete. */
export function HonoursTab({ profile }: { profile: UnionProfile }) {
  const db = useDb();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<string>(String(thisYear));
  const years = useHonourYears(thisYear);
  const honours = useHonours(year === ALL ? null : Number(year));
  const [editing, setEditing] = useState<Honour | HonourDraft | null>(null);

  const remove = (h: Honour) =>
    modals.openConfirmModal({
      title: `删除表彰“${h.recipient} ${h.title}”？`,
      children: <Text size="sm">删除后可以立即撤销。</Text>,
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        deleteHonour(db, h.id)
          .then((batch) => showUndo(db, batch))
          .catch((e: unknown) => showError('没有删除', e));
      },
    });

  const people = honours?.filter((h) => h.kind === '个人').length ?? 0;
  return (
    <Stack data-testid="honours-tab">
      <Group justify="space-between">
        <Group>
          <Select
            aria-label="年度"
            w={140}
            value={year}
            allowDeselect={false}
            onChange={(v) => setYear(v ?? String(thisYear))}
            data={[
              ...(years ?? [thisYear]).map((y) => ({ value: String(y), label: `${y}年` })),
              { value: ALL, label: '全部年度' },
            ]}
          />
          {honours && (
            <Text size="sm" data-testid="honours-count">
              共 {honours.length} 项（个人 {people} 项，集体 {honours.length - people} 项）
            </Text>
          )}
        </Group>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() =>
            setEditing({
              year: year === ALL ? thisYear : Number(year),
              kind: '个人',
              recipient: '',
              memberId: null,
              title: '',
              level: '',
              body: profile.superiorUnion,
              date: null,
            })
          }
        >
          添加表彰
        </Button>
      </Group>
      {!honours ? (
        <Loader size="sm" />
      ) : honours.length === 0 ? (
        <Text c="dimmed" size="sm">
          {year === ALL ? '还没有登记表彰。' : `${year}年还没有登记表彰。`}
          点“添加表彰”登记个人或集体获得的荣誉。
        </Text>
      ) : (
        <Table striped verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>年度</Table.Th>
              <Table.Th w={70}>类型</Table.Th>
              <Table.Th>获奖者</Table.Th>
              <Table.Th>荣誉称号</Table.Th>
              <Table.Th w={100}>级别</Table.Th>
              <Table.Th>授予单位</Table.Th>
              <Table.Th w={80} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {honours.map((h) => (
              <Table.Tr key={h.id} data-testid="honour-row">
                <Table.Td>{h.year}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={h.kind === '集体' ? 'grape' : 'blue'}>
                    {h.kind}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {h.memberId ? (
                    <Anchor component={Link} to={`/roster/member/${h.memberId}`} size="sm">
                      {h.recipient}
                    </Anchor>
                  ) : (
                    h.recipient
                  )}
                </Table.Td>
                <Table.Td>{h.title}</Table.Td>
                <Table.Td>{h.level}</Table.Td>
                <Table.Td>{h.body}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Tooltip label="修改">
                      <ActionIcon variant="subtle" aria-label="修改" onClick={() => setEditing(h)}>
                        <IconEdit size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="删除">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label="删除"
                        onClick={() => remove(h)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <HonourModal honour={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
