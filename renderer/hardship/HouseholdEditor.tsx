import { ActionIcon, Button, Group, NumberInput, Select, Table, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import {
  emptyPerson,
  HOUSEHOLD_RELATIONS,
  type HouseholdPerson,
  type HouseholdRelation,
} from '../../shared/ledgers/hardship';
import { centsOfInput } from './format';

export interface HouseholdEditorProps {
  value: HouseholdPerson[];
  onChange: (next: HouseholdPerson[]) => void;
  /** Field errors by 'household.<i>.<field>'. */
  errors: Record<string, string>;
}

/**
 * 家庭成员 as a small grid typed by keyboard: Tab moves along a row; Enter in a row's last
 * cell (就业或就学) adds the next person and puts the cursor in their name.
 */
export function HouseholdEditor({ value, onChange, errors }: HouseholdEditorProps) {
  const names = useRef<(HTMLInputElement | null)[]>([]);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  useEffect(() => {
    if (focusRow !== null) {
      names.current[focusRow]?.focus();
      setFocusRow(null);
    }
  }, [focusRow, value.length]);

  const set = (i: number, patch: Partial<HouseholdPerson>) =>
    onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const add = () => {
    // The usual order: 本人, then 配偶, then children (the chair changes it when not so).
    const relation: HouseholdRelation =
      value.length === 0 ? '本人' : value.some((p) => p.relation === '配偶') ? '子女' : '配偶';
    onChange([...value, emptyPerson(relation)]);
    setFocusRow(value.length);
  };
  const err = (i: number, f: string) => errors[`household.${i}.${f}`];

  return (
    <div>
      <Table withTableBorder verticalSpacing={4} data-testid="household">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>关系</Table.Th>
            <Table.Th w={130}>姓名</Table.Th>
            <Table.Th w={150}>月收入（元）</Table.Th>
            <Table.Th>健康状况</Table.Th>
            <Table.Th>就业或就学</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {value.map((p, i) => (
            <Table.Tr key={i} data-testid="household-row">
              <Table.Td>
                <Select
                  aria-label={`第${i + 1}人关系`}
                  data={[...HOUSEHOLD_RELATIONS]}
                  value={p.relation}
                  allowDeselect={false}
                  onChange={(v) => v && set(i, { relation: v as HouseholdRelation })}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`第${i + 1}人姓名`}
                  ref={(el) => {
                    names.current[i] = el;
                  }}
                  value={p.name}
                  error={err(i, 'name')}
                  onChange={(e) => set(i, { name: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={`第${i + 1}人月收入`}
                  value={p.monthlyIncomeCents / 100}
                  min={0}
                  decimalScale={2}
                  thousandSeparator=","
                  hideControls
                  error={err(i, 'monthlyIncomeCents')}
                  onChange={(v) => set(i, { monthlyIncomeCents: centsOfInput(v) })}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`第${i + 1}人健康状况`}
                  value={p.health}
                  onChange={(e) => set(i, { health: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`第${i + 1}人就业或就学`}
                  value={p.occupation}
                  onChange={(e) => set(i, { occupation: e.currentTarget.value })}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      if (i === value.length - 1) add();
                      else names.current[i + 1]?.focus();
                    }
                  }}
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`删除第${i + 1}人`}
                  onClick={() => onChange(value.filter((_, j) => j !== i))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group mt="xs">
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={add}>
          添加家庭成员
        </Button>
      </Group>
    </div>
  );
}
