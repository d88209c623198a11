import {
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { useForm } from '@mantine/form';
import {
  normalizeProfile,
  UNION_TYPES,
  unionTypeOf,
  UNIT_KINDS,
  validateProfile,
  type UnionProfile,
  type UnionType,
  type UnitKind,
} from '../../shared/ledgers/union';

export interface ProfileFormProps {
  initial: UnionProfile;
  /** Label of the submit button, e.g. 「保存」 or 「完成设置」 */
  submitLabel: string;
  onSubmit: (profile: UnionProfile) => Promise<void> | void;
  /** Extra buttons left of the submit button. */
  extra?: React.ReactNode;
}

/** The union profile fields with validation messages from the union ledger's rules/profile. */
export function ProfileForm({ initial, submitLabel, onSubmit, extra }: ProfileFormProps) {
  const form = useForm<UnionProfile>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => validateProfile(values),
  });

  return (
    <form onSubmit={form.onSubmit((v) => onSubmit(normalizeProfile(v)))} noValidate>
      <Stack gap="md">
        <div>
          <Text size="sm" fw={500} mb={4}>
            工会类型
          </Text>
          <SegmentedControl
            data={[...UNION_TYPES]}
            value={unionTypeOf(form.values)}
            onChange={(v) => {
              form.setFieldValue('unionType', v as UnionType);
              // A federation belongs to a township or street: its 所属类型 follows.
              if (v === '乡镇街道总工会') form.setFieldValue('unitKind', '乡镇街道');
            }}
            aria-label="工会类型"
            data-testid="union-type"
          />
          <Text size="xs" c="dimmed" mt={4}>
            {unionTypeOf(form.values) === '乡镇街道总工会'
              ? '乡镇（街道）总工会：除本会自己的台账外，还登记下属基层工会和应建会单位，计算建会率、入会率。'
              : '学校、机关、企业等单位的工会。乡镇、街道总工会请选“乡镇街道总工会”。'}
          </Text>
          {form.errors.unionType && (
            <Text size="xs" c="red">
              {form.errors.unionType}
            </Text>
          )}
        </div>
        <div>
          <Text size="sm" fw={500} mb={4}>
            所属类型
          </Text>
          <SegmentedControl
            data={[...UNIT_KINDS]}
            value={form.values.unitKind}
            onChange={(v) => form.setFieldValue('unitKind', v as UnitKind)}
            aria-label="所属类型"
          />
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="工会名称"
            placeholder="例如：XX市第一中学工会委员会"
            withAsterisk
            data-autofocus
            {...form.getInputProps('unionName')}
          />
          <TextInput
            label="单位名称"
            placeholder="例如：XX市第一中学"
            withAsterisk
            {...form.getInputProps('unitName')}
          />
          <TextInput label="工会主席" withAsterisk {...form.getInputProps('chairName')} />
          <TextInput
            label="上级工会"
            placeholder="例如：XX市教育工会"
            withAsterisk
            {...form.getInputProps('superiorUnion')}
          />
          <TextInput
            label="统计编码"
            description="上级工会给本会的统计编码，报送台账时用来认出本会；没有可以不填"
            placeholder="例如：3301020012"
            value={form.values.statsCode ?? ''}
            onChange={(e) => form.setFieldValue('statsCode', e.currentTarget.value)}
            error={form.errors.statsCode}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label="届次"
            description="本届工会委员会是第几届"
            prefix="第 "
            suffix=" 届"
            min={1}
            max={99}
            allowDecimal={false}
            withAsterisk
            {...form.getInputProps('termNumber')}
          />
          <ChineseDateInput label="任期开始" withAsterisk {...form.getInputProps('termStart')} />
          <ChineseDateInput label="任期结束" withAsterisk {...form.getInputProps('termEnd')} />
        </SimpleGrid>
        <NumberInput
          label="会费比例"
          description="按会员每月工资收入的比例计算，通常为 0.5%（工发〔1978〕101号）"
          suffix=" %"
          decimalScale={2}
          step={0.1}
          min={0}
          max={2}
          w={260}
          value={Math.round(form.values.duesRate * 10000) / 100}
          onChange={(v) => form.setFieldValue('duesRate', typeof v === 'number' ? v / 100 : NaN)}
          error={form.errors.duesRate}
        />
        <NumberInput
          label="统计起始月"
          description="年度统计从每年的这个月 1 日算起，共 12 个月，以结束的那一年命名。一般为 1 月（按自然年）；全国工会统计年报为 10 月（如“2026年度”即 2025年10月1日至2026年9月30日）"
          prefix="每年 "
          suffix=" 月"
          min={1}
          max={12}
          allowDecimal={false}
          w={260}
          value={form.values.statsYearStartMonth ?? 1}
          onChange={(v) =>
            form.setFieldValue('statsYearStartMonth', typeof v === 'number' ? v : NaN)
          }
          error={form.errors.statsYearStartMonth}
          data-testid="stats-start-month"
        />
        <Group justify="flex-end">
          {extra}
          <Button type="submit" data-testid="profile-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
