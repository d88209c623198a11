import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch } from '../../../db/batches';
import { newId } from '../../../core/ids/newId';
import { compareByStrokes } from '../../../core/text/nameOrder';
import {
  describeRule,
  memberParticipantId,
  selectByRule,
  toActivity,
  validateActivity,
  type Activity,
  type ActivityDraft,
  type AttendanceState,
  type Participant,
  type ParticipantResult,
  type ParticipantRule,
} from '../rules/activity';
import { DEFAULT_SIGN_IN_ORDER, participantsInSignInOrder } from '../rules/signInOrder';
import {
  countAttendance,
  participationsOfMember,
  type AttendanceCounts,
  type MemberParticipation,
} from '../rules/activityStats';
import type { Member } from '../../roster/rules/member';

export { demoActivities } from '../demo';
export { memberParticipantId };

/**
 * 活动/会议台账 repository. Every change goes through writeBatch, so it is logged and
 * undoable as one user action (「登记出席 三八节女职工趣味活动」).
 */

function invalid(draft: ActivityDraft, kindIds: ReadonlySet<string>): void {
  const errors = validateActivity(draft, kindIds);
  const first = Object.values(errors)[0];
  if (first) throw new Error(`活动“${draft.title.trim() || '未命名'}”不能保存：${first}`);
}

async function kindIdSet(db: UnionDeskDb): Promise<Set<string>> {
  return new Set(await db.activityKinds.toCollection().primaryKeys());
}

// ── activities ──────────────────────────────────────────────────────────────────────

export async function createActivity(db: UnionDeskDb, draft: ActivityDraft): Promise<Activity> {
  invalid(draft, await kindIdSet(db));
  const now = new Date().toISOString();
  const activity = toActivity(draft, { id: newId('act'), createdAt: now, updatedAt: now });
  await writeBatch(
    db,
    { kind: 'edit', label: `新建活动 ${activity.title}` },
    ['activities'],
    async (w) => {
      await w.put('activities', { ...activity });
      w.count('新增');
    },
  );
  return activity;
}

export async function updateActivity(
  db: UnionDeskDb,
  id: string,
  draft: ActivityDraft,
): Promise<Activity> {
  const old = await db.activities.get(id);
  if (!old) throw new Error('找不到这个活动，可能已被删除。');
  invalid(draft, await kindIdSet(db));
  const activity = toActivity(draft, {
    id,
    createdAt: old.createdAt,
    updatedAt: new Date().toISOString(),
    ...(old.demo ? { demo: old.demo } : {}),
  });
  await writeBatch(
    db,
    { kind: 'edit', label: `修改活动 ${activity.title}` },
    ['activities'],
    async (w) => {
      await w.put('activities', { ...activity });
      w.count('更新');
    },
  );
  return activity;
}

/** Deletes the activity with its participant list, as one undoable action. */
export async function deleteActivity(db: UnionDeskDb, id: string): Promise<Batch> {
  const old = await db.activities.get(id);
  if (!old) throw new Error('找不到这个活动，可能已被删除。');
  const participantIds = await db.participants.where('activityId').equals(id).primaryKeys();
  const { batch } = await writeBatch(
    db,
    { kind: 'delete', label: `删除活动 ${old.title}` },
    ['activities', 'participants'],
    async (w) => {
      await w.bulkDelete('participants', participantIds);
      await w.delete('activities', id);
      w.count('删除活动');
      w.count('删除名单', participantIds.length);
    },
  );
  return batch;
}

export function getActivity(db: UnionDeskDb, id: string): Promise<Activity | undefined> {
  return db.activities.get(id);
}

/** A line of the activity list: the activity, its kind's name, and its attendance figures. */
export interface ActivityListRow {
  activity: Activity;
  kindName: string;
  counts: AttendanceCounts;
}

/** Activities newest first, filtered by year and kind, with counts and person-times. */
export async function listActivities(
  db: UnionDeskDb,
  filter: { year?: number | null; kindId?: string | null } = {},
): Promise<ActivityListRow[]> {
  let activities = filter.year
    ? await db.activities.where('year').equals(filter.year).toArray()
    : await db.activities.toArray();
  if (filter.kindId) activities = activities.filter((a) => a.kindId === filter.kindId);
  const kinds = new Map((await db.activityKinds.toArray()).map((k) => [k.id, k.name]));
  const ids = activities.map((a) => a.id);
  const participants = ids.length
    ? await db.participants.where('activityId').anyOf(ids).toArray()
    : [];
  const byActivity = new Map<string, Participant[]>();
  for (const p of participants)
    byActivity.set(p.activityId, [...(byActivity.get(p.activityId) ?? []), p]);
  return activities
    .map((activity) => ({
      activity,
      kindName: kinds.get(activity.kindId) ?? '（未知类别）',
      counts: countAttendance(byActivity.get(activity.id) ?? []),
    }))
    .sort(
      (a, b) =>
        b.activity.startDate.localeCompare(a.activity.startDate) ||
        (b.activity.startTime ?? '').localeCompare(a.activity.startTime ?? ''),
    );
}

/**
 * What is coming up (工作台): activities from `from` to `to` (ISO dates, both included),
 * soonest first, with their counts.
 */
export async function listUpcomingActivities(
  db: UnionDeskDb,
  from: string,
  to: string,
): Promise<ActivityListRow[]> {
  const starting = await db.activities.where('startDate').between(from, to, true, true).toArray();
  const years = [...new Set(starting.map((a) => a.year))];
  const rows = (await Promise.all(years.map((year) => listActivities(db, { year })))).flat();
  const ids = new Set(starting.map((a) => a.id));
  return rows
    .filter((r) => ids.has(r.activity.id))
    .sort(
      (a, b) =>
        a.activity.startDate.localeCompare(b.activity.startDate) ||
        (a.activity.startTime ?? '').localeCompare(b.activity.startTime ?? ''),
    );
}

/** Years that have activities, newest first (for the year filter). */
export async function listActivityYears(db: UnionDeskDb): Promise<number[]> {
  const years = (await db.activities.orderBy('year').uniqueKeys()) as number[];
  return years.sort((a, b) => b - a);
}

/** 「参加的活动」 on a member's page: every activity the member is listed on, newest first. */
export async function activitiesOfMember(
  db: UnionDeskDb,
  memberId: string,
): Promise<MemberParticipation[]> {
  const participants = await db.participants.where('memberId').equals(memberId).toArray();
  const activities = (
    await db.activities.bulkGet([...new Set(participants.map((p) => p.activityId))])
  ).filter((a): a is Activity => a !== undefined);
  return participationsOfMember(memberId, activities, participants);
}

// ── participants ────────────────────────────────────────────────────────────────────

/** The list in sign-in order. */
export async function listParticipants(
  db: UnionDeskDb,
  activityId: string,
): Promise<Participant[]> {
  const list = await db.participants.where('activityId').equals(activityId).toArray();
  return list.sort((a, b) => a.order - b.order);
}

export interface GuestDraft {
  name: string;
  unit?: string;
}

/** One change to the list: who to add (members, guests) and which lines to remove. */
export interface ParticipantChange {
  addMemberIds?: readonly string[];
  addGuests?: readonly GuestDraft[];
  removeParticipantIds?: readonly string[];
}

async function requireActivity(db: UnionDeskDb, activityId: string): Promise<Activity> {
  const a = await db.activities.get(activityId);
  if (!a) throw new Error('找不到这个活动，可能已被删除。');
  return a;
}

/**
 * Adds and removes participants in one batch, then renumbers the whole list in sign-in
 * order (department, then surname strokes; guests last). Members already on the list are
 * skipped. Returns how many lines were added and removed.
 */
export async function setParticipants(
  db: UnionDeskDb,
  activityId: string,
  change: ParticipantChange,
  label?: string,
): Promise<{ added: number; removed: number }> {
  const activity = await requireActivity(db, activityId);
  const guests = (change.addGuests ?? []).map((g) => ({
    name: g.name.trim(),
    unit: g.unit?.trim() ?? '',
  }));
  const nameless = guests.findIndex((g) => g.name === '');
  if (nameless >= 0) throw new Error(`第 ${nameless + 1} 位来宾没有填写姓名。`);
  const { result } = await writeBatch(
    db,
    { kind: 'bulk-edit', label: label ?? `调整参加人员 ${activity.title}` },
    // members and departments are only read, for the sign-in order
    ['participants', 'members', 'departments'],
    async (w) => {
      const existing = await db.participants.where('activityId').equals(activityId).toArray();
      const removeIds = new Set(
        (change.removeParticipantIds ?? []).filter((id) => existing.some((p) => p.id === id)),
      );
      const kept = existing.filter((p) => !removeIds.has(p.id));
      const present = new Set(
        kept.map((p) => p.memberId).filter((id): id is string => id !== null),
      );
      const fresh: Participant[] = [];
      for (const memberId of new Set(change.addMemberIds ?? [])) {
        if (present.has(memberId)) continue;
        fresh.push({
          id: memberParticipantId(activityId, memberId),
          activityId,
          memberId,
          state: '报名',
          order: 0,
        });
      }
      for (const g of guests) {
        fresh.push({
          id: newId(`${activityId}~g`),
          activityId,
          memberId: null,
          guestName: g.name,
          guestUnit: g.unit || null,
          state: '报名',
          order: 0,
        });
      }
      await w.bulkDelete('participants', [...removeIds]);
      const renumbered = await renumber(db, [...kept, ...fresh]);
      const before = new Map(kept.map((p) => [p.id, p.order]));
      await w.bulkPut(
        'participants',
        renumbered.filter((p) => before.get(p.id) !== p.order),
      );
      const added = fresh.length;
      const removed = removeIds.size;
      if (added) w.count('添加', added);
      if (removed) w.count('移除', removed);
      return { added, removed };
    },
  );
  return result;
}

/** Numbers the whole list 1…n in sign-in order, from the members' current departments. */
async function renumber(db: UnionDeskDb, list: Participant[]): Promise<Participant[]> {
  const memberIds = list.map((p) => p.memberId).filter((id): id is string => id !== null);
  const members = new Map(
    (await db.members.bulkGet(memberIds))
      .filter((m): m is Member => m !== undefined)
      .map((m) => [m.id, m]),
  );
  const departments = await db.departments.orderBy('order').toArray();
  return participantsInSignInOrder(list, members, {
    ...DEFAULT_SIGN_IN_ORDER,
    groupOrder: departments.map((d) => d.name),
  }).map((p, i) => ({ ...p, order: i + 1 }));
}

/** Everyone in the roster: what the rule and hand pickers choose from. */
export function listRosterForSelection(db: UnionDeskDb): Promise<Member[]> {
  return db.members.orderBy('rosterOrder').toArray();
}

/** What the participant pickers offer: the roster, its departments and union groups. */
export interface RosterChoices {
  members: Member[];
  membersById: Map<string, Member>;
  /** Department names in the managed order, then any others found on members (by strokes). */
  departments: string[];
  unionGroups: string[];
}

/** Managed names in their order, then any others found on members (by strokes). */
function unitNames(managed: { name: string }[], found: (string | null)[]): string[] {
  const known = new Set(managed.map((u) => u.name));
  const extra = [...new Set(found.filter((n): n is string => !!n && !known.has(n)))].sort(
    compareByStrokes,
  );
  return [...managed.map((u) => u.name), ...extra];
}

/**
 * An activity's list with only ITS members (the activity page and the attendance screen:
 * reading the whole roster of a 50,000-member township took seconds), and the department
 * and union-group order the sign-in sheet uses (managed order, then the others found on
 * these members by strokes — the same relative order as over the whole roster).
 */
export interface ParticipantRoster {
  /** In sign-in order (`order`). */
  participants: Participant[];
  membersById: Map<string, Member>;
  departments: string[];
  unionGroups: string[];
}

export async function listParticipantRoster(
  db: UnionDeskDb,
  activityId: string,
): Promise<ParticipantRoster> {
  const participants = await listParticipants(db, activityId);
  const ids = participants.map((p) => p.memberId).filter((id): id is string => id !== null);
  const members = (await db.members.bulkGet(ids)).filter((m): m is Member => m !== undefined);
  return {
    participants,
    membersById: new Map(members.map((m) => [m.id, m])),
    ...(await unitOrders(db, members)),
  };
}

/** The department and union-group orders: the managed ones, then those found on `members`. */
async function unitOrders(
  db: UnionDeskDb,
  members: readonly Member[],
): Promise<Pick<RosterChoices, 'departments' | 'unionGroups'>> {
  const [departments, unionGroups] = await Promise.all([
    db.departments.orderBy('order').toArray(),
    db.unionGroups.orderBy('order').toArray(),
  ]);
  return {
    departments: unitNames(
      departments,
      members.map((m) => m.department),
    ),
    unionGroups: unitNames(
      unionGroups,
      members.map((m) => m.unionGroup),
    ),
  };
}

/**
 * The members of these ids that exist, by id (a long list's rows in view: 5,000 single
 * reads cost about 0.4 s, so the activity page reads only the rows it draws).
 */
export async function getMembersById(
  db: UnionDeskDb,
  ids: readonly string[],
): Promise<Map<string, Member>> {
  const members = await db.members.bulkGet([...ids]);
  return new Map(members.filter((m): m is Member => m !== undefined).map((m) => [m.id, m]));
}

export async function listRosterChoices(db: UnionDeskDb): Promise<RosterChoices> {
  const members = await listRosterForSelection(db);
  return {
    members,
    membersById: new Map(members.map((m) => [m.id, m])),
    ...(await unitOrders(db, members)),
  };
}

/** Members a rule would add now (not on the list yet), for the preview in 「按规则添加」. */
export async function previewRule(
  db: UnionDeskDb,
  activityId: string,
  rule: ParticipantRule,
): Promise<Member[]> {
  const existing = await db.participants.where('activityId').equals(activityId).toArray();
  const inList = new Set(existing.map((p) => p.memberId).filter((id): id is string => id !== null));
  return selectByRule(await listRosterForSelection(db), rule, inList);
}

/** 「按规则添加」: adds everyone the rule picks who is not on the list yet. */
export async function addParticipantsByRule(
  db: UnionDeskDb,
  activityId: string,
  rule: ParticipantRule,
): Promise<number> {
  const activity = await requireActivity(db, activityId);
  const picked = await previewRule(db, activityId, rule);
  if (picked.length === 0) return 0;
  const { added } = await setParticipants(
    db,
    activityId,
    { addMemberIds: picked.map((m) => m.id) },
    `按规则添加参加人员（${describeRule(rule)}） ${activity.title}`,
  );
  return added;
}

// ── attendance ──────────────────────────────────────────────────────────────────────

export interface AttendanceChange {
  participantId: string;
  state: AttendanceState;
  /** Kept only with 请假 */
  leaveReason?: string | null;
}

/** Records attendance for many lines in one batch (the 「保存」 of the attendance screen). */
export async function recordAttendance(
  db: UnionDeskDb,
  activityId: string,
  changes: readonly AttendanceChange[],
): Promise<Batch | null> {
  const activity = await requireActivity(db, activityId);
  if (changes.length === 0) return null;
  const { batch } = await writeBatch(
    db,
    { kind: 'bulk-edit', label: `登记出席 ${activity.title}` },
    ['participants'],
    async (w) => {
      const rows = await db.participants.bulkGet(changes.map((c) => c.participantId));
      const updated: Participant[] = [];
      changes.forEach((c, i) => {
        const p = rows[i];
        if (!p || p.activityId !== activityId)
          throw new Error('出席登记里有不在本活动名单上的人员，请刷新后重试。');
        const leaveReason = c.state === '请假' ? c.leaveReason?.trim() || null : null;
        if (p.state === c.state && (p.leaveReason ?? null) === leaveReason) return;
        updated.push({ ...p, state: c.state, leaveReason });
        w.count(c.state);
      });
      await w.bulkPut('participants', updated);
    },
  );
  return batch;
}

/** 「其余全部出席」: everyone still at 报名 becomes 出席; 请假 and 缺席 stay. */
export async function markRestPresent(db: UnionDeskDb, activityId: string): Promise<number> {
  const activity = await requireActivity(db, activityId);
  const rest = (await db.participants.where('activityId').equals(activityId).toArray()).filter(
    (p) => p.state === '报名',
  );
  if (rest.length === 0) return 0;
  await writeBatch(
    db,
    { kind: 'bulk-edit', label: `其余全部出席 ${activity.title}` },
    ['participants'],
    async (w) => {
      await w.bulkPut(
        'participants',
        rest.map((p) => ({ ...p, state: '出席' as const })),
      );
      w.count('出席', rest.length);
    },
  );
  return rest.length;
}

/** 比赛 results (名次/奖项/分数) for one line; null clears them. */
export async function setParticipantResult(
  db: UnionDeskDb,
  participantId: string,
  result: ParticipantResult | null,
): Promise<void> {
  const p = await db.participants.get(participantId);
  if (!p) throw new Error('找不到这位参加人员，可能已被移除。');
  const activity = await requireActivity(db, p.activityId);
  const clean: ParticipantResult = {};
  if (result?.rank !== undefined) {
    if (!Number.isInteger(result.rank) || result.rank < 1) throw new Error('名次应为正整数。');
    clean.rank = result.rank;
  }
  if (result?.award?.trim()) clean.award = result.award.trim();
  if (result?.score !== undefined) {
    if (!Number.isFinite(result.score)) throw new Error('分数应为数字。');
    clean.score = result.score;
  }
  const next = Object.keys(clean).length ? clean : null;
  await writeBatch(
    db,
    { kind: 'edit', label: `登记比赛结果 ${activity.title}` },
    ['participants'],
    (w) => w.put('participants', { ...p, result: next }),
  );
}
