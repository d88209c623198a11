import { describe, expect, it } from 'vitest';
import { openDb, type UnionDeskDb } from '../../../db/db';
import { listBatches, undoBatch } from '../../../db/batches';
import {
  activitiesOfMember,
  addParticipantsByRule,
  createActivity,
  deleteActivity,
  demoActivities,
  listActivities,
  listActivityYears,
  listParticipantRoster,
  listParticipants,
  listRosterChoices,
  listUpcomingActivities,
  markRestPresent,
  recordAttendance,
  setParticipants,
  setParticipantResult,
  updateActivity,
} from './activities';
import { emptyActivityDraft, type ActivityDraft } from '../rules/activity';
import { newMember, withStatus, type Member } from '../../roster/rules/member';
import { countAttendance } from '../rules/activityStats';
import { buildDemoUnion } from '../../roster/demo';

const STAMP = '2026-01-01T00:00:00Z';

function roster(): Member[] {
  const m = (id: string, name: string, gender: '男' | '女', department: string, order: number) =>
    newMember(
      {
        id,
        name,
        gender,
        department,
        unionGroup: '一组',
        rosterOrder: order,
        joinDate: '2001-09-01',
      },
      STAMP,
    );
  return [
    m('m1', '王芳', '女', '语文组', 1),
    m('m2', '李强', '男', '数学组', 2),
    m('m3', '丁丽', '女', '语文组', 3),
    m('m4', '张敏', '女', '数学组', 4),
    withStatus(m('m5', '赵刚', '男', '语文组', 5), { status: '退休', date: '2025-06-30' }),
  ];
}

async function freshDb(): Promise<UnionDeskDb> {
  const db = openDb(`t-${crypto.randomUUID()}`);
  await db.members.bulkAdd(roster());
  await db.departments.bulkAdd([
    { id: 'd1', name: '语文组', order: 1 },
    { id: 'd2', name: '数学组', order: 2 },
  ]);
  return db;
}

function draft(fields: Partial<ActivityDraft> = {}): ActivityDraft {
  return {
    ...emptyActivityDraft('kind-wenti'),
    title: '三八节趣味活动',
    startDate: '2026-03-07',
    place: '体育馆',
    ...fields,
  };
}

describe('activities repository', () => {
  it('creates an activity as an undoable batch named after it', async () => {
    const db = await freshDb();
    const a = await createActivity(db, draft());
    expect(a.year).toBe(2026);
    expect((await db.activities.get(a.id))?.title).toBe('三八节趣味活动');
    const [batch] = await listBatches(db);
    expect(batch?.label).toBe('新建活动 三八节趣味活动');
    await undoBatch(db, batch!.id);
    expect(await db.activities.count()).toBe(0);
  });

  it('reads an activity with only its own members, in the sheet’s department order', async () => {
    const db = await freshDb();
    await db.members.add(
      newMember(
        { id: 'm6', name: '钱多', gender: '男', department: '后勤', rosterOrder: 6 },
        STAMP,
      ),
    );
    const a = await createActivity(db, draft());
    await setParticipants(db, a.id, {
      addMemberIds: ['m2', 'm6'],
      addGuests: [{ name: '刘建国', unit: '市教育工会' }],
    });
    const r = await listParticipantRoster(db, a.id);
    expect([...r.membersById.keys()].sort()).toEqual(['m2', 'm6']);
    expect(r.participants.map((p) => p.order)).toEqual([1, 2, 3]);
    // Managed departments first (even if nobody of theirs is listed), then the others found.
    expect(r.departments).toEqual(['语文组', '数学组', '后勤']);
    const all = await listRosterChoices(db);
    expect(all.departments).toEqual(r.departments);
  });

  it('refuses an invalid activity with a Chinese message', async () => {
    const db = await freshDb();
    await expect(createActivity(db, draft({ title: '' }))).rejects.toThrow('请填写活动名称');
    await expect(createActivity(db, draft({ kindId: 'nope' }))).rejects.toThrow('类别已不存在');
  });

  it('moves an activity to another year when its date changes', async () => {
    const db = await freshDb();
    const a = await createActivity(db, draft());
    await createActivity(db, draft({ title: '元旦联欢', startDate: '2025-12-31' }));
    await updateActivity(db, a.id, draft({ startDate: '2027-03-07' }));
    expect(await listActivityYears(db)).toEqual([2027, 2025]);
  });

  it('adds by rule in sign-in order, skips members already listed, and adds guests and hand-picked members', async () => {
    const db = await freshDb();
    const a = await createActivity(db, draft());
    expect(await addParticipantsByRule(db, a.id, { kind: 'women' })).toBe(3);
    expect(await addParticipantsByRule(db, a.id, { kind: 'women' })).toBe(0);
    await setParticipants(db, a.id, {
      addMemberIds: ['m2', 'm1'],
      addGuests: [{ name: '刘建国', unit: '市教育工会' }],
    });
    const list = await listParticipants(db, a.id);
    // 语文组 first (丁 before 王 by strokes), then 数学组 (张 before 李), guest last.
    const names = new Map(roster().map((m) => [m.id, m.name]));
    expect(list.map((p) => (p.memberId ? names.get(p.memberId) : p.guestName))).toEqual([
      '丁丽',
      '王芳',
      '张敏',
      '李强',
      '刘建国',
    ]);
    expect(list.map((p) => p.order)).toEqual([1, 2, 3, 4, 5]);
  });

  it('removes lines and refuses a guest without a name', async () => {
    const db = await freshDb();
    const a = await createActivity(db, draft());
    await addParticipantsByRule(db, a.id, { kind: 'inService' });
    const list = await listParticipants(db, a.id);
    const res = await setParticipants(db, a.id, { removeParticipantIds: [list[0]!.id] });
    expect(res).toEqual({ added: 0, removed: 1 });
    expect(await db.participants.count()).toBe(3);
    await expect(setParticipants(db, a.id, { addGuests: [{ name: ' ' }] })).rejects.toThrow(
      '第 1 位来宾没有填写姓名',
    );
  });

  it('records attendance in one batch, marks the rest present, and counts person-times in the list', async () => {
    const db = await freshDb();
    const a = await createActivity(db, draft());
    await addParticipantsByRule(db, a.id, { kind: 'inService' });
    await setParticipants(db, a.id, { addGuests: [{ name: '刘建国' }] });
    const list = await listParticipants(db, a.id);
    const batch = await recordAttendance(db, a.id, [
      { participantId: list[0]!.id, state: '请假', leaveReason: ' 病假 ' },
      { participantId: list[1]!.id, state: '缺席' },
    ]);
    expect(batch?.summary).toEqual({ 请假: 1, 缺席: 1 });
    expect(await markRestPresent(db, a.id)).toBe(3);
    const [row] = await listActivities(db, { year: 2026 });
    expect(row?.kindName).toBe('文体活动');
    expect(row?.counts).toMatchObject({
      invited: 5,
      present: 3,
      leave: 1,
      absent: 1,
      personTimes: 2,
      guestTimes: 1,
    });
    expect((await db.participants.get(list[0]!.id))?.leaveReason).toBe('病假');
  });

  it('undoes an attendance batch back to where it was', async () => {
    const db = await freshDb();
    const a = await createActivity(db, draft());
    await addParticipantsByRule(db, a.id, { kind: 'inService' });
    const list = await listParticipants(db, a.id);
    const batch = await recordAttendance(
      db,
      a.id,
      list.map((p) => ({ participantId: p.id, state: '出席' as const })),
    );
    expect(countAttendance(await listParticipants(db, a.id)).present).toBe(4);
    await undoBatch(db, batch!.id);
    expect(countAttendance(await listParticipants(db, a.id))).toMatchObject({
      present: 0,
      pending: 4,
    });
  });

  it('filters the list by kind and year', async () => {
    const db = await freshDb();
    await createActivity(db, draft());
    await createActivity(
      db,
      draft({ title: '教职工大会', kindId: 'kind-meeting', startDate: '2026-02-24' }),
    );
    await createActivity(
      db,
      draft({ title: '去年的会', kindId: 'kind-meeting', startDate: '2025-02-24' }),
    );
    expect(
      (await listActivities(db, { year: 2026, kindId: 'kind-meeting' })).map(
        (r) => r.activity.title,
      ),
    ).toEqual(['教职工大会']);
    expect((await listActivities(db, {})).map((r) => r.activity.title)).toEqual([
      '三八节趣味活动',
      '教职工大会',
      '去年的会',
    ]);
  });

  it("lists a member's activities with their attendance and results", async () => {
    const db = await freshDb();
    const a = await createActivity(db, draft());
    const b = await createActivity(
      db,
      draft({ title: '教职工大会', kindId: 'kind-meeting', startDate: '2026-09-01' }),
    );
    await setParticipants(db, a.id, { addMemberIds: ['m1'] });
    await setParticipants(db, b.id, { addMemberIds: ['m1', 'm2'] });
    const [line] = await listParticipants(db, a.id);
    await recordAttendance(db, a.id, [{ participantId: line!.id, state: '出席' }]);
    await setParticipantResult(db, line!.id, { rank: 1, award: '一等奖' });
    const mine = await activitiesOfMember(db, 'm1');
    expect(mine.map((x) => [x.activity.title, x.state, x.result?.award ?? null])).toEqual([
      ['教职工大会', '报名', null],
      ['三八节趣味活动', '出席', '一等奖'],
    ]);
  });

  it('deletes an activity with its list, undoably', async () => {
    const db = await freshDb();
    const a = await createActivity(db, draft());
    await addParticipantsByRule(db, a.id, { kind: 'inService' });
    const batch = await deleteActivity(db, a.id);
    expect(await db.participants.count()).toBe(0);
    await undoBatch(db, batch.id);
    expect(await db.participants.count()).toBe(4);
    expect(await db.activities.count()).toBe(1);
  });
});

describe('demo activities', () => {
  it('builds a year of demo activities whose lists match the rules and whose past ones have attendance', () => {
    const union = buildDemoUnion(new Date('2026-11-21T08:00:00Z'));
    const { activities, participants } = demoActivities(union.members, {
      today: '2026-06-01',
      departments: union.departments,
    });
    expect(activities.map((a) => a.title)).toContain('三八节女职工趣味活动');
    expect(activities.every((a) => a.demo === 1 && a.year === 2026)).toBe(true);
    const women = union.members.filter((m) => m.status === '在职' && m.gender === '女').length;
    const womenDay = activities.find((a) => a.title === '三八节女职工趣味活动')!;
    const womenList = participants.filter((p) => p.activityId === womenDay.id);
    expect(womenList).toHaveLength(women);
    expect(countAttendance(womenList).pending).toBe(0);
    const teachersDay = activities.find((a) => a.title === '庆祝教师节暨表彰大会')!;
    expect(
      countAttendance(participants.filter((p) => p.activityId === teachersDay.id)).present,
    ).toBe(0);
  });

  it('loads into the database and shows in the list', async () => {
    const db = openDb(`t-${crypto.randomUUID()}`);
    const union = buildDemoUnion(new Date('2026-11-21T08:00:00Z'));
    await db.members.bulkAdd(union.members);
    const demo = demoActivities(union.members, { today: '2026-11-21' });
    await db.activities.bulkAdd(demo.activities);
    await db.participants.bulkAdd(demo.participants);
    const rows = await listActivities(db, { year: 2026 });
    expect(rows).toHaveLength(demo.activities.length);
    expect(rows.every((r) => r.counts.present > 0)).toBe(true);
  });
});

describe('coming activities (工作台)', () => {
  it('lists those starting in the window, soonest first, across a year boundary', async () => {
    const db = await freshDb();
    for (const [title, startDate, startTime] of [
      ['已经开过的会', '2026-12-20', null],
      ['元旦联欢', '2027-01-01', '09:00'],
      ['工会小组会', '2026-12-28', '15:00'],
      ['教代会筹备会', '2026-12-28', '08:30'],
      ['春节慰问', '2027-01-20', null],
    ] as const)
      await createActivity(db, draft({ title, startDate, startTime }));
    const rows = await listUpcomingActivities(db, '2026-12-21', '2027-01-04');
    expect(rows.map((r) => r.activity.title)).toEqual(['教代会筹备会', '工会小组会', '元旦联欢']);
    expect(rows[0]!.kindName).not.toBe('（未知类别）');
  });
});
