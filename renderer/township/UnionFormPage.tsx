import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate, useParams, Link } from 'react-router';
import {
  AFFILIATED_KINDS,
  addAffiliatedUnion,
  emptyAffiliatedDraft,
  isJoint,
  STANDARD_GRADES,
  updateAffiliatedUnion,
  validateAffiliated,
  type AffiliatedUnion,
  type AffiliatedUnionDraft,
  type TownshipSettings,
} from '../../shared/ledgers/township';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { useDb } from '../app/AppContext';
import { action } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { FLAG_FIELDS } from './format';
import {
  useAffiliatedUnion,
  useAffiliatedUnions,
  useReportedFrom,
  useTownshipSettings,
} from './useTownship';

/** The 规范化等级 choice for none yet (a Select option needs a non-empty value). */
const UNRATED = 'none';

/** 新增/修改下属工会: the form, or a loader while the record and settings load. */
export function UnionFormPage() {
  const { id } = useParams();
  const union = useAffiliatedUnion(id);
  const all = useAffiliatedUnions();
  const settings = useTownshipSettings();
  const reported = useReportedFrom();
  if (union === undefined || !all || !settings || !reported) return <Loader />;
  if (id && union === null)
    return (
      <Stack>
        <Text>这家下属工会已被删除。</Text>
        <Anchor component={Link} to="/township">
          ← 返回下属工会
        </Anchor>
      </Stack>
    );
  const from = union ? reported.get(union.id) : undefined;
  return (
    <UnionForm
      key={union?.id ?? 'new'}
      union={union}
      others={all}
      settings={settings}
      reportedNote={
        from
          ? `以下人数为该工会${from.year}年台账包（${from.fileName}）的上报数；收到新的台账包时会更新。若有出入可在此修改。`
          : '尚未收到该工会的台账包：人数由总工会登记；收到台账包后这里显示为“上报数”。'
      }
    />
  );
}

function draftOf(u: AffiliatedUnion | null): AffiliatedUnionDraft {
  if (!u) return emptyAffiliatedDraft();
  const { id: _id, demo: _demo, ...draft } = u;
  return draft;
}

function UnionForm(props: {
  union: AffiliatedUnion | null;
  others: AffiliatedUnion[];
  settings: TownshipSettings;
  reportedNote: string;
}) {
  const db = useDb();
  const navigate = useNavigate();
  const { union, others, settings } = props;
  const form = useForm<AffiliatedUnionDraft>({
    mode: 'controlled',
    initialValues: draftOf(union),
    validate: (v) =>
      Object.fromEntries(
        validateAffiliated(v, settings, others, union?.id ?? '')
          .filter((p) => p.severity === 'error')
          .map((p) => [p.field, p.message]),
      ),
  });
  const warnings = validateAffiliated(form.values, settings, others, union?.id ?? '').filter(
    (p) => p.severity === 'warning',
  );
  const save = action(async (v: AffiliatedUnionDraft) => {
    if (union) {
      const batch = await updateAffiliatedUnion(db, union.id, v);
      showUndo(db, batch);
    } else {
      const { batch } = await addAffiliatedUnion(db, v);
      showUndo(db, batch);
    }
    await navigate('/township');
  }, '下属工会没有保存');
  const count = (field: 'coveredUnits' | 'staff' | 'members' | 'women', label: string) => (
    <NumberInput
      label={label}
      min={0}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator=","
      {...form.getInputProps(field)}
      onChange={(v) => form.setFieldValue(field, typeof v === 'number' ? v : NaN)}
    />
  );

  return (
    <Stack maw={960} data-testid="union-form">
      <Group justify="space-between">
        <Title order={2}>{union ? `修改下属工会：${union.name}` : '新增下属工会'}</Title>
        <Anchor component={Link} to="/township">
          ← 返回下属工会
        </Anchor>
      </Group>
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          <Paper withBorder p="md">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label="工会名称"
                withAsterisk
                placeholder="例如：宏达机械有限公司工会委员会"
                data-autofocus
                {...form.getInputProps('name')}
              />
              <Select
                label="组建形式"
                data={[...AFFILIATED_KINDS]}
                allowDeselect={false}
                {...form.getInputProps('kind')}
                onChange={(v) => {
                  if (!v) return;
                  form.setFieldValue('kind', v as AffiliatedUnionDraft['kind']);
                  if (isJoint(v as AffiliatedUnionDraft['kind']) && form.values.coveredUnits < 2)
                    form.setFieldValue('coveredUnits', settings.jointMinUnits.value);
                }}
              />
              <TextInput
                label="统计编码"
                description="上级给该工会的编码，用来认出它报送的台账包"
                {...form.getInputProps('code')}
              />
            </SimpleGrid>
          </Paper>
          <Paper withBorder p="md">
            <Text size="sm" c="dimmed" mb="xs" data-testid="reported-note">
              {props.reportedNote}
            </Text>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              {count('coveredUnits', '覆盖单位数')}
              {count('staff', '职工人数')}
              {count('members', '会员人数')}
              {count('women', '女会员')}
            </SimpleGrid>
          </Paper>
          <Paper withBorder p="md">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label="工会主席" {...form.getInputProps('chairName')} />
              <TextInput label="联系电话" {...form.getInputProps('chairPhone')} />
              <ChineseDateInput label="成立日期" {...form.getInputProps('founded')} />
              <ChineseDateInput label="任期开始" {...form.getInputProps('termStart')} />
              <ChineseDateInput label="任期届满" {...form.getInputProps('termEnd')} />
              <Select
                label="规范化等级"
                data={STANDARD_GRADES.map((g) => ({ value: g || UNRATED, label: g || '未评' }))}
                allowDeselect={false}
                {...form.getInputProps('grade')}
                value={form.values.grade || UNRATED}
                onChange={(v) =>
                  form.setFieldValue(
                    'grade',
                    (!v || v === UNRATED ? '' : v) as AffiliatedUnionDraft['grade'],
                  )
                }
              />
            </SimpleGrid>
            <Group mt="md">
              {FLAG_FIELDS.map(([field, label]) => (
                <Checkbox
                  key={field}
                  label={
                    label === '专用账户'
                      ? '经费专用账户'
                      : label === '职代会'
                        ? '职代会制度'
                        : label
                  }
                  {...form.getInputProps(field, { type: 'checkbox' })}
                />
              ))}
            </Group>
            <Textarea label="备注" mt="md" autosize minRows={1} {...form.getInputProps('note')} />
          </Paper>
          {warnings.length > 0 && (
            <Alert color="yellow" title="请核对（不影响保存）" data-testid="union-warnings">
              {warnings.map((w) => (
                <Text key={w.field} size="sm">
                  {w.message}
                </Text>
              ))}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/township">
              取消
            </Button>
            <Button type="submit" data-testid="union-save">
              保存
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
