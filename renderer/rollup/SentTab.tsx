import { Badge, Table, Text } from '@mantine/core';
import { unionCells, type Rollup } from '../../shared/ledgers/township';

const HEAD = ['工会名称', '报送', '导出时间', '会员', '在职职工', '入会率', '活动'];

/** 报送情况: every affiliated union, whether it sent this year's package, and its main figures. */
export function SentTab({ rollup }: { rollup: Rollup }) {
  return (
    <>
      <Text size="sm" mb="sm" data-testid="rollup-sent-summary">
        已报送 {rollup.sentCount} 个，未报送 {rollup.missingCount} 个
      </Text>
      <Table withTableBorder striped data-testid="rollup-sent">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={50}>序号</Table.Th>
            {HEAD.map((h) => (
              <Table.Th key={h}>{h}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rollup.unions.map((u, i) => {
            const [name, sent, ...rest] = unionCells(u);
            return (
              <Table.Tr key={u.packageId ?? u.affiliatedUnionId}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>{name}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={!u.sent ? 'red' : u.registered ? 'teal' : 'orange'}>
                    {sent}
                  </Badge>
                </Table.Td>
                {rest.map((c, j) => (
                  <Table.Td key={j}>{c}</Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}
