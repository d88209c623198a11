import { Anchor, Button, Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ASSISTANCE_KINDS, superiorText } from '../../shared/ledgers/hardship';
import { yuanText } from './format';
import { useHardshipYears, useYearAssistance } from './useHardship';

/** 帮扶台账: the year's assistance records across files, with totals by kind, and its printout. */
export function AssistanceYear() {
  const years = useHardshipYears();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [kind, setKind] = useState<string | null>(null);
  const data = useYearAssistance(year);
  if (!years || !data) return <Loader size="sm" />;
  const choices = [...new Set([thisYear, ...years])].sort((a, b) => b - a);
  const shown = kind ? data.records.filter((a) => a.kind === kind) : data.records;
  const total = data.records.reduce((s, a) => s + a.amountCents, 0);
  const tiers = new Map(data.files.map((f) => [f.id, f.tier]));
  const byKind = ASSISTANCE_KINDS.map((k) => {
    const rows = data.records.filter((a) => a.kind === k);
    return { kind: k, n: rows.length, cents: rows.reduce((s, a) => s + a.amountCents, 0) };
  }).filter((k) => k.n > 0);

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Select
            aria-label="年度"
            w={120}
            data={choices.map((y) => ({ value: String(y), label: `${y}年` }))}
            value={String(year)}
            allowDeselect={false}
            onChange={(v) => v && setYear(Number(v))}
          />
          <Select
            aria-label="帮扶形式"
            placeholder="全部形式"
            w={140}
            clearable
            data={[...ASSISTANCE_KINDS]}
            value={kind}
            onChange={setKind}
          />
          <Text size="sm" data-testid="year-total">
            共 {data.records.length} 次，受帮扶职工{' '}
            {new Set(data.records.map((a) => a.memberId)).size} 人，合计 {yuanText(total)}
          </Text>
        </Group>
        <Button
          component={Link}
          to={`/hardship/ledger/${year}/print`}
          variant="light"
          leftSection={<IconPrinter size={16} />}
        >
          打印帮扶台账
        </Button>
      </Group>
      {byKind.length > 0 && (
        <Text size="sm" c="dimmed">
          {byKind.map((k) => `${k.kind} ${k.n} 次 ${yuanText(k.cents)}`).join('；')}
        </Text>
      )}
      {data.records.length === 0 ? (
        <Text c="dimmed">{year}年还没有帮扶记录。在困难职工档案中点“登记帮扶”。</Text>
      ) : (
        <Table striped data-testid="year-assistance">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>日期</Table.Th>
              <Table.Th>姓名</Table.Th>
              <Table.Th>部门</Table.Th>
              <Table.Th>困难类别</Table.Th>
              <Table.Th>形式</Table.Th>
              <Table.Th ta="right">金额</Table.Th>
              <Table.Th>资金来源</Table.Th>
              <Table.Th>上级申请</Table.Th>
              <Table.Th>说明</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((a) => {
              const p = data.people.get(a.memberId);
              return (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.date}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/hardship/${a.fileId}`} size="sm">
                      {p?.name ?? '（已删除）'}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p?.department ?? ''}</Table.Td>
                  <Table.Td>{tiers.get(a.fileId) ?? ''}</Table.Td>
                  <Table.Td>{a.kind}</Table.Td>
                  <Table.Td ta="right">{yuanText(a.amountCents)}</Table.Td>
                  <Table.Td>{a.source}</Table.Td>
                  <Table.Td>{superiorText(a)}</Table.Td>
                  <Table.Td>
                    {a.student ? `${a.student.childName}，${a.student.school}` : a.notes}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
