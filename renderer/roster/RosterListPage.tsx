import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  Button,
  Group,
  Kbd,
  Loader,
  Menu,
  Select,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import {
  IconChevronDown,
  IconDownload,
  IconFileSpreadsheet,
  IconSitemap,
  IconUserPlus,
} from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { newMember, type Member } from '../../shared/ledgers/roster';
import { todayIso } from '../../shared/core/text';
import { columnsFor } from '../../shared/ledgers/roster';
import {
  defaultRosterFilter,
  type FilterContext,
  type RosterFilter,
} from '../../shared/ledgers/roster';
import { ROSTER_SORT_LABELS, ROSTER_SORTS, type RosterSort } from '../../shared/ledgers/roster';
import { RosterTable } from './RosterTable';
import { FilterBar } from './FilterBar';
import { ColumnChooser } from './ColumnChooser';
import { BulkActions } from './BulkActions';
import { EmptyRoster } from './EmptyRoster';
import { MemberFormDrawer } from './MemberForm';
import { toggleSelection } from './selection';
import {
  useOrgUnits,
  useRetirementSettings,
  useRosterColumns,
  useRosterMemberList,
} from './useRosterData';
import { useRosterView } from './useRosterView';
import { useRosterExports } from './useRosterExports';
import { SearchBox } from './SearchBox';
import { RetirementSettingsBar } from './RetirementSettingsBar';
import { OrgUnitsModal } from './OrgUnitsModal';
import { newId } from '../../shared/core/ids';

const fmt = (n: number) => n.toLocaleString('zh-CN');

/** 花名册: search, filter, sort, select and act on members. */
export function RosterListPage() {
  const navigate = useNavigate();
  const shown = useRosterMemberList();
  const members = shown?.members;
  const complete = shown?.complete ?? false;
  const { departments, unionGroups } = useOrgUnits();
  const [columnKeys, setColumnKeys] = useRosterColumns();
  const [retirement, setRetirement] = useRetirementSettings();
  const exports = useRosterExports();

  const [filter, setFilter] = useState<RosterFilter>(defaultRosterFilter);
  const [sort, setSort] = useState<RosterSort>('roster');
  const [query, setQuery] = useState('');
  const [reveal, setReveal] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const [adding, setAdding] = useState<Member | null>(null);
  const [orgUnitsOpen, setOrgUnitsOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  const ctx = useMemo<FilterContext>(
    () => ({
      today: todayIso(),
      retirementWithinMonths: retirement.withinMonths,
      femaleCategory: retirement.femaleCategory,
    }),
    [retirement.withinMonths, retirement.femaleCategory],
  );
  const all = members ?? [];
  const { view, searchReady, shownQuery } = useRosterView(
    all,
    complete,
    departments,
    filter,
    ctx,
    sort,
    query,
  );
  const columns = useMemo(() => columnsFor(columnKeys), [columnKeys]);
  const selectedInView = useMemo(
    () => (selected.size === 0 ? [] : view.filter((m) => selected.has(m.id))),
    [view, selected],
  );

  useHotkeys([
    ['/', () => searchRef.current?.focus()],
    ['mod+F', () => searchRef.current?.focus()],
  ]);

  const open = useCallback((id: string) => void navigate(`/roster/member/${id}`), [navigate]);
  // Row callbacks read the list and the anchor through refs, so they never change and the
  // memoized rows are not re-rendered on every keystroke.
  const viewRef = useRef(view);
  const anchorRef = useRef<string | null>(null);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);
  const onToggle = useCallback((id: string, shift: boolean) => {
    const ids = shift ? viewRef.current.map((m) => m.id) : [id];
    const anchor = anchorRef.current;
    setSelected((s) => toggleSelection(s, ids, id, { shift, anchor }));
    anchorRef.current = id;
  }, []);
  const allSelected = view.length > 0 && selectedInView.length === view.length;
  const onToggleAll = useCallback(() => {
    setSelected(allSelected ? new Set() : new Set(view.map((m) => m.id)));
  }, [allSelected, view]);
  const startAdding = () => setAdding(newMember({ id: newId('m'), name: '' }));

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && view.length > 0) {
      open(activeId && view.some((m) => m.id === activeId) ? activeId : view[0]!.id);
    } else if (e.key === 'ArrowDown' && view.length > 0) {
      e.preventDefault();
      setActiveId(view[0]!.id);
      document.querySelector<HTMLElement>('[data-testid="roster-table"]')?.focus();
    }
  };

  if (members === undefined) {
    return (
      <Group justify="center" py="xl">
        <Loader />
      </Group>
    );
  }

  const drawer = (
    <MemberFormDrawer
      member={adding}
      isNew
      onClose={() => setAdding(null)}
      onSaved={(m) => open(m.id)}
    />
  );

  if (members.length === 0) {
    return (
      <>
        <Title order={2}>花名册</Title>
        <EmptyRoster onAdd={startAdding} onTemplate={() => void exports.exportTemplate()} />
        {drawer}
      </>
    );
  }

  return (
    <Stack
      gap="xs"
      h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" align="baseline" wrap="nowrap">
          <Title order={2}>花名册</Title>
          <Text c="dimmed" size="sm" data-testid="roster-counts">
            {complete
              ? `共 ${fmt(members.length)} 人，当前显示 ${fmt(view.length)} 人`
              : '正在读取全部会员……'}
          </Text>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" leftSection={<IconUserPlus size={16} />} onClick={startAdding}>
            添加会员
          </Button>
          <Button
            size="xs"
            variant="default"
            component={Link}
            to="/roster/import"
            leftSection={<IconFileSpreadsheet size={16} />}
          >
            导入
          </Button>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button
                size="xs"
                variant="default"
                disabled={!complete}
                leftSection={<IconDownload size={16} />}
                rightSection={<IconChevronDown size={14} />}
              >
                导出
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void exports.exportList(view, columnKeys)}>
                导出当前列表（{fmt(view.length)} 人）
              </Menu.Item>
              <Menu.Item onClick={() => void exports.exportRealName(view)}>
                导出会员实名制信息采集表
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item onClick={() => void exports.exportTemplate()}>下载空白导入模板</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconSitemap size={16} />}
            onClick={() => setOrgUnitsOpen(true)}
          >
            部门与小组
          </Button>
          <ColumnChooser value={columnKeys} onChange={setColumnKeys} />
        </Group>
      </Group>

      <Group gap="xs" wrap="nowrap">
        <SearchBox ref={searchRef} onQuery={setQuery} ready={searchReady} onKeyDown={onSearchKey} />
        <Select
          aria-label="排序"
          size="xs"
          w={150}
          leftSection={
            <Text size="xs" c="dimmed" pl={6}>
              排序
            </Text>
          }
          leftSectionWidth={40}
          data={ROSTER_SORTS.map((s) => ({ value: s, label: ROSTER_SORT_LABELS[s] }))}
          value={sort}
          onChange={(v) => v && setSort(v as RosterSort)}
          allowDeselect={false}
        />
        <Switch
          size="xs"
          label="显示完整证件号和电话"
          checked={reveal}
          onChange={(e) => setReveal(e.currentTarget.checked)}
          ml="auto"
          data-testid="reveal-switch"
        />
      </Group>

      <FilterBar
        filter={filter}
        onChange={setFilter}
        departments={departments}
        unionGroups={unionGroups}
      />
      {filter.flags.includes('retirementNear') && (
        <RetirementSettingsBar value={retirement} onChange={setRetirement} />
      )}

      {selectedInView.length > 0 && (
        <BulkActions
          selectedIds={selectedInView.map((m) => m.id)}
          departments={departments}
          unionGroups={unionGroups}
          onExport={() => void exports.exportList(selectedInView, columnKeys, '花名册_所选')}
          onClear={() => setSelected(new Set())}
        />
      )}

      {/* data-query: the search the rows below answer (the bench times key → these rows). */}
      <div style={{ flex: 1, minHeight: 0 }} data-testid="roster-view" data-query={shownQuery}>
        {view.length === 0 ? (
          <Stack align="center" py="xl" gap="xs">
            <Text c="dimmed">没有符合条件的会员。</Text>
            <Group gap="xs">
              {query && (
                <Text size="xs" c="dimmed">
                  在搜索框按 Esc 可清空搜索
                </Text>
              )}
              <Button
                size="xs"
                variant="subtle"
                onClick={() => setFilter({ ...defaultRosterFilter(), statuses: [] })}
              >
                显示全部状态的会员
              </Button>
            </Group>
          </Stack>
        ) : (
          <RosterTable
            members={view}
            columns={columns}
            selected={selected}
            activeId={activeId}
            reveal={reveal}
            allSelected={allSelected}
            someSelected={selectedInView.length > 0}
            canSelectAll={complete}
            onToggle={onToggle}
            onToggleAll={onToggleAll}
            onActivate={setActiveId}
            onOpen={open}
            height="100%"
          />
        )}
      </div>
      <Group gap="md" c="dimmed" fz="xs">
        <span>
          <Kbd size="xs">/</Kbd> 搜索
        </span>
        <span>
          <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> 选择行
        </span>
        <span>
          <Kbd size="xs">Enter</Kbd> 打开
        </span>
        <span>
          <Kbd size="xs">空格</Kbd> 勾选
        </span>
        <span>
          按住 <Kbd size="xs">Shift</Kbd> 点勾选框可连续勾选
        </span>
      </Group>
      {drawer}
      <OrgUnitsModal opened={orgUnitsOpen} onClose={() => setOrgUnitsOpen(false)} />
    </Stack>
  );
}
