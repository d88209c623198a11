import type { MajorityBase, QuorumWording } from './thresholds';

/**
 * The congress rules the chair may change (LEDGERS.md §6), each shown with its wording and
 * its source. Shares are whole percentages, compared in integers (count × 100 ≥ pct × n).
 */
export interface CongressSettings {
  quorum: QuorumWording;
  majorityBase: MajorityBase;
  /** Co-signers (附议人) a proposal needs, besides the proposer. */
  minCoSigners: number;
  /** Teachers (专任教师) at least this % of voting representatives. */
  teacherMinPct: number;
  /** 校级领导 + 中层干部 at most this % of voting representatives. */
  leadersMaxPct: number;
  /** Women's share of representatives may fall this many points below their share of staff. */
  womenGapPct: number;
}

export const CONGRESS_SETTINGS_KEY = 'congress.rules';

export const DEFAULT_CONGRESS_SETTINGS: CongressSettings = {
  quorum: '三分之二以上',
  majorityBase: '全体代表',
  minCoSigners: 2,
  teacherMinPct: 60,
  leadersMaxPct: 25,
  womenGapPct: 10,
};

/** Where each rule comes from, as the settings show it. */
export const CONGRESS_SETTING_SOURCES: Record<keyof CongressSettings, string> = {
  quorum:
    '各校教代会实施细则（常见“须有三分之二以上代表出席”）；民法典第一千二百五十九条：“以上”包括本数，“超过”不包括本数',
  majorityBase:
    '各校教代会实施细则：“决议须经全体代表过半数通过”，也有写“出席代表过半数”的，按本校细则选择',
  minCoSigners: '各校提案工作办法（常见“一名代表提出，二名以上代表附议”）',
  teacherMinPct: '《学校教职工代表大会规定》（教育部令第32号）：教师代表不得低于代表总数的60%',
  leadersMaxPct:
    '各地实施办法（常见学校领导和中层干部代表不超过代表总数的20%～25%），请按本地规定修改',
  womenGapPct:
    '《学校教职工代表大会规定》：应当保证一定比例的女教师代表；此处为女代表比例低于女教职工比例的容许差（百分点）',
};

export const CONGRESS_SETTING_LABELS: Record<keyof CongressSettings, string> = {
  quorum: '法定人数',
  majorityBase: '表决通过（过半数）的基数',
  minCoSigners: '提案附议人数（至少）',
  teacherMinPct: '教师代表比例（不低于，%）',
  leadersMaxPct: '校级领导和中层干部代表比例（不超过，%）',
  womenGapPct: '女代表比例可低于女教职工比例（百分点）',
};

/** Stored settings made whole: an unknown or missing value falls back to its default. */
export function normalizeCongressSettings(raw: unknown): CongressSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<string, unknown>>;
  const d = DEFAULT_CONGRESS_SETTINGS;
  const pct = (v: unknown, fallback: number) =>
    typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100 ? v : fallback;
  return {
    quorum: r.quorum === '超过三分之二' ? '超过三分之二' : d.quorum,
    majorityBase: r.majorityBase === '出席代表' ? '出席代表' : d.majorityBase,
    minCoSigners:
      typeof r.minCoSigners === 'number' && Number.isInteger(r.minCoSigners) && r.minCoSigners >= 0
        ? r.minCoSigners
        : d.minCoSigners,
    teacherMinPct: pct(r.teacherMinPct, d.teacherMinPct),
    leadersMaxPct: pct(r.leadersMaxPct, d.leadersMaxPct),
    womenGapPct: pct(r.womenGapPct, d.womenGapPct),
  };
}

/** A problem with settings the chair typed, or null. */
export function congressSettingsError(s: CongressSettings): string | null {
  if (!Number.isInteger(s.minCoSigners) || s.minCoSigners < 0 || s.minCoSigners > 20)
    return '附议人数应为 0～20 的整数';
  for (const k of ['teacherMinPct', 'leadersMaxPct', 'womenGapPct'] as const)
    if (!Number.isInteger(s[k]) || s[k] < 0 || s[k] > 100)
      return `${CONGRESS_SETTING_LABELS[k]}应为 0～100 的整数`;
  return null;
}
