import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { IconPlus, IconPrinter, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  addUnitToUnionise,
  deleteUnitToUnionise,
  emptyUnitDraft,
  isUnionised,
  membershipRate,
  unionisationRate,
  updateUnitToUnionise,
  validateUnit,
  type AffiliatedUnion,
  type UnitDraft,
  type UnitToUnionise,
} from '../../shared/ledgers/township';
import { useDb } from '../app/AppContext';
import { action } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { RatesCard } from './RatesCard';
import { useAffiliatedUnions, useUnitsToUnionise } from './useTownship';

type Filter = 'all' | 'yes' | 'no';
/** The 所属工会 choice for 未建会 (a Select option needs a non-empty value). */
const NONE = 'none';
const UNIT_KINDS = ['企业', '机关', '学校', '事业单位', '村（社区）', '社会组织', '其他'];

/** 应建会单位: the rates with their parts, the list with the unionised filter, add/edit/delete. */
export function UnitsPanel() {
  const db = useDb();
  const unions = useAffiliatedUnions();
  const units = useUnitsToUnionise();
  const [filter, setFilter] = useState<Filter>('all');
  const [editing, setEditing] = useState<UnitToUnionise | 'new' | null>(null);
  if (!unions || !units) return <Loader size="sm" />;
  const ids = new Set(unions.map((u) => u.id));
  const names = new Map(unions.map((u) => [u.id, u.name]));
  const done = units.filter((u) => isUnionised(u, ids));
  const shown = units.filter((u) =>
    filter === 'all' ? true : (filter === 'yes') === isUnionised(u, ids),
  );
  const remove = (u: UnitToUnionise) =>
    modals.openConfirmModal({
      title: '删除应建会单位',
      children: `删除“${u.name}”？可以在“操作记录”中撤销。`,
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: action(async () => showUndo(db, await deleteUnitToUnionise(db, u.id)), '删除失败'),
    });

  return (
    <Stack>
      <RatesCard
        unionisation={unionisationRate(units, unions)}
        membership={membershipRate(unions)}
      />
      <Group justify="space-between">
        <Group>
          <SegmentedControl
            value={filter}
            onChange={(v) => setFilter(v as Filter)}
            data={[
              { value: 'all', label: '全部' },
              { value: 'yes', label: '已建会' },
              { value: 'no', label: '未建会' },
            ]}
            data-testid="unit-filter"
          />
          <Text size="sm" c="dimmed" data-testid="unit-count">
            应建会单位 {units.length} 个，已建会 {done.length} 个，未建会{' '}
            {units.length - done.length} 个
          </Text>
        </Group>
        <Group>
          <Button
            component={Link}
            to="/township/print/not-unionised"
            variant="light"
            leftSection={<IconPrinter size={16} />}
          >
            打印未建会单位名单
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            新增应建会单位
          </Button>
        </Group>
      </Group>
      {shown.length === 0 ? (
        <Text c="dimmed">
          {units.length === 0
            ? '还没有登记应建会单位。登记辖区内应当建立工会的单位后，才能计算建会率。'
            : '没有符合条件的单位。'}
        </Text>
      ) : (
        <Table striped highlightOnHover data-testid="unit-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>单位名称</Table.Th>
              <Table.Th>单位类型</Table.Th>
              <Table.Th ta="right">职工人数</Table.Th>
              <Table.Th>建会情况</Table.Th>
              <Table.Th>备注</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((u) => (
              <Table.Tr key={u.id} data-testid="unit-row">
                <Table.Td>
                  <Anchor component="button" onClick={() => setEditing(u)}>
                    {u.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{u.kind}</Table.Td>
                <Table.Td ta="right">{u.staff}</Table.Td>
                <Table.Td>
                  {isUnionised(u, ids) ? (
                    names.get(u.unionId)
                  ) : (
                    <Badge color="orange" variant="light">
                      未建会
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{u.note}</Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`删除${u.name}`}
                    onClick={() => remove(u)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? '新增应建会单位' : '修改应建会单位'}
      >
        {editing !== null && (
          <UnitForm
            unit={editing === 'new' ? null : editing}
            unions={unions}
            others={units}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function UnitForm(props: {
  unit: UnitToUnionise | null;
  unions: AffiliatedUnion[];
  others: UnitToUnionise[];
  onDone: () => void;
}) {
  const db = useDb();
  const { unit, unions, others } = props;
  const form = useForm<UnitDraft>({
    mode: 'controlled',
    initialValues: unit
      ? {
          name: unit.name,
          kind: unit.kind,
          staff: unit.staff,
          unionId: unit.unionId,
          note: unit.note,
        }
      : emptyUnitDraft(),
    validate: (v) =>
      Object.fromEntries(
        validateUnit(v, unions, others, unit?.id ?? '').map((p) => [p.field, p.message]),
      ),
  });
  const save = action(async (v: UnitDraft) => {
    const batch = unit
      ? await updateUnitToUnionise(db, unit.id, v)
      : (await addUnitToUnionise(db, v)).batch;
    showUndo(db, batch);
    props.onDone();
  }, '应建会单位没有保存');
  return (
    <form onSubmit={form.onSubmit(save)} noValidate data-testid="unit-form">
      <Stack>
        <TextInput label="单位名称" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Select
          label="单位类型"
          data={UNIT_KINDS}
          searchable
          {...form.getInputProps('kind')}
          onChange={(v) => form.setFieldValue('kind', v ?? '')}
        />
        <NumberInput
          label="职工人数"
          min={0}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('staff')}
          onChange={(v) => form.setFieldValue('staff', typeof v === 'number' ? v : NaN)}
        />
        <Select
          label="所属工会"
          description="单独建会或被联合工会、行业工会覆盖的，选它所在的工会；还没有工会的选“未建会”"
          data={[
            { value: NONE, label: '未建会' },
            ...unions.map((u) => ({ value: u.id, label: u.name })),
          ]}
          searchable
          allowDeselect={false}
          {...form.getInputProps('unionId')}
          value={form.values.unionId || NONE}
          onChange={(v) => form.setFieldValue('unionId', !v || v === NONE ? '' : v)}
        />
        <TextInput label="备注" {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            取消
          </Button>
          <Button type="submit">保存</Button>
        </Group>
      </Stack>
    </form>
  );
}
