import {
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { newId } from '../../shared/core/ids';
import {
  activeProfile,
  allProfiles,
  CAP_KINDS,
  CAP_LABELS,
  capSettingOf,
  copyProfile,
  effectiveCaps,
  saveCapSetting,
  validateCapSetting,
  type CapKind,
  type CareCapSetting,
} from '../../shared/ledgers/care';
import type { UnionProfile } from '../../shared/ledgers/union';
import { useDb } from '../app/AppContext';
import { action } from '../app/notify';

const yuan = (cents: number | null | undefined) =>
  cents === null || cents === undefined ? '' : cents / 100;
const cents = (v: string | number) => (v === '' ? null : Math.round(Number(v) * 100));

/**
 * 慰问标准 (工会信息): the province profile in force (four presets, each amount with its 文号),
 * the chair's own copies she may edit, and the unit's own lower caps. Saved with the profile.
 */
export function CareCapsTab({ profile }: { profile: UnionProfile }) {
  const db = useDb();
  const [s, setS] = useState<CareCapSetting>(() => capSettingOf(profile));
  const active = activeProfile(s);
  const editable = !active.preset;
  const eff = effectiveCaps(s);
  const errors = validateCapSetting(s);
  const setActiveCap = (k: CapKind, patch: { cents?: number | null; source?: string }) =>
    setS((cur) => ({
      ...cur,
      custom: cur.custom.map((p) =>
        p.id === cur.activeId ? { ...p, caps: { ...p.caps, [k]: { ...p.caps[k], ...patch } } } : p,
      ),
    }));
  const setUnit = (k: CapKind, patch: { cents?: number | null; source?: string }) =>
    setS((cur) => {
      const old = cur.unitCaps[k] ?? { cents: null, source: '' };
      return { ...cur, unitCaps: { ...cur.unitCaps, [k]: { ...old, ...patch } } };
    });
  const copy = () => {
    const c = copyProfile(active, newId('caps'));
    setS((cur) => ({ ...cur, custom: [...cur.custom, c], activeId: c.id }));
  };
  const removeCustom = () =>
    setS((cur) => ({
      ...cur,
      custom: cur.custom.filter((p) => p.id !== cur.activeId),
      activeId: 'fujian-2018',
    }));
  const save = action(async () => {
    await saveCapSetting(db, s);
    notifications.show({ color: 'green', title: '保存成功', message: `慰问标准：${active.name}` });
  }, '慰问标准没有保存');

  return (
    <Stack data-testid="care-caps">
      <Text c="dimmed" size="sm">
        登记慰问和福利发放时，按这里的标准提示是否超标：节日慰问按每人每年累计（含节日福利发放），住院按每次住院累计，其他按每次。等于标准允许。
      </Text>
      <Group align="flex-end">
        <Select
          label="执行的慰问标准"
          w={360}
          data={allProfiles(s).map((p) => ({
            value: p.id,
            label: p.preset ? p.name : `${p.name}（自定义）`,
          }))}
          value={s.activeId}
          allowDeselect={false}
          onChange={(v) => v && setS({ ...s, activeId: v })}
          data-testid="cap-profile"
        />
        <Button variant="light" onClick={copy}>
          复制并修改
        </Button>
        {editable && (
          <Button variant="subtle" color="red" onClick={removeCustom}>
            删除此自定义标准
          </Button>
        )}
      </Group>
      {editable && (
        <TextInput
          label="自定义标准名称"
          w={360}
          value={active.name}
          onChange={(e) => {
            const name = e.currentTarget.value;
            setS((cur) => ({
              ...cur,
              custom: cur.custom.map((p) => (p.id === cur.activeId ? { ...p, name } : p)),
            }));
          }}
        />
      )}
      <Table verticalSpacing={4} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>项目</Table.Th>
            <Table.Th w={130}>标准（元）</Table.Th>
            <Table.Th>依据</Table.Th>
            <Table.Th w={150}>本单位标准（元）</Table.Th>
            <Table.Th>本单位依据</Table.Th>
            <Table.Th w={110} ta="right">
              执行
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {CAP_KINDS.map((k) => {
            const rule = active.caps[k];
            const unit = s.unitCaps[k];
            return (
              <Table.Tr key={k}>
                <Table.Td>{CAP_LABELS[k]}</Table.Td>
                <Table.Td>
                  {editable ? (
                    <NumberInput
                      size="xs"
                      min={0}
                      decimalScale={2}
                      hideControls
                      value={yuan(rule.cents)}
                      placeholder="无此项"
                      onChange={(v) => setActiveCap(k, { cents: cents(v) })}
                    />
                  ) : rule.cents === null ? (
                    '—（无此项）'
                  ) : (
                    (rule.cents / 100).toFixed(2)
                  )}
                </Table.Td>
                <Table.Td>
                  {editable ? (
                    <TextInput
                      size="xs"
                      value={rule.source}
                      onChange={(e) => setActiveCap(k, { source: e.currentTarget.value })}
                    />
                  ) : (
                    <Text size="xs">{rule.source}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    min={0}
                    decimalScale={2}
                    hideControls
                    placeholder="不另定"
                    value={yuan(unit?.cents)}
                    onChange={(v) => setUnit(k, { cents: cents(v) })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    placeholder="如：校工会委员会会议纪要"
                    value={unit?.source ?? ''}
                    onChange={(e) => setUnit(k, { source: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {eff[k].cents === null ? '—' : (eff[k].cents / 100).toFixed(2)}
                  {eff[k].fromUnit ? '（本单位）' : ''}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group align="flex-end">
        <NumberInput
          label="接近标准提醒（%）"
          description="节日慰问累计达到标准的这个比例时，工作台提醒"
          w={260}
          min={1}
          max={100}
          value={Math.round(s.nearShare * 100)}
          onChange={(v) => setS({ ...s, nearShare: Number(v) / 100 })}
        />
      </Group>
      {errors.length > 0 && <Alert color="red">{errors.join('；')}</Alert>}
      <Group>
        <Button onClick={save} disabled={errors.length > 0} data-testid="save-caps">
          保存
        </Button>
      </Group>
    </Stack>
  );
}
