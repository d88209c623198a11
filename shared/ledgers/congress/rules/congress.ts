import { isIsoDate, type IsoDate } from '../../../core/text/dates';
import { compareByStrokes } from '../../../core/text/nameOrder';
import type { Gender } from '../../roster/rules/member';
import type { MajorityBase, QuorumWording } from './thresholds';

/**
 * 教代会/职代会 (LEDGERS.md §6): a session of a term, the term's representatives, their
 * attendance at each session and the votes on its agenda items. A session keeps the rules
 * it was held under (quorum wording, 过半数 base), so its figures never change when the
 * chair edits the settings later.
 */

/** The rules a session is held under, copied from the settings when it is created. */
export interface SessionRules {
  quorum: QuorumWording;
  majorityBase: MajorityBase;
}

export interface CongressSession {
  id: string;
  /** 「第三届教职工代表大会第五次会议」 */
  name: string;
  /** 届次 */
  termNumber: number;
  /** 会次 (第几次会议) */
  sessionNumber: number;
  date: IsoDate;
  year: number;
  place: string;
  /** 议程, in order */
  agenda: string[];
  rules: SessionRules;
  notes: string;
  createdAt: string;
  updatedAt: string;
  demo?: 1;
}

/** 正式代表 vote; 列席代表 and 特邀代表 attend without a vote. */
export const REPRESENTATIVE_CATEGORIES = ['正式代表', '列席代表', '特邀代表'] as const;
export type RepresentativeCategory = (typeof REPRESENTATIVE_CATEGORIES)[number];

export function canVote(r: Pick<Representative, 'category'>): boolean {
  return r.category === '正式代表';
}

/** A representative of a term (代表), a member of the roster or a guest typed by name. */
export interface Representative {
  id: string;
  termNumber: number;
  memberId: string | null;
  name: string;
  /** Kept for a representative who is not on the roster; the roster's wins otherwise. */
  gender: Gender | null;
  /** 代表团 (often 年级组/部门) */
  delegation: string;
  category: RepresentativeCategory;
  demo?: 1;
}

export const ATTENDANCE_STATES = ['出席', '请假', '缺席'] as const;
export type CongressAttendanceState = (typeof ATTENDANCE_STATES)[number];

export interface CongressAttendance {
  /** sessionId~representativeId: one row per representative and session */
  id: string;
  sessionId: string;
  representativeId: string;
  state: CongressAttendanceState;
  leaveReason: string;
  demo?: 1;
}

export function attendanceId(sessionId: string, representativeId: string): string {
  return `${sessionId}~${representativeId}`;
}

export const VOTE_METHODS = ['举手', '无记名'] as const;
export type VoteMethod = (typeof VOTE_METHODS)[number];

/** A vote on one agenda item (表决). */
export interface CongressVote {
  id: string;
  sessionId: string;
  /** 事项: 「审议通过《学校绩效工资分配方案》」 */
  item: string;
  method: VoteMethod;
  for: number;
  against: number;
  abstain: number;
  order: number;
  demo?: 1;
}

/** 「第三届教职工代表大会第五次会议」 from term and session number. */
export function sessionName(termNumber: number, sessionNumber: number): string {
  return `第${chineseNumber(termNumber)}届教职工代表大会第${chineseNumber(sessionNumber)}次会议`;
}

const DIGITS = '零一二三四五六七八九';
/** 1 → 一, 12 → 十二, 25 → 二十五 (up to 99; beyond, Arabic digits). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

export interface SessionDraft {
  name: string;
  termNumber: number | null;
  sessionNumber: number | null;
  date: string;
  place: string;
  agenda: string[];
  rules: SessionRules;
  notes: string;
}

export function validateSession(d: SessionDraft): Partial<Record<keyof SessionDraft, string>> {
  const e: Partial<Record<keyof SessionDraft, string>> = {};
  if (d.termNumber === null || !Number.isInteger(d.termNumber) || d.termNumber < 1)
    e.termNumber = '请填写届次（正整数）';
  if (d.sessionNumber === null || !Number.isInteger(d.sessionNumber) || d.sessionNumber < 1)
    e.sessionNumber = '请填写第几次会议（正整数）';
  if (!isIsoDate(d.date)) e.date = '请填写会议日期';
  return e;
}

export function toSession(
  d: SessionDraft,
  meta: { id: string; createdAt: string; updatedAt: string; demo?: 1 },
): CongressSession {
  const termNumber = d.termNumber ?? 1;
  const sessionNumber = d.sessionNumber ?? 1;
  return {
    id: meta.id,
    name: d.name.trim() || sessionName(termNumber, sessionNumber),
    termNumber,
    sessionNumber,
    date: d.date,
    year: Number(d.date.slice(0, 4)),
    place: d.place.trim(),
    agenda: d.agenda.map((a) => a.trim()).filter((a) => a !== ''),
    rules: { ...d.rules },
    notes: d.notes.trim(),
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    ...(meta.demo ? { demo: meta.demo } : {}),
  };
}

export function validateRepresentative(
  r: Pick<Representative, 'name' | 'termNumber' | 'category'>,
): string | null {
  if (!r.name.trim()) return '请填写代表姓名';
  if (!Number.isInteger(r.termNumber) || r.termNumber < 1) return '届次应为正整数';
  if (!(REPRESENTATIVE_CATEGORIES as readonly string[]).includes(r.category))
    return `代表类别应为${REPRESENTATIVE_CATEGORIES.join('、')}之一`;
  return null;
}

export function validateVote(
  v: Pick<CongressVote, 'item' | 'for' | 'against' | 'abstain'>,
): string | null {
  if (!v.item.trim()) return '请填写表决事项';
  for (const [x, label] of [
    [v.for, '赞成'],
    [v.against, '反对'],
    [v.abstain, '弃权'],
  ] as const)
    if (!Number.isInteger(x) || x < 0) return `${label}票数应为不小于0的整数`;
  return null;
}

/**
 * The sign-in order of a term's representatives — the attendance screen and the printed
 * 签到表 use it, so attendance is keyed straight down the signed paper: 正式代表 by 代表团
 * (团 names in stroke order, none last), then 列席, then 特邀; by surname strokes within.
 */
export function representativeGroup(r: Pick<Representative, 'category' | 'delegation'>): string {
  return r.category === '正式代表' ? r.delegation || '未分代表团' : r.category;
}

export function representativesInSignInOrder<T extends Representative>(reps: readonly T[]): T[] {
  const rank = (r: Representative) => REPRESENTATIVE_CATEGORIES.indexOf(r.category);
  return [...reps].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (!a.delegation !== !b.delegation ? (a.delegation ? -1 : 1) : 0) ||
      compareByStrokes(a.delegation, b.delegation) ||
      compareByStrokes(a.name, b.name),
  );
}

/** The 代表团 (and 列席/特邀) groups in sign-in order. */
export function signInGroupOrder(reps: readonly Representative[]): string[] {
  return [...new Set(representativesInSignInOrder(reps).map(representativeGroup))];
}
