import { useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconEdit, IconKeyboard, IconPrinter, IconTrash, IconUserMinus } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  changeRecipients,
  countReceipts,
  deleteDistribution,
  describeRecipientRule,
  festivalFlag,
  formatCents,
} from '../../shared/ledgers/care';
import { useDb } from '../app/AppContext';
import { action } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { useDistribution, useRecipients } from './useCare';
import { MembersMultiSelect } from './MemberSelect';
import { RECEIPT_COLORS } from './receiptDraft';
import { ExpenseEntryButton } from '../funds';
import { distributionExpense } from './offerCareExpense';

/** One distribution: its facts, receipt counts and list; 签收登记, 打印签领表, 删除. */
export function DistributionDetail() {
  const { id = '' } = useParams();
  const db = useDb();
  const navigate = useNavigate();
  const d = useDistribution(id);
  const rs = useRecipients(id);
  const [adding, setAdding] = useState<string[]>([]);
  if (d === undefined || rs === undefined) return <Loader />;
  if (d === null) return <Text>找不到这次福利发放，可能已被删除或撤销。</Text>;
  const c = countReceipts(rs);
  const expense = distributionExpense(d, c.total);
  const flag = d.festival ? festivalFlag(d.festival) : null;
  const remove = () =>
    modals.openConfirmModal({
      title: '删除福利发放',
      children: (
        <Text size="sm">
          确定删除“{d.occasion}
          {d.item}”及 {rs.length} 人的签收记录吗？删除后可撤销。
        </Text>
      ),
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: action(async () => {
        const batch = await deleteDistribution(db, d.id);
        showUndo(db, batch, '已删除福利发放。');
        await navigate('/care?tab=distributions');
      }, '删除失败'),
    });
  return (
    <Stack maw={1000}>
      <Anchor component={Link} to="/care?tab=distributions" size="sm">
        ‹ 福利发放
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>
            {d.occasion} · {d.item}
          </Title>
          <Text c="dimmed" size="sm">
            {d.date} · 每人 {formatCents(d.valueCents)}
            {d.quantity ? `（${d.quantity}）` : ''} · {d.fundSource} ·{' '}
            {d.rule ? describeRecipientRule(d.rule) : '手工选择名单'}
          </Text>
          {flag && (
            <Badge color="yellow" variant="light" mt={4}>
              {flag}
            </Badge>
          )}
        </div>
        <Group gap="xs">
          <Button
            leftSection={<IconKeyboard size={18} />}
            onClick={() => void navigate(`/care/distributions/${d.id}/receipts`)}
          >
            签收登记
          </Button>
          <Button
            variant="light"
            leftSection={<IconPrinter size={18} />}
            onClick={() => void navigate(`/care/distributions/${d.id}/print`)}
          >
            打印签领表
          </Button>
          <Button
            variant="default"
            leftSection={<IconEdit size={16} />}
            onClick={() => void navigate(`/care/distributions/${d.id}/edit`)}
            data-testid="edit-distribution"
          >
            修改
          </Button>
          {expense && <ExpenseEntryButton offer={expense} />}
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={remove}
          >
            删除
          </Button>
        </Group>
      </Group>
      <Text data-testid="receipt-counts">
        共 {c.total} 人，合计 {formatCents(d.valueCents * c.total)}：本人签收 {c.self}，代领{' '}
        {c.proxy}，补签 {c.late}，未签 {c.unsigned}
      </Text>
      <Group align="flex-end">
        <MembersMultiSelect
          label="补充人员"
          description="名单外的人（如新调入的教职工）"
          w={420}
          value={adding}
          onChange={setAdding}
        />
        <Button
          variant="light"
          disabled={adding.length === 0}
          onClick={action(async () => {
            await changeRecipients(db, d.id, adding, []);
            setAdding([]);
          }, '补充人员失败')}
        >
          加入名单
        </Button>
      </Group>
      <Paper withBorder>
        <Table striped verticalSpacing={4} data-testid="recipient-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>序号</Table.Th>
              <Table.Th>姓名</Table.Th>
              <Table.Th>部门</Table.Th>
              <Table.Th>签收</Table.Th>
              <Table.Th>代领人</Table.Th>
              <Table.Th>签收日期</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rs.map((r, i) => (
              <Table.Tr key={r.id}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>{r.department}</Table.Td>
                <Table.Td>
                  <Badge color={RECEIPT_COLORS[r.receipt]} variant="light">
                    {r.receipt}
                  </Badge>
                </Table.Td>
                <Table.Td>{r.proxyName ?? ''}</Table.Td>
                <Table.Td>{r.signedOn ?? ''}</Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`从名单中移除${r.name}`}
                    onClick={action(() => changeRecipients(db, d.id, [], [r.memberId]), '移除失败')}
                  >
                    <IconUserMinus size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
