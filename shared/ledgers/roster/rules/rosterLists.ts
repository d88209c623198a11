import { daysInMonth, toIsoDate, type IsoDate } from '../../../core/text/dates';
import { checkIdNumber } from '../../../core/ids/idNumber';
import type { Gender, Member, MemberStatus } from './member';

/**
 * Who is on the lists the chair prints from the roster (名册与名单): birthdays of a month
 * for 生日慰问, retirees, women staff for 三八 and 妇检, members by status. Pure selections:
 * members in, members out, in the order the list is naturally read.
 */

const byRoster = (a: Member, b: Member) => a.rosterOrder - b.rosterOrder;

/** The birth date as recorded, else derived from a valid ID number; null when neither is known. */
export function birthDateOf(m: Member): IsoDate | null {
  if (m.birthDate) return m.birthDate;
  if (!m.idNumber) return null;
  const check = checkIdNumber(m.idNumber, '9999-12-31');
  return check.ok ? check.birthDate : null;
}

/** The gender as recorded, else derived from a valid ID number. */
export function genderOf(m: Member): Gender | null {
  if (m.gender) return m.gender;
  if (!m.idNumber) return null;
  const check = checkIdNumber(m.idNumber, '9999-12-31');
  return check.ok ? check.gender : null;
}

/**
 * The day a birthday is kept in `year`: someone born on 29 February celebrates on the
 * 28th in common years, so the gift is not missed.
 */
export function birthdayIn(birthDate: IsoDate, year: number): IsoDate {
  const month = Number(birthDate.slice(5, 7));
  const day = Number(birthDate.slice(8, 10));
  return toIsoDate(year, month, Math.min(day, daysInMonth(year, month)));
}

/** 「12月5日」 */
export function monthDayText(date: IsoDate): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/**
 * Members in service (在职) whose birthday falls in `month` (1–12), by day of the month,
 * then roster order. 29 February births are listed in February.
 */
export function birthdaysInMonth(members: readonly Member[], month: number): Member[] {
  const picked: { m: Member; day: number }[] = [];
  for (const m of members) {
    if (m.status !== '在职') continue;
    const birth = birthDateOf(m);
    if (!birth || Number(birth.slice(5, 7)) !== month) continue;
    picked.push({ m, day: Number(birth.slice(8, 10)) });
  }
  return picked.sort((a, b) => a.day - b.day || byRoster(a.m, b.m)).map((p) => p.m);
}

/** The month after `today`'s: the birthday list is usually made a few weeks ahead. */
export function nextMonthOf(today: IsoDate): { year: number; month: number } {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 12 ? { year: y + 1, month: 1 } : { year: y, month: m + 1 };
}

/** The date of the latest 退休 entry in the member's status history; null if there is none or it is unknown. */
export function retirementDateOf(m: Member): IsoDate | null {
  for (let i = m.statusHistory.length - 1; i >= 0; i--) {
    const change = m.statusHistory[i]!;
    if (change.status === '退休') return change.date || null;
  }
  return null;
}

/** Retired members (status 退休), earliest retirement first; unknown dates last, then roster order. */
export function retirees(members: readonly Member[]): Member[] {
  return members
    .filter((m) => m.status === '退休')
    .map((m) => ({ m, on: retirementDateOf(m) }))
    .sort((a, b) => {
      if (a.on !== b.on) {
        if (a.on === null) return 1;
        if (b.on === null) return -1;
        return a.on.localeCompare(b.on);
      }
      return byRoster(a.m, b.m);
    })
    .map((x) => x.m);
}

/** Women staff in service (女职工名单), in roster order. */
export function womenInService(members: readonly Member[]): Member[] {
  return members.filter((m) => m.status === '在职' && genderOf(m) === '女').sort(byRoster);
}

/** 'all' or one 会员状态. */
export type StatusChoice = MemberStatus | 'all';

/** Members with the given status ('all': everyone), in roster order. */
export function membersWithStatus(members: readonly Member[], status: StatusChoice): Member[] {
  return members.filter((m) => status === 'all' || m.status === status).sort(byRoster);
}
