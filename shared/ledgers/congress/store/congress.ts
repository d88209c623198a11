import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch } from '../../../db/batches';
import { getSetting } from '../../../db/settings';
import { newId } from '../../../core/ids/newId';
import type { Member } from '../../roster/rules/member';
import {
  attendanceId,
  canVote,
  toSession,
  validateRepresentative,
  validateSession,
  validateVote,
  type CongressAttendance,
  type CongressAttendanceState,
  type CongressSession,
  type CongressVote,
  type Representative,
  type RepresentativeCategory,
  type SessionDraft,
  type VoteMethod,
} from '../rules/congress';
import {
  CONGRESS_SETTINGS_KEY,
  congressSettingsError,
  normalizeCongressSettings,
  type CongressSettings,
} from '../rules/settings';
import { tallySession, type SessionTally } from '../rules/sessionTally';

/**
 * 教代会 repository: sessions, representatives, attendance and votes. Every change goes
 * through writeBatch, so it is logged and undoable as one user action.
 */

// ── settings ────────────────────────────────────────────────────────────────────────

export async function getCongressSettings(db: UnionDeskDb): Promise<CongressSettings> {
  return normalizeCongressSettings(await getSetting(db, CONGRESS_SETTINGS_KEY));
}

/** Saves the congress rules as an undoable edit; a bad value is refused in Chinese. */
export async function saveCongressSettings(db: UnionDeskDb, s: CongressSettings): Promise<void> {
  const error = congressSettingsError(s);
  if (error) throw new Error(`教代会规则没有保存：${error}`);
  await writeBatch(db, { kind: 'edit', label: '修改教代会规则' }, ['settings'], (w) =>
    w.put('settings', { key: CONGRESS_SETTINGS_KEY, value: { ...s } }),
  );
}

// ── sessions ────────────────────────────────────────────────────────────────────────

function invalidSession(d: SessionDraft): void {
  const first = Object.values(validateSession(d))[0];
  if (first) throw new Error(`会议“${d.name.trim() || '未命名'}”不能保存：${first}`);
}

export async function createSession(db: UnionDeskDb, d: SessionDraft): Promise<CongressSession> {
  invalidSession(d);
  const now = new Date().toISOString();
  const s = toSession(d, { id: newId('cs'), createdAt: now, updatedAt: now });
  await writeBatch(db, { kind: 'edit', label: `新建会议 ${s.name}` }, ['congressSessions'], (w) =>
    w.put('congressSessions', s),
  );
  return s;
}

export async function updateSession(
  db: UnionDeskDb,
  id: string,
  d: SessionDraft,
): Promise<CongressSession> {
  const old = await db.congressSessions.get(id);
  if (!old) throw new Error('找不到这次会议，可能已被删除。');
  invalidSession(d);
  const s = toSession(d, {
    id,
    createdAt: old.createdAt,
    updatedAt: new Date().toISOString(),
    ...(old.demo ? { demo: old.demo } : {}),
  });
  await writeBatch(db, { kind: 'edit', label: `修改会议 ${s.name}` }, ['congressSessions'], (w) =>
    w.put('congressSessions', s),
  );
  return s;
}

/** Deletes a session with its attendance and votes; refused while it has proposals. */
export async function deleteSession(db: UnionDeskDb, id: string): Promise<Batch> {
  const old = await db.congressSessions.get(id);
  if (!old) throw new Error('找不到这次会议，可能已被删除。');
  const proposals = await db.proposals.where('sessionId').equals(id).count();
  if (proposals > 0)
    throw new Error(`${old.name}有 ${proposals} 件提案，不能删除；请先删除或移走这些提案。`);
  const attendance = await db.congressAttendance.where('sessionId').equals(id).primaryKeys();
  const votes = await db.congressVotes.where('sessionId').equals(id).primaryKeys();
  const { batch } = await writeBatch(
    db,
    { kind: 'delete', label: `删除会议 ${old.name}` },
    ['congressSessions', 'congressAttendance', 'congressVotes'],
    async (w) => {
      await w.bulkDelete('congressAttendance', attendance);
      await w.bulkDelete('congressVotes', votes);
      await w.delete('congressSessions', id);
      w.count('删除会议');
    },
  );
  return batch;
}

/** Sessions newest first. */
export async function listSessions(db: UnionDeskDb): Promise<CongressSession[]> {
  const all = await db.congressSessions.toArray();
  return all.sort((a, b) => b.date.localeCompare(a.date) || b.sessionNumber - a.sessionNumber);
}

export async function getSession(db: UnionDeskDb, id: string): Promise<CongressSession | null> {
  return (await db.congressSessions.get(id)) ?? null;
}

// ── representatives ─────────────────────────────────────────────────────────────────

export async function listRepresentatives(
  db: UnionDeskDb,
  termNumber: number,
): Promise<Representative[]> {
  return db.representatives.where('termNumber').equals(termNumber).toArray();
}

/** Terms that have representatives or sessions, newest first. */
export async function listCongressTerms(db: UnionDeskDb): Promise<number[]> {
  const reps = (await db.representatives.orderBy('termNumber').uniqueKeys()) as number[];
  const sessions = (await db.congressSessions.toArray()).map((s) => s.termNumber);
  return [...new Set([...reps, ...sessions])].sort((a, b) => b - a);
}

export interface RepresentativeDraft {
  memberId: string | null;
  name: string;
  gender: Representative['gender'];
  delegation: string;
  category: RepresentativeCategory;
}

/**
 * Adds representatives to a term in one batch; a member already a representative of the
 * term is skipped. Returns how many were added.
 */
export async function addRepresentatives(
  db: UnionDeskDb,
  termNumber: number,
  drafts: readonly RepresentativeDraft[],
): Promise<number> {
  for (const [i, d] of drafts.entries()) {
    const e = validateRepresentative({ ...d, termNumber });
    if (e) throw new Error(`第 ${i + 1} 位代表不能添加：${e}`);
  }
  const kept = await listRepresentatives(db, termNumber);
  const have = new Set(kept.map((r) => r.memberId ?? `name:${r.name}`));
  const rows: Representative[] = [];
  for (const d of drafts) {
    const k = d.memberId ?? `name:${d.name.trim()}`;
    if (have.has(k)) continue;
    have.add(k);
    rows.push({
      id: newId('rep'),
      termNumber,
      memberId: d.memberId,
      name: d.name.trim(),
      gender: d.gender,
      delegation: d.delegation.trim(),
      category: d.category,
    });
  }
  if (rows.length === 0) return 0;
  await writeBatch(
    db,
    { kind: 'bulk-edit', label: `添加第${termNumber}届代表 ${rows.length} 人` },
    ['representatives'],
    async (w) => {
      await w.bulkAdd('representatives', rows);
      w.count('新增', rows.length);
    },
  );
  return rows.length;
}

export async function updateRepresentative(
  db: UnionDeskDb,
  id: string,
  fields: Pick<Representative, 'delegation' | 'category'>,
): Promise<void> {
  const old = await db.representatives.get(id);
  if (!old) throw new Error('找不到这位代表，可能已被删除。');
  const next = { ...old, delegation: fields.delegation.trim(), category: fields.category };
  const e = validateRepresentative(next);
  if (e) throw new Error(`代表${old.name}不能保存：${e}`);
  await writeBatch(db, { kind: 'edit', label: `修改代表 ${old.name}` }, ['representatives'], (w) =>
    w.put('representatives', next),
  );
}

/** Removes representatives with their attendance, in one batch. */
export async function removeRepresentatives(
  db: UnionDeskDb,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const attendance = await db.congressAttendance.where('representativeId').anyOf(ids).primaryKeys();
  await writeBatch(
    db,
    { kind: 'bulk-edit', label: `移除代表 ${ids.length} 人` },
    ['representatives', 'congressAttendance'],
    async (w) => {
      await w.bulkDelete('congressAttendance', attendance);
      await w.bulkDelete('representatives', ids);
      w.count('移除', ids.length);
    },
  );
}

/** 「教代会代表」 on the member page: the terms and sessions the member sat in. */
export interface MemberCongressRow {
  representative: Representative;
  sessions: { session: CongressSession; state: CongressAttendanceState | null }[];
}

export async function congressOfMember(
  db: UnionDeskDb,
  memberId: string,
): Promise<MemberCongressRow[]> {
  const reps = await db.representatives.where('memberId').equals(memberId).toArray();
  if (reps.length === 0) return [];
  const sessions = await db.congressSessions.toArray();
  const attendance = await db.congressAttendance
    .where('representativeId')
    .anyOf(reps.map((r) => r.id))
    .toArray();
  const state = new Map(attendance.map((a) => [a.id, a.state]));
  return reps
    .sort((a, b) => b.termNumber - a.termNumber)
    .map((representative) => ({
      representative,
      sessions: sessions
        .filter((s) => s.termNumber === representative.termNumber)
        .sort((a, b) => b.date.localeCompare(a.date))
        .map((session) => ({
          session,
          state: state.get(attendanceId(session.id, representative.id)) ?? null,
        })),
    }));
}

// ── attendance ──────────────────────────────────────────────────────────────────────

export interface CongressAttendanceChange {
  representativeId: string;
  /** null: clear the mark */
  state: CongressAttendanceState | null;
  leaveReason?: string;
}

/** Records attendance marks of one session as one batch (「登记出席 …」). */
export async function recordCongressAttendance(
  db: UnionDeskDb,
  sessionId: string,
  changes: readonly CongressAttendanceChange[],
): Promise<Batch | null> {
  const session = await db.congressSessions.get(sessionId);
  if (!session) throw new Error('找不到这次会议，可能已被删除。');
  if (changes.length === 0) return null;
  const reps = await db.representatives.bulkGet(changes.map((c) => c.representativeId));
  const { batch } = await writeBatch(
    db,
    { kind: 'bulk-edit', label: `登记出席 ${session.name}` },
    ['congressAttendance'],
    async (w) => {
      const kept = await db.congressAttendance.bulkGet(
        changes.map((c) => attendanceId(sessionId, c.representativeId)),
      );
      const put: CongressAttendance[] = [];
      const clear: string[] = [];
      changes.forEach((c, i) => {
        const r = reps[i];
        if (!r || r.termNumber !== session.termNumber)
          throw new Error('出席登记里有不是本届代表的人员，请刷新后重试。');
        const id = attendanceId(sessionId, r.id);
        const old = kept[i];
        if (c.state === null) {
          if (old) clear.push(id);
          return;
        }
        const leaveReason = c.state === '请假' ? (c.leaveReason ?? '').trim() : '';
        if (old && old.state === c.state && old.leaveReason === leaveReason) return;
        put.push({
          ...(old ?? {}),
          id,
          sessionId,
          representativeId: r.id,
          state: c.state,
          leaveReason,
        });
        w.count(c.state);
      });
      await w.bulkPut('congressAttendance', put);
      await w.bulkDelete('congressAttendance', clear);
    },
  );
  return batch;
}

export async function listCongressAttendance(
  db: UnionDeskDb,
  sessionId: string,
): Promise<CongressAttendance[]> {
  return db.congressAttendance.where('sessionId').equals(sessionId).toArray();
}

// ── votes ───────────────────────────────────────────────────────────────────────────

export interface VoteDraft {
  item: string;
  method: VoteMethod;
  for: number;
  against: number;
  abstain: number;
}

/** Adds (id null) or changes a vote; refuses counts that do not add up to those present. */
export async function saveVote(
  db: UnionDeskDb,
  sessionId: string,
  id: string | null,
  d: VoteDraft,
): Promise<CongressVote> {
  const view = await sessionView(db, sessionId);
  if (!view) throw new Error('找不到这次会议，可能已被删除。');
  const e = validateVote(d);
  if (e) throw new Error(`表决“${d.item.trim() || '未填事项'}”不能保存：${e}`);
  const total = d.for + d.against + d.abstain;
  if (total > view.tally.present)
    throw new Error(
      `表决“${d.item.trim()}”不能保存：赞成、反对、弃权合计 ${total} 票，多于出席代表 ${view.tally.present} 人`,
    );
  const old = id ? await db.congressVotes.get(id) : undefined;
  if (id && !old) throw new Error('找不到这项表决，可能已被删除。');
  const vote: CongressVote = {
    ...(old ?? {}),
    id: old?.id ?? newId('cv'),
    sessionId,
    item: d.item.trim(),
    method: d.method,
    for: d.for,
    against: d.against,
    abstain: d.abstain,
    order: old?.order ?? Math.max(0, ...view.votes.map((v) => v.order)) + 1,
  };
  await writeBatch(
    db,
    { kind: 'edit', label: `${old ? '修改' : '登记'}表决 ${vote.item}` },
    ['congressVotes'],
    (w) => w.put('congressVotes', vote),
  );
  return vote;
}

export async function deleteVote(db: UnionDeskDb, id: string): Promise<void> {
  const old = await db.congressVotes.get(id);
  if (!old) throw new Error('找不到这项表决，可能已被删除。');
  await writeBatch(db, { kind: 'delete', label: `删除表决 ${old.item}` }, ['congressVotes'], (w) =>
    w.delete('congressVotes', id),
  );
}

// ── a session as its page shows it ──────────────────────────────────────────────────

export interface SessionView {
  session: CongressSession;
  representatives: Representative[];
  attendance: CongressAttendance[];
  votes: CongressVote[];
  members: Map<string, Member>;
  tally: SessionTally;
}

/** A session with its term's representatives, their roster records, attendance, votes and tally. */
export async function sessionView(db: UnionDeskDb, id: string): Promise<SessionView | null> {
  const session = await db.congressSessions.get(id);
  if (!session) return null;
  const [representatives, attendance, votes] = await Promise.all([
    listRepresentatives(db, session.termNumber),
    listCongressAttendance(db, id),
    db.congressVotes.where('sessionId').equals(id).toArray(),
  ]);
  const memberIds = representatives.flatMap((r) => (r.memberId ? [r.memberId] : []));
  const members = new Map(
    (await db.members.bulkGet(memberIds))
      .filter((m): m is Member => m !== undefined)
      .map((m) => [m.id, m]),
  );
  votes.sort((a, b) => a.order - b.order);
  return {
    session,
    representatives,
    attendance,
    votes,
    members,
    tally: tallySession(session, representatives, attendance, votes, members),
  };
}

export { canVote };
