import { isIsoDate, type IsoDate } from '../../../core/text/dates';
import type { Member } from '../../roster/rules/member';
import { isWholeCents } from '../../../core/money/money';

/**
 * 活动/会议台账: every activity or meeting is dated, typed (a managed 类别), has money
 * (budget and actual cost) and a participant list with attendance, so the annual report's
 * 「开展活动N次，参加N人次」 is computed, never counted.
 */

/** A managed 活动类别 (文体活动, 会议 …), ordered as the chair likes. */
export interface ActivityKind {
  id: string;
  name: string;
  order: number;
}

/**
 * Seeded by schema v3 with fixed ids, so demo data and tests can refer to them. The chair
 * may rename or reorder them later; ids never change.
 */
export const DEFAULT_ACTIVITY_KINDS: readonly ActivityKind[] = [
  { id: 'kind-wenti', name: '文体活动', order: 1 },
  { id: 'kind-meeting', name: '会议', order: 2 },
  { id: 'kind-training', name: '培训', order: 3 },
  { id: 'kind-checkup', name: '体检', order: 4 },
  { id: 'kind-recuperation', name: '疗休养', order: 5 },
  { id: 'kind-contest', name: '比赛/竞赛', order: 6 },
  { id: 'kind-other', name: '其他', order: 7 },
];

/**
 * 主办: who ran it. Events of the superior union or another body that the union only sent
 * people to are kept, but do not count as the union's own activities in the year's figures.
 */
export const ACTIVITY_HOSTS = ['本会', '上级', '外单位'] as const;
export type ActivityHost = (typeof ACTIVITY_HOSTS)[number];

export interface Activity {
  id: string;
  kindId: string;
  /** 名称, e.g. 「三八节女职工趣味活动」 */
  title: string;
  startDate: IsoDate;
  /** 'HH:mm', or null when no time is set */
  startTime: string | null;
  endDate: IsoDate | null;
  endTime: string | null;
  place: string;
  /** 主办 (本会 / 上级 / 外单位); see ACTIVITY_HOSTS. */
  host: ActivityHost;
  /** 主办 as written on the notice (「校工会」, 「区教育工会」) */
  organiser: string;
  /** 协办 */
  coOrganiser: string;
  /** 参加对象, free text: 「全体女职工」 */
  targetGroup: string;
  /** 预算 (元) */
  budget: number | null;
  /** 实际支出 (元) */
  actualCost: number | null;
  notes: string;
  /** Derived from startDate, for the year index. */
  year: number;
  demo?: 1;
  createdAt: string;
  updatedAt: string;
}

/** 报名 is the state of someone on the list whose attendance is not recorded yet. */
export const ATTENDANCE_STATES = ['报名', '出席', '请假', '缺席'] as const;
export type AttendanceState = (typeof ATTENDANCE_STATES)[number];

export const AWARDS = ['一等奖', '二等奖', '三等奖', '优秀奖'] as const;

/** 比赛 results: any of rank (名次), award (奖项) and score (分数). */
export interface ParticipantResult {
  rank?: number;
  award?: string;
  score?: number;
}

export interface Participant {
  id: string;
  activityId: string;
  /** null for a guest (非会员来宾) */
  memberId: string | null;
  guestName?: string | null;
  guestUnit?: string | null;
  state: AttendanceState;
  leaveReason?: string | null;
  result?: ParticipantResult | null;
  /** 项目: the entry in a contest (硬笔, 毛笔); a member with two entries has two rows. */
  entry?: string | null;
  /** 奖品金额 in 分 (integer), when a prize was given. */
  prizeCents?: number | null;
  /** Position on the sign-in sheet and the attendance screen. */
  order: number;
  demo?: 1;
}

/** What the form edits: an activity without its bookkeeping fields. */
export type ActivityDraft = Omit<Activity, 'id' | 'year' | 'createdAt' | 'updatedAt' | 'demo'>;

export function emptyActivityDraft(kindId = ''): ActivityDraft {
  return {
    kindId,
    title: '',
    startDate: '',
    startTime: null,
    endDate: null,
    endTime: null,
    place: '',
    host: '本会',
    organiser: '',
    coOrganiser: '',
    targetGroup: '',
    budget: null,
    actualCost: null,
    notes: '',
  };
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Builds the stored activity from a validated draft, deriving `year`. */
export function toActivity(
  draft: ActivityDraft,
  meta: { id: string; createdAt: string; updatedAt: string; demo?: 1 },
): Activity {
  const trimmed: ActivityDraft = {
    ...draft,
    title: draft.title.trim(),
    place: draft.place.trim(),
    organiser: draft.organiser.trim(),
    coOrganiser: draft.coOrganiser.trim(),
    targetGroup: draft.targetGroup.trim(),
    notes: draft.notes.trim(),
  };
  return { ...trimmed, ...meta, year: yearOf(draft.startDate) };
}

export type ActivityField = keyof ActivityDraft;
/** Field → Chinese message. Empty when the draft is valid. */
export type ActivityErrors = Partial<Record<ActivityField, string>>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function checkMoney(v: number | null, label: string): string | undefined {
  if (v === null) return undefined;
  if (!Number.isFinite(v) || v < 0) return `${label}应为不小于 0 的金额（元）`;
  if (!isWholeCents(v)) return `${label}最多保留两位小数（到分）`;
  return undefined;
}

/** Checks a draft and says, per field, what is wrong in words the chair understands. */
export function validateActivity(d: ActivityDraft, kindIds?: ReadonlySet<string>): ActivityErrors {
  const e: ActivityErrors = {};
  if (d.title.trim() === '') e.title = '请填写活动名称';
  else if (d.title.trim().length > 60) e.title = '活动名称不超过 60 个字';
  if (d.kindId === '') e.kindId = '请选择活动类别';
  else if (kindIds && !kindIds.has(d.kindId)) e.kindId = '这个活动类别已不存在，请重新选择';
  if (!isIsoDate(d.startDate)) e.startDate = '请选择开始日期';
  if (d.endDate !== null && d.endDate !== '') {
    if (!isIsoDate(d.endDate)) e.endDate = '结束日期格式不对，应为“2026-03-08”这样的日期';
    else if (!e.startDate && d.endDate < d.startDate) e.endDate = '结束日期不能早于开始日期';
  }
  if (d.startTime !== null && d.startTime !== '' && !TIME.test(d.startTime))
    e.startTime = '开始时间应为“14:30”这样的时间';
  if (d.endTime !== null && d.endTime !== '' && !TIME.test(d.endTime))
    e.endTime = '结束时间应为“16:00”这样的时间';
  if (!e.startTime && !e.endTime && !e.endDate && d.startTime && d.endTime) {
    const sameDay = !d.endDate || d.endDate === d.startDate;
    if (sameDay && d.endTime <= d.startTime) e.endTime = '结束时间应晚于开始时间';
  }
  const budget = checkMoney(d.budget, '预算');
  if (budget) e.budget = budget;
  const cost = checkMoney(d.actualCost, '实际支出');
  if (cost) e.actualCost = cost;
  return e;
}

export function isActivityValid(d: ActivityDraft, kindIds?: ReadonlySet<string>): boolean {
  return Object.keys(validateActivity(d, kindIds)).length === 0;
}

/** Checks a new or renamed kind name against the others. */
export function validateKindName(
  name: string,
  kinds: readonly ActivityKind[],
  exceptId?: string,
): string | null {
  const n = name.trim();
  if (n === '') return '请填写类别名称';
  if (n.length > 12) return '类别名称不超过 12 个字';
  if (kinds.some((k) => k.id !== exceptId && k.name === n)) return `已有名为“${n}”的类别`;
  return null;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** 「星期六」 of an ISO date (a notice and a sign-in sheet always say the weekday). */
export function weekdayOf(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `星期${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
}

/** 「2026年3月8日（星期日） 14:30」, or a range 「3月8日（星期日）—3月10日（星期二）」. */
export function formatActivityWhen(
  a: Pick<Activity, 'startDate' | 'startTime' | 'endDate' | 'endTime'>,
): string {
  const [y, m, d] = a.startDate.split('-').map(Number);
  let s = `${y}年${m}月${d}日（${weekdayOf(a.startDate)}）`;
  if (a.startTime) s += ` ${a.startTime}`;
  if (a.endDate && a.endDate !== a.startDate) {
    const [ey, em, ed] = a.endDate.split('-').map(Number);
    s += `—${ey !== y ? `${ey}年` : ''}${em}月${ed}日（${weekdayOf(a.endDate)}）`;
    if (a.endTime) s += ` ${a.endTime}`;
  } else if (a.endTime) s += `—${a.endTime}`;
  return s;
}

/** A member is on an activity's list at most once: the line's id names the pair. */
export function memberParticipantId(activityId: string, memberId: string): string {
  return `${activityId}~${memberId}`;
}

// ── choosing participants ───────────────────────────────────────────────────────────

/** 「按规则添加」: who a rule picks from the roster. */
export type ParticipantRule =
  | { kind: 'inService' }
  | { kind: 'department'; department: string }
  | { kind: 'unionGroup'; unionGroup: string }
  | { kind: 'women' }
  | { kind: 'retirees' };

export function describeRule(rule: ParticipantRule): string {
  switch (rule.kind) {
    case 'inService':
      return '在职全体';
    case 'department':
      return `部门：${rule.department}`;
    case 'unionGroup':
      return `工会小组：${rule.unionGroup}`;
    case 'women':
      return '女职工（在职）';
    case 'retirees':
      return '退休人员';
  }
}

function matchesRule(m: Member, rule: ParticipantRule): boolean {
  switch (rule.kind) {
    case 'inService':
      return m.status === '在职';
    // A department or group means its working staff: retirees keep their old department.
    case 'department':
      return m.status === '在职' && m.department === rule.department;
    case 'unionGroup':
      return m.status === '在职' && m.unionGroup === rule.unionGroup;
    case 'women':
      return m.status === '在职' && m.gender === '女';
    case 'retirees':
      return m.status === '退休';
  }
}

/** Members the rule picks who are not on the list yet, in roster order. */
export function selectByRule(
  members: readonly Member[],
  rule: ParticipantRule,
  alreadyIn: ReadonlySet<string>,
): Member[] {
  return members
    .filter((m) => !alreadyIn.has(m.id) && matchesRule(m, rule))
    .sort((a, b) => a.rosterOrder - b.rosterOrder);
}

/** The name shown for a participant: the member's name, or the guest's. */
export function participantName(
  p: Participant,
  membersById: ReadonlyMap<string, Pick<Member, 'name'>>,
): string {
  if (p.memberId === null) return p.guestName ?? '来宾';
  return membersById.get(p.memberId)?.name ?? '（已删除的会员）';
}
