import { useState, type KeyboardEvent } from 'react';
import {
  Alert,
  Badge,
  Button,
  Chip,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
} from '@mantine/core';
import type { ImportedRow } from '../../../shared/ledgers/roster/import';
import type { Member } from '../../../shared/ledgers/roster';
import {
  type ChangeField,
  changesFor,
  MATCH_BY_LABELS,
  type PlannedRow,
  type RowDecision,
} from '../../../shared/ledgers/roster';
import { fieldValueText, MEMBER_FIELD_LABELS } from '../../../shared/ledgers/roster';
import { ChineseDateInput } from '../../app/ChineseDateInput';
import { maskIdNumber, maskPhone } from '../../../shared/core/ids';

export type MissingChoice = { action: 'keep' } | { action: 'transfer'; date: string | null };

export interface MatchStepProps {
  rows: ImportedRow[];
  plan: PlannedRow[];
  members: Map<string, Member>;
  missing: Member[];
  missingChoice: MissingChoice;
  onDecide: (index: number, decision: RowDecision) => void;
  onMissingChoice: (c: MissingChoice) => void;
  /** Fields kept as they are in the roster, for every row (「只更新手机号」). */
  keptFields: ReadonlySet<ChangeField>;
  onKeptFields: (kept: ReadonlySet<ChangeField>) => void;
}

/** A changed value as the match step shows it: ID numbers and phones masked, last 4 kept. */
function changeText(field: ChangeField, value: unknown): string {
  const text = fieldValueText(field, value);
  if (!text) return '空';
  if (field === 'idNumber') return maskIdNumber(text);
  if (field === 'phone') return maskPhone(text);
  return text;
}

function Count({
  label,
  n,
  color,
  onClick,
  open,
}: {
  label: string;
  n: number;
  color: string;
  /** Makes the box a button that shows or hides the rows it counts. */
  onClick?: () => void;
  open?: boolean;
}) {
  return (
    <Stack
      gap={0}
      align="center"
      p="sm"
      style={{
        border: `1px solid var(--mantine-color-${open ? 'green-5' : 'gray-3'})`,
        borderRadius: 6,
        cursor: onClick ? 'pointer' : undefined,
      }}
      {...(onClick && {
        role: 'button',
        tabIndex: 0,
        'aria-expanded': open,
        'aria-label': `${label} ${n} 行，点击${open ? '收起' : '查看'}名单`,
        onClick,
        onKeyDown: (e: KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onClick();
          }
        },
      })}
    >
      <Text size="xl" fw={700} c={color} data-testid={`plan-${label}`}>
        {n}
      </Text>
      <Text size="sm">{label}</Text>
    </Stack>
  );
}

/** How the file meets the roster already kept: who is new, who changes, who needs a decision. */
export function MatchStep({
  rows,
  plan,
  members,
  missing,
  missingChoice,
  onDecide,
  onMissingChoice,
  keptFields,
  onKeptFields,
}: MatchStepProps) {
  const added = plan.filter((p) => p.decision.action === 'add');
  const adds = added.length;
  const [showAdds, setShowAdds] = useState(false);
  const updates = plan.filter((p) => p.decision.action === 'update');
  // Rows matched to a member with something to change: each can be updated or left alone.
  const changing = plan.filter((p) => {
    if (p.match.kind !== 'match' || rows[p.index]!.hasError) return false;
    const m = members.get(p.match.memberId);
    return !!m && changesFor(rows[p.index]!, m).length > 0;
  });
  // How many rows change each field: the chair picks which fields an import may change.
  const fieldCounts = new Map<ChangeField, number>();
  for (const p of changing) {
    const m = p.match.kind === 'match' ? members.get(p.match.memberId) : undefined;
    if (m)
      for (const c of changesFor(rows[p.index]!, m))
        fieldCounts.set(c.field, (fieldCounts.get(c.field) ?? 0) + 1);
  }
  const changedFields = [...fieldCounts.keys()];
  // A row with errors cannot be decided here (it is fixed or skipped in the preview), but it
  // still keeps its namesakes off the 「不在这个文件里」 list.
  const ambiguous = plan.filter((p) => p.match.kind === 'ambiguous' && !rows[p.index]!.hasError);
  const skips = plan.filter((p) => p.decision.action === 'skip').length;
  const describe = (m: Member) =>
    `${m.name}（${m.department ?? '无部门'}${m.birthDate ? `，${m.birthDate.slice(0, 7)}出生` : ''}）`;

  return (
    <Stack>
      <SimpleGrid cols={4}>
        <Count
          label="新增"
          n={adds}
          color="green"
          open={showAdds}
          onClick={adds > 0 ? () => setShowAdds((v) => !v) : undefined}
        />
        <Count label="更新" n={updates.length} color="blue" />
        <Count label="跳过" n={skips} color="gray" />
        <Count
          label="待确认"
          n={ambiguous.filter((p) => p.decision.action === 'skip').length}
          color="orange"
        />
      </SimpleGrid>

      {showAdds && adds > 0 && (
        <Stack gap="xs" data-testid="plan-adds">
          <Text fw={600}>将作为新会员添加的 {adds} 人</Text>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>行号</Table.Th>
                <Table.Th w={120}>姓名</Table.Th>
                <Table.Th>部门</Table.Th>
                <Table.Th>出生日期</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {added.slice(0, 200).map((p) => {
                const r = rows[p.index]!;
                return (
                  <Table.Tr key={p.index}>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>{r.department ?? ''}</Table.Td>
                    <Table.Td>{r.birthDate ?? ''}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {adds > 200 && (
            <Text size="xs" c="dimmed">
              仅列出前 200 行。
            </Text>
          )}
        </Stack>
      )}

      {ambiguous.length > 0 && (
        <Stack gap="xs">
          <Text fw={600}>需要您确认的行（花名册里有同名会员，可能是同一人）</Text>
          {ambiguous.map((p) => {
            const r = rows[p.index]!;
            if (p.match.kind !== 'ambiguous') return null;
            const value = p.decision.action === 'update' ? p.decision.memberId : p.decision.action;
            return (
              <Group key={p.index}>
                <Text size="sm" w={260}>
                  第 {r.row} 行 {r.name}（{MATCH_BY_LABELS[p.match.by]}）
                </Text>
                <Select
                  w={360}
                  aria-label={`第 ${r.row} 行对应的会员`}
                  value={value}
                  allowDeselect={false}
                  data={[
                    ...p.match.candidates.map((id) => ({
                      value: id,
                      label: `更新 ${describe(members.get(id)!)}`,
                    })),
                    { value: 'add', label: '作为新会员添加' },
                    { value: 'skip', label: '跳过这一行' },
                  ]}
                  onChange={(v) =>
                    onDecide(
                      p.index,
                      v === 'add'
                        ? { action: 'add' }
                        : v === 'skip' || !v
                          ? { action: 'skip', reason: '已选择跳过' }
                          : { action: 'update', memberId: v },
                    )
                  }
                />
              </Group>
            );
          })}
        </Stack>
      )}

      {changing.length > 0 && (
        <Stack gap="xs">
          <Text fw={600}>花名册中已有、信息有变化的会员（只改文件中填写且不同的信息）</Text>
          <Group gap="xs" data-testid="update-fields">
            <Text size="sm">更新哪些信息：</Text>
            {changedFields.map((f) => (
              <Chip
                key={f}
                size="xs"
                checked={!keptFields.has(f)}
                onChange={(on) => {
                  const next = new Set(keptFields);
                  if (on) next.delete(f);
                  else next.add(f);
                  onKeptFields(next);
                }}
              >
                {MEMBER_FIELD_LABELS[f]}（{fieldCounts.get(f)}人）
              </Chip>
            ))}
            <Button size="compact-xs" variant="subtle" onClick={() => onKeptFields(new Set())}>
              全部更新
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => onKeptFields(new Set(changedFields))}
            >
              全部不更新
            </Button>
          </Group>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>行号</Table.Th>
                <Table.Th w={90}>姓名</Table.Th>
                <Table.Th>变化</Table.Th>
                <Table.Th w={90}>更新</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changing.slice(0, 200).map((p) => {
                const r = rows[p.index]!;
                const memberId = p.match.kind === 'match' ? p.match.memberId : '';
                const m = members.get(memberId);
                const changes = m ? changesFor(r, m) : [];
                return (
                  <Table.Tr key={p.index}>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>
                      {changes.map((c) => {
                        const writes =
                          p.decision.action === 'update' &&
                          (!p.decision.fields || p.decision.fields.includes(c.field));
                        return (
                          <Badge
                            key={c.field}
                            variant={writes ? 'light' : 'outline'}
                            color={writes ? 'blue' : 'gray'}
                            td={writes ? undefined : 'line-through'}
                            mr={4}
                            tt="none"
                          >
                            {MEMBER_FIELD_LABELS[c.field]}：{changeText(c.field, c.from)} →{' '}
                            {changeText(c.field, c.to)}
                          </Badge>
                        );
                      })}
                    </Table.Td>
                    <Table.Td>
                      <Switch
                        aria-label={`更新第 ${r.row} 行 ${r.name ?? ''}`}
                        checked={p.decision.action === 'update'}
                        onChange={(e) =>
                          onDecide(
                            p.index,
                            e.currentTarget.checked
                              ? { action: 'update', memberId }
                              : { action: 'skip', reason: '已选择不更新' },
                          )
                        }
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {changing.length > 200 && (
            <Text size="xs" c="dimmed">
              仅列出前 200 行。
            </Text>
          )}
        </Stack>
      )}

      {missing.length > 0 && (
        <Alert color="yellow" title={`花名册中有 ${missing.length} 名在职会员不在这个文件里`}>
          <Stack gap="xs">
            <Text size="sm" lineClamp={3}>
              {missing.map((m) => m.name).join('、')}
            </Text>
            <Radio.Group
              value={missingChoice.action}
              onChange={(v) =>
                onMissingChoice(
                  v === 'keep' ? { action: 'keep' } : { action: 'transfer', date: null },
                )
              }
            >
              <Group>
                <Radio value="keep" label="保留，不做改动" />
                <Radio value="transfer" label="标记为“调出”" data-testid="missing-transfer" />
              </Group>
            </Radio.Group>
            {missingChoice.action === 'transfer' && (
              <ChineseDateInput
                label="调出日期"
                w={220}
                value={missingChoice.date}
                onChange={(d) => onMissingChoice({ action: 'transfer', date: d })}
                error={missingChoice.date ? undefined : '请填写调出日期'}
              />
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
