import { Box, Button, Loader, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { todayIso } from '../../../shared/core/text';
import type { Member } from '../../../shared/ledgers/roster';
import {
  birthdaysInMonth,
  membersWithStatus,
  nextMonthOf,
  retirees,
  womenInService,
} from '../../../shared/ledgers/roster';
import { rowsInOrder } from '../../../shared/core/print';
import { type RosterListKind } from '../../../shared/ledgers/roster';
import {
  buildRosterList,
  defaultListTitle,
  listFileStem,
  ROSTER_LIST_KINDS,
  ROSTER_LIST_LABELS,
} from '../../../shared/ledgers/roster/print';
import { PrintPreview, RosterListView } from '../../print';
import { ListOptions } from './ListOptions';
import {
  defaultListSettings,
  yearOfMonth,
  type ListSettings,
  type ListsState,
} from './listSettings';
import { useListExport } from './useListExport';
import { useListSources } from './useListSources';
import { useStoredSetting } from '../../app/useStoredSetting';

const DEFAULT_BY_KIND = Object.fromEntries(
  ROSTER_LIST_KINDS.map((k) => [k, defaultListSettings(k)]),
) as Record<RosterListKind, ListSettings>;

function initialState(today: string): ListsState {
  return {
    kind: 'roster',
    status: '在职',
    month: nextMonthOf(today).month,
    fullNumbers: false,
    byKind: DEFAULT_BY_KIND,
  };
}

/**
 * 名册名单: the roster and the lists made from it (生日, 退休, 女职工), each printed through
 * the print engine and exported to Excel with the same columns and order.
 */
export function ListsPage() {
  const sources = useListSources();
  const exportList = useListExport();
  const today = todayIso();
  const [state, setState] = useState<ListsState>(() => initialState(today));
  // Columns, order, grouping and orientation per list are remembered between sessions.
  const [byKind, setByKind] = useStoredSetting('lists.byKind', DEFAULT_BY_KIND);
  const settings = useMemo(
    () => ({ ...DEFAULT_BY_KIND[state.kind], ...byKind[state.kind] }),
    [byKind, state.kind],
  );
  const year = yearOfMonth(state.month, today);

  const selection = useMemo((): Member[] => {
    const all = sources?.members ?? [];
    switch (state.kind) {
      case 'roster':
        return membersWithStatus(all, state.status);
      case 'birthdays':
        return birthdaysInMonth(all, state.month);
      case 'retirees':
        return retirees(all);
      case 'women':
        return womenInService(all);
    }
  }, [sources, state.kind, state.status, state.month]);

  const defaultTitle = defaultListTitle(state.kind, {
    unitName: sources?.unitName ?? '',
    status: state.status,
    year,
    month: state.month,
  });
  const title = settings.title?.trim() || defaultTitle;
  const note =
    state.kind === 'roster'
      ? `会员状态：${state.status === 'all' ? '全部' : state.status}`
      : state.kind === 'birthdays'
        ? `出生月份：${state.month}月`
        : state.kind === 'women'
          ? '范围：在职女职工'
          : '';

  const list = useMemo(() => {
    if (!sources) return null;
    try {
      return buildRosterList({
        title,
        unionName: sources.unionName,
        madeOn: today,
        note,
        members: selection,
        options: {
          columns: settings.columns,
          order: settings.order,
          groupBy: settings.groupBy,
          groupOrder: settings.groupBy === 'unionGroup' ? sources.unionGroups : sources.departments,
          groupNewPage: settings.groupNewPage,
          orientation: settings.orientation,
          fullNumbers: state.fullNumbers,
        },
      });
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  }, [sources, title, today, note, selection, settings, state.fullNumbers]);

  if (!sources) return <Loader />;

  const setSettings = (next: Partial<ListSettings>) =>
    setByKind({ ...byKind, [state.kind]: { ...settings, ...next } });
  const stem = listFileStem(state.kind, state.month);
  const onExport = () => {
    if (!list || list instanceof Error) return;
    // The workbook lists the members in the printed order.
    const byId = new Map(selection.map((m) => [m.id, m]));
    const ordered = rowsInOrder(list).flatMap((r) => byId.get(r.memberId) ?? []);
    void exportList(stem, today, {
      members: ordered,
      columnKeys: settings.columns,
      sheetName: stem,
      fullNumbers: state.fullNumbers,
    });
  };

  const ok = list && !(list instanceof Error) ? list : null;
  const summary = ok
    ? `${ROSTER_LIST_LABELS[state.kind]}：共 ${ok.count} 人，${ok.pageCount} 页`
    : ROSTER_LIST_LABELS[state.kind];
  return (
    <Box
      h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
      data-testid="lists-page"
    >
      <PrintPreview
        title={title}
        landscape={settings.orientation === 'landscape'}
        document={ok ? <RosterListView list={ok} /> : null}
        actions={
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={18} />}
            onClick={onExport}
            disabled={!ok || ok.count === 0}
            data-testid="export-xlsx"
          >
            导出 Excel
          </Button>
        }
        notice={
          <>
            {list instanceof Error && (
              <Text size="sm" c="red">
                无法排版：{list.message}
              </Text>
            )}
            {ok?.count === 0 && (
              <Text size="sm" c="dimmed">
                名单里没有人：
                {state.kind === 'birthdays'
                  ? `${state.month}月没有在职会员过生日`
                  : '花名册中没有符合条件的会员'}
                。
              </Text>
            )}
            {ok?.warnings.map((w) => (
              <Text key={w} size="sm" c="orange.8">
                {w}
              </Text>
            ))}
          </>
        }
      >
        <ListOptions
          state={{ ...state, byKind: { ...state.byKind, [state.kind]: settings } }}
          defaultTitle={defaultTitle}
          summary={summary}
          onState={(next) => setState((s) => ({ ...s, ...next }))}
          onSettings={setSettings}
        />
      </PrintPreview>
    </Box>
  );
}
