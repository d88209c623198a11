/**
 * The registry's numbers: each an editable setting stored with the rule it comes from
 * (LEDGERS.md: "never a constant in code"). A federation whose province words a rule
 * differently changes the number and the source together.
 */

/** A number the federation can change, with the document (文号/条款) it comes from. */
export interface SourcedNumber {
  value: number;
  source: string;
}

export interface TownshipSettings {
  /** 基层工会委员会每届任期: shortest and longest term, in years. */
  minTermYears: SourcedNumber;
  maxTermYears: SourcedNumber;
  /** 联合工会: the fewest units one usually covers (fewer is a warning, not an error). */
  jointMinUnits: SourcedNumber;
  /** 任期即将届满: warn this many days before the term ends (inclusive). */
  termExpiringDays: SourcedNumber;
}

export const TOWNSHIP_SETTINGS_KEY = 'township.settings';

export const DEFAULT_TOWNSHIP_SETTINGS: TownshipSettings = {
  minTermYears: {
    value: 3,
    source: '《工会法》第十五条：基层工会委员会每届任期三年或者五年',
  },
  maxTermYears: {
    value: 5,
    source: '《工会法》第十五条：基层工会委员会每届任期三年或者五年',
  },
  jointMinUnits: {
    value: 2,
    source: '联合基层工会由两个以上单位联合建立（《基层工会联合会工作暂行规定》，请核对）[S]',
  },
  termExpiringDays: {
    value: 90,
    source: '本会设定：任期届满前90天提醒督促换届',
  },
};

export const TOWNSHIP_SETTING_LABELS: Record<
  keyof TownshipSettings,
  { label: string; unit: string }
> = {
  minTermYears: { label: '任期最短', unit: '年' },
  maxTermYears: { label: '任期最长', unit: '年' },
  jointMinUnits: { label: '联合工会至少覆盖', unit: '个单位' },
  termExpiringDays: { label: '任期届满提前提醒', unit: '天' },
};

const LIMITS: Record<keyof TownshipSettings, [number, number]> = {
  minTermYears: [1, 10],
  maxTermYears: [1, 10],
  jointMinUnits: [1, 50],
  termExpiringDays: [0, 730],
};

/** Stored settings over the defaults (a setting added later gets its default). */
export function townshipSettingsWithDefaults(
  stored: Partial<TownshipSettings> | undefined,
): TownshipSettings {
  return { ...DEFAULT_TOWNSHIP_SETTINGS, ...(stored ?? {}) };
}

/** Problems of edited settings, in Chinese (empty when valid). */
export function validateTownshipSettings(s: TownshipSettings): string[] {
  const out: string[] = [];
  for (const key of Object.keys(LIMITS) as (keyof TownshipSettings)[]) {
    const { label, unit } = TOWNSHIP_SETTING_LABELS[key];
    const [min, max] = LIMITS[key];
    const v = s[key].value;
    if (!Number.isInteger(v) || v < min || v > max)
      out.push(`${label}应为 ${min} 到 ${max} ${unit}之间的整数`);
    if (!s[key].source.trim()) out.push(`${label}请写明依据（文号或条款）`);
  }
  if (s.minTermYears.value > s.maxTermYears.value) out.push('任期最短不能长于任期最长');
  return out;
}
