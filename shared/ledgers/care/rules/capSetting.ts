import type { UnionProfile } from '../../union/rules/profile';
import { DEFAULT_CAP_SETTING, type CareCapSetting } from './caps';

/**
 * The cap setting kept with the union profile (工会信息 → 慰问标准), so backups, the workbook
 * and 年度统计 all see the one the chair chose. Absent → the default (福建 until she chooses).
 */
export function capSettingOf(profile: UnionProfile | null | undefined): CareCapSetting {
  const s = profile?.careCaps;
  if (!s) return DEFAULT_CAP_SETTING;
  return { ...DEFAULT_CAP_SETTING, ...s };
}
