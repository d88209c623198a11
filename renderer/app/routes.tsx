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
import { IconGavel } from '@tabler/icons-react';
import { CongressPage } from '../congress';

/**
 * The screens in the sidebar, in order. Only features that work are listed here: a feature
 * adds its entry when it lands (no placeholder pages).
 */
export interface NavEntry {
  path: string;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  element: ComponentType;
  /** Keyboard shortcut shown in the menu: Alt+<key> */
  hotkey: string;
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
  { path: '/congress', label: '教代会', icon: IconGavel, element: CongressPage, hotkey: '7' },
  { path: '/year-end', label: '年度统计', icon: IconChartBar, element: YearEndPage, hotkey: '6' },
  {
    path: '/backups',
    label: '备份与恢复',
    icon: IconDatabaseExport,
    element: BackupsPage,
    hotkey: '8',
  },
  { path: '/settings', label: '工会信息', icon: IconSettings, element: SettingsPage, hotkey: '9' },
];
