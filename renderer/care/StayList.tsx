import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Checkbox,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { todayIso } from '../../shared/core/text';
import { dischargeStay, recordStay } from '../../shared/ledgers/care';
import { useDb } from '../app/AppContext';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { action } from '../app/notify';
import { MemberSelect, useMemberById } from './MemberSelect';
import { useStays, useVisits } from './useCare';

/** 住院: stays (opened by a 住院 visit or entered when the chair hears of it), and their visits. */
export function StayList() {
  const db = useDb();
  const navigate = useNavigate();
  const stays = useStays() ?? [];
  const visits = useVisits(null, '生病住院') ?? [];
  const byId = useMemberById();
  const [open, setOpen] = useState(false);
  const [memberId, setMemberId] = useState<string | null>(null);
  const [admitted, setAdmitted] = useState(todayIso());
  const [hospital, setHospital] = useState('');
  const [surgery, setSurgery] = useState(false);
  const add = action(async () => {
    const m = memberId ? byId.get(memberId) : undefined;
    await recordStay(db, {
      memberId: memberId ?? '',
      relation: '本人',
      name: m?.name ?? '',
      admittedOn: admitted,
      surgery,
      hospital,
      notes: '',
    });
    setOpen(false);
  }, '住院登记没有保存');
  return (
    <Stack>
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => setOpen(true)}
        >
          登记住院
        </Button>
        <Text size="xs" c="dimmed">
          听说会员住院先登记，工作台会提醒尚未探望；探望时选择这条住院记录。
        </Text>
      </Group>
      <Paper withBorder>
        <Table verticalSpacing="xs" striped data-testid="stay-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>姓名</Table.Th>
              <Table.Th>入院</Table.Th>
              <Table.Th>医院</Table.Th>
              <Table.Th>出院</Table.Th>
              <Table.Th ta="right">探望次数</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stays.map((s) => {
              const n = visits.filter((v) => v.stayId === s.id).length;
              return (
                <Table.Tr key={s.id}>
                  <Table.Td fw={500}>
                    {s.relation === '本人' ? s.name : `${s.name}（${s.relation}）`}
                    {s.surgery && (
                      <Badge size="xs" ml={4} color="red" variant="light">
                        手术
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{s.admittedOn}</Table.Td>
                  <Table.Td>{s.hospital || '—'}</Table.Td>
                  <Table.Td>{s.dischargedOn ?? '住院中'}</Table.Td>
                  <Table.Td ta="right" c={n === 0 ? 'orange.8' : undefined}>
                    {n === 0 ? '尚未探望' : n}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() =>
                          void navigate(`/care/visits/new?reason=生病住院&member=${s.memberId}`)
                        }
                      >
                        登记探望
                      </Button>
                      {!s.dischargedOn && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={action(
                            () => dischargeStay(db, s.id, todayIso()),
                            '登记出院失败',
                          )}
                        >
                          今天出院
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {stays.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text c="dimmed" ta="center" py="lg">
                    没有住院记录。登记“生病住院”慰问时会自动建立。
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Paper>
      <Modal opened={open} onClose={() => setOpen(false)} title="登记住院">
        <Stack>
          <MemberSelect label="会员" withAsterisk value={memberId} onChange={setMemberId} />
          <ChineseDateInput
            label="入院日期"
            clearable={false}
            value={admitted}
            onChange={(v) => setAdmitted(v ? String(v) : todayIso())}
          />
          <TextInput
            label="医院"
            value={hospital}
            onChange={(e) => setHospital(e.currentTarget.value)}
          />
          <Checkbox
            label="手术"
            checked={surgery}
            onChange={(e) => setSurgery(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button onClick={add}>保存</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
