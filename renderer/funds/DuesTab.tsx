import { Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { todayIso } from '../../shared/core/text';
import {
  describeDuesRule,
  isMonth,
  monthText,
  reckonRolls,
  totalsOf,
  type MemberMonth,
} from '../../shared/ledgers/funds';
import { yuan } from './format';
import { useDuesRule, useYearDues } from './useFunds';
import { PayrollImportButton } from './PayrollImport';

/** 会费: a month picker, and the year's months with due / paid / outstanding and posting. */
export function DuesTab({ year, years }: { year: number; years: number[] }) {
  const navigate = useNavigate();
  const today = todayIso();
  const [month, setMonth] = useState(today.slice(0, 7));
  const dues = useYearDues(year);
  const rule = useDuesRule();
  const rows = dues ? reckonRolls(dues.rolls, dues.payments) : [];
  const months = dues
    ? [...dues.rolls].sort((a, b) => b.month.localeCompare(a.month)).map((r) => r.month)
    : [];
  const all = totalsOf(rows);
  void years;
  return (
    <Stack>
      <Group align="flex-end">
        <TextInput
          label="月份"
          type="month"
          value={month}
          onChange={(e) => setMonth(e.currentTarget.value)}
          w={170}
          data-testid="dues-month"
        />
        <Button
          disabled={!isMonth(month)}
          onClick={() => void navigate(`/funds/dues/${month}`)}
          data-testid="open-dues-month"
        >
          打开{isMonth(month) ? monthText(month) : ''}会费名册
        </Button>
        <Button
          variant="default"
          leftSection={<IconPrinter size={18} />}
          disabled={months.length === 0}
          onClick={() => void navigate(`/funds/print/dues-summary?from=${year}-01&to=${year}-12`)}
        >
          全年汇总表
        </Button>
        <Button
          variant="default"
          leftSection={<IconPrinter size={18} />}
          disabled={months.length === 0}
          onClick={() => void navigate(`/funds/print/dues-detail?from=${year}-01&to=${year}-12`)}
        >
          全年明细表
        </Button>
        <PayrollImportButton />
      </Group>
      {rule && (
        <Text size="sm" c="dimmed">
          {describeDuesRule(rule, rule.source)}
        </Text>
      )}
      <Paper withBorder>
        <Table striped highlightOnHover data-testid="dues-months">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>月份</Table.Th>
              <Table.Th ta="right">应缴人数</Table.Th>
              <Table.Th ta="right">应缴（元）</Table.Th>
              <Table.Th ta="right">实缴（元）</Table.Th>
              <Table.Th ta="right">欠缴（元）</Table.Th>
              <Table.Th>情况</Table.Th>
              <Table.Th>过账</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {months.map((m) => {
              const rs = rows.filter((r) => r.month === m);
              const t = totalsOf(rs);
              const posted = dues!.postings
                .filter((p) => p.month === m)
                .reduce((s, p) => s + p.amountFen, 0);
              const late = rs.filter((r) => r.late).length;
              const twice = rs.filter((r) => r.twice).length;
              const short = rs.filter((r) => r.state === '少缴').length;
              const over = rs.filter((r) => r.state === '多缴').length;
              return (
                <Table.Tr
                  key={m}
                  style={{ cursor: 'pointer' }}
                  onClick={() => void navigate(`/funds/dues/${m}`)}
                >
                  <Table.Td fw={500}>{monthText(m)}</Table.Td>
                  <Table.Td ta="right">{t.memberMonths}</Table.Td>
                  <Table.Td ta="right">{yuan(t.dueFen)}</Table.Td>
                  <Table.Td ta="right">{yuan(t.paidFen)}</Table.Td>
                  <Table.Td ta="right" c={t.outstandingFen ? 'red' : undefined}>
                    {yuan(t.outstandingFen)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {short > 0 && (
                        <Badge color="orange" size="sm">
                          少缴 {short}
                        </Badge>
                      )}
                      {over > 0 && (
                        <Badge color="grape" size="sm">
                          多缴 {over}
                        </Badge>
                      )}
                      {twice > 0 && (
                        <Badge color="grape" variant="outline" size="sm">
                          重复 {twice}
                        </Badge>
                      )}
                      {late > 0 && (
                        <Badge color="gray" size="sm">
                          补缴 {late}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {posted === t.paidFen && t.paidFen > 0 ? (
                      <Badge color="teal" size="sm">
                        已过账
                      </Badge>
                    ) : t.paidFen > posted ? (
                      <Badge color="yellow" size="sm">
                        待过账 {yuan(t.paidFen - posted)}
                      </Badge>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {dues && months.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={7}>
                  <Text c="dimmed" ta="center" py="lg">
                    {year}年还没有会费名册。选择月份后点“打开会费名册”生成。
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
          {months.length > 0 && (
            <Table.Tfoot>
              <Table.Tr
                style={{ background: 'var(--mantine-color-gray-1)' }}
                data-testid="dues-year-totals"
              >
                <Table.Th>全年合计</Table.Th>
                <Table.Th ta="right">{all.memberMonths} 人月</Table.Th>
                <Table.Th ta="right">{yuan(all.dueFen)}</Table.Th>
                <Table.Th ta="right">{yuan(all.paidFen)}</Table.Th>
                <Table.Th ta="right">{yuan(all.outstandingFen)}</Table.Th>
                <Table.Th colSpan={2} />
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </Paper>
      <CheckList rows={rows} names={dues?.names} />
    </Stack>
  );
}

/** Members who paid too little, too much, twice or late this year: what to check with them. */
function CheckList({
  rows,
  names,
}: {
  rows: MemberMonth[];
  names: Map<string, string> | undefined;
}) {
  const odd = rows.filter((r) => r.state === '少缴' || r.state === '多缴' || r.twice || r.late);
  if (!names || odd.length === 0) return null;
  return (
    <Paper withBorder p="sm" data-testid="dues-check-list">
      <Text fw={600} mb="xs">
        需要核对的缴费（{odd.length} 条）
      </Text>
      <Table verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>姓名</Table.Th>
            <Table.Th>月份</Table.Th>
            <Table.Th ta="right">应缴</Table.Th>
            <Table.Th ta="right">实缴</Table.Th>
            <Table.Th>情况</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {odd.map((r) => (
            <Table.Tr key={`${r.month}-${r.memberId}`}>
              <Table.Td>{names.get(r.memberId) ?? ''}</Table.Td>
              <Table.Td>{monthText(r.month)}</Table.Td>
              <Table.Td ta="right">{yuan(r.dueFen)}</Table.Td>
              <Table.Td ta="right">{yuan(r.paidFen)}</Table.Td>
              <Table.Td>
                {[
                  r.state === '少缴' || r.state === '多缴' ? r.state : '',
                  r.twice ? '重复缴纳' : '',
                  r.late ? `补缴（${r.lastPaidOn}）` : '',
                ]
                  .filter((x) => x)
                  .join('、')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

export function YearSelect({
  year,
  years,
  onChange,
}: {
  year: number;
  years: number[];
  onChange: (y: number) => void;
}) {
  const options = [...new Set([year, Number(todayIso().slice(0, 4)), ...years])].sort(
    (a, b) => b - a,
  );
  return (
    <Select
      label="年度"
      data={options.map((y) => ({ value: String(y), label: `${y}年` }))}
      value={String(year)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      w={120}
    />
  );
}
