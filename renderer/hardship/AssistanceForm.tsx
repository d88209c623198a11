import {
  Alert,
  Autocomplete,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import {
  ASSISTANCE_KINDS,
  FUND_SOURCES,
  validateAssistance,
  type AssistanceDraft,
  type AssistanceKind,
  type FundSource,
  type HardshipFile,
} from '../../shared/ledgers/hardship';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { CampaignSelect } from '../care';
import { centsOfInput } from './format';

export interface AssistanceFormProps {
  file: HardshipFile;
  initial: AssistanceDraft;
  onSubmit: (d: AssistanceDraft) => Promise<void>;
  onCancel: () => void;
}

const APPROVAL = [
  { value: 'pending', label: '待批' },
  { value: 'yes', label: '已批准' },
  { value: 'no', label: '未批准' },
];

/**
 * 登记帮扶: date, kind, amount (元), source, how it was paid, the application to the superior
 * union, and for 金秋助学 the child (offered from the file's household). Enter saves.
 */
export function AssistanceForm({ file, initial, onSubmit, onCancel }: AssistanceFormProps) {
  const [d, setD] = useState<AssistanceDraft>(initial);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<AssistanceDraft>) => setD((old) => ({ ...old, ...patch }));
  const student = d.student ?? { childName: '', school: '', grade: '' };
  const draft: AssistanceDraft = { ...d, student: d.kind === '金秋助学' ? student : null };
  const errorsList = validateAssistance(draft, file);
  const errors = tried ? Object.fromEntries(errorsList.map((e) => [e.field, e.message])) : {};
  const children = file.household.filter((p) => p.relation === '子女');

  const submit = async () => {
    setTried(true);
    if (errorsList.length) return;
    setBusy(true);
    try {
      await onSubmit(draft);
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
      data-testid="assistance-form"
    >
      <Stack>
        <Select
          label="帮扶形式"
          data={[...ASSISTANCE_KINDS]}
          value={d.kind}
          allowDeselect={false}
          onChange={(v) => {
            if (!v) return;
            const kind = v as AssistanceKind;
            const child = children[0];
            set({
              kind,
              student:
                kind === '金秋助学' && !d.student && child
                  ? { childName: child.name, school: child.occupation, grade: '' }
                  : d.student,
            });
          }}
        />
        <SimpleGrid cols={2}>
          <ChineseDateInput
            label="帮扶日期"
            withAsterisk
            clearable={false}
            value={d.date || null}
            error={errors.date}
            onChange={(v) => set({ date: v ?? '' })}
          />
          <NumberInput
            label={d.kind === '物资' ? '折合金额（元）' : '金额（元）'}
            withAsterisk
            min={0}
            decimalScale={2}
            thousandSeparator=","
            hideControls
            value={d.amountCents ? d.amountCents / 100 : ''}
            error={errors.amountCents}
            onChange={(v) => set({ amountCents: centsOfInput(v) })}
            data-autofocus
          />
        </SimpleGrid>
        {d.kind === '金秋助学' && (
          <SimpleGrid cols={3}>
            <Autocomplete
              label="受助子女"
              withAsterisk
              data={children.map((c) => c.name)}
              value={student.childName}
              error={errors['student.childName']}
              onChange={(v) => set({ student: { ...student, childName: v } })}
            />
            <TextInput
              label="就读学校"
              withAsterisk
              value={student.school}
              error={errors['student.school']}
              onChange={(e) => set({ student: { ...student, school: e.currentTarget.value } })}
            />
            <TextInput
              label="年级"
              placeholder="例如：大一"
              value={student.grade}
              onChange={(e) => set({ student: { ...student, grade: e.currentTarget.value } })}
            />
          </SimpleGrid>
        )}
        <div>
          <Text size="sm" fw={500} mb={4}>
            资金来源
          </Text>
          <SegmentedControl
            data={[...FUND_SOURCES]}
            value={d.source}
            onChange={(v) => set({ source: v as FundSource })}
          />
        </div>
        <Switch
          label="经本会账户发放（关闭表示由出资方直接发放给本人）"
          checked={d.viaUnionAccount}
          onChange={(e) => set({ viaUnionAccount: e.currentTarget.checked })}
        />
        <SimpleGrid cols={2}>
          <ChineseDateInput
            label="向上级工会申请日期"
            description="未申请的不填"
            value={d.superiorAppliedOn}
            error={errors.superiorAppliedOn}
            onChange={(v) =>
              set({ superiorAppliedOn: v ?? null, superiorApproved: v ? d.superiorApproved : null })
            }
          />
          <Select
            label="上级批准"
            data={APPROVAL}
            disabled={!d.superiorAppliedOn}
            value={d.superiorApproved === null ? 'pending' : d.superiorApproved ? 'yes' : 'no'}
            allowDeselect={false}
            error={errors.superiorApproved}
            onChange={(v) => set({ superiorApproved: v === 'pending' ? null : v === 'yes' })}
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <TextInput
            label="说明"
            placeholder={
              d.kind === '物资' ? '物资名称和数量，如：大米2袋、食用油2桶' : '例如：两节送温暖'
            }
            value={d.notes}
            error={errors.notes}
            onChange={(e) => set({ notes: e.currentTarget.value })}
          />
          {/* 金秋助学 and 两节送温暖 are care campaigns: the record joins its totals and sheet. */}
          <CampaignSelect value={d.campaignId} onChange={(v) => set({ campaignId: v })} />
        </SimpleGrid>
        {tried && errorsList.length > 0 && (
          <Alert color="red" p="xs">
            {errorsList.map((e) => (
              <Text key={e.field} size="sm">
                {e.message}
              </Text>
            ))}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            保存
          </Button>
          <Button variant="default" onClick={onCancel}>
            取消
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
