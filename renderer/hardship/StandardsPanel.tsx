import { Button, Group, Loader, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  HARDSHIP_SETTING_LABELS,
  saveHardshipSettings,
  validateSettings,
  type HardshipSettings,
} from '../../shared/ledgers/hardship';
import { useDb } from '../app/AppContext';
import { action } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { useHardshipSettings } from './useHardship';

const KEYS = Object.keys(HARDSHIP_SETTING_LABELS) as (keyof HardshipSettings)[];

/** 帮扶标准: every number the ledger uses (低保, 边缘, 脱困, 复核), each with its source. */
export function StandardsPanel() {
  const db = useDb();
  const saved = useHardshipSettings();
  const [draft, setDraft] = useState<HardshipSettings | null>(null);
  useEffect(() => {
    if (saved) setDraft(structuredClone(saved));
  }, [saved]);
  if (!draft || !saved) return <Loader size="sm" />;
  const problems = validateSettings(draft);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const set = (key: keyof HardshipSettings, field: 'value' | 'source', v: number | string) =>
    setDraft({ ...draft, [key]: { ...draft[key], [field]: v } });

  return (
    <Stack maw={980} data-testid="hardship-standards">
      <Text size="sm" c="dimmed">
        各地低保标准每年调整，请按本地民政部门公布的标准修改，并写明依据（文号或条款）。
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={220}>项目</Table.Th>
            <Table.Th w={170}>数值</Table.Th>
            <Table.Th>依据</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {KEYS.map((key) => {
            const { label, unit } = HARDSHIP_SETTING_LABELS[key];
            const money = key === 'minLivingStandardCents';
            return (
              <Table.Tr key={key}>
                <Table.Td>{label}</Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={label}
                    value={money ? draft[key].value / 100 : draft[key].value}
                    decimalScale={money ? 2 : 0}
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
      {problems.map((p) => (
        <Text key={p} c="red" size="sm">
          {p}
        </Text>
      ))}
      <Group>
        <Button
          disabled={!dirty || problems.length > 0}
          onClick={action(async () => {
            const batch = await saveHardshipSettings(db, draft);
            showUndo(db, batch, '帮扶标准已保存');
          }, '帮扶标准没有保存')}
        >
          保存标准
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
