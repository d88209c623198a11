import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch } from '../../../db/batches';
import { getProfile, saveProfile } from '../../../db/settings';
import { newId } from '../../../core/ids/newId';
import { formatCents } from '../../../core/money/money';
import { emptyProfile } from '../../union/rules/profile';
import {
  checkCap,
  effectiveCaps,
  validateCapSetting,
  type CapCheck,
  type CareCapSetting,
  type CareEntry,
} from '../rules/caps';
import { capSettingOf } from '../rules/capSetting';
import { allEntries, visitEntries } from '../rules/entries';
import { careReminders, type CareReminders } from '../rules/reminders';
import { yearOf, type CareStay, type CareVisit, type Campaign } from '../rules/records';
import { validateVisit, visitFromDraft, type VisitDraft } from '../rules/visit';

/*
 * 慰问台账 repository: visits, stays, campaigns and the cap setting. Every write goes through
 * writeBatch: one transaction, logged, undoable as one action (「登记慰问 张三 生病住院」).
 * A bad draft throws a Chinese message and writes nothing.
 */

export class CareInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CareInputError';
  }
}

// ── cap setting ─────────────────────────────────────────────────────────────────

export async function getCapSetting(db: UnionDeskDb): Promise<CareCapSetting> {
  return capSettingOf(await getProfile(db));
}

/** Saves 慰问标准 with the union profile, as one undoable edit. */
export async function saveCapSetting(db: UnionDeskDb, setting: CareCapSetting): Promise<void> {
  const errors = validateCapSetting(setting);
  if (errors.length) throw new CareInputError(`慰问标准不能保存：${errors[0]}`);
  const profile = (await getProfile(db)) ?? emptyProfile();
  await saveProfile(db, { ...profile, careCaps: setting });
}

// ── cap checks ──────────────────────────────────────────────────────────────────

async function keptEntries(db: UnionDeskDb): Promise<CareEntry[]> {
  const [visits, dists, recipients] = await Promise.all([
    db.careVisits.toArray(),
    db.distributions.toArray(),
    db.distributionRecipients.toArray(),
  ]);
  return allEntries(visits, dists, recipients);
}

export interface CapPreview {
  memberId: string;
  name: string;
  check: CapCheck;
  message: string;
}

/**
 * What saving this visit would do to each member's running total: shown before saving, a
 * warning for every member it takes over a cap (equal is allowed).
 */
export async function previewVisitCaps(
  db: UnionDeskDb,
  draft: VisitDraft,
  editingId: string | null = null,
): Promise<CapPreview[]> {
  if (!draft.reason || !draft.date) return [];
  const id = editingId ?? '\u0000new';
  const visit = visitFromDraft(draft, id, '');
  const stayId = visit.reason === '生病住院' ? (draft.stayId ?? `\u0000stay:${id}`) : null;
  const entries = visitEntries({ ...visit, stayId });
  const kept = (await keptEntries(db)).filter((e) => e.recordId !== id);
  const caps = effectiveCaps(await getCapSetting(db));
  const names = new Map(visit.visitees.map((v) => [v.memberId, v.name]));
  const members = await db.members.bulkGet([...names.keys()]);
  for (const m of members) if (m) names.set(m.id, m.name);
  return entries.map((e) => {
    const check = checkCap(e, kept, caps);
    const name = names.get(e.memberId) ?? '';
    return { memberId: e.memberId, name, check, message: capMessageOf(name, check) };
  });
}

export function capMessageOf(name: string, c: CapCheck): string {
  const running = c.beforeCents > 0 ? `（此前已计 ${formatCents(c.beforeCents)}）` : '';
  if (c.noRule) return `${name}：所选慰问标准没有这一项，请核实能否发放`;
  return `${name}：本次后累计 ${formatCents(c.totalCents)}${running}，标准 ${formatCents(
    c.capCents ?? 0,
  )}（${c.source}）${c.over ? `，超出 ${formatCents(c.totalCents - (c.capCents ?? 0))}` : ''}`;
}

// ── visits ──────────────────────────────────────────────────────────────────────

function assertValid(d: VisitDraft): void {
  const { errors } = validateVisit(d);
  const first = Object.values(errors)[0];
  if (first) throw new CareInputError(`慰问记录不能保存：${first}`);
}

/**
 * Saves a visit (new when `id` is null). A 住院 visit that joins no stay opens one for its
 * first visitee, in the same batch, so undo removes both.
 */
export async function saveVisit(
  db: UnionDeskDb,
  draft: VisitDraft,
  id: string | null = null,
): Promise<{ visit: CareVisit; batch: Batch }> {
  assertValid(draft);
  const now = new Date().toISOString();
  const old = id ? await db.careVisits.get(id) : undefined;
  if (id && !old) throw new CareInputError('这条慰问记录已不存在（可能已被删除或撤销）');
  let visit = visitFromDraft(draft, id ?? newId('care'), now, old);
  let stay: CareStay | null = null;
  if (visit.reason === '生病住院') {
    if (visit.stayId) {
      const kept = await db.careStays.get(visit.stayId);
      if (!kept) throw new CareInputError('所选的住院记录已不存在，请重新选择');
      if (!visit.visitees.some((v) => v.memberId === kept.memberId))
        throw new CareInputError(`所选住院记录是“${kept.name}”的，与慰问对象不符`);
      if (visit.surgery && !kept.surgery) stay = { ...kept, surgery: true };
    } else {
      const first = visit.visitees[0]!;
      stay = {
        id: newId('stay'),
        memberId: first.memberId,
        relation: first.relation,
        name: first.name,
        admittedOn: visit.date,
        dischargedOn: null,
        surgery: visit.surgery,
        hospital: visit.place,
        notes: '',
        openedBy: visit.id,
      };
      visit = { ...visit, stayId: stay.id };
    }
  }
  const who = visit.visitees.map((v) => v.name).join('、');
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `${old ? '修改' : '登记'}慰问 ${who} ${visit.reason}` },
    ['careVisits', 'careStays'],
    async (w) => {
      if (stay) await w.put('careStays', stay);
      await w.put('careVisits', visit);
      w.count(old ? '更新' : '新增');
    },
  );
  return { visit, batch };
}

/**
 * Deletes a visit. A stay this visit opened goes with it when no other visit joined it (a
 * visit entered by mistake leaves no stay behind); a stay entered by hand stays, so the
 * reminder shows again that the member has not been visited.
 */
export async function deleteVisit(db: UnionDeskDb, id: string): Promise<Batch> {
  const v = await db.careVisits.get(id);
  if (!v) throw new CareInputError('这条慰问记录已不存在');
  const stay = v.stayId ? await db.careStays.get(v.stayId) : undefined;
  const others = stay ? await db.careVisits.where('stayId').equals(stay.id).count() : 0;
  const dropStay = stay && stay.openedBy === id && others <= 1;
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `删除慰问 ${v.visitees.map((x) => x.name).join('、')} ${v.date}` },
    ['careVisits', 'careStays'],
    async (w) => {
      await w.delete('careVisits', id);
      if (dropStay) await w.delete('careStays', stay.id);
      w.count('删除');
    },
  );
  return batch;
}

export function getVisit(db: UnionDeskDb, id: string): Promise<CareVisit | undefined> {
  return db.careVisits.get(id);
}

export interface VisitFilter {
  year?: number | null;
  reason?: string | null;
  campaignId?: string | null;
}

/** Visits, newest first. */
export async function listVisits(db: UnionDeskDb, f: VisitFilter = {}): Promise<CareVisit[]> {
  const rows =
    f.year !== undefined && f.year !== null
      ? await db.careVisits.where('year').equals(f.year).toArray()
      : await db.careVisits.toArray();
  return rows
    .filter((v) => !f.reason || v.reason === f.reason)
    .filter((v) => !f.campaignId || v.campaignId === f.campaignId)
    .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
}

/** Years with visits or distributions, newest first (always includes `thisYear`). */
export async function listCareYears(db: UnionDeskDb, thisYear: number): Promise<number[]> {
  const years = new Set<number>([thisYear]);
  for (const y of await db.careVisits.orderBy('year').uniqueKeys()) years.add(Number(y));
  for (const y of await db.distributions.orderBy('year').uniqueKeys()) years.add(Number(y));
  return [...years].sort((a, b) => b - a);
}

/** A member's visits (as member or through family), newest first. */
export async function visitsOfMember(db: UnionDeskDb, memberId: string): Promise<CareVisit[]> {
  const rows = await db.careVisits.where('memberIds').equals(memberId).toArray();
  return rows.sort((a, b) => b.date.localeCompare(a.date));
}

// ── stays ───────────────────────────────────────────────────────────────────────

export async function listStays(db: UnionDeskDb, memberId?: string): Promise<CareStay[]> {
  const rows = memberId
    ? await db.careStays.where('memberId').equals(memberId).toArray()
    : await db.careStays.toArray();
  return rows.sort((a, b) => b.admittedOn.localeCompare(a.admittedOn));
}

/** 登记住院: the chair heard a member is in hospital; the reminder shows it until a visit. */
export async function recordStay(
  db: UnionDeskDb,
  stay: Omit<CareStay, 'id' | 'dischargedOn'> & { dischargedOn?: string | null },
): Promise<CareStay> {
  if (!stay.memberId) throw new CareInputError('住院登记缺少会员');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(stay.admittedOn))
    throw new CareInputError('住院登记缺少入院日期');
  const row: CareStay = { ...stay, dischargedOn: stay.dischargedOn ?? null, id: newId('stay') };
  await writeBatch(db, { kind: 'edit', label: `登记住院 ${row.name}` }, ['careStays'], (w) =>
    w.put('careStays', row),
  );
  return row;
}

export async function dischargeStay(db: UnionDeskDb, id: string, on: string): Promise<void> {
  const s = await db.careStays.get(id);
  if (!s) throw new CareInputError('这条住院记录已不存在');
  if (on < s.admittedOn) throw new CareInputError(`出院日期不能早于入院日期 ${s.admittedOn}`);
  await writeBatch(db, { kind: 'edit', label: `登记出院 ${s.name}` }, ['careStays'], (w) =>
    w.put('careStays', { ...s, dischargedOn: on }),
  );
}

// ── campaigns ───────────────────────────────────────────────────────────────────

export async function listCampaigns(db: UnionDeskDb, year?: number): Promise<Campaign[]> {
  const rows =
    year === undefined
      ? await db.campaigns.toArray()
      : await db.campaigns.where('year').equals(year).toArray();
  return rows.sort((a, b) => a.startDate.localeCompare(b.startDate));
}

export async function saveCampaign(
  db: UnionDeskDb,
  c: Omit<Campaign, 'id' | 'year'> & { id?: string },
): Promise<Campaign> {
  if (!c.name.trim()) throw new CareInputError('请填写批次名称，如“2026年两节送温暖”');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(c.startDate)) throw new CareInputError('请填写开始日期');
  if (c.endDate && c.endDate < c.startDate) throw new CareInputError('结束日期不能早于开始日期');
  const row: Campaign = {
    ...c,
    name: c.name.trim(),
    id: c.id ?? newId('camp'),
    year: yearOf(c.startDate),
  };
  await writeBatch(
    db,
    { kind: 'edit', label: `${c.id ? '修改' : '新建'}活动批次 ${row.name}` },
    ['campaigns'],
    (w) => w.put('campaigns', row),
  );
  return row;
}

/** Deletes a campaign; its records stay, unlinked, in the same batch. */
export async function deleteCampaign(db: UnionDeskDb, id: string): Promise<void> {
  const c = await db.campaigns.get(id);
  if (!c) throw new CareInputError('这个活动批次已不存在');
  const visits = await db.careVisits.where('campaignId').equals(id).toArray();
  const dists = await db.distributions.where('campaignId').equals(id).toArray();
  // 困难帮扶 records (金秋助学 …) may belong to a campaign too.
  const aid = await db.hardshipAssistance.filter((a) => a.campaignId === id).toArray();
  await writeBatch(
    db,
    { kind: 'edit', label: `删除活动批次 ${c.name}` },
    ['campaigns', 'careVisits', 'distributions', 'hardshipAssistance'],
    async (w) => {
      await w.bulkPut(
        'hardshipAssistance',
        aid.map((a) => ({ ...a, campaignId: null })),
      );
      await w.bulkPut(
        'careVisits',
        visits.map((v) => ({ ...v, campaignId: null })),
      );
      await w.bulkPut(
        'distributions',
        dists.map((d) => ({ ...d, campaignId: null })),
      );
      await w.delete('campaigns', id);
    },
  );
}

/** The 工作台 reminders of the care ledger on `today` (see rules/reminders.ts). */
export async function loadCareReminders(db: UnionDeskDb, today: string): Promise<CareReminders> {
  const [members, visits, stays, dists, recipients, setting] = await Promise.all([
    db.members.toArray(),
    db.careVisits.toArray(),
    db.careStays.toArray(),
    db.distributions.toArray(),
    db.distributionRecipients.toArray(),
    getCapSetting(db),
  ]);
  return careReminders({
    today,
    members,
    visits,
    stays,
    entries: allEntries(visits, dists, recipients),
    setting,
  });
}
