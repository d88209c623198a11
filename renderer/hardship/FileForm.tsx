import {
  Alert,
  Autocomplete,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import {
  FILE_STATUSES,
  HARDSHIP_CAUSES,
  HARDSHIP_TIERS,
  incomePerHead,
  incomeStanding,
  MAX_SECONDARY_CAUSES,
  STANDING_LABELS,
  validateFile,
  type FileStatus,
  type HardshipFileDraft,
  type HardshipSettings,
  type HardshipTier,
  type MemberChoice,
} from '../../shared/ledgers/hardship';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { HouseholdEditor } from './HouseholdEditor';
import { yuanText } from './format';

export interface FileFormProps {
  initial: HardshipFileDraft;
  members: MemberChoice[];
  settings: HardshipSettings;
  onSubmit: (draft: HardshipFileDraft) => Promise<void>;
  onCancel: () => void;
}

/** The 困难职工档案 form: the member, the difficulty, the household with incomes, dates, status. */
export function FileForm({ initial, members, settings, onSubmit, onCancel }: FileFormProps) {
  const [d, setD] = useState<HardshipFileDraft>(initial);
  // 家庭人口 follows the people listed until the chair types her own number.
  const [sizeTouched, setSizeTouched] = useState(
    initial.householdSize !== initial.household.length,
  );
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<HardshipFileDraft>) => setD((old) => ({ ...old, ...patch }));

  const cleaned: HardshipFileDraft = {
    ...d,
    recordedIncomePerHeadCents: d.household.length > 0 ? null : d.recordedIncomePerHeadCents,
  };
  const errorsList = validateFile(cleaned);
  const errors = Object.fromEntries(errorsList.map((e) => [e.field, e.message]));
  const shownErrors = tried ? errors : {};
  const income = incomePerHead(cleaned);
  const memberOptions = members.map((m) => ({
    value: m.id,
    label: m.department ? `${m.name}（${m.department}）` : m.name,
  }));

  const submit = async () => {
    setTried(true);
    if (errorsList.length > 0) return;
    setBusy(true);
    try {
      await onSubmit(cleaned);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="困难职工"
            withAsterisk
            searchable
            data={memberOptions}
            value={d.memberId || null}
            error={shownErrors.memberId}
            nothingFoundMessage="花名册中没有这个人"
            onChange={(v) => {
              const m = members.find((x) => x.id === v);
              const household = d.household.map((p, i) =>
                i === 0 && p.relation === '本人' && m ? { ...p, name: m.name } : p,
              );
              set({ memberId: v ?? '', household });
            }}
          />
          <Select
            label="困难类别"
            withAsterisk
            data={[...HARDSHIP_TIERS]}
            value={d.tier}
            allowDeselect={false}
            onChange={(v) => v && set({ tier: v as HardshipTier })}
          />
          <TextInput
            label="结对帮扶领导"
            placeholder="例如：张校长"
            value={d.pairedLeader}
            onChange={(e) => set({ pairedLeader: e.currentTarget.value })}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Autocomplete
            label="主要致困原因"
            withAsterisk
            data={[...HARDSHIP_CAUSES]}
            value={d.mainCause}
            error={shownErrors.mainCause}
            onChange={(v) => set({ mainCause: v })}
          />
          <MultiSelect
            label={`次要致困原因（最多${MAX_SECONDARY_CAUSES}项）`}
            data={HARDSHIP_CAUSES.filter((c) => c !== d.mainCause)}
            value={d.secondaryCauses}
            maxValues={MAX_SECONDARY_CAUSES}
            error={shownErrors.secondaryCauses}
            onChange={(v) => set({ secondaryCauses: v })}
          />
        </SimpleGrid>

        <Title order={5}>家庭成员及收入</Title>
        <HouseholdEditor
          value={d.household}
          errors={shownErrors}
          onChange={(household) =>
            set(
              sizeTouched
                ? { household }
                : { household, householdSize: Math.max(1, household.length) },
            )
          }
        />
        <Group align="flex-end">
          <NumberInput
            label="家庭人口"
            description="共同生活、共享收入的人数"
            w={180}
            min={1}
            max={30}
            allowDecimal={false}
            value={d.householdSize}
            error={shownErrors.householdSize}
            onChange={(v) => {
              setSizeTouched(true);
              set({ householdSize: Number(v) || 0 });
            }}
          />
          <Alert
            variant="light"
            color={
              income.perHeadCents !== null &&
              incomeStanding(income.perHeadCents, settings) === 'below'
                ? 'red'
                : 'blue'
            }
            p="xs"
            data-testid="income-per-head"
          >
            <Text size="sm">
              家庭月总收入 {yuanText(income.totalCents)} ÷ {d.householdSize || '?'} 人 ＝ 月人均收入{' '}
              <b>{yuanText(income.perHeadCents)}</b>
              {income.perHeadCents !== null &&
                `（${STANDING_LABELS[incomeStanding(income.perHeadCents, settings)]}，低保标准 ${yuanText(settings.minLivingStandardCents.value)}）`}
            </Text>
            <Text size="xs" c="dimmed">
              四舍五入到分
            </Text>
          </Alert>
        </Group>

        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          <ChineseDateInput
            label="调查日期"
            value={d.surveyDate}
            error={shownErrors.surveyDate}
            onChange={(v) => set({ surveyDate: v ?? null })}
          />
          <ChineseDateInput
            label="建档日期"
            withAsterisk
            clearable={false}
            value={d.filingDate || null}
            error={shownErrors.filingDate}
            onChange={(v) => set({ filingDate: v ?? '' })}
          />
          <ChineseDateInput
            label="公示日期"
            value={d.publicNoticeDate}
            error={shownErrors.publicNoticeDate}
            onChange={(v) => set({ publicNoticeDate: v ?? null })}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          <Select
            label="档案状态"
            data={[...FILE_STATUSES]}
            value={d.status}
            allowDeselect={false}
            onChange={(v) =>
              v && set({ status: v as FileStatus, exitDate: v === '在档' ? null : d.exitDate })
            }
          />
          {d.status === '脱困' && (
            <ChineseDateInput
              label="脱困日期"
              withAsterisk
              value={d.exitDate}
              error={shownErrors.exitDate}
              onChange={(v) => set({ exitDate: v ?? null })}
            />
          )}
        </SimpleGrid>
        <Textarea
          label="备注"
          autosize
          minRows={2}
          value={d.notes}
          onChange={(e) => set({ notes: e.currentTarget.value })}
        />
        {tried && errorsList.length > 0 && (
          <Alert color="red" data-testid="file-errors">
            {errorsList.map((e) => (
              <Text key={e.field + e.message} size="sm">
                {e.message}
              </Text>
            ))}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            保存档案
          </Button>
          <Button variant="default" onClick={onCancel}>
            取消
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
