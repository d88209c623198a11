import { Button, Group, Loader, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Batch } from '../../shared/db';
import { useDb } from './AppContext';
import { action } from './notify';
import { showUndo } from './showUndo';

/** A rule's number with where it comes from (文号, article): every ledger's settings are these. */
interface Sourced {
  value: number;
  source: string;
}

export interface SourcedSettingsPanelProps<S extends { [K in keyof S]: Sourced }> {
  testId: string;
  /** What these numbers are for and that each needs its source. */
  intro: string;
  labels: Record<keyof S, { label: string; unit: string }>;
  /** The saved settings; undefined while they are read. */
  saved: S | undefined;
  /** Chinese problems of a draft; saving is disabled while there are any. */
  validate(draft: S): string[];
  save(draft: S): Promise<Batch>;
  saveLabel: string;
  savedText: string;
  failedText: string;
  /** Keys whose value is money in 分, typed in 元. */
  moneyKeys?: readonly (keyof S)[];
  labelWidth?: number;
}

/** A table of sourced numbers (项目, 数值, 依据), saved as one undoable edit. */
export function SourcedSettingsPanel<S extends { [K in keyof S]: Sourced }>(
  p: SourcedSettingsPanelProps<S>,
) {
  const db = useDb();
  const [draft, setDraft] = useState<S | null>(null);
  const { saved } = p;
  useEffect(() => {
    if (saved) setDraft(structuredClone(saved));
  }, [saved]);
  if (!draft || !saved) return <Loader size="sm" />;
  const problems = p.validate(draft);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const set = (key: keyof S, field: keyof Sourced, v: number | string) =>
    setDraft({ ...draft, [key]: { ...draft[key], [field]: v } });
  const keys = Object.keys(p.labels) as (keyof S & string)[];

  return (
    <Stack maw={980} data-testid={p.testId}>
      <Text size="sm" c="dimmed">
        {p.intro}
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={p.labelWidth ?? 220}>项目</Table.Th>
            <Table.Th w={170}>数值</Table.Th>
            <Table.Th>依据</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((key) => {
            const { label, unit } = p.labels[key];
            const money = p.moneyKeys?.includes(key) ?? false;
            const value = draft[key].value;
            return (
              <Table.Tr key={key}>
                <Table.Td>{label}</Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={label}
                    value={money ? value / 100 : value}
                    decimalScale={money ? 2 : 0}
                    allowDecimal={money}
                    min={0}
                    rightSection={<Text size="xs">{unit.split('/')[0]}</Text>}
                    rightSectionWidth={money ? 28 : 70}
                    onChange={(v) =>
                      set(key, 'value', money ? Math.round(Number(v || 0) * 100) : Number(v || 0))
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${label}的依据`}
                    value={draft[key].source}
                    onChange={(e) => set(key, 'source', e.currentTarget.value)}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {problems.map((t) => (
        <Text key={t} c="red" size="sm">
          {t}
        </Text>
      ))}
      <Group>
        <Button
          disabled={!dirty || problems.length > 0}
          onClick={action(async () => {
            showUndo(db, await p.save(draft), p.savedText);
          }, p.failedText)}
        >
          {p.saveLabel}
        </Button>
        {dirty && (
          <Button variant="subtle" onClick={() => setDraft(structuredClone(saved))}>
            放弃修改
          </Button>
        )}
      </Group>
    </Stack>
  );
}
