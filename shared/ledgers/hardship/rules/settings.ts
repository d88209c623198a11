/**
 * The hardship ledger's numbers: every one an editable setting stored with the document it
 * comes from (LEDGERS.md: "never a constant in code"). The defaults are placeholders to be
 * replaced by the local figures: 低保 differs by city and changes every year.
 */

/** A number the chair can change, with the document (文号/条款) it comes from. */
export interface SourcedNumber {
  value: number;
  source: string;
}

export interface HardshipSettings {
  /** 当地城市最低生活保障标准: 分 per person per month. */
  minLivingStandardCents: SourcedNumber;
  /** 低保边缘: income per head up to this percentage of 低保 (inclusive, 「不超过」). */
  marginalPercent: SourcedNumber;
  /** 脱困: income per head above 低保 for this many months running. */
  exitMonths: SourcedNumber;
  /** 动态管理: a file is reviewed every this many months (from filing or the last review). */
  reviewIntervalMonths: SourcedNumber;
  /** 工作台 reminds this many days before a review falls due (inclusive). */
  reviewReminderDays: SourcedNumber;
  /** 建档公示: days the list stays up (the first day counted). */
  publicNoticeDays: SourcedNumber;
}

export const HARDSHIP_SETTINGS_KEY = 'hardship.settings';

export const DEFAULT_HARDSHIP_SETTINGS: HardshipSettings = {
  minLivingStandardCents: {
    value: 90_000,
    source: '示例值：请按本市民政局公布的当年城市低保标准（元/人·月）修改',
  },
  marginalPercent: {
    value: 150,
    source: '低保边缘家庭：人均收入不超过低保标准1.5倍（各地民政规定不同，请核对）[U]',
  },
  exitMonths: {
    value: 6,
    source:
      '家庭人均收入连续6个月高于当地低保标准的，按脱困处理（全总困难职工档案管理，LEDGERS.md §3）[S]',
  },
  reviewIntervalMonths: {
    value: 12,
    source: '困难职工档案实行动态管理，每年至少复核一次 [U]',
  },
  reviewReminderDays: { value: 30, source: '本会设定：复核到期前30天在工作台提醒' },
  publicNoticeDays: {
    value: 5,
    source: '困难职工建档前在本单位公示，公示期一般不少于5天（请按上级工会要求修改）[U]',
  },
};

export const HARDSHIP_SETTING_LABELS: Record<
  keyof HardshipSettings,
  { label: string; unit: string }
> = {
  minLivingStandardCents: { label: '当地低保标准', unit: '元/人·月' },
  marginalPercent: { label: '低保边缘上限', unit: '% 低保标准' },
  exitMonths: { label: '脱困：人均收入连续高于低保', unit: '个月' },
  reviewIntervalMonths: { label: '档案复核周期', unit: '个月' },
  reviewReminderDays: { label: '复核提前提醒', unit: '天' },
  publicNoticeDays: { label: '建档公示期', unit: '天' },
};

const LIMITS: Record<keyof HardshipSettings, [number, number]> = {
  minLivingStandardCents: [1, 100_000_00],
  marginalPercent: [100, 500],
  exitMonths: [1, 36],
  reviewIntervalMonths: [1, 60],
  reviewReminderDays: [0, 365],
  publicNoticeDays: [1, 30],
};

/** Stored settings over the defaults (a setting added later gets its default). */
export function withDefaults(stored: Partial<HardshipSettings> | undefined): HardshipSettings {
  return { ...DEFAULT_HARDSHIP_SETTINGS, ...(stored ?? {}) };
}

/** Problems of edited settings, in Chinese (empty when valid). */
export function validateSettings(s: HardshipSettings): string[] {
  const out: string[] = [];
  for (const key of Object.keys(LIMITS) as (keyof HardshipSettings)[]) {
    const { label, unit } = HARDSHIP_SETTING_LABELS[key];
    const [min, max] = LIMITS[key];
    const v = s[key].value;
    const shown = key === 'minLivingStandardCents' ? (n: number) => String(n / 100) : String;
    if (!Number.isInteger(v) || v < min || v > max)
      out.push(`${label}应在 ${shown(min)} 到 ${shown(max)} ${unit}之间`);
    if (!s[key].source.trim()) out.push(`${label}请写明依据（文号或条款）`);
  }
  return out;
}
