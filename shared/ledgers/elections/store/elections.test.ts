import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../db/testDb';
import { listBatches, undoBatch } from '../../../db/batches';
import { getProfile, saveProfile } from '../../../db/settings';
import type { UnionDeskDb } from '../../../db/db';
import { emptyProfile } from '../../union/rules/profile';
import type { ElectionDraft, Mark } from '../rules/election';
import {
  addNextRound,
  applyResult,
  correctBallot,
  createElection,
  deleteElection,
  getElection,
  getElectionRules,
  keyBallot,
  listElections,
  numberElectionDocument,
  saveElectionRules,
  setRoundBallots,
  setRoundTotals,
  updateElection,
} from './elections';
import { electionOutcome } from '../rules/tally';
import { DEFAULT_ELECTION_RULES } from '../rules/settings';

const NAMES = ['王一', '李二', '张三', '刘四', '陈五', '杨六', '黄七', '周八', '吴九'];

function draft(over: Partial<ElectionDraft> = {}): ElectionDraft {
  return {
    code: '2026-1',
    name: '第五届工会委员会换届选举',
    date: '2026-11-20',
    body: '会员大会',
    office: '委员',
    seats: 7,
    termNumber: 5,
    termYears: 5,
    entitled: 24,
    present: 22,
    issued: 22,
    returned: 22,
    chiefScrutineer: '赵监',
    scrutineers: ['钱监'],
    tellers: ['孙计'],
    candidates: NAMES.map((name) => ({ memberId: null, name })),
    ...over,
  };
}

async function setUp(): Promise<UnionDeskDb> {
  const { db } = freshDb();
  await saveProfile(db, {
    ...emptyProfile(),
    unionName: '示例中学工会委员会',
    unitName: '示例中学',
    chairName: '王一',
    superiorUnion: '区教育工会',
    termNumber: 4,
    termStart: '2021-11-20',
    termEnd: '2026-11-19',
  });
  await db.officers.put({
    id: 'old-1',
    termNumber: 4,
    role: '主席',
    memberId: null,
    name: '老主席',
    startDate: '2021-11-20',
    endDate: null,
  });
  return db;
}

/** Marks by candidate name: + 赞成, - 反对; others 弃权. */
function marksOf(ids: string[], pattern: string): Record<string, Mark> {
  const out: Record<string, Mark> = {};
  [...pattern].forEach((ch, i) => {
    if (ch === '+') out[ids[i]!] = 'for';
    if (ch === '-') out[ids[i]!] = 'against';
  });
  return out;
}

describe('the elections store', () => {
  it('sets up an election with its candidates in stroke order, undoable as one batch', async () => {
    const db = await setUp();
    const e = await createElection(db, draft());
    const view = (await getElection(db, e.id))!;
    expect(view.candidates.map((c) => c.name)).toEqual([
      '王一', // 王 4 strokes
      '刘四', // 刘 6
      '吴九', // 吴 张 李 陈 杨: 7, in the helper's order within the stroke group
      '张三',
      '李二',
      '陈五',
      '杨六',
      '周八', // 周 8
      '黄七', // 黄 11
    ]);
    expect(view.election.rounds[0]!.candidateIds).toEqual(view.candidates.map((c) => c.id));
    const [batch] = await listBatches(db);
    await undoBatch(db, batch!.id);
    expect(await db.elections.count()).toBe(0);
    expect(await db.candidates.count()).toBe(0);
  });

  it('refuses a bad set-up with a Chinese message and writes nothing', async () => {
    const db = await setUp();
    await expect(createElection(db, draft({ tellers: ['王一'] }))).rejects.toThrow(
      '王一是候选人，不能担任总监票人、监票人或计票人',
    );
    await createElection(db, draft());
    await expect(createElection(db, draft())).rejects.toThrow('编号“2026-1”已用于');
    expect(await db.elections.count()).toBe(1);
  });

  it('keys ballots, refuses a 票号 twice, corrects one, and tallies them', async () => {
    const db = await setUp();
    const e = await createElection(db, draft());
    const ids = e.rounds[0]!.candidateIds;
    const b1 = await keyBallot(db, e.id, {
      round: 1,
      number: 1,
      keyer: 'A',
      marks: marksOf(ids, '+++++++--'),
      writeIns: [],
      spoiled: null,
    });
    await keyBallot(db, e.id, {
      round: 1,
      number: 2,
      keyer: 'A',
      marks: marksOf(ids, '+++++++--'),
      writeIns: ['孙十'],
      spoiled: null,
    });
    await expect(
      keyBallot(db, e.id, {
        round: 1,
        number: 2,
        keyer: 'A',
        marks: {},
        writeIns: [],
        spoiled: null,
      }),
    ).rejects.toThrow('第 1 轮第 2 张选票（录入人 A）已经录入过');
    // A second keyer may key the same number.
    await keyBallot(db, e.id, {
      round: 1,
      number: 2,
      keyer: 'B',
      marks: {},
      writeIns: [],
      spoiled: null,
    });
    let view = (await getElection(db, e.id))!;
    let o = electionOutcome(view.election, view.candidates, view.ballots);
    expect(o.rounds[0]!.tally).toMatchObject({ valid: 1, invalid: 1 });
    await correctBallot(db, b1.id, { marks: marksOf(ids, '-'), writeIns: [], spoiled: null });
    view = (await getElection(db, e.id))!;
    o = electionOutcome(view.election, view.candidates, view.ballots);
    expect(o.rounds[0]!.tally.counts[ids[0]!]).toEqual({ for: 0, against: 1, abstain: 0 });
    await expect(
      keyBallot(db, e.id, {
        round: 1,
        number: 3,
        keyer: 'A',
        marks: { nobody: 'for' },
        writeIns: [],
        spoiled: null,
      }),
    ).rejects.toThrow('不在本轮选票上的候选人');
  });

  it('refuses a change of candidates once ballots are keyed', async () => {
    const db = await setUp();
    const e = await createElection(db, draft());
    await keyBallot(db, e.id, {
      round: 1,
      number: 1,
      keyer: 'A',
      marks: {},
      writeIns: [],
      spoiled: null,
    });
    const fewer = draft({
      candidates: NAMES.slice(0, 8).map((name) => ({ memberId: null, name })),
    });
    await expect(updateElection(db, e.id, fewer)).rejects.toThrow('候选人名单不能再改');
    const moved = await updateElection(db, e.id, draft({ present: 23, issued: 23, returned: 23 }));
    expect(moved.rounds[0]!.issued).toBe(23);
  });

  it('checks paper totals add up to the valid ballots', async () => {
    const db = await setUp();
    const e = await createElection(db, draft());
    const ids = e.rounds[0]!.candidateIds;
    const candidates = Object.fromEntries(
      ids.map((id) => [id, { for: 15, against: 5, abstain: 0 }]),
    );
    await expect(
      setRoundTotals(db, e.id, 1, { valid: 21, invalid: 1, candidates, writeIns: {} }),
    ).rejects.toThrow('合计应等于有效票 21');
    await expect(
      setRoundTotals(db, e.id, 1, { valid: 22, invalid: 1, candidates, writeIns: {} }),
    ).rejects.toThrow('多于收回的 22 张');
    const saved = await setRoundTotals(db, e.id, 1, {
      valid: 20,
      invalid: 2,
      candidates,
      writeIns: {},
    });
    expect(saved.rounds[0]!.entry).toBe('totals');
  });

  it('makes the re-vote round among the tied, and applies the result as the new 届', async () => {
    const db = await setUp();
    const e = await createElection(db, draft());
    const ids = e.rounds[0]!.candidateIds;
    // 22 totals: first six clearly elected, three tied at 14 for the last seat.
    const votes = [20, 20, 19, 19, 18, 18, 14, 14, 14];
    const candidates = Object.fromEntries(
      ids.map((id, i) => [id, { for: votes[i]!, against: 22 - votes[i]!, abstain: 0 }]),
    );
    await setRoundTotals(db, e.id, 1, { valid: 22, invalid: 0, candidates, writeIns: {} });
    await expect(applyResult(db, e.id)).rejects.toThrow('得票相等，请先重新投票');
    const withTie = await addNextRound(db, e.id);
    const revote = withTie.rounds[1]!;
    expect(revote).toMatchObject({ round: 2, kind: 'tie', seats: 1 });
    expect(revote.candidateIds).toEqual(ids.slice(6));
    await setRoundBallots(db, e.id, 2, 22, 22);
    await keyBallot(db, e.id, {
      round: 2,
      number: 1,
      keyer: 'A',
      marks: { [ids[7]!]: 'for' },
      writeIns: [],
      spoiled: null,
    });
    const rows = await listElections(db);
    expect(rows[0]!.status).toBe('已选出');

    await applyResult(db, e.id);
    const officers = await db.officers.toArray();
    const fifth = officers.filter((o) => o.termNumber === 5);
    expect(fifth).toHaveLength(7);
    expect(fifth.every((o) => o.role === '委员' && o.startDate === '2026-11-20')).toBe(true);
    expect(officers.find((o) => o.id === 'old-1')!.endDate).toBe('2026-11-19');
    expect(await getProfile(db)).toMatchObject({
      termNumber: 5,
      termStart: '2026-11-20',
      termEnd: '2031-11-19',
    });
    await expect(applyResult(db, e.id)).rejects.toThrow('已经写入工会委员会');

    const [applied] = await listBatches(db);
    await undoBatch(db, applied!.id);
    expect(await db.officers.count()).toBe(1);
    expect((await db.officers.get('old-1'))!.endDate).toBeNull();
    expect((await getProfile(db))!.termNumber).toBe(4);
    expect((await db.elections.get(e.id))!.appliedAt).toBeNull();
  });

  it('deletes an election with its candidates and ballots in one batch', async () => {
    const db = await setUp();
    const e = await createElection(db, draft());
    await keyBallot(db, e.id, {
      round: 1,
      number: 1,
      keyer: 'A',
      marks: {},
      writeIns: [],
      spoiled: null,
    });
    await deleteElection(db, e.id);
    expect(await db.ballots.count()).toBe(0);
    expect(await db.candidates.count()).toBe(0);
  });

  it('keeps the default rules as a setting and copies them into a new election', async () => {
    const db = await setUp();
    expect(await getElectionRules(db)).toEqual(DEFAULT_ELECTION_RULES);
    await saveElectionRules(db, { ...DEFAULT_ELECTION_RULES, majorityBase: 'valid' });
    const e = await createElection(db, draft());
    expect(e.rules.majorityBase).toBe('valid');
    await expect(
      saveElectionRules(db, {
        ...DEFAULT_ELECTION_RULES,
        marks: { for: '○', against: '○', abstain: '' },
      }),
    ).rejects.toThrow('选举规则不能保存');
  });
});

describe('the documents', () => {
  it('take the next 文号 of the register once, in one batch with the election', async () => {
    const db = await setUp();
    const e = await createElection(db, draft());
    await db.documents.put({
      id: 'd1',
      year: 2026,
      seq: 2,
      prefix: '示工',
      number: '示工〔2026〕2号',
      title: '先前的通知',
      date: '2026-03-01',
      activityId: null,
      kind: null,
      templateId: null,
      source: null,
      values: {},
      issuer: null,
      document: null,
      createdAt: '',
      updatedAt: '',
    });
    const n = await numberElectionDocument(
      db,
      e.id,
      'report',
      '关于选举结果的报告',
      '2026-11-21',
      '示工',
    );
    expect(n).toBe('示工〔2026〕3号');
    expect(await numberElectionDocument(db, e.id, 'report', 'x', '2026-11-22', '示工')).toBe(n);
    expect((await db.elections.get(e.id))!.documents?.report?.number).toBe(n);
    await expect(
      numberElectionDocument(db, e.id, 'request', 'x', '2026-11-21', ''),
    ).rejects.toThrow('请填写发文机关代字');
    const [b] = await listBatches(db);
    await undoBatch(db, b!.id);
    expect(await db.documents.count()).toBe(1);
    expect((await db.elections.get(e.id))!.documents).toBeUndefined();
  });
});
