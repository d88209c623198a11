import { Button, Table, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { action } from '../app/notify';

/** One column of a 登记 list: its header and what a row shows in it. */
export interface LogColumn<T> {
  label: string;
  cell: (row: T) => ReactNode;
}

export interface LogTableProps<T extends { id: string }> {
  rows: readonly T[];
  columns: readonly LogColumn<T>[];
  testId: string;
  /** 删除 at the end of each row. */
  onDelete: (row: T) => Promise<unknown>;
  deleteFailure: string;
}

/** A 登记 list (意见建议, 校务公开 …): one row a record, 删除 at its end. */
export function LogTable<T extends { id: string }>(p: LogTableProps<T>) {
  return (
    <Table striped data-testid={p.testId}>
      <Table.Thead>
        <Table.Tr>
          {p.columns.map((c) => (
            <Table.Th key={c.label}>{c.label}</Table.Th>
          ))}
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {p.rows.map((row) => (
          <Table.Tr key={row.id}>
            {p.columns.map((c) => (
              <Table.Td key={c.label}>{c.cell(row)}</Table.Td>
            ))}
            <Table.Td>
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                onClick={action(() => p.onDelete(row), p.deleteFailure)}
              >
                删除
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A labelled text field of the 登记 line above a list. */
export function LineInput(p: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  w: number;
}) {
  return (
    <TextInput
      label={p.label}
      value={p.value}
      onChange={(e) => p.onChange(e.currentTarget.value)}
      w={p.w}
    />
  );
}
