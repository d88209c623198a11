import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch } from '../../../db/batches';
import { newId } from '../../../core/ids/newId';
import type { Member } from '../../roster/rules/member';
import { checkCap, effectiveCaps, type CareEntry } from '../rules/caps';
import { allEntries } from '../rules/entries';
import {
  festivalOfDraft,
  recipientsByRule,
  receiptChange,
  validateDistribution,
  type DistributionDraft,
} from '../rules/distribution';
import {
  yearOf,
  type Distribution,
  type DistributionRecipient,
  type ReceiptState,
  type RecipientRule,
} from '../rules/records';
import { CareInputError, capMessageOf, getCapSetting, type CapPreview } from './care';

/*
 * 福利发放 repository: a distribution and its recipient list (from a rule or by hand), and
 * the receipts keyed from the signed sheet. Each is one batch: undo takes back the whole
 * distribution, or the whole round of receipts keyed.
 */

/** The list's recipient ids: deterministic per distribution and member (as participants). */
export const recipientId = (distributionId: string, memberId: string) =>
  `${distributionId}:${memberId}`;

function recipientOf(d: Distribution, m: Member, order: number): DistributionRecipient {
  return {
    id: recipientId(d.id, m.id),
    distributionId: d.id,
    memberId: m.id,
    name: m.name,
    department: m.department ?? '',
    unionGroup: m.unionGroup ?? '',
    order,
    receipt: '未签',
    proxyName: null,
    signedOn: null,
  };
}

/** Members a rule picks on the day (preview before making the list). */
export async function previewRecipients(
  db: UnionDeskDb,
  rule: RecipientRule,
  date: string,
): Promise<Member[]> {
  const members = await db.members.orderBy('rosterOrder').toArray();
  return recipientsByRule(members, rule, date);
}

function assertValid(d: DistributionDraft): void {
  const first = Object.values(validateDistribution(d).errors)[0];
  if (first) throw new CareInputError(`福利发放不能保存：${first}`);
}

function distributionOf(
  d: DistributionDraft,
  id: string,
  now: string,
  rule: RecipientRule | null,
  old?: Distribution,
): Distribution {
  return {
    ...(old ?? {}),
    id,
    date: d.date,
    year: yearOf(d.date),
    occasion: d.occasion.trim(),
    festival: festivalOfDraft(d),
    item: d.item.trim(),
    quantity: d.quantity.trim(),
    valueCents: d.valueCents ?? 0,
    fundSource: d.fundSource,
    rule,
    campaignId: d.campaignId,
    handler: d.handler.trim(),
    notes: d.notes.trim(),
    createdAt: old?.createdAt ?? now,
    updatedAt: now,
  };
}

/**
 * The festival running totals this distribution would make (per recipient), before saving.
 * Only those over the cap are returned: a list of 300 with no warning is the usual case.
 */
export async function previewDistributionCaps(
  db: UnionDeskDb,
  draft: DistributionDraft,
  memberIds: readonly string[],
  editingId: string | null = null,
): Promise<CapPreview[]> {
  const festival = festivalOfDraft(draft);
  if (!festival || draft.valueCents === null) return [];
  const [visits, dists, recipients] = await Promise.all([
    db.careVisits.toArray(),
    db.distributions.toArray(),
    db.distributionRecipients.toArray(),
  ]);
  const kept = allEntries(
    visits,
    dists.filter((d) => d.id !== editingId),
    recipients,
  );
  const caps = effectiveCaps(await getCapSetting(db));
  const members = new Map(
    (await db.members.bulkGet([...memberIds])).flatMap((m) => (m ? [[m.id, m]] : [])),
  );
  const out: CapPreview[] = [];
  for (const memberId of memberIds) {
    const entry: CareEntry = {
      recordId: `\u0000new:${memberId}`,
      table: 'distributionRecipients',
      memberId,
      date: draft.date,
      kind: 'festival',
      cents: draft.valueCents,
      stayId: null,
    };
    const check = checkCap(entry, kept, caps);
    if (!check.over) continue;
    const name = members.get(memberId)?.name ?? '';
    out.push({ memberId, name, check, message: capMessageOf(name, check) });
  }
  return out;
}

/**
 * Makes a distribution and its list in one batch. `memberIds` in list order (the rule's
 * preview, or picked by hand); `rule` null when picked by hand.
 */
export async function createDistribution(
  db: UnionDeskDb,
  draft: DistributionDraft,
  memberIds: readonly string[],
  rule: RecipientRule | null,
): Promise<{ distribution: Distribution; batch: Batch }> {
  assertValid(draft);
  if (memberIds.length === 0)
    throw new CareInputError('发放名单是空的：请按规则生成或手工选择会员');
  const members = await db.members.bulkGet([...memberIds]);
  const missing = members.findIndex((m) => !m);
  if (missing >= 0) throw new CareInputError(`名单第${missing + 1}人已不在花名册中`);
  const now = new Date().toISOString();
  const d = distributionOf(draft, newId('dist'), now, rule);
  const rows = (members as Member[]).map((m, i) => recipientOf(d, m, i));
  if (new Set(rows.map((r) => r.id)).size !== rows.length)
    throw new CareInputError('发放名单中有重复的会员');
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `福利发放 ${d.occasion} ${d.item}（${rows.length}人）` },
    ['distributions', 'distributionRecipients'],
    async (w) => {
      await w.put('distributions', d);
      await w.bulkAdd('distributionRecipients', rows);
      w.count('名单', rows.length);
    },
  );
  return { distribution: d, batch };
}

/** Edits the distribution's facts (not its list), as one undoable edit. */
export async function updateDistribution(
  db: UnionDeskDb,
  id: string,
  draft: DistributionDraft,
): Promise<{ distribution: Distribution; batch: Batch }> {
  assertValid(draft);
  const old = await db.distributions.get(id);
  if (!old) throw new CareInputError('这次福利发放已不存在');
  const d = distributionOf(draft, id, new Date().toISOString(), old.rule, old);
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `修改福利发放 ${d.occasion} ${d.item}` },
    ['distributions'],
    (w) => w.put('distributions', d),
  );
  return { distribution: d, batch };
}

/** Adds members to the list (by hand: a late hire) and removes others, in one batch. */
export async function changeRecipients(
  db: UnionDeskDb,
  distributionId: string,
  add: readonly string[],
  remove: readonly string[],
): Promise<void> {
  const d = await db.distributions.get(distributionId);
  if (!d) throw new CareInputError('这次福利发放已不存在');
  const kept = await db.distributionRecipients
    .where('distributionId')
    .equals(distributionId)
    .toArray();
  const have = new Set(kept.map((r) => r.memberId));
  const members = (await db.members.bulkGet(add.filter((id) => !have.has(id)))).filter(
    (m): m is Member => !!m,
  );
  let order = Math.max(-1, ...kept.map((r) => r.order)) + 1;
  const rows = members.map((m) => recipientOf(d, m, order++));
  const gone = kept.filter((r) => remove.includes(r.memberId));
  await writeBatch(
    db,
    { kind: 'edit', label: `调整发放名单 ${d.occasion}` },
    ['distributionRecipients'],
    async (w) => {
      if (rows.length) await w.bulkAdd('distributionRecipients', rows);
      if (gone.length)
        await w.bulkDelete(
          'distributionRecipients',
          gone.map((r) => r.id),
        );
      w.count('增加', rows.length);
      w.count('移除', gone.length);
    },
  );
}

export async function deleteDistribution(db: UnionDeskDb, id: string): Promise<Batch> {
  const d = await db.distributions.get(id);
  if (!d) throw new CareInputError('这次福利发放已不存在');
  const ids = await db.distributionRecipients.where('distributionId').equals(id).primaryKeys();
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `删除福利发放 ${d.occasion} ${d.item}` },
    ['distributions', 'distributionRecipients'],
    async (w) => {
      await w.bulkDelete('distributionRecipients', ids);
      await w.delete('distributions', id);
    },
  );
  return batch;
}

export function getDistribution(db: UnionDeskDb, id: string): Promise<Distribution | undefined> {
  return db.distributions.get(id);
}

export async function listDistributions(
  db: UnionDeskDb,
  year?: number | null,
): Promise<Distribution[]> {
  const rows =
    year === undefined || year === null
      ? await db.distributions.toArray()
      : await db.distributions.where('year').equals(year).toArray();
  return rows.sort((a, b) => b.date.localeCompare(a.date));
}

export async function listRecipients(
  db: UnionDeskDb,
  distributionId: string,
): Promise<DistributionRecipient[]> {
  const rows = await db.distributionRecipients
    .where('distributionId')
    .equals(distributionId)
    .toArray();
  return rows.sort((a, b) => a.order - b.order);
}

export interface ReceiptInput {
  recipientId: string;
  receipt: ReceiptState;
  proxyName?: string | null;
  signedOn?: string | null;
}

/**
 * Saves the receipts keyed from the signed sheet, all in one batch; a bad one (代领 with no
 * name, 补签 with no date) refuses the whole round and names the person.
 */
export async function recordReceipts(
  db: UnionDeskDb,
  distributionId: string,
  inputs: readonly ReceiptInput[],
): Promise<{ count: number; batch: Batch | null }> {
  const d = await db.distributions.get(distributionId);
  if (!d) throw new CareInputError('这次福利发放已不存在');
  const kept = new Map(
    (await db.distributionRecipients.where('distributionId').equals(distributionId).toArray()).map(
      (r) => [r.id, r],
    ),
  );
  const rows: DistributionRecipient[] = [];
  for (const i of inputs) {
    const r = kept.get(i.recipientId);
    if (!r) throw new CareInputError('签收名单已变化，请重新打开本页');
    const c = receiptChange(i.receipt, d.date, i);
    if (!c.ok) throw new CareInputError(`${r.name}：${c.message}`);
    const next = { ...r, ...c.change };
    if (JSON.stringify(next) !== JSON.stringify(r)) rows.push(next);
  }
  if (rows.length === 0) return { count: 0, batch: null };
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `登记签收 ${d.occasion}（${rows.length}人）` },
    ['distributionRecipients'],
    async (w) => {
      await w.bulkPut('distributionRecipients', rows);
      w.count('签收', rows.length);
    },
  );
  return { count: rows.length, batch };
}

/** A member's receipts with their distributions, newest first. */
export async function distributionsOfMember(
  db: UnionDeskDb,
  memberId: string,
): Promise<{ distribution: Distribution; recipient: DistributionRecipient }[]> {
  const rs = await db.distributionRecipients.where('memberId').equals(memberId).toArray();
  const ds = await db.distributions.bulkGet(rs.map((r) => r.distributionId));
  return rs
    .flatMap((r, i) => (ds[i] ? [{ distribution: ds[i], recipient: r }] : []))
    .sort((a, b) => b.distribution.date.localeCompare(a.distribution.date));
}

/** Every recipient row (a campaign's totals and printout read them). */
export function listAllRecipients(db: UnionDeskDb): Promise<DistributionRecipient[]> {
  return db.distributionRecipients.toArray();
}
