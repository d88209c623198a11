import type { UnionProfile } from '../../union/rules/profile';
import {
  activeProfile,
  allProfiles,
  CAP_PRESETS,
  DEFAULT_CAP_SETTING,
  type CareCapSetting,
} from './caps';

/**
 * The cap setting kept with the union profile (工会信息 → 慰问标准), so backups, the workbook
 * and 年度统计 all see the one the chair chose. Absent → the default (福建 until she chooses).
 */
export function capSettingOf(profile: UnionProfile | null | undefined): CareCapSetting {
  const s = profile?.careCaps;
  if (!s) return DEFAULT_CAP_SETTING;
  return { ...DEFAULT_CAP_SETTING, ...s };
}

/**
 * 慰问标准 as the 工会 sheet writes it: the active profile's name, e.g.
 * 「福建省（闽工〔2018〕158号）」. A chair's own copy and unit caps are not in the sheet (their
 * amounts live in the backup); the name says which she follows.
 */
export function capProfileText(profile: UnionProfile | null | undefined): string | null {
  if (!profile?.careCaps) return null;
  return activeProfile(capSettingOf(profile)).name;
}

/**
 * Reads 慰问标准 back: a preset named by its name or its 文号 (「闽工〔2018〕158号」), or the
 * chair's own profile of that name. Null when nothing matches (the current setting stays).
 */
export function capSettingFromText(
  text: string,
  current: CareCapSetting | undefined,
): CareCapSetting | null {
  const t = text.trim().replace(/[()]/g, (c) => (c === '(' ? '（' : '）'));
  const base = current ?? DEFAULT_CAP_SETTING;
  const found =
    allProfiles(base).find((p) => p.name === t) ??
    CAP_PRESETS.find((p) => t.includes(p.source) || p.name.startsWith(t));
  return found ? { ...base, activeId: found.id } : null;
}
