import {
  Alert,
  Autocomplete,
  List,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle } from '@tabler/icons-react';
import {
  FUND_SOURCES,
  type CapPreview,
  type DistributionDraft,
  type FundSource,
} from '../../shared/ledgers/care';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { centsOf } from './format';
import { CampaignSelect } from './CampaignSelect';

export const OCCASIONS = [
  '春节',
  '元旦',
  '五一劳动节',
  '端午节',
  '中秋节',
  '国庆节',
  '三八妇女节',
  '教师节',
  '夏送清凉',
];

export interface DistributionFactsProps {
  d: DistributionDraft;
  set: <K extends keyof DistributionDraft>(k: K, v: DistributionDraft[K]) => void;
  /** The field's problem, once the chair has tried to save. */
  err: (k: string) => string | undefined;
}

/** 福利发放's facts (date, 事由, 物品, value …): the same fields to create and to edit one. */
export function DistributionFacts({ d, set, err }: DistributionFactsProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <ChineseDateInput
        label="发放日期"
        withAsterisk
        clearable={false}
        value={d.date || null}
        onChange={(v) => set('date', v ? String(v) : '')}
        error={err('date')}
      />
      <Autocomplete
        label="发放事由"
        withAsterisk
        data={OCCASIONS}
        value={d.occasion}
        onChange={(v) => set('occasion', v)}
        error={err('occasion')}
        data-testid="dist-occasion"
      />
      <Select
        label="经费来源"
        data={[...FUND_SOURCES]}
        value={d.fundSource}
        allowDeselect={false}
        onChange={(v) => set('fundSource', (v ?? '工会经费') as FundSource)}
      />
      <TextInput
        label="物品"
        withAsterisk
        value={d.item}
        onChange={(e) => set('item', e.currentTarget.value)}
        error={err('item')}
        data-testid="dist-item"
      />
      <TextInput
        label="每人数量"
        value={d.quantity}
        onChange={(e) => set('quantity', e.currentTarget.value)}
      />
      <NumberInput
        label="人均价值（元）"
        withAsterisk
        min={0}
        decimalScale={2}
        hideControls
        value={d.valueCents === null ? '' : d.valueCents / 100}
        onChange={(v) => set('valueCents', v === '' ? null : centsOf(v))}
        error={err('valueCents')}
        data-testid="dist-value"
      />
      <TextInput
        label="经手人"
        value={d.handler}
        onChange={(e) => set('handler', e.currentTarget.value)}
      />
      <CampaignSelect value={d.campaignId} onChange={(v) => set('campaignId', v)} />
    </SimpleGrid>
  );
}

/** Over-cap people and the other warnings of a draft, above its save button. */
export function DistributionWarnings({
  caps,
  warnings,
}: {
  caps: readonly CapPreview[];
  warnings: readonly string[];
}) {
  return (
    <>
      {caps.length > 0 && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle size={18} />}
          title={`${caps.length} 人将超过节日慰问标准`}
        >
          <List size="sm">
            {caps.slice(0, 10).map((c) => (
              <List.Item key={c.memberId}>{c.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>
          {warnings.join('；')}
        </Alert>
      )}
    </>
  );
}

/**
 * Saves a distribution at once, or after the chair confirms its warnings (over the cap, a
 * non-statutory festival); nothing while a field is wrong (the form shows why).
 */
export function saveOrConfirm(
  problems: { errors: Record<string, string>; warnings: readonly string[] },
  caps: readonly CapPreview[],
  save: () => void,
) {
  if (Object.keys(problems.errors).length > 0) return;
  const warnings = [...problems.warnings, ...caps.map((c) => c.message)];
  if (warnings.length === 0) return save();
  modals.openConfirmModal({
    title: caps.length > 0 ? '超过慰问标准' : '请核实',
    children: (
      <Stack gap="xs" data-testid="cap-warning">
        <List size="sm">
          {warnings.slice(0, 20).map((w) => (
            <List.Item key={w}>{w}</List.Item>
          ))}
        </List>
        {warnings.length > 20 && <Text size="sm">……共 {warnings.length} 条</Text>}
        <Text size="sm">仍要保存吗？</Text>
      </Stack>
    ),
    labels: { confirm: '仍然保存', cancel: '返回修改' },
    confirmProps: { color: 'orange' },
    onConfirm: save,
  });
}
