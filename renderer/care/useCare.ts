import { useLiveQuery } from 'dexie-react-hooks';
import {
  distributionsOfMember,
  getCapSetting,
  getDistribution,
  getVisit,
  listAllRecipients,
  listCampaigns,
  listCareYears,
  listDistributions,
  listRecipients,
  listStays,
  listVisits,
  visitsOfMember,
  type Campaign,
  type CareCapSetting,
  type CareStay,
  type CampaignAidLine,
  type CareVisit,
  type Distribution,
  type DistributionRecipient,
  type ReceiptGroupBy,
} from '../../shared/ledgers/care';
import { assistanceCampaignText, assistanceInCampaigns } from '../../shared/ledgers/hardship';
import { useDb } from '../app/AppContext';
import { useStoredSetting } from '../app/useStoredSetting';

/** Live reads of the care ledger. Each returns undefined while loading. */

export function useVisits(year: number | null, reason: string | null): CareVisit[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listVisits(db, { year, reason }), [db, year, reason]);
}

export function useCareYears(thisYear: number): number[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listCareYears(db, thisYear), [db, thisYear]);
}

export function useVisit(id: string | undefined): CareVisit | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id ? ((await getVisit(db, id)) ?? null) : null), [db, id]);
}

export function useStays(): CareStay[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listStays(db), [db]);
}

export function useCampaigns(): Campaign[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listCampaigns(db), [db]);
}

export function useDistributions(year: number | null): Distribution[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listDistributions(db, year), [db, year]);
}

export function useDistribution(id: string | undefined): Distribution | null | undefined {
  const db = useDb();
  return useLiveQuery(
    async () => (id ? ((await getDistribution(db, id)) ?? null) : null),
    [db, id],
  );
}

export function useRecipients(
  distributionId: string | undefined,
): DistributionRecipient[] | undefined {
  const db = useDb();
  return useLiveQuery(
    () => (distributionId ? listRecipients(db, distributionId) : Promise.resolve([])),
    [db, distributionId],
  );
}

/** Every distribution with its recipients (campaign totals and printout). */
export function useAllRecipients(): DistributionRecipient[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listAllRecipients(db), [db]);
}

export function useCapSetting(): CareCapSetting | undefined {
  const db = useDb();
  return useLiveQuery(() => getCapSetting(db), [db]);
}

export function useMemberCare(memberId: string) {
  const db = useDb();
  return useLiveQuery(
    async () => ({
      visits: await visitsOfMember(db, memberId),
      receipts: await distributionsOfMember(db, memberId),
    }),
    [db, memberId],
  );
}

/** How the 签领表 groups names; the receipt screen keys in the same order. */
export function useReceiptGroupBy(): [ReceiptGroupBy, (g: ReceiptGroupBy) => void] {
  return useStoredSetting<ReceiptGroupBy>('care.receiptGroupBy', 'department');
}

/** 困难帮扶 records (金秋助学 …) in each campaign, as lines of its sheet: campaign id → lines. */
export function useCampaignAid(): Map<string, CampaignAidLine[]> | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const aid = await assistanceInCampaigns(db);
    const members = await db.members.bulkGet([...new Set(aid.map((a) => a.memberId))]);
    const names = new Map(members.flatMap((m) => (m ? [[m.id, m.name]] : [])));
    const out = new Map<string, CampaignAidLine[]>();
    for (const a of aid) {
      const line: CampaignAidLine = {
        memberId: a.memberId,
        name: names.get(a.memberId) ?? '（已删除的会员）',
        what: assistanceCampaignText(a),
        cents: a.amountCents,
        date: a.date,
      };
      out.set(a.campaignId!, [...(out.get(a.campaignId!) ?? []), line]);
    }
    return out;
  }, [db]);
}
