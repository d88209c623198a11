import { Paper, Table, Text, Title, UnstyledButton } from '@mantine/core';
import type { Figure } from '../../shared/ledgers';
import {
  figureText,
  type FigureComparison,
  type LedgerFigures,
} from '../../shared/ledgers/yearEnd';

export interface FigureGroupsProps {
  groups: readonly LedgerFigures[];
  /** Opens the records behind a figure. */
  onOpen: (figure: Figure) => void;
  /** Each figure a year earlier (上年) and the change (增减). */
  comparisons?: ReadonlyMap<string, FigureComparison>;
}

/** The figures grouped by ledger (LEDGERS order): 项目, 数值, 口径说明; a click lists the records. */
export function FigureGroups({ groups, onOpen, comparisons }: FigureGroupsProps) {
  return groups
    .filter((g) => g.figures.length > 0)
    .map((g) => (
      <Paper key={g.ledger} withBorder p="md" data-testid={`figures-${g.ledger}`}>
        <Title order={4} mb="xs">
          {g.label}
        </Title>
        <Table highlightOnHover verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={200}>项目</Table.Th>
              <Table.Th w={130} ta="right">
                数值
              </Table.Th>
              {comparisons && (
                <>
                  <Table.Th w={110} ta="right">
                    上年
                  </Table.Th>
                  <Table.Th w={130} ta="right">
                    增减
                  </Table.Th>
                </>
              )}
              <Table.Th>口径说明</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {g.figures.map((f) => (
              <Table.Tr
                key={f.key}
                style={{ cursor: 'pointer' }}
                onClick={() => onOpen(f)}
                data-testid={`figure-${f.key}`}
              >
                <Table.Td>
                  <UnstyledButton
                    onClick={(e) => {
                      e.stopPropagation();
                      onOpen(f);
                    }}
                    c="blue.8"
                    fw={500}
                    aria-label={`${f.label}：查看明细`}
                  >
                    {f.label}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td ta="right" fw={700} data-testid="figure-value">
                  {figureText(f)}
                </Table.Td>
                {comparisons && (
                  <>
                    <Table.Td
                      ta="right"
                      c="dimmed"
                      data-testid="figure-before"
                      title={f.asOfToday ? '名册只记现状，不保留历史，没有上年数' : undefined}
                    >
                      {comparisons.has(f.key)
                        ? figureText({ value: comparisons.get(f.key)!.before, unit: f.unit })
                        : '—'}
                    </Table.Td>
                    <Table.Td ta="right" data-testid="figure-change">
                      {comparisons.get(f.key)?.change ?? '—'}
                    </Table.Td>
                  </>
                )}
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {f.definition}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    ));
}
