import { useState, type ReactNode } from 'react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowsExchange, IconEdit, IconEye, IconEyeOff, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { useDb } from '../app/AppContext';
import { changeStatus, deleteMember } from '../../shared/ledgers/roster';
import { memberDeleteBlock } from '../../shared/ledgers/store';
import { ageOn, todayIso } from '../../shared/core/text';
import { maskIdNumber, maskPhone } from '../../shared/core/ids';
import { isUnionMember, type Member } from '../../shared/ledgers/roster';
import { memberRetirementAge, memberRetirementDate } from '../../shared/ledgers/roster';
import { MemberFormDrawer } from './MemberForm';
import { MemberRecordsSlot } from './MemberRecordsSlot';
import { StatusChangeModal } from './StatusChangeModal';
import { STATUS_COLORS } from './statusColors';
import { showError, showUndo } from '../app/showUndo';
import { action } from '../app/notify';
import { useMember, useRetirementSettings } from './useRosterData';
import { formatYuan } from '../../shared/core/money';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">
        {children ?? (
          <Text span c="dimmed">
            —
          </Text>
        )}
      </Text>
    </div>
  );
}

function flagBadges(m: Member) {
  const out: string[] = [];
  if (m.flags.hardship) out.push('困难职工');
  if (m.flags.modelWorker) out.push(`${m.flags.modelWorker}劳模`);
  if (m.flags.singleParent) out.push('单亲');
  if (m.flags.migrantWorker) out.push('农民工');
  return out;
}

/** One member: facts, status history, family, and records other features add. */
export function MemberPage() {
  const { id } = useParams();
  const member = useMember(id);
  const db = useDb();
  const navigate = useNavigate();
  const [reveal, setReveal] = useState(false);
  const [editing, setEditing] = useState(false);
  const [statusOpen, setStatusOpen] = useState(false);
  const [retirement] = useRetirementSettings();

  if (member === undefined) return <Loader />;
  if (member === null) {
    return (
      <Stack>
        <Text>找不到这名会员，可能已被删除。</Text>
        <Anchor component={Link} to="/roster">
          返回花名册
        </Anchor>
      </Stack>
    );
  }

  const today = todayIso();
  const age = member.birthDate ? ageOn(member.birthDate, today) : null;
  const retireOn =
    member.status === '在职' ? memberRetirementDate(member, retirement.femaleCategory) : null;
  const retireAge = retireOn ? memberRetirementAge(member, retirement.femaleCategory) : null;
  const history = [...member.statusHistory].reverse();

  const confirmDelete = async () => {
    // Records in other ledgers keep the member (LedgerModule.memberReferences): say which.
    const blocked = await memberDeleteBlock(db, member);
    if (blocked) {
      modals.openConfirmModal({
        title: `不能删除 ${member.name}`,
        children: (
          <Text size="sm" data-testid="delete-blocked">
            {blocked}。
          </Text>
        ),
        labels: { confirm: '变更状态', cancel: '关闭' },
        onConfirm: () => setStatusOpen(true),
      });
      return;
    }
    modals.openConfirmModal({
      title: `删除会员 ${member.name}？`,
      children: (
        <Text size="sm">
          删除后花名册中不再有这名会员。通常应使用“变更状态”（退休、调出、退会），以保留历史记录。删除后可以立即撤销。
        </Text>
      ),
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: action(async () => {
        const batch = await deleteMember(db, member.id);
        void navigate('/roster');
        showUndo(db, batch);
      }, '删除会员失败'),
    });
  };

  return (
    <Stack gap="md" maw={1100} data-testid="member-page">
      <Breadcrumbs>
        <Anchor component={Link} to="/roster" size="sm">
          花名册
        </Anchor>
        <Text size="sm">{member.name}</Text>
      </Breadcrumbs>

      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={6}>
            <Group gap="sm">
              <Title order={2}>{member.name}</Title>
              <Badge size="lg" variant="light" color={STATUS_COLORS[member.status]}>
                {member.status}
              </Badge>
              {!isUnionMember(member) && (
                <Badge variant="outline" color="gray" data-testid="member-non-member">
                  非会员
                </Badge>
              )}
              {flagBadges(member).map((f) => (
                <Badge key={f} variant="outline" color="orange">
                  {f}
                </Badge>
              ))}
            </Group>
            <Group gap="lg">
              <Text size="sm" c="dimmed">
                {[member.gender, age !== null ? `${age}岁` : null, member.department, member.post]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <Group gap={4}>
                <Text size="sm" ff="monospace" data-testid="member-id-number">
                  {member.idNumber && member.idType !== '居民身份证' ? `${member.idType} ` : ''}
                  {member.idNumber
                    ? reveal
                      ? member.idNumber
                      : maskIdNumber(member.idNumber)
                    : '未登记身份证号'}
                </Text>
                <Text size="sm" ff="monospace" ml="md">
                  {member.phone ? (reveal ? member.phone : maskPhone(member.phone)) : ''}
                </Text>
                {(member.idNumber || member.phone) && (
                  <Tooltip label={reveal ? '隐藏证件号和电话' : '显示完整证件号和电话'}>
                    <ActionIcon
                      variant="subtle"
                      onClick={() => setReveal((r) => !r)}
                      aria-label={reveal ? '隐藏证件号和电话' : '显示完整证件号和电话'}
                    >
                      {reveal ? <IconEyeOff size={18} /> : <IconEye size={18} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </Group>
          </Stack>
          <Group gap="xs">
            <Button size="xs" leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)}>
              修改
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconArrowsExchange size={16} />}
              onClick={() => setStatusOpen(true)}
            >
              变更状态
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={action(confirmDelete, '删除失败')}
            >
              删除
            </Button>
          </Group>
        </Group>
      </Paper>

      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Paper withBorder p="md" style={{ gridColumn: 'span 2' }}>
          <Title order={4} mb="sm">
            基本情况
          </Title>
          <SimpleGrid cols={3} spacing="sm" verticalSpacing="sm">
            <Fact label="出生日期">{member.birthDate}</Fact>
            <Fact label="民族">{member.ethnicity}</Fact>
            <Fact label="政治面貌">{member.politicalStatus}</Fact>
            <Fact label="学历">{member.education}</Fact>
            <Fact label="职称">{member.title}</Fact>
            <Fact label="岗位/职务">{member.post}</Fact>
            <Fact label="岗位类别">{member.postCategory}</Fact>
            <Fact label="部门">{member.department}</Fact>
            <Fact label="工会小组">{member.unionGroup}</Fact>
            <Fact label="用工性质">{member.employmentType}</Fact>
            <Fact label="参加工作时间">{member.hireDate}</Fact>
            <Fact label="入会时间">{member.joinDate}</Fact>
            <Fact label="是否会员">{isUnionMember(member) ? '会员' : '非会员'}</Fact>
            <Fact label="缴费工资基数">
              {member.wageBase !== null
                ? `${formatYuan(member.wageBase, { unit: true })}/月`
                : null}
            </Fact>
            {retireOn && (
              <Fact label="预计退休">
                {retireOn}
                {retireAge &&
                  `（${retireAge.years}岁${retireAge.months ? `${retireAge.months}个月` : ''}）`}
              </Fact>
            )}
          </SimpleGrid>
          {member.notes && (
            <Text size="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
              <Text span c="dimmed" size="xs">
                备注：
              </Text>
              {member.notes}
            </Text>
          )}
        </Paper>

        <Paper withBorder p="md">
          <Group justify="space-between" mb="sm">
            <Title order={4}>状态记录</Title>
            <Button size="compact-xs" variant="subtle" onClick={() => setStatusOpen(true)}>
              变更状态
            </Button>
          </Group>
          <Timeline active={0} bulletSize={16} lineWidth={2} data-testid="status-timeline">
            {history.map((h, i) => (
              <Timeline.Item
                key={`${h.date}-${i}`}
                title={h.status}
                color={STATUS_COLORS[h.status]}
              >
                <Text size="xs" c="dimmed">
                  {h.date || '日期不详'}
                </Text>
                {h.note && <Text size="sm">{h.note}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        </Paper>
      </SimpleGrid>

      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          家庭成员
        </Title>
        {member.family.length === 0 ? (
          <Text size="sm" c="dimmed">
            未登记。点“修改”可添加配偶、子女、父母，用于慰问和金秋助学。
          </Text>
        ) : (
          <Table withRowBorders={false} verticalSpacing={4} maw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>关系</Table.Th>
                <Table.Th>姓名</Table.Th>
                <Table.Th>出生日期</Table.Th>
                <Table.Th>情况</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {member.family.map((f, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{f.relation}</Table.Td>
                  <Table.Td>{f.name}</Table.Td>
                  <Table.Td>{f.birthDate ?? ''}</Table.Td>
                  <Table.Td>{f.note ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      {/* Other features (活动、慰问 …) add their sections here: see MemberRecordsSlot. */}
      <MemberRecordsSlot member={member} />

      <MemberFormDrawer
        member={editing ? member : null}
        isNew={false}
        onClose={() => setEditing(false)}
      />
      <StatusChangeModal
        opened={statusOpen}
        onClose={() => setStatusOpen(false)}
        who={member.name}
        initialStatus={member.status === '在职' ? '退休' : '在职'}
        onSubmit={async (change) => {
          try {
            const { batch } = await changeStatus(db, member, change);
            showUndo(db, batch);
          } catch (e) {
            showError('变更状态失败', e);
            throw e;
          }
        }}
      />
    </Stack>
  );
}
