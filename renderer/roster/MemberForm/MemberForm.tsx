import { useRef, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Checkbox,
  Divider,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ChineseDateInput } from '../../app/ChineseDateInput';
import {
  EMPLOYMENT_TYPES,
  FAMILY_RELATIONS,
  GENDERS,
  ID_TYPES,
  MODEL_WORKER_LEVELS,
  POLITICAL_STATUSES,
  POST_CATEGORIES,
  type IdType,
  type FamilyRelation,
  type Member,
} from '../../../shared/ledgers/roster';
import { EDUCATION_LEVELS, ETHNICITIES } from '../../../shared/ledgers/roster';
import { DuplicateIdNumberError } from '../../../shared/ledgers/roster';
import {
  fromFormValues,
  idFacts,
  memberFormWarnings,
  toFormValues,
  validateMemberForm,
  type MemberFormValues,
} from './memberFormValues';
import { notifyError } from '../../app/notify';

export interface MemberFormProps {
  /** The member being edited, or a fresh one (newMember) when adding. */
  member: Member;
  departments: readonly string[];
  unionGroups: readonly string[];
  /** Saves; throws DuplicateIdNumberError when the ID number is taken. */
  onSave(member: Member): Promise<void>;
  onCancel(): void;
}

function Section({ title }: { title: string }) {
  return (
    <Divider
      mt="sm"
      labelPosition="left"
      label={
        <Title order={5} c="dark">
          {title}
        </Title>
      }
    />
  );
}

/** Add or edit a member: 基本信息 / 工作信息 / 会员信息 / 家庭成员 / 备注. */
export function MemberForm({
  member,
  departments,
  unionGroups,
  onSave,
  onCancel,
}: MemberFormProps) {
  const form = useForm<MemberFormValues>({
    mode: 'controlled',
    initialValues: toFormValues(member),
    validate: (v) => validateMemberForm(v),
  });
  const [duplicate, setDuplicate] = useState<{ id: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // What the ID number last filled in: a value still equal to it may be refilled.
  const autoFilled = useRef(idFacts(member.idNumber ?? '', member.idType));
  const v = form.values;
  const warnings = memberFormWarnings(v);

  const isResidentId = v.idType === '居民身份证';
  const postCategories: string[] = [...POST_CATEGORIES];
  if (v.postCategory && !postCategories.includes(v.postCategory))
    postCategories.push(v.postCategory);

  const onIdChange = (raw: string, idType: IdType = v.idType) => {
    form.setFieldValue('idNumber', raw);
    setDuplicate(null);
    const facts = idFacts(raw, idType);
    if (!facts) return;
    const prev = autoFilled.current;
    if (!v.birthDate || v.birthDate === prev?.birthDate)
      form.setFieldValue('birthDate', facts.birthDate);
    if (!v.gender || v.gender === prev?.gender) form.setFieldValue('gender', facts.gender);
    autoFilled.current = facts;
  };

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    try {
      await onSave(fromFormValues(values, member));
    } catch (e) {
      if (e instanceof DuplicateIdNumberError) {
        setDuplicate({ id: e.existingId, name: e.existingName });
        form.setFieldError('idNumber', e.message);
      } else notifyError(e, '会员资料没有保存');
    } finally {
      setBusy(false);
    }
  });

  const warn = (text: string | undefined) =>
    text ? (
      <Text size="xs" c="yellow.8" mt={2} data-testid="member-fact-warning">
        ⚠ {text}
      </Text>
    ) : null;

  return (
    <form onSubmit={submit} noValidate data-testid="member-form">
      <Stack gap="sm">
        <Section title="基本信息" />
        <SimpleGrid cols={3}>
          <TextInput label="姓名" withAsterisk data-autofocus {...form.getInputProps('name')} />
          <Select
            label="证件类型"
            data-testid="member-id-type"
            data={[...ID_TYPES]}
            allowDeselect={false}
            {...form.getInputProps('idType')}
            onChange={(t) => {
              const idType = (t ?? '居民身份证') as IdType;
              form.setFieldValue('idType', idType);
              onIdChange(v.idNumber, idType);
            }}
          />
          <TextInput
            label={isResidentId ? '身份证号' : '证件号码'}
            placeholder={
              isResidentId ? '18位，出生日期和性别自动填写' : '按证件原样填写，不做身份证校验'
            }
            {...form.getInputProps('idNumber')}
            onChange={(e) => onIdChange(e.currentTarget.value)}
            error={
              form.errors.idNumber ? (
                <>
                  {form.errors.idNumber}
                  {duplicate && (
                    <>
                      {' '}
                      <Anchor
                        component={Link}
                        to={`/roster/member/${duplicate.id}`}
                        size="xs"
                        onClick={onCancel}
                      >
                        查看已有会员 {duplicate.name}
                      </Anchor>
                    </>
                  )}
                </>
              ) : undefined
            }
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          <div>
            <TextInput label="手机号" {...form.getInputProps('phone')} />
            {warn(warnings.phone)}
          </div>
          <div>
            <Select label="性别" data={[...GENDERS]} clearable {...form.getInputProps('gender')} />
            {warn(warnings.gender)}
          </div>
          <div>
            <ChineseDateInput label="出生日期" {...form.getInputProps('birthDate')} />
            {warn(warnings.birthDate)}
          </div>
          <Autocomplete label="民族" data={ETHNICITIES} {...form.getInputProps('ethnicity')} />
          <Select
            label="政治面貌"
            data={[...POLITICAL_STATUSES]}
            clearable
            {...form.getInputProps('politicalStatus')}
          />
          <Autocomplete label="学历" data={EDUCATION_LEVELS} {...form.getInputProps('education')} />
        </SimpleGrid>

        <Section title="工作信息" />
        <SimpleGrid cols={3}>
          <Autocomplete
            label="部门"
            description="可从列表选择，也可输入新的部门"
            data={[...departments]}
            value={v.department ?? ''}
            onChange={(s) => form.setFieldValue('department', s)}
          />
          <TextInput label="岗位/职务" {...form.getInputProps('post')} />
          <Select
            label="岗位类别"
            description="用于统计人员构成"
            data={postCategories}
            clearable
            {...form.getInputProps('postCategory')}
          />
          <TextInput label="职称" {...form.getInputProps('title')} />
          <ChineseDateInput label="参加工作时间" {...form.getInputProps('hireDate')} />
          <Select
            label="用工性质"
            data={[...EMPLOYMENT_TYPES]}
            clearable
            {...form.getInputProps('employmentType')}
          />
          <NumberInput
            label="缴费工资基数（元/月）"
            description="如岗位工资+薪级工资"
            min={0}
            thousandSeparator=","
            {...form.getInputProps('wageBase')}
          />
          {v.gender === '女' && (
            <Select
              label="退休年龄类别"
              description="不填则按本会设置"
              data={[
                { value: '干部', label: '干部/教师（原55岁）' },
                { value: '工人', label: '工人（原50岁）' },
              ]}
              clearable
              {...form.getInputProps('retirementCategory')}
            />
          )}
        </SimpleGrid>

        <Section title="会员信息" />
        <SimpleGrid cols={3}>
          <ChineseDateInput label="入会时间" {...form.getInputProps('joinDate')} />
          <Autocomplete
            label="工会小组"
            description="可从列表选择，也可输入新的小组"
            data={[...unionGroups]}
            value={v.unionGroup ?? ''}
            onChange={(s) => form.setFieldValue('unionGroup', s)}
          />
          <Select
            label="劳模"
            placeholder="不是劳模"
            data={MODEL_WORKER_LEVELS.map((l) => ({ value: l, label: `${l}劳模` }))}
            clearable
            {...form.getInputProps('modelWorker')}
          />
        </SimpleGrid>
        <Group gap="xl">
          <div>
            <Checkbox
              label="工会会员"
              description={
                v.joinDate ? '填写了入会时间即为会员' : '未入会的教职工（如劳务派遣人员）请取消勾选'
              }
              disabled={v.joinDate !== null}
              {...form.getInputProps('isMember', { type: 'checkbox' })}
              checked={v.isMember || v.joinDate !== null}
              data-testid="member-is-member"
            />
            {warn(warnings.isMember)}
          </div>
          <Checkbox label="困难职工" {...form.getInputProps('hardship', { type: 'checkbox' })} />
          <Checkbox label="单亲" {...form.getInputProps('singleParent', { type: 'checkbox' })} />
          <Checkbox label="农民工" {...form.getInputProps('migrantWorker', { type: 'checkbox' })} />
        </Group>
        {member.statusHistory.length > 0 && (
          <Text size="xs" c="dimmed">
            会员状态：{member.status}
            。状态变化（退休、调出、退会等）请在会员页面点“变更状态”，以保留历史记录。
          </Text>
        )}

        <Section title="家庭成员" />
        <Text size="xs" c="dimmed">
          用于慰问（生育、直系亲属去世）和金秋助学等。
        </Text>
        {v.family.map((_, i) => (
          <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
            <Select
              label={i === 0 ? '关系' : undefined}
              aria-label="关系"
              data={[...FAMILY_RELATIONS]}
              w={100}
              allowDeselect={false}
              {...form.getInputProps(`family.${i}.relation`)}
            />
            <TextInput
              label={i === 0 ? '姓名' : undefined}
              aria-label="家庭成员姓名"
              w={140}
              {...form.getInputProps(`family.${i}.name`)}
            />
            <ChineseDateInput
              label={i === 0 ? '出生日期' : undefined}
              aria-label="家庭成员出生日期"
              w={160}
              {...form.getInputProps(`family.${i}.birthDate`)}
            />
            <TextInput
              label={i === 0 ? '情况' : undefined}
              aria-label="家庭成员情况"
              placeholder="例如：在读高中"
              style={{ flex: 1 }}
              {...form.getInputProps(`family.${i}.note`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label="删除这名家庭成员"
              onClick={() => form.removeListItem('family', i)}
              mb={4}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={16} />}
            onClick={() =>
              form.insertListItem('family', {
                relation: '子女' as FamilyRelation,
                name: '',
                birthDate: null,
                note: '',
              })
            }
          >
            添加家庭成员
          </Button>
        </Group>

        <Section title="备注" />
        <Textarea aria-label="备注" autosize minRows={2} {...form.getInputProps('notes')} />

        {duplicate && (
          <Alert color="red" title="没有保存：身份证号重复" data-testid="duplicate-alert">
            这个身份证号已登记给会员“{duplicate.name}”。同一个人不能登记两次。{' '}
            <Anchor component={Link} to={`/roster/member/${duplicate.id}`} onClick={onCancel}>
              查看已有会员 {duplicate.name}
            </Anchor>
          </Alert>
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onCancel}>
            取消
          </Button>
          <Button type="submit" loading={busy} data-testid="member-save">
            保存
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
