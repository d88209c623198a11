import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlus, IconPrinter, IconSearch, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { maskPhone } from '../../shared/core/ids';
import { todayIso } from '../../shared/core/text';
import {
  AFFILIATED_KINDS,
  deleteAffiliatedUnion,
  registryTotals,
  termState,
  type AffiliatedUnion,
  type TermState,
} from '../../shared/ledgers/township';
import { useDb } from '../app/AppContext';
import { action } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { FLAG_FIELDS, TERM_COLORS, type FlagField } from './format';
import { ListImportButton } from './ListImportButton';
import { useAffiliatedUnions, useReportedFrom, useTownshipSettings } from './useTownship';

const ALL = '全部';
const FLAG_OPTIONS = [ALL, ...FLAG_FIELDS.flatMap(([, label]) => [`已建${label}`, `未建${label}`])];
const GRADE_OPTIONS = [ALL, '示范', '良好', '合格', '未评'];
const TERM_OPTIONS: string[] = [ALL, '已届满', '即将届满', '任期内', '未填'];

function flagFilter(option: string): ((u: AffiliatedUnion) => boolean) | null {
  for (const [field, label] of FLAG_FIELDS) {
    if (option === `已建${label}`) return (u) => u[field as FlagField];
    if (option === `未建${label}`) return (u) => !u[field as FlagField];
  }
  return null;
}

/** 下属基层工会: filters, counts, search as you type, the table, import and print. */
export function UnionList() {
  const db = useDb();
  const unions = useAffiliatedUnions();
  const settings = useTownshipSettings();
  const reported = useReportedFrom();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState(ALL);
  const [flag, setFlag] = useState(ALL);
  const [grade, setGrade] = useState(ALL);
  const [term, setTerm] = useState(ALL);
  const today = todayIso();

  const shown = useMemo(() => {
    if (!unions || !settings) return [];
    const q = search.replace(/\s/g, '');
    const byFlag = flagFilter(flag);
    return unions.filter(
      (u) =>
        (!q || u.name.includes(q) || u.chairName.includes(q) || u.code.includes(q)) &&
        (kind === ALL || u.kind === kind) &&
        (!byFlag || byFlag(u)) &&
        (grade === ALL || (grade === '未评' ? u.grade === '' : u.grade === grade)) &&
        (term === ALL || termState(u, today, settings) === (term as TermState)),
    );
  }, [unions, settings, search, kind, flag, grade, term, today]);

  if (!unions || !settings || !reported) return <Loader size="sm" />;
  const t = registryTotals(shown);
  const filtered = shown.length !== unions.length;

  const remove = (u: AffiliatedUnion) =>
    modals.openConfirmModal({
      title: '删除下属工会',
      children: `删除“${u.name}”？可以在“操作记录”中撤销。`,
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: action(async () => {
        const batch = await deleteAffiliatedUnion(db, u.id);
        showUndo(db, batch);
      }, '删除失败'),
    });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="sm">
          <TextInput
            label="搜索"
            placeholder="工会名称、主席或统计编码"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={230}
            data-testid="union-search"
          />
          <Select
            label="组建形式"
            data={[ALL, ...AFFILIATED_KINDS]}
            value={kind}
            onChange={(v) => setKind(v ?? ALL)}
            w={170}
            allowDeselect={false}
          />
          <Select
            label="制度建设"
            data={FLAG_OPTIONS}
            value={flag}
            onChange={(v) => setFlag(v ?? ALL)}
            w={150}
            allowDeselect={false}
          />
          <Select
            label="规范化等级"
            data={GRADE_OPTIONS}
            value={grade}
            onChange={(v) => setGrade(v ?? ALL)}
            w={110}
            allowDeselect={false}
          />
          <Select
            label="任期"
            data={TERM_OPTIONS}
            value={term}
            onChange={(v) => setTerm(v ?? ALL)}
            w={120}
            allowDeselect={false}
            data-testid="term-filter"
          />
        </Group>
        <Group gap="sm">
          <ListImportButton />
          <Button
            component={Link}
            to="/township/print/unions"
            variant="light"
            leftSection={<IconPrinter size={16} />}
          >
            打印一览表
          </Button>
          <Button component={Link} to="/township/new" leftSection={<IconPlus size={16} />}>
            新增下属工会
          </Button>
        </Group>
      </Group>
      <Text size="sm" data-testid="union-count">
        {filtered ? `符合条件的：` : ''}
        {t.unions} 个基层工会，覆盖 {t.coveredUnits} 个单位，职工 {t.staff} 人，会员 {t.members}{' '}
        人（女会员 {t.women} 人）
        {filtered ? `；共登记 ${unions.length} 个` : ''}
      </Text>
      {shown.length === 0 ? (
        <Text c="dimmed">
          {unions.length === 0
            ? '还没有登记下属工会。可以逐个“新增下属工会”，或从 Excel 名单导入。'
            : '没有符合条件的下属工会。'}
        </Text>
      ) : (
        <Table striped highlightOnHover data-testid="union-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>工会名称</Table.Th>
              <Table.Th>组建形式</Table.Th>
              <Table.Th ta="right">覆盖单位</Table.Th>
              <Table.Th ta="right">职工</Table.Th>
              <Table.Th ta="right">会员</Table.Th>
              <Table.Th ta="right">女</Table.Th>
              <Table.Th>主席</Table.Th>
              <Table.Th>任期届满</Table.Th>
              <Table.Th>制度建设</Table.Th>
              <Table.Th>等级</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((u) => {
              const state = termState(u, today, settings);
              const from = reported.get(u.id);
              return (
                <Table.Tr key={u.id} data-testid="union-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/township/${u.id}/edit`}>
                      {u.name}
                    </Anchor>
                    {u.code && (
                      <Text size="xs" c="dimmed">
                        {u.code}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{u.kind}</Table.Td>
                  <Table.Td ta="right">{u.coveredUnits}</Table.Td>
                  <Table.Td ta="right">{u.staff}</Table.Td>
                  <Table.Td ta="right">
                    {u.members}
                    {from && (
                      <Tooltip label={`${from.year}年台账包上报（${from.fileName}）`}>
                        <Badge size="xs" variant="light" ml={4}>
                          上报
                        </Badge>
                      </Tooltip>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{u.women}</Table.Td>
                  <Table.Td>
                    {u.chairName}
                    {u.chairPhone && (
                      <Text size="xs" c="dimmed">
                        {maskPhone(u.chairPhone)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {u.termEnd || '—'}
                    {(state === '已届满' || state === '即将届满') && (
                      <Badge size="xs" color={TERM_COLORS[state]} variant="light" ml={4}>
                        {state}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {FLAG_FIELDS.filter(([f]) => u[f]).map(([f, label]) => (
                        <Badge key={f} size="xs" variant="outline" color="gray">
                          {label}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>{u.grade || '—'}</Table.Td>
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
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
