import { Table, Text } from '@mantine/core';
import { sharedPeopleCount, type SharedPeople } from '../../shared/ledgers/township';

/** 重复人员: how many people appear in the packages of two or more unions (never who). */
export function SharedTab({ shared }: { shared: SharedPeople[] }) {
  if (shared.length === 0)
    return <Text data-testid="rollup-shared-none">没有同时出现在两个工会台账中的人员。</Text>;
  return (
    <>
      <Text size="sm" mb="sm" data-testid="rollup-shared-summary">
        共 {sharedPeopleCount(shared)} 人同时出现在两个或更多工会的台账中（按身份证号加密比对，
        本软件不保存、不显示对方的身份证号；请与相关工会核实其会籍所在）。
      </Text>
      <Table withTableBorder striped data-testid="rollup-shared">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>涉及的工会</Table.Th>
            <Table.Th w={100}>人数</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shared.map((g) => (
            <Table.Tr key={g.packageIds.join()}>
              <Table.Td>{g.unions.join('、')}</Table.Td>
              <Table.Td>{g.count}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
