import {
  capKindOf,
  checkAll,
  effectiveCaps,
  type CapCheck,
  type CareCapSetting,
  type CareEntry,
} from './caps';
import { isStatutoryFestival } from './festival';
import {
  visiteeCents,
  type CareVisit,
  type Distribution,
  type DistributionRecipient,
} from './records';

/*
 * The care money each member received, as cap entries: a visit gives one entry per member
 * visited (a family member's visit counts for the member, LEDGERS.md §11 care.beneficiaries);
 * a festival distribution gives one per recipient. Distributions not at a festival (e.g. a
 * 三八 gift marked as such) count toward the festival total only when they name a festival.
 */

/** One entry per member of a visit (two visitees of one member add up, e.g. 本人 and 配偶). */
export function visitEntries(v: CareVisit): CareEntry[] {
  const kind = capKindOf(v.reason, v.surgery);
  if (!kind) return [];
  const byMember = new Map<string, number>();
  for (const x of v.visitees)
    byMember.set(x.memberId, (byMember.get(x.memberId) ?? 0) + visiteeCents(x));
  return [...byMember].map(([memberId, cents]) => ({
    recordId: v.id,
    table: 'careVisits' as const,
    memberId,
    date: v.date,
    kind,
    cents,
    stayId: v.stayId,
  }));
}

export function distributionEntries(
  d: Distribution,
  recipients: readonly DistributionRecipient[],
): CareEntry[] {
  if (!d.festival) return [];
  return recipients
    .filter((r) => r.distributionId === d.id)
    .map((r) => ({
      recordId: r.id,
      table: 'distributionRecipients' as const,
      memberId: r.memberId,
      date: d.date,
      kind: 'festival' as const,
      cents: d.valueCents,
      stayId: null,
    }));
}

export function allEntries(
  visits: readonly CareVisit[],
  distributions: readonly Distribution[],
  recipients: readonly DistributionRecipient[],
): CareEntry[] {
  const byDist = new Map<string, DistributionRecipient[]>();
  for (const r of recipients) {
    const list = byDist.get(r.distributionId);
    if (list) list.push(r);
    else byDist.set(r.distributionId, [r]);
  }
  return [
    ...visits.flatMap(visitEntries),
    ...distributions.flatMap((d) => distributionEntries(d, byDist.get(d.id) ?? [])),
  ];
}

/** Every record over a cap, in date order (the entry that crosses the cap and any after it). */
export function overCap(
  setting: CareCapSetting,
  entries: readonly CareEntry[],
): { entry: CareEntry; check: CapCheck }[] {
  return checkAll(entries, effectiveCaps(setting)).filter((c) => c.check.over);
}

/** Distributions whose festival is not statutory (flagged for review). */
export function nonStatutoryDistributions(ds: readonly Distribution[]): Distribution[] {
  return ds.filter((d) => d.festival && !isStatutoryFestival(d.festival));
}
