import {
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  categoryText,
  FUND_LINK_LABELS,
  missingSignatures,
  setOpeningBalance,
  type FundEntry,
} from '../../shared/ledgers/funds';
import { useDb } from '../app/AppContext';
import { action } from '../app/notify';
import { yuan } from './format';
import { useFundEntries, useFundYear, useYearBalance } from './useFunds';

function LinkCell({ e, activityTitles }: { e: FundEntry; activityTitles: Map<string, string> }) {
  if (!e.link) return null;
  if (e.link.table === 'activities')
    return (
      <Anchor
        component={Link}
        to={`/activities/${e.link.id}`}
        size="sm"
        onClick={(ev) => ev.stopPropagation()}
      >
        活动：{activityTitles.get(e.link.id) ?? e.link.id}
      </Anchor>
    );
  // The care records open where they are kept (a visit's form, a distribution's page).
  const to =
    e.link.table === 'careVisits'
      ? `/care/visits/${e.link.id}`
      : e.link.table === 'distributions'
        ? `/care/distributions/${e.link.id}`
        : null;
  if (to)
    return (
      <Anchor component={Link} to={to} size="sm" onClick={(ev) => ev.stopPropagation()}>
        {FUND_LINK_LABELS[e.link.table]}
      </Anchor>
    );
  return <Text size="sm">{FUND_LINK_LABELS[e.link.table]}</Text>;
}

/** 经费收支: the year's entries with voucher, category, signatures, link; balance and printouts. */
export function EntriesTab({
  year,
  activityTitles,
}: {
  year: number;
  activityTitles: Map<string, string>;
}) {
  const db = useDb();
  const navigate = useNavigate();
  const entries = useFundEntries(year);
  const fy = useFundYear(year);
  const [filter, setFilter] = useState<'all' | '收入' | '支出' | 'incomplete'>('all');
  const [opening, setOpening] = useState<number | string | null>(null);
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const balance = useYearBalance(year);
  if (!entries || fy === undefined || !balance) return null;
  const shown = entries.filter((e) =>
    filter === 'all'
      ? true
      : filter === 'incomplete'
        ? missingSignatures(e).length > 0
        : e.direction === filter,
  );
  const incomplete = entries.filter((e) => missingSignatures(e).length > 0).length;
  const openingValue = opening ?? (fy ? fy.openingFen / 100 : '');

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <Button
            leftSection={<IconPlus size={18} />}
            onClick={() => void navigate(`/funds/entries/new?direction=支出`)}
            data-testid="new-expense"
          >
            记一笔支出
          </Button>
          <Button
            variant="light"
            leftSection={<IconPlus size={18} />}
            onClick={() => void navigate(`/funds/entries/new?direction=收入`)}
          >
            记一笔收入
          </Button>
          <SegmentedControl
            value={filter}
            onChange={(v) => setFilter(v as typeof filter)}
            data={[
              { value: 'all', label: '全部' },
              { value: '收入', label: '收入' },
              { value: '支出', label: '支出' },
              { value: 'incomplete', label: `手续不全（${incomplete}）` },
            ]}
          />
        </Group>
        <Group align="flex-end">
          <NumberInput
            label={`${year}年期初结余（元）`}
            value={openingValue}
            onChange={setOpening}
            decimalScale={2}
            thousandSeparator=","
            hideControls
            w={170}
          />
          <Button
            variant="default"
            disabled={opening === null}
            onClick={action(async () => {
              const n = typeof opening === 'number' ? opening : Number(opening);
              await setOpeningBalance(db, year, Math.round(n * 100));
              setOpening(null);
            }, '期初结余没有保存')}
          >
            保存结余
          </Button>
        </Group>
      </Group>
      <Group gap="lg" data-testid="fund-balance">
        <Text>
          期初结余 {yuan(balance.openingFen)} 元{fy ? '' : '（上年结转）'}
        </Text>
        <Text>收入 {yuan(balance.incomeFen)} 元</Text>
        <Text>支出 {yuan(balance.expenseFen)} 元</Text>
        <Text fw={600}>结余 {yuan(balance.closingFen)} 元</Text>
      </Group>
      <Paper withBorder>
        <Table striped highlightOnHover verticalSpacing={6} data-testid="fund-entries">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={100}>日期</Table.Th>
              <Table.Th w={70}>凭证号</Table.Th>
              <Table.Th w={60}>收支</Table.Th>
              <Table.Th>科目</Table.Th>
              <Table.Th>摘要</Table.Th>
              <Table.Th ta="right">金额（元）</Table.Th>
              <Table.Th>经办 / 审核 / 审批</Table.Th>
              <Table.Th>关联</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((e) => {
              const missing = missingSignatures(e);
              return (
                <Table.Tr
                  key={e.id}
                  style={{ cursor: 'pointer' }}
                  onClick={() => void navigate(`/funds/entries/${e.id}`)}
                  data-testid="fund-entry-row"
                >
                  <Table.Td>{e.date}</Table.Td>
                  <Table.Td>{e.voucher}</Table.Td>
                  <Table.Td>
                    <Badge
                      size="sm"
                      color={e.direction === '收入' ? 'teal' : 'blue'}
                      variant="light"
                    >
                      {e.direction}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{categoryText(e)}</Table.Td>
                  <Table.Td>{e.summary}</Table.Td>
                  <Table.Td ta="right">{yuan(e.amountFen)}</Table.Td>
                  <Table.Td>
                    {e.direction === '支出' ? (
                      <Group gap={4}>
                        <Text size="sm">
                          {[e.handler, e.checker, e.approver].map((n) => n || '—').join(' / ')}
                        </Text>
                        {missing.length > 0 && (
                          <Badge size="xs" color="red" title={`缺${missing.join('、')}`}>
                            手续不全
                          </Badge>
                        )}
                      </Group>
                    ) : (
                      <Text size="sm">{e.handler || '—'}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <LinkCell e={e} activityTitles={activityTitles} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {shown.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={8}>
                  <Text c="dimmed" ta="center" py="lg">
                    {year}年还没有这样的经费记录。
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="sm">
        <Group align="flex-end">
          <TextInput
            label="从"
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            w={130}
          />
          <TextInput label="至" value={to} onChange={(e) => setTo(e.currentTarget.value)} w={130} />
          <Button
            variant="default"
            leftSection={<IconPrinter size={18} />}
            onClick={() => void navigate(`/funds/print/cashbook?from=${from}&to=${to}`)}
          >
            收支明细账
          </Button>
          <Button
            variant="default"
            leftSection={<IconPrinter size={18} />}
            onClick={() =>
              void navigate(`/funds/print/disclosure?year=${year}&from=${from}&to=${to}`)
            }
            data-testid="print-disclosure"
          >
            经费收支情况公示
          </Button>
          <Button
            variant="default"
            leftSection={<IconPrinter size={18} />}
            onClick={() => void navigate(`/funds/print/budget?year=${year}`)}
          >
            预算执行情况表
          </Button>
        </Group>
      </Paper>
    </Stack>
  );
}
