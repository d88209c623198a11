import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../db/testDb';
import { listBatches, undoBatch } from '../../../db/batches';
import type { UnionDeskDb } from '../../../db/db';
import { newMember } from '../../roster/rules/member';
import { DEFAULT_CONGRESS_SETTINGS } from '../rules/settings';
import {
  addRepresentatives,
  congressOfMember,
  createSession,
  deleteSession,
  getCongressSettings,
  listRepresentatives,
  recordCongressAttendance,
  saveCongressSettings,
  saveVote,
  sessionView,
} from './congress';
import {
  createProposal,
  deleteProposal,
  listProposals,
  listSuggestions,
  replyProposal,
  reviewProposalIn,
} from './proposals';

const draft = {
  name: '',
  termNumber: 3,
  sessionNumber: 5,
  date: '2026-03-20',
  place: '报告厅',
  agenda: ['审议工作报告', ''],
  rules: { quorum: '三分之二以上', majorityBase: '全体代表' } as const,
  notes: '',
};

async function union(db: UnionDeskDb, n = 30) {
  const members = Array.from({ length: n }, (_, i) =>
    newMember({
      id: `m${i}`,
      name: `代表${String(i).padStart(2, '0')}`,
      gender: i % 2 ? '女' : '男',
      post: '教师',
    }),
  );
  await db.members.bulkAdd(members);
  const session = await createSession(db, draft);
  await addRepresentatives(
    db,
    3,
    members.map((m) => ({
      memberId: m.id,
      name: m.name,
      gender: m.gender,
      delegation: '第一代表团',
      category: '正式代表' as const,
    })),
  );
  return { session, members, reps: await listRepresentatives(db, 3) };
}

describe('sessions, representatives and attendance', () => {
  it('names the session from term and number and drops empty agenda lines', async () => {
    const { db } = freshDb();
    const s = await createSession(db, draft);
    expect(s.name).toBe('第三届教职工代表大会第五次会议');
    expect(s.agenda).toEqual(['审议工作报告']);
    await expect(createSession(db, { ...draft, date: '' })).rejects.toThrow(
      '会议“未命名”不能保存：请填写会议日期',
    );
  });

  it('adds a term’s representatives once each, in one batch', async () => {
    const { db } = freshDb();
    const { members, reps } = await union(db);
    expect(reps).toHaveLength(30);
    const again = await addRepresentatives(db, 3, [
      {
        memberId: members[0]!.id,
        name: members[0]!.name,
        gender: '男',
        delegation: '',
        category: '正式代表',
      },
    ]);
    expect(again).toBe(0);
  });

  it('records a session’s attendance as one undoable batch and tallies the quorum', async () => {
    const { db } = freshDb();
    const { session, reps } = await union(db);
    const batch = await recordCongressAttendance(
      db,
      session.id,
      reps.map((r, i) => ({
        representativeId: r.id,
        state: i < 26 ? '出席' : '请假',
        leaveReason: i < 26 ? '' : '外出培训',
      })),
    );
    const view = (await sessionView(db, session.id))!;
    expect(view.tally).toMatchObject({
      representatives: 30,
      present: 26,
      leave: 4,
      quorum: 20,
      quorumMet: true,
    });
    expect(view.tally.leaveList.map((l) => l.reason)).toEqual([
      '外出培训',
      '外出培训',
      '外出培训',
      '外出培训',
    ]);
    await undoBatch(db, batch!.id);
    expect((await sessionView(db, session.id))!.tally.present).toBe(0);
  });

  it('refuses a vote with more votes than present and writes nothing', async () => {
    const { db } = freshDb();
    const { session, reps } = await union(db);
    await recordCongressAttendance(
      db,
      session.id,
      reps.slice(0, 20).map((r) => ({ representativeId: r.id, state: '出席' })),
    );
    const before = (await listBatches(db)).length;
    await expect(
      saveVote(db, session.id, null, {
        item: '审议工作报告',
        method: '举手',
        for: 18,
        against: 2,
        abstain: 1,
      }),
    ).rejects.toThrow('表决“审议工作报告”不能保存：赞成、反对、弃权合计 21 票，多于出席代表 20 人');
    expect((await listBatches(db)).length).toBe(before);
    await saveVote(db, session.id, null, {
      item: '审议工作报告',
      method: '举手',
      for: 16,
      against: 3,
      abstain: 1,
    });
    const view = (await sessionView(db, session.id))!;
    expect(view.tally.votes.map((v) => [v.vote.item, v.outcome.needed, v.outcome.passed])).toEqual([
      ['审议工作报告', 16, true],
    ]);
  });

  it('shows a member the terms and sessions they sat in', async () => {
    const { db } = freshDb();
    const { session, reps } = await union(db);
    await recordCongressAttendance(db, session.id, [
      { representativeId: reps[0]!.id, state: '请假', leaveReason: '病假' },
    ]);
    const rows = await congressOfMember(db, reps[0]!.memberId!);
    expect(rows.map((r) => [r.representative.termNumber, r.sessions.map((s) => s.state)])).toEqual([
      [3, ['请假']],
    ]);
  });

  it('keeps a session with proposals from being deleted, and deletes one without', async () => {
    const { db } = freshDb();
    const { session, members } = await union(db);
    const p = await createProposal(db, {
      sessionId: session.id,
      title: '关于午餐的建议',
      proposer: { name: members[0]!.name, memberId: 'm0' },
      coSigners: [
        { name: members[1]!.name, memberId: 'm1' },
        { name: members[2]!.name, memberId: 'm2' },
      ],
      category: '',
      reasons: '',
      suggestion: '',
      receivedDate: '2026-03-10',
    });
    await expect(deleteSession(db, session.id)).rejects.toThrow(
      '第三届教职工代表大会第五次会议有 1 件提案，不能删除',
    );
    await deleteProposal(db, p.id);
    await deleteSession(db, session.id);
    expect(await db.congressSessions.count()).toBe(0);
  });
});

describe('proposals through the store', () => {
  it('takes the co-signer rule from the settings, and refuses a bad setting', async () => {
    const { db } = freshDb();
    const { session, members } = await union(db);
    const d = {
      sessionId: session.id,
      title: '关于午餐的建议',
      proposer: { name: members[0]!.name, memberId: 'm0' },
      coSigners: [{ name: members[1]!.name, memberId: 'm1' }],
      category: '',
      reasons: '',
      suggestion: '',
      receivedDate: '2026-03-10',
    };
    await expect(createProposal(db, d)).rejects.toThrow('附议人至少 2 名代表，现有 1 名');
    await saveCongressSettings(db, { ...DEFAULT_CONGRESS_SETTINGS, minCoSigners: 1 });
    expect((await getCongressSettings(db)).minCoSigners).toBe(1);
    await expect(createProposal(db, d)).resolves.toMatchObject({ review: '待审查', number: null });
    await expect(
      saveCongressSettings(db, { ...DEFAULT_CONGRESS_SETTINGS, teacherMinPct: 101 }),
    ).rejects.toThrow('教代会规则没有保存：教师代表比例（不低于，%）应为 0～100 的整数');
  });

  it('numbers 立案 proposals in turn, answers them, and passes 转为意见建议 on as a suggestion (undoably)', async () => {
    const { db } = freshDb();
    const { session, members } = await union(db);
    const make = (title: string) =>
      createProposal(db, {
        sessionId: session.id,
        title,
        proposer: { name: members[0]!.name, memberId: 'm0' },
        coSigners: [
          { name: members[1]!.name, memberId: 'm1' },
          { name: members[2]!.name, memberId: 'm2' },
        ],
        category: '后勤保障',
        reasons: '',
        suggestion: '增加菜品',
        receivedDate: '2026-03-10',
      });
    const a = await make('关于午餐的建议');
    const b = await make('关于绿化的意见');
    const c = await make('关于午餐补助的建议');
    expect(
      (
        await reviewProposalIn(db, a.id, {
          decision: '立案',
          department: '总务处',
          dueDate: '2026-04-30',
        })
      ).number,
    ).toBe(1);
    await reviewProposalIn(db, c.id, { decision: '并案', intoId: a.id });
    await reviewProposalIn(db, b.id, { decision: '转为意见建议' });
    const sg = await listSuggestions(db);
    expect(sg.map((s) => [s.content, s.channel, s.fromProposalId])).toEqual([
      ['关于绿化的意见：增加菜品', '转自提案', b.id],
    ]);
    await replyProposal(db, a.id, {
      reply: '已增加两种素菜',
      replyDate: '2026-04-10',
      implementation: '已落实',
      satisfaction: '满意',
    });
    await expect(
      replyProposal(db, b.id, {
        reply: 'x',
        replyDate: null,
        implementation: null,
        satisfaction: null,
      }),
    ).rejects.toThrow('未立案，不需要答复');
    // a proposal leaving 立案 takes those merged into it back to 待审查
    const undoMe = (await listBatches(db))[0]!; // the reply
    await undoBatch(db, undoMe.id);
    await reviewProposalIn(db, a.id, { decision: '不立案', reason: '重复' });
    expect((await listProposals(db, session.id)).find((p) => p.id === c.id)!.review).toBe('待审查');
    // undo of the 转为意见建议 review removes its suggestion too
    const batches = await listBatches(db);
    const review = batches.find((x) => x.label === '审查提案 关于绿化的意见：转为意见建议')!;
    await undoBatch(db, review.id);
    expect(await listSuggestions(db)).toEqual([]);
  });
});
