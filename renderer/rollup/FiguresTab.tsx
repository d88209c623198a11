import { Anchor, Drawer, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { rolledText, type RolledFigure, type Rollup } from '../../shared/ledgers/township';

const partText = (f: RolledFigure, v: number | string) =>
  f.unit === '' && typeof v === 'number'
    ? `${(v * 100).toFixed(2)}%`
    : rolledText({ ...f, value: v });

/** 汇总统计: every figure summed over the unions; a click lists the unions behind it. */
export function FiguresTab({ rollup }: { rollup: Rollup }) {
  const [open, setOpen] = useState<RolledFigure | null>(null);
  const groups = new Map<string, RolledFigure[]>();
  for (const f of rollup.figures) groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
  return (
    <>
      <Table withTableBorder striped data-testid="rollup-figures">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={220}>项目</Table.Th>
            <Table.Th w={140}>合计</Table.Th>
            <Table.Th w={70}>工会数</Table.Th>
            <Table.Th>口径说明</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>报送台账的工会</Table.Td>
            <Table.Td data-testid="rollup-figure-unions.count">{rollup.sentCount} 个</Table.Td>
            <Table.Td />
            <Table.Td>
              <Text size="sm">本年度收到台账包的工会数（未报送 {rollup.missingCount} 个）</Text>
            </Table.Td>
          </Table.Tr>
          {[...groups].map(([group, figures]) => (
            <Fragment key={group}>
              <Table.Tr>
                <Table.Td colSpan={4} fw={700} bg="var(--mantine-color-gray-1)">
                  {group}
                </Table.Td>
              </Table.Tr>
              {figures.map((f) => (
                <Table.Tr key={f.key}>
                  <Table.Td>{f.label}</Table.Td>
                  <Table.Td>
                    <Anchor
                      component="button"
                      onClick={() => setOpen(f)}
                      data-testid={`rollup-figure-${f.key}`}
                    >
                      {rolledText(f)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{f.parts.length}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {f.definition}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
      <Drawer
        opened={open !== null}
        onClose={() => setOpen(null)}
        position="right"
        size="lg"
        title={open ? `${open.label}：${rolledText(open)}` : ''}
      >
        {open && (
          <>
            <Text size="sm" c="dimmed" mb="sm">
              {open.definition}
            </Text>
            {open.parts.length === 0 ? (
              <Text>没有工会在这一项有数值。</Text>
            ) : (
              <Table withTableBorder data-testid="rollup-figure-parts">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>工会</Table.Th>
                    <Table.Th>数值</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {open.parts.map((p) => (
                    <Table.Tr key={p.packageId}>
                      <Table.Td>{p.unionName}</Table.Td>
                      <Table.Td>{partText(open, p.value)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </>
        )}
      </Drawer>
    </>
  );
}
