import { Button, Group, Loader, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  saveTownshipSettings,
  TOWNSHIP_SETTING_LABELS,
  validateTownshipSettings,
  type TownshipSettings,
} from '../../shared/ledgers/township';
import { useDb } from '../app/AppContext';
import { action } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { useTownshipSettings } from './useTownship';

const KEYS = Object.keys(TOWNSHIP_SETTING_LABELS) as (keyof TownshipSettings)[];

/** 规则设置: the registry's numbers (任期年限, 联合工会覆盖单位, 届满提醒), each with its source. */
export function RulesPanel() {
  const db = useDb();
  const saved = useTownshipSettings();
  const [draft, setDraft] = useState<TownshipSettings | null>(null);
  useEffect(() => {
    if (saved) setDraft(structuredClone(saved));
  }, [saved]);
  if (!draft || !saved) return <Loader size="sm" />;
  const problems = validateTownshipSettings(draft);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const set = (key: keyof TownshipSettings, field: 'value' | 'source', v: number | string) =>
    setDraft({ ...draft, [key]: { ...draft[key], [field]: v } });

  return (
    <Stack maw={980} data-testid="township-rules">
      <Text size="sm" c="dimmed">
        检查下属工会登记信息时用到的数字。各地规定不同的，请修改数值并写明依据（文号或条款）。
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={200}>项目</Table.Th>
            <Table.Th w={170}>数值</Table.Th>
            <Table.Th>依据</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {KEYS.map((key) => {
            const { label, unit } = TOWNSHIP_SETTING_LABELS[key];
            return (
              <Table.Tr key={key}>
                <Table.Td>{label}</Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={label}
                    value={draft[key].value}
                    allowDecimal={false}
                    min={0}
                    rightSection={<Text size="xs">{unit}</Text>}
                    rightSectionWidth={56}
                    onChange={(v) => set(key, 'value', Number(v || 0))}
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
            const batch = await saveTownshipSettings(db, draft);
            showUndo(db, batch, '下属工会规则已保存');
          }, '规则没有保存')}
        >
          保存设置
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
