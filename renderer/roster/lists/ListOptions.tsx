import {
  Button,
  Checkbox,
  Select,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { MEMBER_STATUSES } from '../../../shared/ledgers/roster';
import type { StatusChoice } from '../../../shared/ledgers/roster';
import { GROUP_BY_LABELS, type GroupBy } from '../../../shared/ledgers/roster';
import type { Orientation } from '../../../shared/core/print';
import { type ListOrder, type RosterListKind } from '../../../shared/ledgers/roster';
import {
  columnChoices,
  listOrderLabels,
  ROSTER_LIST_KINDS,
} from '../../../shared/ledgers/roster/print';
import type { ListSettings, ListsState } from './listSettings';

const KIND_SHORT: Record<RosterListKind, string> = {
  roster: '花名册',
  birthdays: '生日',
  retirees: '退休',
  women: '女职工',
};

const STATUS_OPTIONS = [
  ...MEMBER_STATUSES.map((s) => ({ value: s, label: s })),
  { value: 'all', label: '全部会员' },
];
const MONTH_OPTIONS = Array.from({ length: 12 }, (_, i) => ({
  value: String(i + 1),
  label: `${i + 1}月`,
}));

const options = (labels: Partial<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label: label ?? value }));

export interface ListOptionsProps {
  state: ListsState;
  /** The title shown when the chair has not typed one. */
  defaultTitle: string;
  summary: string;
  onState(next: Partial<Omit<ListsState, 'byKind'>>): void;
  onSettings(next: Partial<ListSettings>): void;
}

/** The options panel of 名册与名单: which list, who is on it, columns, order, paper. */
export function ListOptions({
  state,
  defaultTitle,
  summary,
  onState,
  onSettings,
}: ListOptionsProps) {
  const s = state.byKind[state.kind];
  return (
    <Stack gap="sm">
      <SegmentedControl
        fullWidth
        size="xs"
        data={ROSTER_LIST_KINDS.map((k) => ({ value: k, label: KIND_SHORT[k] }))}
        value={state.kind}
        onChange={(v) => onState({ kind: v as RosterListKind })}
        data-testid="list-kind"
      />
      <Text size="sm" data-testid="list-summary">
        {summary}
      </Text>
      {state.kind === 'roster' && (
        <Select
          label="会员状态"
          data={STATUS_OPTIONS}
          value={state.status}
          onChange={(v) => v && onState({ status: v as StatusChoice })}
          allowDeselect={false}
          data-testid="list-status"
        />
      )}
      {state.kind === 'birthdays' && (
        <Select
          label="出生月份"
          data={MONTH_OPTIONS}
          value={String(state.month)}
          onChange={(v) => v && onState({ month: Number(v) })}
          allowDeselect={false}
          data-testid="list-month"
        />
      )}
      <TextInput
        label="标题"
        value={s.title ?? defaultTitle}
        onChange={(e) => onSettings({ title: e.currentTarget.value })}
        rightSection={
          s.title !== null ? (
            <Button variant="subtle" size="compact-xs" onClick={() => onSettings({ title: null })}>
              默认
            </Button>
          ) : undefined
        }
        rightSectionWidth={s.title !== null ? 48 : undefined}
      />
      <Select
        label="排序"
        data={options(listOrderLabels(state.kind))}
        value={s.order}
        onChange={(v) => v && onSettings({ order: v as ListOrder })}
        allowDeselect={false}
      />
      <Select
        label="分组"
        data={options(GROUP_BY_LABELS)}
        value={s.groupBy}
        onChange={(v) => v && onSettings({ groupBy: v as GroupBy })}
        allowDeselect={false}
      />
      <Checkbox
        label="每组另起一页"
        disabled={s.groupBy === 'none'}
        checked={s.groupNewPage}
        onChange={(e) => onSettings({ groupNewPage: e.currentTarget.checked })}
      />
      <div>
        <Text size="sm" fw={500} mb={4}>
          纸张方向
        </Text>
        <SegmentedControl
          data={[
            { value: 'portrait', label: '纵向' },
            { value: 'landscape', label: '横向' },
          ]}
          value={s.orientation}
          onChange={(v) => onSettings({ orientation: v as Orientation })}
        />
      </div>
      <Checkbox
        label="打印完整证件号和电话"
        description="不勾选时显示为 3301**********1234、138****5678，导出 Excel 也一样"
        checked={state.fullNumbers}
        onChange={(e) => onState({ fullNumbers: e.currentTarget.checked })}
        data-testid="full-numbers"
      />
      <Checkbox.Group label="列" value={s.columns} onChange={(columns) => onSettings({ columns })}>
        <SimpleGrid cols={2} spacing={4} verticalSpacing={4} mt={4}>
          {columnChoices(state.kind).map((c) => (
            <Checkbox
              key={c.key}
              size="xs"
              value={c.key}
              label={c.key === 'signature' ? '签名（签收用）' : c.label}
              disabled={c.key === 'name'}
            />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </Stack>
  );
}
