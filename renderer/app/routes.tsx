import { lazy, type ComponentType } from 'react';
import {
  IconCalendarEvent,
  IconChartBar,
  IconCheckbox,
  IconCoinYuan,
  IconDatabaseExport,
  IconFileText,
  IconGavel,
  IconHeartHandshake,
  IconHistory,
  IconHome,
  IconLifebuoy,
  IconListDetails,
  IconStack2,
  IconSettings,
  IconSitemap,
  IconUsers,
} from '@tabler/icons-react';

import { SettingsPage } from '../union';

// Every page is its own chunk, loaded when first opened (issue 9: the main bundle).
// SettingsPage is lazy in its index: the union's index is in the main bundle (the profile,
// the first-run gate).
const RosterPage = lazy(() => import('../roster').then((m) => ({ default: m.RosterPage })));
const HomePage = lazy(() => import('../home').then((m) => ({ default: m.HomePage })));
const BackupsPage = lazy(() => import('../backups').then((m) => ({ default: m.BackupsPage })));
const ActivitiesPage = lazy(() =>
  import('../activities').then((m) => ({ default: m.ActivitiesPage })),
);
const ListsPage = lazy(() => import('../roster/lists').then((m) => ({ default: m.ListsPage })));
const NoticesPage = lazy(() => import('../notices').then((m) => ({ default: m.NoticesPage })));
const YearEndPage = lazy(() => import('../yearEnd').then((m) => ({ default: m.YearEndPage })));
const CarePage = lazy(() => import('../care').then((m) => ({ default: m.CarePage })));
const HistoryPage = lazy(() => import('../history').then((m) => ({ default: m.HistoryPage })));
const HardshipPage = lazy(() => import('../hardship').then((m) => ({ default: m.HardshipPage })));
const FundsPage = lazy(() => import('../funds').then((m) => ({ default: m.FundsPage })));
const ElectionsPage = lazy(() =>
  import('../elections').then((m) => ({ default: m.ElectionsPage })),
);
const CongressPage = lazy(() => import('../congress').then((m) => ({ default: m.CongressPage })));
const TownshipPage = lazy(() => import('../township').then((m) => ({ default: m.TownshipPage })));
const RollupPage = lazy(() => import('../rollup').then((m) => ({ default: m.RollupPage })));

/**
 * The screens in the sidebar, in order. Only features that work are listed here: a feature
 * adds its entry when it lands (no placeholder pages).
 */
export interface NavEntry {
  path: string;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  element: ComponentType;
  /**
   * Keyboard shortcut shown in the menu: Alt+<digit>. Ten digits for fourteen screens: the
   * monthly work has one; the set-up and once-a-term screens (名册名单, 换届选举, 备份与恢复,
   * 工会信息) are a click away.
   */
  hotkey?: string;
  /** Shown only to a 乡镇街道总工会 (profile.unionType); a grassroots union never sees it. */
  federationOnly?: true;
}

export const NAV: NavEntry[] = [
  { path: '/', label: '工作台', icon: IconHome, element: HomePage, hotkey: '1' },
  {
    path: '/township',
    label: '下属工会',
    icon: IconSitemap,
    element: TownshipPage,
    federationOnly: true,
  },
  {
    path: '/rollup',
    label: '台账汇总',
    icon: IconStack2,
    element: RollupPage,
    federationOnly: true,
  },
  { path: '/roster', label: '花名册', icon: IconUsers, element: RosterPage, hotkey: '2' },
  { path: '/lists', label: '名册名单', icon: IconListDetails, element: ListsPage },
  {
    path: '/activities',
    label: '活动与会议',
    icon: IconCalendarEvent,
    element: ActivitiesPage,
    hotkey: '3',
  },
  { path: '/notices', label: '通知公示', icon: IconFileText, element: NoticesPage, hotkey: '9' },
  { path: '/care', label: '关怀慰问', icon: IconHeartHandshake, element: CarePage, hotkey: '4' },
  { path: '/hardship', label: '困难帮扶', icon: IconLifebuoy, element: HardshipPage, hotkey: '5' },
  { path: '/funds', label: '会费经费', icon: IconCoinYuan, element: FundsPage, hotkey: '6' },
  { path: '/congress', label: '教代会', icon: IconGavel, element: CongressPage, hotkey: '7' },
  { path: '/elections', label: '换届选举', icon: IconCheckbox, element: ElectionsPage },
  { path: '/year-end', label: '年度统计', icon: IconChartBar, element: YearEndPage, hotkey: '8' },
  { path: '/backups', label: '备份与恢复', icon: IconDatabaseExport, element: BackupsPage },
  { path: '/history', label: '操作记录', icon: IconHistory, element: HistoryPage, hotkey: '0' },
  { path: '/settings', label: '工会信息', icon: IconSettings, element: SettingsPage },
];

/** The sidebar entries this union sees: federation-only ones only for a 乡镇街道总工会. */
export function navFor(federation: boolean): NavEntry[] {
  return NAV.filter((n) => federation || !n.federationOnly);
}
