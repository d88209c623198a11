import {
  Autocomplete,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  HONOUR_KINDS,
  HONOUR_LEVELS,
  validateHonour,
  type Honour,
  type HonourDraft,
  type HonourKind,
} from '../../shared/ledgers/union';
import { addHonour, updateHonour } from '../../shared/ledgers/union';
import { useDb } from '../app/AppContext';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { showError, showUndo } from '../app/showUndo';
import { MemberPicker } from './MemberPicker';

export interface HonourModalProps {
  /** The honour to edit, or a new one's starting values. */
  honour: Honour | HonourDraft | null;
  onClose: () => void;
}

/** Adds or edits one honour; one undoable batch on save. */
export function HonourModal({ honour, onClose }: HonourModalProps) {
  return (
    <Modal
      opened={honour !== null}
      onClose={onClose}
      title={honour && 'id' in honour ? '修改表彰' : '添加表彰'}
      size="lg"
    >
      {honour && <HonourForm honour={honour} onDone={onClose} />}
    </Modal>
  );
}

function HonourForm({ honour, onDone }: { honour: Honour | HonourDraft; onDone: () => void }) {
  const db = useDb();
  const id = 'id' in honour ? honour.id : null;
  const thisYear = new Date().getFullYear();
  const form = useForm<HonourDraft>({
    mode: 'controlled',
    initialValues: {
      year: honour.year,
      kind: honour.kind,
      recipient: honour.recipient,
      memberId: honour.memberId,
      title: honour.title,
      level: honour.level,
      body: honour.body,
      date: honour.date ?? null,
    },
    validate: (v) => validateHonour(v, thisYear),
  });
  const save = async (v: HonourDraft) => {
    try {
      const batch = id ? await updateHonour(db, id, v) : await addHonour(db, v);
      showUndo(db, batch);
      onDone();
    } catch (e) {
      showError('没有保存', e);
    }
  };
  const collective = form.values.kind === '集体';
  return (
    <form onSubmit={form.onSubmit((v) => void save(v))} noValidate>
      <Stack>
        <div>
          <Text size="sm" fw={500} mb={4}>
            类型
          </Text>
          <SegmentedControl
            data={[...HONOUR_KINDS]}
            value={form.values.kind}
            aria-label="类型"
            onChange={(k) =>
              form.setValues({
                kind: k as HonourKind,
                ...(k === '集体' ? { memberId: null } : {}),
              })
            }
          />
        </div>
        <SimpleGrid cols={2}>
          {collective ? (
            <TextInput
              label="获奖集体"
              withAsterisk
              placeholder="例如：语文组、校工会"
              {...form.getInputProps('recipient')}
            />
          ) : (
            <MemberPicker
              label="获奖人"
              withAsterisk
              placeholder="输入姓名或拼音首字母查找"
              name={form.values.recipient}
              memberId={form.values.memberId}
              error={form.errors.recipient}
              onChange={({ name, memberId }) => form.setValues({ recipient: name, memberId })}
            />
          )}
          <TextInput
            label="荣誉称号"
            withAsterisk
            placeholder="例如：优秀工会积极分子"
            {...form.getInputProps('title')}
          />
          <NumberInput
            label="年度"
            withAsterisk
            allowDecimal={false}
            min={1949}
            max={thisYear + 1}
            {...form.getInputProps('year')}
          />
          <Autocomplete
            label="级别"
            data={[...HONOUR_LEVELS]}
            placeholder="选择或输入"
            {...form.getInputProps('level')}
          />
          <TextInput
            label="授予单位"
            placeholder="例如：XX市教育工会"
            {...form.getInputProps('body')}
          />
          <ChineseDateInput label="表彰日期" {...form.getInputProps('date')} />
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
