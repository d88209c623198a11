import { Autocomplete, Button, Group, Modal, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  OFFICER_ROLES,
  validateOfficer,
  type Officer,
  type OfficerDraft,
} from '../../shared/ledgers/union';
import { addOfficer, updateOfficer } from '../../shared/ledgers/union';
import { useDb } from '../app/AppContext';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { showError, showUndo } from '../app/showUndo';
import { MemberPicker } from './MemberPicker';

export interface OfficerModalProps {
  /** The officer to edit, or a new one's starting values. */
  officer: Officer | OfficerDraft | null;
  onClose: () => void;
}

/** Adds or edits one office held by one person; one undoable batch on save. */
export function OfficerModal({ officer, onClose }: OfficerModalProps) {
  return (
    <Modal
      opened={officer !== null}
      onClose={onClose}
      title={officer && 'id' in officer ? `修改委员 ${officer.name}` : '添加委员'}
      size="lg"
    >
      {officer && <OfficerForm officer={officer} onDone={onClose} />}
    </Modal>
  );
}

function OfficerForm({ officer, onDone }: { officer: Officer | OfficerDraft; onDone: () => void }) {
  const db = useDb();
  const id = 'id' in officer ? officer.id : null;
  const form = useForm<OfficerDraft>({
    mode: 'controlled',
    initialValues: {
      termNumber: officer.termNumber,
      role: officer.role,
      memberId: officer.memberId,
      name: officer.name,
      startDate: officer.startDate,
      endDate: officer.endDate,
    },
    validate: (v) => validateOfficer(v),
  });
  const save = async (v: OfficerDraft) => {
    try {
      const batch = id ? await updateOfficer(db, id, v) : await addOfficer(db, v);
      showUndo(db, batch);
      onDone();
    } catch (e) {
      showError('没有保存', e);
    }
  };
  return (
    <form onSubmit={form.onSubmit((v) => void save(v))} noValidate>
      <Stack>
        <SimpleGrid cols={2}>
          <Autocomplete
            label="职务"
            withAsterisk
            data-autofocus
            data={[...OFFICER_ROLES]}
            placeholder="选择或输入"
            {...form.getInputProps('role')}
          />
          <MemberPicker
            label="姓名"
            withAsterisk
            placeholder="输入姓名或拼音首字母查找"
            name={form.values.name}
            memberId={form.values.memberId}
            error={form.errors.name}
            onChange={({ name, memberId }) => form.setValues({ name, memberId })}
          />
          <ChineseDateInput label="任职日期" {...form.getInputProps('startDate')} />
          <ChineseDateInput
            label="离任日期"
            placeholder="仍在任则留空"
            {...form.getInputProps('endDate')}
          />
          <NumberInput
            label="届次"
            min={1}
            max={99}
            allowDecimal={false}
            {...form.getInputProps('termNumber')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            取消
          </Button>
          <Button type="submit">保存</Button>
        </Group>
      </Stack>
    </form>
  );
}
