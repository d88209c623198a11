import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconDoorExit, IconEdit, IconPlus, IconPrinter, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { todayIso } from '../../shared/core/text';
import type { UnionProfile } from '../../shared/ledgers/union';
import {
  isInOffice,
  validateOfficer,
  type Officer,
  type OfficerDraft,
} from '../../shared/ledgers/union';
import { deleteOfficer, endOfficerTerm } from '../../shared/ledgers/union';
import { useDb } from '../app/AppContext';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { showError, showUndo } from '../app/showUndo';
import { OfficerModal } from './OfficerModal';
import { useCommittee } from './useCommittee';

const ADVICE_COLORS = { ok: 'teal', warning: 'orange', unknown: 'gray' } as const;

/** 工会委员会: the officers of the profile's term, with the committee size advice. */
export function CommitteeTab({ profile }: { profile: UnionProfile }) {
  const db = useDb();
  const today = todayIso();
  const view = useCommittee(profile.termNumber, today);
  const [editing, setEditing] = useState<Officer | OfficerDraft | null>(null);
  const [ending, setEnding] = useState<Officer | null>(null);
  const navigate = useNavigate();
  if (!view) return <Loader size="sm" />;
  const former = view.officers.filter((o) => !isInOffice(o, today));

  const remove = (o: Officer) =>
    modals.openConfirmModal({
      title: `删除委员记录 ${o.name}（${o.role}）？`,
      children: (
        <Text size="sm">
          只是登记错了才删除；任期内不再担任的，请用“离任”，以保留本届委员会的历史。删除后可以撤销。
        </Text>
      ),
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        deleteOfficer(db, o.id)
          .then((batch) => showUndo(db, batch))
          .catch((e: unknown) => showError('没有删除', e));
      },
    });

  const rows = (list: readonly Officer[], inOffice: boolean) =>
    list.map((o) => (
      <Table.Tr key={o.id} data-testid="officer-row">
        <Table.Td>{o.role}</Table.Td>
        <Table.Td>
          {o.memberId ? (
            <Anchor component={Link} to={`/roster/member/${o.memberId}`} size="sm">
              {o.name}
            </Anchor>
          ) : (
            <Group gap={6}>
              <Text size="sm">{o.name}</Text>
              <Badge size="xs" variant="outline" color="gray">
                不在花名册
              </Badge>
            </Group>
          )}
        </Table.Td>
        <Table.Td>{o.startDate ?? '—'}</Table.Td>
        <Table.Td>
          {inOffice ? (
            <Badge variant="light" color="teal">
              在任
            </Badge>
          ) : (
            <Text size="sm" c="dimmed">
              {o.endDate ? `${o.endDate} 离任` : `${o.startDate} 起任`}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <Tooltip label="修改">
              <ActionIcon variant="subtle" aria-label="修改" onClick={() => setEditing(o)}>
                <IconEdit size={16} />
              </ActionIcon>
            </Tooltip>
            {inOffice && (
              <Tooltip label="离任">
                <ActionIcon variant="subtle" aria-label="离任" onClick={() => setEnding(o)}>
                  <IconDoorExit size={16} />
                </ActionIcon>
              </Tooltip>
            )}
            <Tooltip label="删除">
              <ActionIcon variant="subtle" color="red" aria-label="删除" onClick={() => remove(o)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Table.Td>
      </Table.Tr>
    ));

  return (
    <Stack data-testid="committee-tab">
      <Group justify="space-between">
        <div>
          <Title order={4}>第{profile.termNumber}届工会委员会</Title>
          <Text size="sm" c="dimmed">
            任期 {profile.termStart} 至 {profile.termEnd}（届次和任期在“基本信息”中修改）
          </Text>
        </div>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} />}
            onClick={() => void navigate('/settings/committee/print')}
            data-testid="committee-print-button"
          >
            打印名单
          </Button>
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() =>
              setEditing({
                termNumber: profile.termNumber,
                role: '委员',
                memberId: null,
                name: '',
                startDate: profile.termStart || today,
                endDate: null,
              })
            }
          >
            添加委员
          </Button>
        </Group>
      </Group>
      <Alert
        color={ADVICE_COLORS[view.advice.level]}
        title={`委员会现有 ${view.size} 人`}
        data-testid="committee-advice"
      >
        <Text size="sm">{view.advice.message}</Text>
        <Text size="xs" c="dimmed" mt={4}>
          依据：{view.advice.source}（会计、出纳、经审委员和工会小组长不计入委员会人数）
        </Text>
      </Alert>
      {view.officers.length === 0 ? (
        <Text c="dimmed" size="sm">
          还没有登记本届委员。点“添加委员”，从花名册中选人，或直接输入姓名。
        </Text>
      ) : (
        <Table striped verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>职务</Table.Th>
              <Table.Th>姓名</Table.Th>
              <Table.Th w={120}>任职日期</Table.Th>
              <Table.Th w={140}>状态</Table.Th>
              <Table.Th w={110} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows(view.current, true)}
            {former.length > 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text size="xs" c="dimmed">
                    本届已离任（或尚未到任）
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rows(former, false)}
          </Table.Tbody>
        </Table>
      )}
      <OfficerModal officer={editing} onClose={() => setEditing(null)} />
      <EndOfficeModal officer={ending} onClose={() => setEnding(null)} />
    </Stack>
  );
}

function EndOfficeModal({ officer, onClose }: { officer: Officer | null; onClose: () => void }) {
  const db = useDb();
  const [date, setDate] = useState<string | null>(todayIso());
  const error =
    officer && date
      ? validateOfficer({ ...officer, endDate: date }).endDate
      : officer
        ? '请填写离任日期'
        : undefined;
  const save = async () => {
    if (!officer || !date || error) return;
    try {
      showUndo(db, await endOfficerTerm(db, officer.id, date));
      onClose();
    } catch (e) {
      showError('没有保存', e);
    }
  };
  return (
    <Modal
      opened={officer !== null}
      onClose={onClose}
      title={officer ? `${officer.name} 不再担任${officer.role}` : ''}
    >
      <Stack>
        <ChineseDateInput
          label="离任日期"
          value={date}
          onChange={setDate}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button onClick={() => void save()} disabled={Boolean(error)}>
            确定离任
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
