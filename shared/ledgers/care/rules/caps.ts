import type { IsoDate } from '../../../core/text/dates';
import type { CareReason } from './records';

/*
 * 慰问标准: the province profiles of LEDGERS.md §2 as presets, each amount with its 文号, the
 * chair's own copies of them, and the unit's own lower caps. Amounts in 分; null = the
 * profile has no such item (e.g. 福建 lists no 结婚慰问). These are settings, never constants
 * the checks use directly: checkCaps takes the effective caps it is given.
 *
 * How a cap is counted (LEDGERS.md §2, 总工办发〔2017〕32号):
 * - festival (节日): a yearly running total per member, visits and festival distributions;
 * - hospital (住院): once per illness — one stay counts once however many visits;
 * - the others: per event (one record, per member);
 * - equal to the cap is allowed; over it warns before saving.
 */

export const CAP_KINDS = [
  'festival',
  'birthday',
  'marriage',
  'childbirth',
  'hospital',
  'hospitalSurgery',
  'deathSelf',
  'deathRelative',
  'retirement',
] as const;
export type CapKind = (typeof CAP_KINDS)[number];

export const CAP_LABELS: Record<CapKind, string> = {
  festival: '节日慰问（每人每年合计）',
  birthday: '生日慰问',
  marriage: '结婚慰问',
  childbirth: '生育慰问',
  hospital: '生病住院慰问（每次住院）',
  hospitalSurgery: '住院手术慰问（每次住院）',
  deathSelf: '会员去世慰问',
  deathRelative: '直系亲属去世慰问',
  retirement: '退休慰问',
};

export interface CapRule {
  /** The cap in 分, or null when the profile has no such item. */
  cents: number | null;
  /** 文号 / article the amount comes from. */
  source: string;
}

export interface CapProfile {
  id: string;
  name: string;
  /** The document the profile follows, e.g. 「闽工〔2018〕158号」. */
  source: string;
  caps: Record<CapKind, CapRule>;
  /** True for the built-in presets (shown read-only; copy to edit). */
  preset?: boolean;
}

/** What the chair chose in 工会信息 → 慰问标准. */
export interface CareCapSetting {
  /** The active profile: a preset's id or one of `custom`. */
  activeId: string;
  custom: CapProfile[];
  /** The unit's own lower caps (分), each with where the unit decided it (会议纪要 …). */
  unitCaps: Partial<Record<CapKind, CapRule>>;
  /** A reminder shows members whose festival total reaches this share of the cap (0–1). */
  nearShare: number;
}

const yuan = (y: number) => y * 100;
const rule = (y: number | null, source: string): CapRule => ({
  cents: y === null ? null : yuan(y),
  source,
});
function profile(
  id: string,
  name: string,
  source: string,
  amounts: Record<CapKind, number | null>,
  note: Partial<Record<CapKind, string>> = {},
): CapProfile {
  const caps = Object.fromEntries(
    CAP_KINDS.map((k) => [k, rule(amounts[k], note[k] ? `${source}（${note[k]}）` : source)]),
  ) as Record<CapKind, CapRule>;
  return { id, name, source, caps, preset: true };
}

/** The four profiles of LEDGERS.md §2 (amounts in 元 as the documents give them). */
export const CAP_PRESETS: readonly CapProfile[] = [
  profile('fujian-2018', '福建省（闽工〔2018〕158号）', '闽工〔2018〕158号', {
    festival: 1300,
    birthday: 300,
    marriage: null,
    childbirth: 500,
    hospital: 500,
    hospitalSurgery: 1000,
    deathSelf: 2000,
    deathRelative: 1000,
    retirement: 500,
  }),
  profile(
    'anhui-2018',
    '安徽省（2018年试行办法）',
    '安徽省基层工会经费收支管理实施细则（试行）2018',
    {
      festival: 1500,
      birthday: 300,
      marriage: 600,
      childbirth: 600,
      hospital: 1000,
      hospitalSurgery: 1000,
      deathSelf: 2000,
      deathRelative: 1000,
      retirement: 1000,
    },
  ),
  profile('anhui-2025', '安徽省（皖工发〔2025〕18号）', '皖工发〔2025〕18号', {
    festival: 2200,
    birthday: 500,
    marriage: 2000,
    childbirth: 2000,
    hospital: 2000,
    hospitalSurgery: 2000,
    deathSelf: 2000,
    deathRelative: 2000,
    retirement: 2000,
  }),
  profile(
    'hubei-2018',
    '湖北省（2018年实施细则）',
    '湖北省基层工会经费收支管理实施细则 2018',
    {
      festival: 1200,
      birthday: 300,
      marriage: 1000,
      childbirth: 500,
      hospital: 1000,
      hospitalSurgery: 1000,
      deathSelf: 1000,
      deathRelative: 1000,
      retirement: 1000,
    },
    { festival: '部分地区为1500元，请按本地文件修改' },
  ),
];

export const DEFAULT_CAP_SETTING: CareCapSetting = {
  activeId: 'fujian-2018',
  custom: [],
  unitCaps: {},
  nearShare: 0.8,
};

/** Every profile the chair can choose: the presets, then her own. */
export function allProfiles(s: CareCapSetting): CapProfile[] {
  return [...CAP_PRESETS, ...s.custom];
}

export function activeProfile(s: CareCapSetting): CapProfile {
  return allProfiles(s).find((p) => p.id === s.activeId) ?? CAP_PRESETS[0]!;
}

/** A copy of a profile the chair may edit (「复制并修改」). */
export function copyProfile(
  p: CapProfile,
  id: string,
  name = `${p.name}（本单位修改）`,
): CapProfile {
  const caps = Object.fromEntries(CAP_KINDS.map((k) => [k, { ...p.caps[k] }])) as Record<
    CapKind,
    CapRule
  >;
  return { id, name, source: p.source, caps };
}

/** One effective cap: the lower of the profile's and the unit's own, with its source. */
export interface EffectiveCap extends CapRule {
  kind: CapKind;
  /** True when the unit's own cap is the lower one. */
  fromUnit: boolean;
}

export function effectiveCaps(s: CareCapSetting): Record<CapKind, EffectiveCap> {
  const p = activeProfile(s);
  return Object.fromEntries(
    CAP_KINDS.map((k) => {
      const base = p.caps[k];
      const unit = s.unitCaps[k];
      const unitLower =
        unit && unit.cents !== null && (base.cents === null || unit.cents < base.cents);
      const eff: EffectiveCap = unitLower
        ? { kind: k, cents: unit.cents, source: unit.source || '本单位规定', fromUnit: true }
        : { kind: k, cents: base.cents, source: base.source, fromUnit: false };
      return [k, eff];
    }),
  ) as Record<CapKind, EffectiveCap>;
}

/** Checks a setting the chair edited; '' fields are fine, wrong ones are named. */
export function validateCapSetting(s: CareCapSetting): string[] {
  const errors: string[] = [];
  const check = (where: string, r: CapRule | undefined) => {
    if (!r || r.cents === null) return;
    if (!Number.isInteger(r.cents) || r.cents < 0)
      errors.push(`${where}：金额应为不小于0的数，最多两位小数`);
  };
  for (const p of s.custom) {
    if (!p.name.trim()) errors.push('自定义标准缺少名称');
    for (const k of CAP_KINDS) check(`${p.name || '自定义标准'}的${CAP_LABELS[k]}`, p.caps[k]);
  }
  for (const k of CAP_KINDS) check(`本单位${CAP_LABELS[k]}`, s.unitCaps[k]);
  if (!(s.nearShare > 0 && s.nearShare <= 1)) errors.push('“接近标准”的比例应在 1% 到 100% 之间');
  if (!allProfiles(s).some((p) => p.id === s.activeId)) errors.push('请选择一个慰问标准');
  return errors;
}

/** Which cap a visit reason falls under (null: no cap, e.g. 困难 assistance, 送清凉). */
export function capKindOf(reason: CareReason, surgery: boolean): CapKind | null {
  switch (reason) {
    case '节日':
      return 'festival';
    case '生日':
      return 'birthday';
    case '结婚':
      return 'marriage';
    case '生育':
      return 'childbirth';
    case '生病住院':
      return surgery ? 'hospitalSurgery' : 'hospital';
    case '本人去世':
      return 'deathSelf';
    case '直系亲属去世':
      return 'deathRelative';
    case '退休':
      return 'retirement';
    default:
      return null;
  }
}

/**
 * A record of care money for one member, as the cap checks see it: a visitee of a visit
 * (a family member's visit counts for the member) or a festival distribution's recipient.
 */
export interface CareEntry {
  /** The record: the visit's or the recipient row's id. */
  recordId: string;
  /** 'careVisits' or 'distributionRecipients'. */
  table: 'careVisits' | 'distributionRecipients';
  memberId: string;
  date: IsoDate;
  kind: CapKind;
  cents: number;
  /** For hospital entries: the stay (all its visits are one illness); else null. */
  stayId: string | null;
}

export interface CapCheck {
  memberId: string;
  kind: CapKind;
  /** The running total with this record: the year's festival total, the stay's, or the event. */
  totalCents: number;
  /** What was already counted before this record (same year / stay). */
  beforeCents: number;
  capCents: number | null;
  source: string;
  /** totalCents > capCents (equal is allowed). */
  over: boolean;
  /** The profile has no such item: the chair should check the amount is allowed. */
  noRule: boolean;
}

/**
 * The running total a new entry would make for its member, against the effective cap.
 * `kept` are the entries already recorded (the entry itself, when editing, must not be in it).
 * Festival: same member, same calendar year. Hospital: same stay (a stay with surgery
 * uses the surgery cap for all its visits). Others: the entry alone.
 */
export function checkCap(
  entry: CareEntry,
  kept: readonly CareEntry[],
  caps: Record<CapKind, EffectiveCap>,
): CapCheck {
  let before = 0;
  let kind = entry.kind;
  if (entry.kind === 'festival') {
    const year = entry.date.slice(0, 4);
    for (const e of kept)
      if (
        e.memberId === entry.memberId &&
        e.kind === 'festival' &&
        e.date.slice(0, 4) === year &&
        e.recordId !== entry.recordId
      )
        before += e.cents;
  } else if ((entry.kind === 'hospital' || entry.kind === 'hospitalSurgery') && entry.stayId) {
    for (const e of kept)
      if (
        e.stayId === entry.stayId &&
        e.memberId === entry.memberId &&
        e.recordId !== entry.recordId
      ) {
        before += e.cents;
        if (e.kind === 'hospitalSurgery') kind = 'hospitalSurgery';
      }
  }
  const cap = caps[kind];
  const total = before + entry.cents;
  return {
    memberId: entry.memberId,
    kind,
    totalCents: total,
    beforeCents: before,
    capCents: cap.cents,
    source: cap.source,
    over: cap.cents !== null && total > cap.cents,
    noRule: cap.cents === null && entry.cents > 0,
  };
}

/**
 * Every entry checked in date order against those before it (what 年度统计's
 * care.capWarnings counts: records over a cap of the active profile).
 */
export function checkAll(
  entries: readonly CareEntry[],
  caps: Record<CapKind, EffectiveCap>,
): { entry: CareEntry; check: CapCheck }[] {
  const sorted = [...entries].sort(
    (a, b) => a.date.localeCompare(b.date) || a.recordId.localeCompare(b.recordId),
  );
  const seen: CareEntry[] = [];
  return sorted.map((entry) => {
    const check = checkCap(entry, seen, caps);
    seen.push(entry);
    return { entry, check };
  });
}

/** 「节日慰问（每人每年合计）：本次后合计 1,400.00 元，超过标准 1,300.00 元（闽工〔2018〕158号）」 */
export function capMessage(name: string, c: CapCheck, fmt: (cents: number) => string): string {
  const label = CAP_LABELS[c.kind];
  if (c.noRule) return `${name}：所选标准没有“${label}”一项，请核实能否发放`;
  const running = c.beforeCents > 0 ? `（此前已计 ${fmt(c.beforeCents)}）` : '';
  return `${name}：${label}本次后合计 ${fmt(c.totalCents)}${running}，${
    c.over ? '超过' : '未超过'
  }标准 ${fmt(c.capCents ?? 0)}（${c.source}）`;
}
