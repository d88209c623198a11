import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { TimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import {
  ACTIVITY_HOSTS,
  validateActivity,
  type ActivityDraft,
  type ActivityHost,
  type ActivityKind,
} from '../../shared/ledgers/activities';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { KindManager } from './KindManager';

export interface ActivityFormProps {
  initial: ActivityDraft;
  /** The managed 活动类别, in order */
  kinds: ActivityKind[];
  onSubmit: (draft: ActivityDraft) => Promise<void> | void;
  onCancel: () => void;
}

const money = (v: string | number): number | null =>
  typeof v === 'number' ? v : v.trim() === '' ? null : Number(v);
const orNull = (v: string | null): string | null => (v === null || v.trim() === '' ? null : v);

/** The activity's facts, checked by validateActivity (messages in Chinese, per field). */
export function ActivityForm({ initial, kinds, onSubmit, onCancel }: ActivityFormProps) {
  const form = useForm<ActivityDraft>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => validateActivity(values, new Set(kinds.map((k) => k.id))),
  });

  // A local modal, not the modals manager: the manager renders outside the app's services.
  const [kindsOpen, { open: manageKinds, close: closeKinds }] = useDisclosure(false);

  return (
    <form
      onSubmit={form.onSubmit((v) =>
        onSubmit({
          ...v,
          endDate: orNull(v.endDate),
          startTime: orNull(v.startTime),
          endTime: orNull(v.endTime),
        }),
      )}
      noValidate
    >
      <Modal opened={kindsOpen} onClose={closeKinds} title="管理活动类别">
        <KindManager />
      </Modal>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="活动名称"
            placeholder="例如：三八节女职工趣味活动"
            withAsterisk
            data-autofocus
            style={{ gridColumn: 'span 2' }}
            {...form.getInputProps('title')}
          />
          <Stack gap={2}>
            <Select
              label="类别"
              withAsterisk
              data={kinds.map((k) => ({ value: k.id, label: k.name }))}
              allowDeselect={false}
              {...form.getInputProps('kindId')}
            />
            <Button
              variant="subtle"
              size="compact-xs"
              onClick={manageKinds}
              style={{ alignSelf: 'flex-end' }}
            >
              管理类别
            </Button>
          </Stack>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <ChineseDateInput
            label="开始日期"
            withAsterisk
            clearable={false}
            {...form.getInputProps('startDate')}
          />
          <TimePicker
            label="开始时间"
            format="24h"
            clearable
            hoursInputLabel="开始时间（时）"
            minutesInputLabel="开始时间（分）"
            {...form.getInputProps('startTime')}
            value={form.values.startTime ?? ''}
            onChange={(v) => form.setFieldValue('startTime', v === '' ? null : v)}
          />
          <ChineseDateInput
            label="结束日期"
            description="一天内结束的可不填"
            {...form.getInputProps('endDate')}
          />
          <TimePicker
            label="结束时间"
            format="24h"
            clearable
            hoursInputLabel="结束时间（时）"
            minutesInputLabel="结束时间（分）"
            {...form.getInputProps('endTime')}
            value={form.values.endTime ?? ''}
            onChange={(v) => form.setFieldValue('endTime', v === '' ? null : v)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="地点" placeholder="例如：学校报告厅" {...form.getInputProps('place')} />
          <TextInput label="主办" {...form.getInputProps('organiser')} />
          <TextInput label="协办" {...form.getInputProps('coOrganiser')} />
        </SimpleGrid>
        <Select
          label="由谁主办"
          description="上级或外单位主办、本会只是组织职工参加的，不计入本会全年活动次数"
          data={ACTIVITY_HOSTS.map((h) => ({
            value: h,
            label: h === '本会' ? '本会主办' : `${h}主办（本会组织参加）`,
          }))}
          value={form.values.host}
          onChange={(v) => form.setFieldValue('host', (v ?? '本会') as ActivityHost)}
          allowDeselect={false}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="参加对象"
            placeholder="例如：全体在职女职工"
            {...form.getInputProps('targetGroup')}
          />
          <NumberInput
            label="预算（元）"
            min={0}
            decimalScale={2}
            thousandSeparator=","
            hideControls
            {...form.getInputProps('budget')}
            value={form.values.budget ?? ''}
            onChange={(v) => form.setFieldValue('budget', money(v))}
          />
          <NumberInput
            label="实际支出（元）"
            min={0}
            decimalScale={2}
            thousandSeparator=","
            hideControls
            {...form.getInputProps('actualCost')}
            value={form.values.actualCost ?? ''}
            onChange={(v) => form.setFieldValue('actualCost', money(v))}
          />
        </SimpleGrid>
        <Textarea
          label="备注"
          autosize
          minRows={2}
          maxRows={6}
          placeholder="活动内容、议程、奖品等"
          {...form.getInputProps('notes')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            取消
          </Button>
          <Button type="submit">保存</Button>
        </Group>
      </Stack>
    </form>
  );
}
