import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconTrophy, IconX } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import {
  participantName,
  type Participant,
  type ParticipantResult,
} from '../../shared/ledgers/activities';
import { useMembersOf } from './useActivities';
import { STATE_COLORS } from './format';

export interface ParticipantsTableProps {
  /** In sign-in order. */
  participants: Participant[];
  /** `name` as the row shows it */
  onRemove: (p: Participant, name: string) => void;
  onEditResult: (p: Participant, name: string) => void;
  /** Lists longer than this are virtualized. @default 200 */
  virtualizeAbove?: number;
}

const ROW_HEIGHT = 37;
const NO_MEMBERS = new Map<string, never>();

function resultText(r: ParticipantResult | null | undefined): string {
  if (!r) return '';
  return [
    r.rank !== undefined ? `第${r.rank}名` : '',
    r.award ?? '',
    r.score !== undefined ? `${r.score}分` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The list in sign-in order; long lists (a township congress) render only visible rows, and
 * read only those rows' members (the page opens without reading 5,000 members).
 */
export function ParticipantsTable({
  participants,
  onRemove,
  onEditResult,
  virtualizeAbove = 200,
}: ParticipantsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = participants.length > virtualizeAbove;
  const virtualizer = useVirtualizer({
    count: participants.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    enabled: virtual,
  });
  const items = virtual
    ? virtualizer.getVirtualItems()
    : participants.map((_, index) => ({ index, start: index * ROW_HEIGHT }));
  const membersById = useMembersOf(items.flatMap((it) => participants[it.index]?.memberId ?? []));
  const padTop = virtual ? (items[0]?.start ?? 0) : 0;
  const padBottom = virtual
    ? virtualizer.getTotalSize() - ((items.at(-1)?.start ?? 0) + ROW_HEIGHT)
    : 0;

  const row = (p: Participant) => {
    const m = p.memberId ? membersById.get(p.memberId) : undefined;
    // '' while the row's member is being read
    const name =
      p.memberId === null || m === null
        ? participantName(p, NO_MEMBERS)
        : m === undefined
          ? ''
          : m.name;
    return (
      <Table.Tr key={p.id} h={ROW_HEIGHT}>
        <Table.Td>{p.order}</Table.Td>
        <Table.Td fw={500}>{name}</Table.Td>
        <Table.Td>
          {p.memberId === null ? (
            <Text size="sm">来宾{p.guestUnit ? `（${p.guestUnit}）` : ''}</Text>
          ) : m === undefined ? (
            ''
          ) : (
            (m?.department ?? '—')
          )}
        </Table.Td>
        <Table.Td>
          <Badge color={STATE_COLORS[p.state]} variant="light">
            {p.state === '报名' ? '未登记' : p.state}
          </Badge>
        </Table.Td>
        <Table.Td>{p.leaveReason ?? ''}</Table.Td>
        <Table.Td>{resultText(p.result)}</Table.Td>
        <Table.Td>
          <Group gap={4} wrap="nowrap" justify="flex-end">
            <Tooltip label="登记比赛结果">
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`登记 ${name} 的比赛结果`}
                onClick={() => onEditResult(p, name)}
              >
                <IconTrophy size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="从名单移除">
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`从名单移除 ${name}`}
                onClick={() => onRemove(p, name)}
              >
                <IconX size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Table.Td>
      </Table.Tr>
    );
  };

  return (
    <div
      ref={scrollRef}
      style={{ maxHeight: virtual ? 560 : undefined, overflowY: virtual ? 'auto' : undefined }}
    >
      <Table stickyHeader striped verticalSpacing={6} data-testid="participants-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>序号</Table.Th>
            <Table.Th w={120}>姓名</Table.Th>
            <Table.Th>部门</Table.Th>
            <Table.Th w={90}>出席情况</Table.Th>
            <Table.Th>请假原因</Table.Th>
            <Table.Th>比赛结果</Table.Th>
            <Table.Th w={80} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {padTop > 0 && <tr style={{ height: padTop }} />}
          {items.map((it) => row(participants[it.index]!))}
          {padBottom > 0 && <tr style={{ height: padBottom }} />}
        </Table.Tbody>
      </Table>
    </div>
  );
}
