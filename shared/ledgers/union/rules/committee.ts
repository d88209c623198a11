import { isIsoDate, type IsoDate } from '../../../core/text/dates';
import { compareByStrokes } from '../../../core/text/nameOrder';
import { resolveMemberLink } from './memberLink';

/*
 * 工会委员会: the committee of each term (届) and its officers, with start and end dates
 * (《工会基层组织选举工作条例》 第八条 sets the committee size by membership; see LEDGERS.md §7).
 */

/** Offices a grassroots committee fills; the list is what the chair picks from. */
export const OFFICER_ROLES = [
  '主席',
  '副主席',
  '委员',
  '经审委员会主任',
  '经审委员',
  '女职工委员会主任',
  '女职工委员',
  '组织委员',
  '宣传委员',
  '文体委员',
  '生活委员',
  '会计',
  '出纳',
  '工会小组长',
] as const;

/** One person holding one office in one term. */
export interface Officer {
  id: string;
  /** 届次 */
  termNumber: number;
  /** 职务: one of OFFICER_ROLES, or what the chair typed. */
  role: string;
  /** The roster member, when the officer is one (almost always). */
  memberId: string | null;
  /** The name as written, kept also when memberId is set (the roster may change later). */
  name: string;
  /** 任职日期 */
  startDate: IsoDate | null;
  /** 离任日期; null while in office. */
  endDate: IsoDate | null;
  demo?: 1;
}

/** True when the officer holds the office on `date` (start ≤ date, and no end or end ≥ date). */
export function isInOffice(o: Officer, date: IsoDate): boolean {
  return (o.startDate === null || o.startDate <= date) && (o.endDate === null || o.endDate >= date);
}

/** What the chair enters for an officer; the store adds the id. */
export type OfficerDraft = Omit<Officer, 'id' | 'demo'>;
export type OfficerField = keyof OfficerDraft;
/** Field → Chinese message. Empty when the officer can be saved. */
export type OfficerErrors = Partial<Record<OfficerField, string>>;

/** Checks an officer and says, per field, what is wrong. */
export function validateOfficer(d: OfficerDraft): OfficerErrors {
  const e: OfficerErrors = {};
  if (!Number.isInteger(d.termNumber) || d.termNumber < 1 || d.termNumber > 99) {
    e.termNumber = '届次应为 1 到 99 之间的整数';
  }
  if (d.role.trim() === '') e.role = '请选择或填写职务';
  if (d.name.trim() === '') e.name = '请从花名册选择或填写姓名';
  if (d.startDate !== null && !isIsoDate(d.startDate)) {
    e.startDate = '任职日期不是有效日期，应为 2026-09-01 这样的日期';
  }
  if (d.endDate !== null && !isIsoDate(d.endDate)) {
    e.endDate = '离任日期不是有效日期，应为 2026-09-01 这样的日期';
  } else if (
    d.endDate !== null &&
    !e.startDate &&
    d.startDate !== null &&
    d.endDate < d.startDate
  ) {
    e.endDate = `离任日期不能早于任职日期（${d.startDate}）`;
  }
  return e;
}

/** Offices in list order: OFFICER_ROLES first, in their order, then typed ones. */
export function officerRoleRank(role: string): number {
  const i = (OFFICER_ROLES as readonly string[]).indexOf(role);
  return i === -1 ? OFFICER_ROLES.length : i;
}

/** List order of officers: by office (主席 first), then start date, then surname strokes. */
export function compareOfficers(a: Officer, b: Officer): number {
  return (
    officerRoleRank(a.role) - officerRoleRank(b.role) ||
    (a.startDate ?? '').localeCompare(b.startDate ?? '') ||
    compareByStrokes(a.name, b.name)
  );
}

/** The officers in office on `date`, in list order. */
export function currentOfficers(officers: readonly Officer[], date: IsoDate): Officer[] {
  return officers.filter((o) => isInOffice(o, date)).sort(compareOfficers);
}

/**
 * Offices that make a person a member of the 工会委员会 itself. 经审 and 女职委 members,
 * accountants, cashiers and group leaders serve the union but are not on the committee;
 * the 女职工委员会主任 is (she sits on the committee of the same level).
 */
export const COMMITTEE_MEMBER_ROLES: readonly string[] = [
  '主席',
  '副主席',
  '委员',
  '组织委员',
  '宣传委员',
  '文体委员',
  '生活委员',
  '女职工委员会主任',
];

/** Distinct people holding a committee office among `officers` (one person, two offices: one). */
export function committeeSize(officers: readonly Officer[]): number {
  const people = new Set(
    officers
      .filter((o) => COMMITTEE_MEMBER_ROLES.includes(o.role))
      .map((o) => (o.memberId !== null ? `m:${o.memberId}` : `n:${o.name.trim()}`)),
  );
  return people.size;
}

/** One band of committee sizes by membership, both ends included. */
export interface CommitteeSizeBand {
  minMembers: number;
  maxMembers: number;
  minSeats: number;
  maxSeats: number;
  /** What else the rule allows for the band. */
  alternative?: string;
}

/**
 * 《工会基层组织选举工作条例》（2016年）第八条: the committee's seats by the number of members
 * (LEDGERS.md §7, [P]). Bands above 1000 members are not listed here yet: they are not
 * verified, so no advice is given for them.
 */
export const COMMITTEE_SIZE_RULE = {
  source: '《工会基层组织选举工作条例》第八条',
  bands: [
    { minMembers: 1, maxMembers: 24, minSeats: 3, maxSeats: 5, alternative: '主席或组织员一人' },
    { minMembers: 25, maxMembers: 200, minSeats: 3, maxSeats: 7 },
    { minMembers: 201, maxMembers: 1000, minSeats: 7, maxSeats: 15 },
  ] satisfies CommitteeSizeBand[],
} as const;

export interface CommitteeSizeAdvice {
  /** ok: within the band; warning: outside it; unknown: no band applies. */
  level: 'ok' | 'warning' | 'unknown';
  /** Chinese, as the 工会委员会 tab shows it. */
  message: string;
  /** The rule the advice comes from. */
  source: string;
  band: CommitteeSizeBand | null;
}

/** Whether a committee of `seats` people fits a union of `members` members, and what to do. */
export function committeeSizeAdvice(
  members: number,
  seats: number,
  rule: { source: string; bands: readonly CommitteeSizeBand[] } = COMMITTEE_SIZE_RULE,
): CommitteeSizeAdvice {
  const band = rule.bands.find((b) => members >= b.minMembers && members <= b.maxMembers) ?? null;
  const source = rule.source;
  if (members <= 0) {
    return {
      level: 'unknown',
      message: '花名册中还没有在职会员，无法核对委员人数。',
      source,
      band,
    };
  }
  if (!band) {
    return {
      level: 'unknown',
      message: `在职会员 ${members} 人，委员名额请按条例核定。`,
      source,
      band,
    };
  }
  const should = `在职会员 ${members} 人，委员会宜设委员 ${band.minSeats}–${band.maxSeats} 人`;
  if (seats >= band.minSeats && seats <= band.maxSeats) {
    return { level: 'ok', message: `${should}；现有 ${seats} 人。`, source, band };
  }
  if (seats === 1 && band.alternative) {
    return {
      level: 'ok',
      message: `${should}，也可以只设${band.alternative}；现有 1 人。`,
      source,
      band,
    };
  }
  const message =
    seats < band.minSeats
      ? `${should}，现在只有 ${seats} 人，少于 ${band.minSeats} 人，请按程序增补。`
      : `${should}，现在有 ${seats} 人，超过了 ${band.maxSeats} 人。`;
  return { level: 'warning', message, source, band };
}

/** The officer as stored: text trimmed, the member link kept only when it resolves. */
export function toOfficer(
  d: OfficerDraft,
  id: string,
  memberNames: ReadonlyMap<string, string>,
): Officer {
  const link = resolveMemberLink(d.memberId, d.name, memberNames);
  return {
    id,
    termNumber: d.termNumber,
    role: d.role.trim(),
    memberId: link.memberId,
    name: link.name,
    startDate: d.startDate,
    endDate: d.endDate,
  };
}

/** How 操作记录 names a change: 「添加委员 王芳 副主席」 */
export function officerBatchLabel(verb: '添加' | '修改' | '删除', o: Officer): string {
  return `${verb}委员 ${o.name} ${o.role}`;
}

/**
 * A new 届 (the elections ledger applies a result with it): the officers of earlier terms
 * still in office leave the day before `startDate`; the drafts become officers of
 * `termNumber`. Pure: the caller writes both lists in one batch. Throws, with the person
 * named, on an invalid draft.
 */
export function newTermOfficers(
  existing: readonly Officer[],
  termNumber: number,
  startDate: IsoDate,
  drafts: readonly OfficerDraft[],
  memberNames: ReadonlyMap<string, string>,
  mintId: () => string,
): { ending: Officer[]; added: Officer[] } {
  for (const d of drafts) {
    const first = Object.values(validateOfficer(d))[0];
    if (first) throw new Error(`委员“${d.name.trim() || '未填姓名'}”不能保存：${first}`);
  }
  const day = new Date(`${startDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  const before = day.toISOString().slice(0, 10);
  const ending = existing
    .filter(
      (o) =>
        o.termNumber < termNumber &&
        o.endDate === null &&
        (o.startDate === null || o.startDate <= before),
    )
    .map((o) => ({ ...o, endDate: before }));
  return { ending, added: drafts.map((d) => toOfficer(d, mintId(), memberNames)) };
}
