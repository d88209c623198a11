import type { ComponentType } from 'react';
import {
  IconCalendarEvent,
  IconDatabaseExport,
  IconHome,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';
import { HomePage } from '../home';
import { SettingsPage } from '../union';
import { BackupsPage } from '../backups';
import { ActivitiesPage } from '../activities';
import { RosterPage } from '../roster';
import { IconListDetails } from '@tabler/icons-react';
import { ListsPage } from '../roster/lists';
import { IconFileText } from '@tabler/icons-react';
import { NoticesPage } from '../notices';
import { IconChartBar } from '@tabler/icons-react';
import { YearEndPage } from '../yearEnd';
import { IconHeartHandshake } from '@tabler/icons-react';
import { CarePage } from '../care';
import { IconHistory } from '@tabler/icons-react';
import { HistoryPage } from '../history';
import { IconLifebuoy } from '@tabler/icons-react';
import { HardshipPage } from '../hardship';
import { IconCoinYuan } from '@tabler/icons-react';
import { FundsPage } from '../funds';
import { IconCheckbox } from '@tabler/icons-react';
import { ElectionsPage } from '../elections';

/**
 * The screens in the sidebar, in order. Only features that work are listed here: a feature
 * adds its entry when it lands (no placeholder pages).
 */
export interface NavEntry {
  path: string;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  element: ComponentType;
  /** Keyboard shortcut shown in the menu: Alt+<key>; the less used screens have none. */
  hotkey?: string;
}

export const NAV: NavEntry[] = [
  { path: '/', label: '工作台', icon: IconHome, element: HomePage, hotkey: '1' },
  { path: '/roster', label: '花名册', icon: IconUsers, element: RosterPage, hotkey: '2' },
  {
    path: '/activities',
    label: '活动与会议',
    icon: IconCalendarEvent,
    element: ActivitiesPage,
    hotkey: '3',
  },
  { path: '/notices', label: '通知公示', icon: IconFileText, element: NoticesPage, hotkey: '4' },
  { path: '/lists', label: '名册名单', icon: IconListDetails, element: ListsPage, hotkey: '5' },
  { path: '/care', label: '关怀慰问', icon: IconHeartHandshake, element: CarePage, hotkey: '7' },
  {
    path: '/hardship',
    label: '困难帮扶',
    icon: IconLifebuoy,
    element: HardshipPage,
  },
  { path: '/funds', label: '会费经费', icon: IconCoinYuan, element: FundsPage },
  {
    path: '/elections',
    label: '换届选举',
    icon: IconCheckbox,
    element: ElectionsPage,
  },
  { path: '/year-end', label: '年度统计', icon: IconChartBar, element: YearEndPage, hotkey: '6' },
  {
    path: '/backups',
    label: '备份与恢复',
    icon: IconDatabaseExport,
    element: BackupsPage,
    hotkey: '8',
  },
  { path: '/history', label: '操作记录', icon: IconHistory, element: HistoryPage, hotkey: '0' },
  { path: '/settings', label: '工会信息', icon: IconSettings, element: SettingsPage, hotkey: '9' },
];
