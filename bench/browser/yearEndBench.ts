import { openDb } from '../../shared/db/db';
import type { Activity, Participant } from '../../shared/ledgers/activities/rules/activity';
import { newMember, type Member } from '../../shared/ledgers/roster/rules/member';
import { computeReport, loadLedgerData, statisticsYear } from '../../shared/ledgers/yearEnd';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;
const NOW = '2026-01-01T00:00:00.000Z';

/** A township-sized year: `members` people (some retired, some non-members), participants over `activities`. */
function syntheticYear(members: number, activities: number, participants: number) {
  let seed = 7;
  const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const ms: Member[] = [];
  for (let i = 0; i < members; i++) {
    const retired = rnd() < 0.12;
    const retiredOn = `2026-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-15`;
    ms.push(
      newMember(
        {
          id: `m${i}`,
          name: `会员${i}`,
          gender: rnd() < 0.55 ? '女' : '男',
          joinDate: `${2000 + (i % 27)}-09-01`,
          department: `部门${i % 40}`,
          ...(rnd() < 0.03 ? { isMember: false, joinDate: null } : {}),
          status: retired ? '退休' : '在职',
          statusHistory: retired
            ? [
                { status: '在职', date: '' },
                { status: '退休', date: retiredOn },
              ]
            : [{ status: '在职', date: `${2000 + (i % 27)}-09-01` }],
          rosterOrder: i,
        },
        NOW,
      ),
    );
  }
  const as: Activity[] = [];
  for (let k = 0; k < activities; k++) {
    const start = `2026-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`;
    as.push({
      id: `a${k}`,
      kindId: 'kind-wenti',
      title: `活动${k}`,
      startDate: start,
      startTime: null,
      endDate: null,
      endTime: null,
      place: '',
      host: k % 10 === 9 ? '上级' : '本会',
      organiser: '',
      coOrganiser: '',
      targetGroup: '',
      budget: null,
      actualCost: null,
      notes: '',
      year: 2026,
      createdAt: NOW,
      updatedAt: NOW,
    });
  }
  const ps: Participant[] = [];
  const per = Math.ceil(participants / activities);
  const states = ['出席', '出席', '出席', '出席', '出席', '出席', '请假', '缺席'] as const;
  for (let k = 0; k < activities && ps.length < participants; k++) {
    const offset = Math.floor(rnd() * members);
    for (let j = 0; j < per && ps.length < participants; j++) {
      const guest = j % 97 === 96;
      // Every 50th line is a second entry of the member before it (硬笔 then 毛笔).
      const second = j % 50 === 49;
      const memberIndex = (offset + (second ? j - 1 : j)) % members;
      ps.push({
        id: `a${k}~${j}`,
        activityId: `a${k}`,
        memberId: guest ? null : `m${memberIndex}`,
        guestName: guest ? `来宾${j}` : null,
        state: states[Math.floor(rnd() * states.length)]!,
        entry: second ? '毛笔' : j % 50 === 48 ? '硬笔' : null,
        prizeCents: j % 200 === 0 ? 5000 : null,
        order: j,
      });
    }
  }
  return { members: ms, activities: as, participants: ps };
}

export async function yearEndBench(
  members: number,
  activities: number,
  participants: number,
  repeat = 5,
) {
  const data = syntheticYear(members, activities, participants);
  const db = openDb(`bench-year-${crypto.randomUUID()}`);
  await db.open();
  await db.transaction('rw', db.members, db.activities, db.participants, async () => {
    await db.members.bulkAdd(data.members);
    await db.activities.bulkAdd(data.activities);
    await db.participants.bulkAdd(data.participants);
  });
  const period = statisticsYear(2026, 1);
  // Warm once: neither step pays the JIT alone in the timed runs.
  computeReport(period, await loadLedgerData(db));

  const loads: number[] = [];
  const computes: number[] = [];
  let report: ReturnType<typeof computeReport> | null = null;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    const loaded = await loadLedgerData(db);
    const t1 = performance.now();
    report = computeReport(period, loaded);
    const t2 = performance.now();
    loads.push(t1 - t0);
    computes.push(t2 - t1);
  }
  db.close();
  const totals = loads.map((l, i) => l + computes[i]!);
  return {
    members,
    activities,
    participants: data.participants.length,
    loadMs: round(median(loads)),
    computeMs: round(median(computes)),
    totalMs: round(median(totals)),
    loads: loads.map(round),
    computes: computes.map(round),
    figures: report!.figures,
  };
}
