import type { IsoDate } from '../../../core/text/dates';
import type { Member } from '../../roster/rules/member';
import { isUnionMember, statusOn } from '../../roster/rules/membership';
import { addMonths, retirementDate } from '../../roster/rules/retirement';
import { checkCap, effectiveCaps, type CareCapSetting, type CareEntry } from './caps';
import type { CareStay, CareVisit } from './records';

/*
 * 工作台 reminders of the care ledger (issue 10 item 8; LEDGERS.md §2 Reminders): birthdays
 * this month without a 生日慰问 yet, members in hospital with no visit yet, statutory
 * retirements in the next 3 months (retirement gift), members near the festival cap.
 */

export interface CareReminders {
  birthdays: { member: Member; day: string }[];
  staysWithoutVisit: CareStay[];
  retirements: { member: Member; on: IsoDate; visited: boolean }[];
  nearCap: { member: Member; totalCents: number; capCents: number }[];
}

export interface ReminderInput {
  today: IsoDate;
  members: readonly Member[];
  visits: readonly CareVisit[];
  stays: readonly CareStay[];
  entries: readonly CareEntry[];
  setting: CareCapSetting;
  /** Months ahead for retirements; default 3. */
  retirementMonths?: number;
}

export function careReminders(input: ReminderInput): CareReminders {
  const { today, members, visits, stays } = input;
  const year = today.slice(0, 4);
  const month = today.slice(5, 7);
  const inService = members.filter((m) => isUnionMember(m) && statusOn(m, today) === '在职');

  const birthdayGiven = new Set(
    visits
      .filter((v) => v.reason === '生日' && v.date.slice(0, 4) === year)
      .flatMap((v) => v.visitees.filter((x) => x.relation === '本人').map((x) => x.memberId)),
  );
  const birthdays = inService
    .filter((m) => m.birthDate && m.birthDate.slice(5, 7) === month && !birthdayGiven.has(m.id))
    .map((m) => ({ member: m, day: m.birthDate!.slice(5) }))
    .sort((a, b) => a.day.localeCompare(b.day));

  const visitedStays = new Set(visits.flatMap((v) => (v.stayId ? [v.stayId] : [])));
  const staysWithoutVisit = stays
    .filter((s) => !s.dischargedOn && !visitedStays.has(s.id))
    .sort((a, b) => a.admittedOn.localeCompare(b.admittedOn));

  const until = addMonths(today, input.retirementMonths ?? 3);
  const retireGiven = new Set(
    visits.filter((v) => v.reason === '退休').flatMap((v) => v.visitees.map((x) => x.memberId)),
  );
  const retirements = inService
    .flatMap((m) => {
      if (!m.birthDate || !m.gender) return [];
      const on = retirementDate(m.birthDate, m.gender, m.retirementCategory ?? undefined);
      return on >= today && on <= until ? [{ member: m, on, visited: retireGiven.has(m.id) }] : [];
    })
    .sort((a, b) => a.on.localeCompare(b.on));

  const caps = effectiveCaps(input.setting);
  const festivalCap = caps.festival.cents;
  const nearCap: CareReminders['nearCap'] = [];
  if (festivalCap !== null && festivalCap > 0)
    for (const m of inService) {
      const probe: CareEntry = {
        recordId: '\u0000probe',
        table: 'careVisits',
        memberId: m.id,
        date: today,
        kind: 'festival',
        cents: 0,
        stayId: null,
      };
      const c = checkCap(probe, input.entries, caps);
      if (c.totalCents >= festivalCap * input.setting.nearShare)
        nearCap.push({ member: m, totalCents: c.totalCents, capCents: festivalCap });
    }
  nearCap.sort((a, b) => b.totalCents - a.totalCents);
  return { birthdays, staysWithoutVisit, retirements, nearCap };
}
