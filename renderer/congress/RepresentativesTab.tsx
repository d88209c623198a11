import {
  Alert,
  Button,
  Group,
  Loader,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { todayIso } from '../../shared/core/text';
import {
  REPRESENTATIVE_CATEGORIES,
  addRepresentatives,
  composition,
  pctText,
  removeRepresentatives,
  representativesInSignInOrder,
  updateRepresentative,
  type RepresentativeCategory,
  type RepresentativeDraft,
} from '../../shared/ledgers/congress';
import { useDb } from '../app/AppContext';
import { action, runAction } from '../app/notify';
import { useMembers } from '../roster';
import { useCongressSettings, useRepresentatives, useSessions, useTerms } from './useCongress';

/** A term's representatives: add from the roster (代表团 defaults to the department), edit, remove; composition with warnings. */
export function RepresentativesTab() {
  const db = useDb();
  const terms = useTerms();
  const sessions = useSessions();
  const [term, setTerm] = useState<number | string>('');
  useEffect(() => {
    if (term === '' && terms) setTerm(terms[0] ?? sessions?.[0]?.termNumber ?? 1);
  }, [terms, sessions, term]);
  const t = typeof term === 'number' ? term : null;
  const reps = useRepresentatives(t);
  const members = useMembers();
  const settings = useCongressSettings();
  const [picked, setPicked] = useState<string[]>([]);
  const [category, setCategory] = useState<RepresentativeCategory>('正式代表');
  const [guest, setGuest] = useState('');

  const byId = useMemo(() => new Map((members ?? []).map((m) => [m.id, m])), [members]);
  if (!terms || !reps || !members || !settings) return <Loader size="sm" />;
  const taken = new Set(reps.map((r) => r.memberId));
  const choices = members
    .filter((m) => m.status === '在职' && !taken.has(m.id))
    .map((m) => ({ value: m.id, label: `${m.name}（${m.department ?? '未填部门'}）` }));
  const staff = members.filter((m) => m.status === '在职');
  const c = composition(reps, byId, settings, { on: todayIso(), staff });
  const ordered = representativesInSignInOrder(reps);

  const add = async () => {
    if (t === null) return;
    const drafts: RepresentativeDraft[] = picked.map((id) => {
      const m = byId.get(id)!;
      return {
        memberId: m.id,
        name: m.name,
        gender: m.gender,
        delegation: m.department ?? '',
        category,
      };
    });
    if (guest.trim())
      drafts.push({ memberId: null, name: guest.trim(), gender: null, delegation: '', category });
    const n = await runAction(() => addRepresentatives(db, t, drafts), { failure: '添加代表失败' });
    if (n !== undefined) {
      setPicked([]);
      setGuest('');
    }
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <NumberInput
          label="届次"
          min={1}
          allowDecimal={false}
          value={term}
          onChange={setTerm}
          w={100}
        />
        {t !== null && (
          <>
            <Button variant="light" component={Link} to={`/congress/print/roll?term=${t}`}>
              打印代表名册
            </Button>
            <Button variant="light" component={Link} to={`/congress/print/review?term=${t}`}>
              打印代表资格审查报告
            </Button>
          </>
        )}
      </Group>
      <Text size="sm" data-testid="composition">
        第{t ?? ''}届正式代表 {c.total} 人：教师 {c.teachers} 人（
        {pctText(c.total ? c.teachers / c.total : 0)}）， 校级领导和中层干部 {c.leaders} 人（
        {pctText(c.total ? c.leaders / c.total : 0)}），女代表 {c.women} 人（
        {pctText(c.total ? c.women / c.total : 0)}）；列席、特邀 {c.nonVoting} 人
      </Text>
      {c.warnings.map((w) => (
        <Alert key={w} color="orange" py={6}>
          {w}
        </Alert>
      ))}
      <Group align="flex-end" gap="xs">
        <MultiSelect
          label="从花名册添加代表"
          placeholder="输入姓名搜索，可多选"
          data={choices}
          value={picked}
          onChange={setPicked}
          searchable
          w={420}
          data-testid="pick-representatives"
        />
        <TextInput
          label="或输入非会员姓名"
          value={guest}
          onChange={(e) => setGuest(e.currentTarget.value)}
          w={140}
        />
        <Select
          label="代表类别"
          data={[...REPRESENTATIVE_CATEGORIES]}
          value={category}
          onChange={(v) => v && setCategory(v as RepresentativeCategory)}
          allowDeselect={false}
          w={120}
        />
        <Button
          onClick={() => void add()}
          disabled={t === null || (picked.length === 0 && !guest.trim())}
        >
          添加
        </Button>
      </Group>
      <Table striped data-testid="representative-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>序号</Table.Th>
            <Table.Th>姓名</Table.Th>
            <Table.Th>性别</Table.Th>
            <Table.Th>部门</Table.Th>
            <Table.Th>代表团</Table.Th>
            <Table.Th>代表类别</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ordered.map((r, i) => {
            const m = r.memberId ? byId.get(r.memberId) : undefined;
            return (
              <Table.Tr key={r.id}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>{m?.name ?? r.name}</Table.Td>
                <Table.Td>{m?.gender ?? r.gender ?? ''}</Table.Td>
                <Table.Td>{m?.department ?? ''}</Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    defaultValue={r.delegation}
                    onBlur={(e) =>
                      e.currentTarget.value.trim() !== r.delegation &&
                      void runAction(
                        () =>
                          updateRepresentative(db, r.id, {
                            delegation: e.currentTarget.value,
                            category: r.category,
                          }),
                        {
                          failure: '修改代表失败',
                        },
                      )
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    data={[...REPRESENTATIVE_CATEGORIES]}
                    value={r.category}
                    allowDeselect={false}
                    onChange={(v) =>
                      v &&
                      void runAction(
                        () =>
                          updateRepresentative(db, r.id, {
                            delegation: r.delegation,
                            category: v as RepresentativeCategory,
                          }),
                        { failure: '修改代表失败' },
                      )
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={action(() => removeRepresentatives(db, [r.id]), '移除代表失败')}
                  >
                    移除
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {reps.length === 0 && <Text c="dimmed">第{t ?? ''}届还没有代表。</Text>}
    </Stack>
  );
}
