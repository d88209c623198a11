import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch } from '../../../db/batches';
import { getProfile, getSetting, PROFILE_KEY } from '../../../db/settings';
import { newId } from '../../../core/ids/newId';
import { isUnionMember } from '../../roster/rules/member';
import { newTermOfficers } from '../../union/rules/committee';
import {
  firstRound,
  inStrokeOrder,
  validateElection,
  yearOfDate,
  type Ballot,
  type Candidate,
  type Election,
  type ElectionDocumentKind,
  type ElectionDraft,
  type ElectionRound,
  type Mark,
  type RoundTotals,
} from '../rules/election';
import {
  ELECTION_RULES_KEY,
  normalizeRules,
  validateRules,
  type ElectionRules,
} from '../rules/settings';
import { electionOutcome, nextRoundOf } from '../rules/tally';
import { nextDocumentNumber } from '../../notices/rules/documentNumber';
import type { NoticeRecord } from '../../notices/rules/rows';
import { isIsoDate } from '../../../core/text/dates';

/*
 * 换届选举 repository. What must hold:
 * - every change is one undoable batch (set-up with its candidates, a keyed ballot, a new
 *   round, the result written to the union ledger as the new 届);
 * - bad input is refused with a Chinese message naming what and where, before anything is
 *   written;
 * - once ballots are keyed the candidate list of that round no longer changes (a ballot's
 *   marks point at candidates).
 */

// ── rules (settings) ──────────────────────────────────────────────────────────────

export async function getElectionRules(db: UnionDeskDb): Promise<ElectionRules> {
  return normalizeRules(await getSetting<Partial<ElectionRules>>(db, ELECTION_RULES_KEY));
}

/** Saves the default rules (an undoable edit); elections already set up keep their own copy. */
export async function saveElectionRules(db: UnionDeskDb, rules: ElectionRules): Promise<Batch> {
  const first = Object.values(validateRules(rules))[0];
  if (first) throw new Error(`选举规则不能保存：${first}`);
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: '修改选举规则' },
    ['settings'],
    (w) => w.put('settings', { key: ELECTION_RULES_KEY, value: rules }),
  );
  return batch;
}

/** 应到会有选举权人数 from the roster: members in service, plus retired ones when they vote. */
export async function countEntitledVoters(db: UnionDeskDb, retiredVote: boolean): Promise<number> {
  const statuses = retiredVote ? ['在职', '退休'] : ['在职'];
  const rows = await db.members.where('status').anyOf(statuses).toArray();
  return rows.filter(isUnionMember).length;
}

// ── reads ─────────────────────────────────────────────────────────────────────────

export interface ElectionListRow {
  election: Election;
  candidates: number;
  ballots: number;
  elected: number;
  status: string;
}

export async function listElections(db: UnionDeskDb): Promise<ElectionListRow[]> {
  const elections = await db.elections.orderBy('date').reverse().toArray();
  return Promise.all(
    elections.map(async (e) => {
      const { candidates, ballots } = await electionRows(db, e.id);
      const o = electionOutcome(e, candidates, ballots);
      const status = e.appliedAt
        ? '已产生新一届委员会'
        : o.void
          ? '选举无效'
          : o.tie.length
            ? '得票相等，需重新投票'
            : o.open > 0
              ? ballots.length || e.rounds.some((r) => r.entry === 'totals')
                ? `尚缺 ${o.open} 人`
                : '待计票'
              : '已选出';
      return {
        election: e,
        candidates: candidates.length,
        ballots: ballots.filter((b) => b.keyer === e.countedKeyer).length,
        elected: o.elected.length,
        status,
      };
    }),
  );
}

async function electionRows(db: UnionDeskDb, id: string) {
  const [candidates, ballots] = await Promise.all([
    db.candidates.where('electionId').equals(id).toArray(),
    db.ballots.where('electionId').equals(id).toArray(),
  ]);
  return { candidates: candidates.sort((a, b) => a.order - b.order), ballots };
}

export interface ElectionView {
  election: Election;
  /** in ballot order (姓氏笔画) */
  candidates: Candidate[];
  /** every keyer's, by round then number */
  ballots: Ballot[];
}

export async function getElection(db: UnionDeskDb, id: string): Promise<ElectionView | null> {
  const election = await db.elections.get(id);
  if (!election) return null;
  const { candidates, ballots } = await electionRows(db, id);
  ballots.sort(
    (a, b) => a.round - b.round || a.number - b.number || a.keyer.localeCompare(b.keyer),
  );
  return { election, candidates, ballots };
}

async function existing(db: UnionDeskDb, id: string): Promise<Election> {
  const e = await db.elections.get(id);
  if (!e) throw new Error('找不到这项选举，可能已被删除或撤销。');
  return e;
}

// ── set-up ────────────────────────────────────────────────────────────────────────

function refuseInvalid(d: ElectionDraft): void {
  const first = Object.values(validateElection(d))[0];
  if (first) throw new Error(`选举“${d.name.trim() || '未命名'}”不能保存：${first}`);
}

function clean(d: ElectionDraft) {
  const list = (xs: string[]) => xs.map((x) => x.trim()).filter((x) => x !== '');
  return {
    code: d.code.trim(),
    name: d.name.trim(),
    date: d.date,
    year: yearOfDate(d.date),
    body: d.body,
    office: d.office.trim(),
    seats: d.seats,
    termNumber: d.termNumber,
    termYears: d.termYears,
    entitled: d.entitled,
    present: d.present,
    issued: d.issued,
    returned: d.returned,
    chiefScrutineer: d.chiefScrutineer.trim(),
    scrutineers: list(d.scrutineers),
    tellers: list(d.tellers),
  };
}

/** Candidates typed by name are linked to the roster when the name is unique there. */
async function linkCandidates(db: UnionDeskDb, d: ElectionDraft): Promise<ElectionDraft> {
  const members = await db.members.toArray();
  return {
    ...d,
    candidates: d.candidates.map((c) => {
      if (c.memberId) return c;
      const same = members.filter((m) => m.name === c.name.trim());
      return { ...c, memberId: same.length === 1 ? same[0]!.id : null };
    }),
  };
}

function candidatesOf(
  d: ElectionDraft,
  electionId: string,
  kept: readonly Candidate[],
): Candidate[] {
  return inStrokeOrder(d.candidates.map((c) => ({ ...c, name: c.name.trim() }))).map((c, i) => {
    const same = kept.find((k) => k.name === c.name);
    return {
      id: same?.id ?? newId('cand'),
      electionId,
      order: i + 1,
      memberId: c.memberId,
      name: c.name,
      ...(same?.demo ? { demo: same.demo } : {}),
    };
  });
}

/** Sets up an election with its candidates (in 姓氏笔画 order) and its first round. */
export async function createElection(
  db: UnionDeskDb,
  draft: ElectionDraft,
  rules?: ElectionRules,
): Promise<Election> {
  refuseInvalid(draft);
  const dup = (await db.elections.toArray()).find((e) => e.code === draft.code.trim());
  if (dup) throw new Error(`编号“${draft.code.trim()}”已用于“${dup.name}”，请换一个编号。`);
  const id = newId('elec');
  const candidates = candidatesOf(await linkCandidates(db, draft), id, []);
  const now = new Date().toISOString();
  const election: Election = {
    id,
    ...clean(draft),
    rules: rules ?? (await getElectionRules(db)),
    rounds: [
      firstRound(
        draft,
        candidates.map((c) => c.id),
      ),
    ],
    countedKeyer: 'A',
    appliedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await writeBatch(
    db,
    { kind: 'edit', label: `新建选举 ${election.name}` },
    ['elections', 'candidates'],
    async (w) => {
      await w.put('elections', election);
      await w.bulkPut('candidates', candidates);
      w.count('新增');
    },
  );
  return election;
}

/**
 * Saves a changed set-up. The candidates may change only while no ballot is keyed; the
 * counts of the first round follow 发出/收回.
 */
export async function updateElection(
  db: UnionDeskDb,
  id: string,
  draft: ElectionDraft,
  rules?: ElectionRules,
): Promise<Election> {
  const old = await existing(db, id);
  refuseInvalid(draft);
  if (old.appliedAt)
    throw new Error('这项选举的结果已写入工会委员会，不能再修改；如需修改请先撤销该操作。');
  const { candidates: kept, ballots } = await electionRows(db, id);
  const names = (xs: { name: string }[]) =>
    xs
      .map((c) => c.name.trim())
      .sort()
      .join('、');
  const changedList = names(kept) !== names(draft.candidates);
  if (changedList && ballots.length > 0)
    throw new Error('已经录入了选票，候选人名单不能再改；如确需修改，请先删除已录入的选票。');
  if (old.seats !== draft.seats && ballots.length > 0)
    throw new Error('已经录入了选票，应选人数不能再改；如确需修改，请先删除已录入的选票。');
  const candidates = candidatesOf(await linkCandidates(db, draft), id, kept);
  const [first, ...rest] = old.rounds;
  const round1: ElectionRound = {
    ...(first ?? firstRound(draft, [])),
    seats: draft.seats,
    candidateIds: candidates.map((c) => c.id),
    issued: draft.issued,
    returned: draft.returned,
  };
  const election: Election = {
    ...old,
    ...clean(draft),
    rules: rules ?? old.rules,
    rounds: [round1, ...rest],
    updatedAt: new Date().toISOString(),
  };
  await writeBatch(
    db,
    { kind: 'edit', label: `修改选举 ${election.name}` },
    ['elections', 'candidates'],
    async (w) => {
      const gone = kept.filter((k) => !candidates.some((c) => c.id === k.id)).map((k) => k.id);
      await w.bulkDelete('candidates', gone);
      await w.bulkPut('candidates', candidates);
      await w.put('elections', election);
      w.count('更新');
    },
  );
  return election;
}

export async function deleteElection(db: UnionDeskDb, id: string): Promise<Batch> {
  const old = await existing(db, id);
  const { candidates, ballots } = await electionRows(db, id);
  const { batch } = await writeBatch(
    db,
    { kind: 'delete', label: `删除选举 ${old.name}` },
    ['elections', 'candidates', 'ballots'],
    async (w) => {
      await w.bulkDelete(
        'ballots',
        ballots.map((b) => b.id),
      );
      await w.bulkDelete(
        'candidates',
        candidates.map((c) => c.id),
      );
      await w.delete('elections', id);
      w.count('删除');
    },
  );
  return batch;
}

// ── ballots ───────────────────────────────────────────────────────────────────────

export interface BallotDraft {
  round: number;
  number: number;
  keyer: string;
  marks: Record<string, Mark>;
  writeIns: string[];
  spoiled: string | null;
}

function roundOf(e: Election, n: number): ElectionRound {
  const r = e.rounds.find((x) => x.round === n);
  if (!r) throw new Error(`这项选举没有第 ${n} 轮投票。`);
  return r;
}

function checkBallot(e: Election, d: BallotDraft): Ballot['marks'] {
  if (e.appliedAt) throw new Error('这项选举的结果已写入工会委员会，不能再录入选票。');
  const r = roundOf(e, d.round);
  if (r.entry === 'totals')
    throw new Error(`第 ${d.round} 轮按计票表录入了总数，不能再逐张录入选票。`);
  if (!Number.isInteger(d.number) || d.number < 1) throw new Error(`票号“${d.number}”应为正整数。`);
  if (!d.keyer.trim()) throw new Error('请填写录入人。');
  const marks: Ballot['marks'] = {};
  for (const [id, m] of Object.entries(d.marks)) {
    if (!r.candidateIds.includes(id))
      throw new Error(`第 ${d.number} 张选票标记了不在本轮选票上的候选人。`);
    if (m !== 'abstain') marks[id] = m;
  }
  for (const n of d.writeIns)
    if (n.trim().length > 20)
      throw new Error(`第 ${d.number} 张选票另选他人“${n.trim().slice(0, 20)}…”太长。`);
  return marks;
}

/** Keys one ballot (票号 unique per round and keyer); returns it. */
export async function keyBallot(
  db: UnionDeskDb,
  electionId: string,
  d: BallotDraft,
): Promise<Ballot> {
  const e = await existing(db, electionId);
  const marks = checkBallot(e, d);
  const ballot: Ballot = {
    id: newId('bal'),
    electionId,
    round: d.round,
    number: d.number,
    keyer: d.keyer.trim(),
    marks,
    writeIns: d.writeIns.map((n) => n.trim()).filter((n) => n !== ''),
    spoiled: d.spoiled?.trim() || null,
    keyedAt: new Date().toISOString(),
  };
  await writeBatch(
    db,
    { kind: 'edit', label: `录入选票 ${e.name} 第${d.round}轮 第${d.number}张` },
    ['ballots'],
    async (w) => {
      const same = await db.ballots
        .where('[electionId+round]')
        .equals([electionId, d.round])
        .filter((b) => b.keyer === ballot.keyer && b.number === d.number)
        .count();
      if (same > 0)
        throw new Error(
          `第 ${d.round} 轮第 ${d.number} 张选票（录入人 ${ballot.keyer}）已经录入过，请改正那一张。`,
        );
      await w.put('ballots', ballot);
      w.count('新增');
    },
  );
  return ballot;
}

/** Corrects a keyed ballot (its marks, write-ins, 废票 reason). */
export async function correctBallot(
  db: UnionDeskDb,
  id: string,
  d: Omit<BallotDraft, 'round' | 'number' | 'keyer'>,
): Promise<Ballot> {
  const old = await db.ballots.get(id);
  if (!old) throw new Error('找不到这张选票，可能已被删除或撤销。');
  const e = await existing(db, old.electionId);
  const marks = checkBallot(e, { ...d, round: old.round, number: old.number, keyer: old.keyer });
  const ballot: Ballot = {
    ...old,
    marks,
    writeIns: d.writeIns.map((n) => n.trim()).filter((n) => n !== ''),
    spoiled: d.spoiled?.trim() || null,
    keyedAt: new Date().toISOString(),
  };
  await writeBatch(
    db,
    { kind: 'edit', label: `改正选票 ${e.name} 第${old.round}轮 第${old.number}张` },
    ['ballots'],
    async (w) => {
      await w.put('ballots', ballot);
      w.count('更新');
    },
  );
  return ballot;
}

export async function deleteBallot(db: UnionDeskDb, id: string): Promise<Batch> {
  const old = await db.ballots.get(id);
  if (!old) throw new Error('找不到这张选票，可能已被删除或撤销。');
  const e = await existing(db, old.electionId);
  if (e.appliedAt) throw new Error('这项选举的结果已写入工会委员会，不能再删除选票。');
  const { batch } = await writeBatch(
    db,
    { kind: 'delete', label: `删除选票 第${old.round}轮 第${old.number}张` },
    ['ballots'],
    async (w) => {
      await w.delete('ballots', id);
      w.count('删除');
    },
  );
  return batch;
}

// ── rounds ────────────────────────────────────────────────────────────────────────

async function saveRounds(
  db: UnionDeskDb,
  e: Election,
  rounds: ElectionRound[],
  label: string,
  extra: Partial<Election> = {},
): Promise<Election> {
  const next: Election = { ...e, ...extra, rounds, updatedAt: new Date().toISOString() };
  await writeBatch(db, { kind: 'edit', label }, ['elections'], async (w) => {
    await w.put('elections', next);
    w.count('更新');
  });
  return next;
}

/** 发出/收回 of a round (round 1's are the election's own). */
export async function setRoundBallots(
  db: UnionDeskDb,
  electionId: string,
  round: number,
  issued: number,
  returned: number,
): Promise<Election> {
  const e = await existing(db, electionId);
  for (const [v, label] of [
    [issued, '发出选票'],
    [returned, '收回选票'],
  ] as const)
    if (!Number.isInteger(v) || v < 0) throw new Error(`第 ${round} 轮${label}应为 0 或正整数。`);
  if (issued > e.present)
    throw new Error(`第 ${round} 轮发出选票（${issued}）不能多于实到人数（${e.present}）。`);
  const rounds = e.rounds.map((r) => (r.round === round ? { ...r, issued, returned } : r));
  roundOf(e, round);
  return saveRounds(
    db,
    e,
    rounds,
    `第${round}轮发出${issued}张、收回${returned}张`,
    round === 1 ? { issued, returned } : {},
  );
}

/**
 * Enters a round's totals from the paper count (计票表), or clears them (null) to key
 * ballots. Each candidate's 赞成 + 反对 + 弃权 must equal the valid ballots.
 */
export async function setRoundTotals(
  db: UnionDeskDb,
  electionId: string,
  round: number,
  totals: RoundTotals | null,
): Promise<Election> {
  const e = await existing(db, electionId);
  const r = roundOf(e, round);
  if (totals) {
    const { candidates } = await electionRows(db, electionId);
    const name = (id: string) => candidates.find((c) => c.id === id)?.name ?? id;
    const ints = (n: number) => Number.isInteger(n) && n >= 0;
    if (!ints(totals.valid) || !ints(totals.invalid))
      throw new Error('有效票和无效票应为 0 或正整数。');
    if (totals.valid + totals.invalid > r.returned)
      throw new Error(
        `有效票 ${totals.valid} 张加无效票 ${totals.invalid} 张，多于收回的 ${r.returned} 张。`,
      );
    for (const id of r.candidateIds) {
      const c = totals.candidates[id] ?? { for: 0, against: 0, abstain: 0 };
      if (![c.for, c.against, c.abstain].every(ints))
        throw new Error(`${name(id)}的票数应为 0 或正整数。`);
      if (c.for + c.against + c.abstain !== totals.valid)
        throw new Error(
          `${name(id)}：赞成 ${c.for}、反对 ${c.against}、弃权 ${c.abstain}，合计应等于有效票 ${totals.valid}。`,
        );
    }
  }
  const rounds = e.rounds.map((x) =>
    x.round === round
      ? { ...x, entry: totals ? ('totals' as const) : ('ballots' as const), totals }
      : x,
  );
  return saveRounds(
    db,
    e,
    rounds,
    totals ? `录入计票结果 ${e.name} 第${round}轮` : `改为逐张录入 ${e.name} 第${round}轮`,
  );
}

/** Adds the round the last result calls for: a re-vote among the tied, or another round. */
export async function addNextRound(db: UnionDeskDb, electionId: string): Promise<Election> {
  const view = await getElection(db, electionId);
  if (!view) throw new Error('找不到这项选举，可能已被删除或撤销。');
  const { election: e, candidates, ballots } = view;
  const o = electionOutcome(e, candidates, ballots);
  if (o.void) throw new Error(o.void);
  const last = e.rounds.at(-1)!;
  const result = o.rounds.at(-1)!;
  const next = nextRoundOf(result, last, candidates);
  if (!next) throw new Error('本轮已选出全部应选人数，不需要再投票。');
  if (next.candidateIds.length === 0) throw new Error('没有可以再次投票的候选人，请先补充候选人。');
  const round: ElectionRound = {
    round: last.round + 1,
    ...next,
    issued: 0,
    returned: 0,
    entry: 'ballots',
    totals: null,
  };
  const label = next.kind === 'tie' ? '重新投票' : '另行选举';
  return saveRounds(db, e, [...e.rounds, round], `${label} ${e.name} 第${round.round}轮`);
}

/** Removes the last round (made by mistake) while none of its ballots is keyed. */
export async function removeLastRound(db: UnionDeskDb, electionId: string): Promise<Election> {
  const e = await existing(db, electionId);
  const last = e.rounds.at(-1)!;
  if (last.round === 1) throw new Error('第 1 轮不能删除。');
  const keyed = await db.ballots
    .where('[electionId+round]')
    .equals([electionId, last.round])
    .count();
  if (keyed > 0) throw new Error(`第 ${last.round} 轮已录入 ${keyed} 张选票，请先删除这些选票。`);
  return saveRounds(db, e, e.rounds.slice(0, -1), `删除 ${e.name} 第${last.round}轮`);
}

/** Which keyer's ballots count (the other keying is for comparison). */
export async function setCountedKeyer(
  db: UnionDeskDb,
  electionId: string,
  keyer: string,
): Promise<Election> {
  const e = await existing(db, electionId);
  if (!keyer.trim()) throw new Error('请填写录入人。');
  return saveRounds(db, e, e.rounds, `以录入人 ${keyer.trim()} 的选票计票`, {
    countedKeyer: keyer.trim(),
  });
}

// ── the result ────────────────────────────────────────────────────────────────────

/**
 * Writes the result to the union ledger in one undoable batch: the elected become the
 * officers (the election's office) of the new 届 from the election day, the officers of
 * earlier terms leave office the day before, and the union profile's 届次 and term follow.
 */
export async function applyResult(db: UnionDeskDb, electionId: string): Promise<Batch> {
  const view = await getElection(db, electionId);
  if (!view) throw new Error('找不到这项选举，可能已被删除或撤销。');
  const { election: e, candidates, ballots } = view;
  if (e.appliedAt) throw new Error('这项选举的结果已经写入工会委员会。');
  const o = electionOutcome(e, candidates, ballots);
  if (o.void) throw new Error(o.void);
  if (o.tie.length)
    throw new Error(`${o.tie.map((c) => c.name).join('、')}得票相等，请先重新投票。`);
  if (o.elected.length === 0) throw new Error('还没有人当选，不能产生新一届委员会。');
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const drafts = o.elected.map((c) => {
    const cand = c.candidateId ? byId.get(c.candidateId) : undefined;
    return {
      termNumber: e.termNumber,
      role: e.office,
      memberId: cand?.memberId ?? null,
      name: c.name,
      startDate: e.date,
      endDate: null,
    };
  });
  // A write-in elected is linked to the roster when the name is unique there.
  const members = await db.members.toArray();
  for (const d of drafts) {
    if (d.memberId) continue;
    const same = members.filter((m) => m.name === d.name);
    if (same.length === 1) d.memberId = same[0]!.id;
  }
  const names = new Map(members.map((m) => [m.id, m.name]));
  const { ending, added } = newTermOfficers(
    await db.officers.toArray(),
    e.termNumber,
    e.date,
    drafts,
    names,
    () => newId('off'),
  );
  const profile = await getProfile(db);
  const end = new Date(`${e.date}T00:00:00Z`);
  end.setUTCFullYear(end.getUTCFullYear() + e.termYears);
  end.setUTCDate(end.getUTCDate() - 1);
  const { batch } = await writeBatch(
    db,
    {
      kind: 'edit',
      label: `选举结果写入工会委员会 第${e.termNumber}届 ${e.office}${added.length}人`,
    },
    ['elections', 'officers', 'settings'],
    async (w) => {
      await w.bulkPut('officers', [...ending, ...added]);
      if (profile && profile.termNumber <= e.termNumber)
        await w.put('settings', {
          key: PROFILE_KEY,
          value: {
            ...profile,
            termNumber: e.termNumber,
            termStart: e.date,
            termEnd: end.toISOString().slice(0, 10),
          },
        });
      await w.put('elections', { ...e, appliedAt: new Date().toISOString() });
      w.count('新增委员', added.length);
      if (ending.length) w.count('离任', ending.length);
    },
  );
  return batch;
}

// ── documents (文号 from the 发文登记) ──────────────────────────────────────────────

/**
 * Gives one of the election's documents the next 文号 of its year from the register
 * (发文登记, the notices ledger's table), in the transaction that records it on the
 * election; a document numbered once keeps its 文号.
 */
export async function numberElectionDocument(
  db: UnionDeskDb,
  electionId: string,
  kind: ElectionDocumentKind,
  title: string,
  date: string,
  prefix: string,
): Promise<string> {
  const e = await existing(db, electionId);
  const kept = e.documents?.[kind];
  if (kept) return kept.number;
  if (!prefix.trim()) throw new Error('请填写发文机关代字（文号中〔〕前的部分，如“城南工”）。');
  if (/[〔〕[\]【】]/.test(prefix))
    throw new Error(`发文机关代字“${prefix}”中不能有括号，年份会自动加上〔〕。`);
  if (!isIsoDate(date)) throw new Error(`成文日期“${date}”不是有效日期。`);
  const year = Number(date.slice(0, 4));
  const { result } = await writeBatch(
    db,
    { kind: 'edit', label: `发文登记 ${title}` },
    ['documents', 'elections'],
    async (w) => {
      const used = await db.documents.where('year').equals(year).toArray();
      const n = nextDocumentNumber(
        used.filter((r) => r.seq > 0),
        year,
        prefix,
      );
      const now = new Date().toISOString();
      const record: NoticeRecord = {
        id: newId('doc'),
        year,
        seq: n.seq,
        prefix: n.prefix,
        number: n.number,
        title,
        date,
        activityId: null,
        kind: null,
        templateId: null,
        source: null,
        values: {},
        issuer: null,
        document: null,
        createdAt: now,
        updatedAt: now,
      };
      await w.put('documents', record);
      await w.put('elections', {
        ...e,
        documents: { ...(e.documents ?? {}), [kind]: { id: record.id, number: n.number } },
        updatedAt: now,
      });
      w.count('新增');
      return n.number;
    },
  );
  return result;
}

/** The elections a member stood in, newest first, with whether they were elected. */
export async function candidaciesOfMember(
  db: UnionDeskDb,
  memberId: string,
): Promise<{ election: Election; elected: boolean; for: number }[]> {
  const mine = await db.candidates.where('memberId').equals(memberId).toArray();
  const out = await Promise.all(
    mine.map(async (c) => {
      const view = await getElection(db, c.electionId);
      if (!view) return null;
      const o = electionOutcome(view.election, view.candidates, view.ballots);
      const first = o.rounds[0]?.contenders.find((x) => x.candidateId === c.id);
      return {
        election: view.election,
        elected: o.elected.some((x) => x.candidateId === c.id),
        for: first?.for ?? 0,
      };
    }),
  );
  return out
    .filter((x): x is NonNullable<typeof x> => x !== null)
    .sort((a, b) => b.election.date.localeCompare(a.election.date));
}
