import { useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { MEMBER_STATUSES, type MemberStatus } from '../../shared/ledgers/roster';
import { todayIso } from '../../shared/core/text';
import type { StatusChangeInput } from '../../shared/ledgers/roster';

export interface StatusChangeModalProps {
  opened: boolean;
  onClose(): void;
  /** 「张三」 or 「已选 12 人」 — who the change is for. */
  who: string;
  /** Status offered first. Default 退休. */
  initialStatus?: MemberStatus;
  onSubmit(change: StatusChangeInput): Promise<void>;
}

/** Asks for the new status (退休/调出/退会/去世, or back to 在职), its date and a note. */
export function StatusChangeModal({
  opened,
  onClose,
  who,
  initialStatus = '退休',
  onSubmit,
}: StatusChangeModalProps) {
  const [status, setStatus] = useState<MemberStatus>(initialStatus);
  const [date, setDate] = useState<string | null>(todayIso());
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!date) return;
    setBusy(true);
    try {
      await onSubmit({ status, date, note });
      setNote('');
      onClose();
    } catch {
      // onSubmit has told the chair why; the dialog stays open to try again.
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={`变更状态：${who}`} centered>
      <Stack>
        <div>
          <Text size="sm" fw={500} mb={4}>
            新状态
          </Text>
          <SegmentedControl
            fullWidth
            data={[...MEMBER_STATUSES]}
            value={status}
            onChange={(v) => setStatus(v as MemberStatus)}
            aria-label="新状态"
          />
        </div>
        <ChineseDateInput
          label="日期"
          description="状态变化的日期，例如退休文件上的日期"
          value={date}
          onChange={(v) => setDate(typeof v === 'string' ? v : null)}
          error={date ? undefined : '请选择日期'}
          clearable={false}
          withAsterisk
        />
        <Textarea
          label="备注"
          placeholder="例如：调往某某学校；正常退休"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Text size="xs" c="dimmed">
          状态变化会记入历史，不会覆盖以前的记录；保存后可以撤销。
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button
            onClick={() => void submit()}
            loading={busy}
            disabled={!date}
            data-testid="status-submit"
          >
            保存
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
