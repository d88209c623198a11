import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { addParticipantsByRule, setParticipants } from '../../shared/ledgers/activities';
import {
  describeRule,
  type Participant,
  type ParticipantRule,
} from '../../shared/ledgers/activities';
import { useDb } from '../app/AppContext';
import { useRosterChoices, useRulePreview } from './useActivities';
import { notifyError } from '../app/notify';

/** The three ways onto a list: 按规则添加, 手动添加, 添加非会员来宾. Each saves one batch. */

type RuleKind = ParticipantRule['kind'];

const RULE_LABELS: Record<RuleKind, string> = {
  inService: '在职全体',
  department: '某部门',
  unionGroup: '某工会小组',
  women: '女职工（在职）',
  retirees: '退休人员',
};

function notifyAddFailed(e: unknown) {
  notifyError(e, '没有添加');
}

export function AddByRuleModal({
  activityId,
  opened,
  onClose,
}: {
  activityId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const db = useDb();
  // Adding by rule reads the roster (an action, not opening the page): only while open.
  const choices = useRosterChoices(opened);
  const [kind, setKind] = useState<RuleKind>('inService');
  const [department, setDepartment] = useState<string | null>(null);
  const [unionGroup, setUnionGroup] = useState<string | null>(null);
  const rule: ParticipantRule | null =
    kind === 'department'
      ? department
        ? { kind, department }
        : null
      : kind === 'unionGroup'
        ? unionGroup
          ? { kind, unionGroup }
          : null
        : { kind };
  const preview = useRulePreview(activityId, opened ? rule : null);

  const add = async () => {
    if (!rule) return;
    try {
      const n = await addParticipantsByRule(db, activityId, rule);
      notifications.show({ color: 'green', message: `已按“${describeRule(rule)}”添加 ${n} 人。` });
      onClose();
    } catch (e) {
      notifyAddFailed(e);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="按规则添加参加人员">
      <Stack>
        <Radio.Group value={kind} onChange={(v) => setKind(v as RuleKind)}>
          <Stack gap="xs">
            {(Object.keys(RULE_LABELS) as RuleKind[]).map((k) => (
              <Radio key={k} value={k} label={RULE_LABELS[k]} />
            ))}
          </Stack>
        </Radio.Group>
        {kind === 'department' && (
          <Select
            label="部门"
            data={choices?.departments ?? []}
            value={department}
            onChange={setDepartment}
            searchable
            placeholder="选择部门"
          />
        )}
        {kind === 'unionGroup' && (
          <Select
            label="工会小组"
            data={choices?.unionGroups ?? []}
            value={unionGroup}
            onChange={setUnionGroup}
            searchable
            placeholder="选择工会小组"
          />
        )}
        <Text size="sm" c="dimmed">
          {rule === null
            ? '请先选择。'
            : preview === undefined
              ? '正在计算…'
              : preview.length === 0
                ? '没有可添加的人：符合条件的人都已在名单上。'
                : `将添加 ${preview.length} 人（已在名单上的不重复添加）：${preview
                    .slice(0, 8)
                    .map((m) => m.name)
                    .join('、')}${preview.length > 8 ? ' 等' : ''}`}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button disabled={!rule || !preview?.length} onClick={() => void add()}>
            添加
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function AddByHandModal({
  activityId,
  participants,
  opened,
  onClose,
}: {
  activityId: string;
  participants: Participant[];
  opened: boolean;
  onClose: () => void;
}) {
  const db = useDb();
  const members = useRosterChoices(opened)?.members;
  const [ids, setIds] = useState<string[]>([]);
  const data = useMemo(() => {
    const inList = new Set(participants.map((p) => p.memberId));
    const byDept = new Map<string, { value: string; label: string }[]>();
    for (const m of members ?? []) {
      if (inList.has(m.id)) continue;
      const group = m.status === '在职' ? (m.department ?? '未分部门') : m.status;
      const items = byDept.get(group) ?? [];
      items.push({ value: m.id, label: m.name });
      byDept.set(group, items);
    }
    return [...byDept].map(([group, items]) => ({ group, items }));
  }, [members, participants]);

  const add = async () => {
    try {
      const { added } = await setParticipants(db, activityId, { addMemberIds: ids }, undefined);
      notifications.show({ color: 'green', message: `已添加 ${added} 人。` });
      setIds([]);
      onClose();
    } catch (e) {
      notifyAddFailed(e);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="手动添加参加人员" size="lg">
      <Stack>
        <MultiSelect
          label="会员"
          description="输入姓名查找，可一次选多人；已在名单上的不再列出"
          data={data}
          value={ids}
          onChange={setIds}
          searchable
          clearable
          hidePickedOptions
          maxDropdownHeight={300}
          nothingFoundMessage="没有找到这个名字"
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button disabled={ids.length === 0} onClick={() => void add()}>
            添加 {ids.length || ''} 人
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Guests, one a line: 「姓名 单位」 or 「姓名，单位」. */
export function parseGuestLines(text: string): { name: string; unit: string }[] {
  return text
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [name, ...rest] = l.split(/[\s,，、]+/);
      return { name: name ?? '', unit: rest.join(' ') };
    });
}

export function AddGuestModal({
  activityId,
  opened,
  onClose,
}: {
  activityId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const db = useDb();
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [many, setMany] = useState('');
  const guests = [...(name.trim() ? [{ name, unit }] : []), ...parseGuestLines(many)];

  const add = async () => {
    try {
      const { added } = await setParticipants(db, activityId, { addGuests: guests });
      notifications.show({ color: 'green', message: `已添加来宾 ${added} 人。` });
      setName('');
      setUnit('');
      setMany('');
      onClose();
    } catch (e) {
      notifyAddFailed(e);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="添加非会员来宾">
      <Stack>
        <Group grow>
          <TextInput
            label="姓名"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
          />
          <TextInput
            label="单位"
            placeholder="例如：市教育工会"
            value={unit}
            onChange={(e) => setUnit(e.currentTarget.value)}
          />
        </Group>
        <Textarea
          label="或一次粘贴多位"
          description="每行一位：姓名 单位"
          autosize
          minRows={2}
          maxRows={8}
          value={many}
          onChange={(e) => setMany(e.currentTarget.value)}
        />
        <Text size="xs" c="dimmed">
          来宾列在签到表末尾；统计“人次”时只计会员，来宾另计。
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button disabled={guests.length === 0} onClick={() => void add()}>
            添加 {guests.length || ''} 位来宾
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
