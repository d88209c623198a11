import { liveQuery } from 'dexie';
import { openDb } from '../../shared/db/db';
import { LEDGER_TABLES } from '../../shared/ledgers/tables';
import type { Activity, Participant } from '../../shared/ledgers/activities/rules/activity';
import { newMember, type Member } from '../../shared/ledgers/roster/rules/member';
import {
  computeReport,
  loadLedgerData,
  loadYearEndData,
  refreshActivityTallies,
  statisticsYear,
} from '../../shared/ledgers/yearEnd';

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

type Db = ReturnType<typeof openDb>;
const STORES = ['settings', ...LEDGER_TABLES] as const;

/** IndexedDB's own cost, no Dexie: every store's getAll at once in one native transaction. */
function nativeLoad(db: Db) {
  return new Promise<Record<string, unknown[]>>((resolve, reject) => {
    const tx = db.backendDB().transaction([...STORES], 'readonly');
    const out: Record<string, unknown[]> = {};
    for (const t of STORES) {
      const req = tx.objectStore(t).getAll();
      req.onsuccess = () => (out[t] = req.result as unknown[]);
    }
    tx.oncomplete = () => resolve(out);
    tx.onerror = () => reject(tx.error ?? new Error('read failed'));
  });
}

/** As the page reads: loadYearEndData inside useLiveQuery (Dexie's liveQuery), to its first value. */
function liveLoad(db: Db) {
  return new Promise<unknown>((resolve, reject) => {
    const sub = liveQuery(() => loadYearEndData(db)).subscribe({
      next: (v) => {
        sub.unsubscribe();
        resolve(v);
      },
      error: reject,
    });
  });
}

/** Runs f while a 4 ms timer ticks; returns the longest gap between ticks (the page's worst stall). */
async function longestStall(f: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 4);
  await f();
  clearInterval(tick);
  return Math.max(worst, performance.now() - last);
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
  // The first 年度统计 after the rows were written counts every activity from its rows and
  // keeps the counts (the page does this after showing the figures).
  await refreshActivityTallies(db);
  // Warm once: no way of reading pays the JIT alone in the timed runs.
  computeReport(period, await loadLedgerData(db));
  computeReport(period, await loadYearEndData(db));
  await nativeLoad(db);
  await liveLoad(db);

  // One attendance change: that activity's counts are dropped, the next read takes its rows.
  const marked = data.participants[1]!;
  let flip = false;
  const markOne = () => {
    flip = !flip;
    return db.participants.update(marked.id, { state: flip ? '缺席' : marked.state });
  };

  const loads: number[] = [];
  const computes: number[] = [];
  const others = {
    full: [] as number[],
    native: [] as number[],
    live: [] as number[],
    cold: [] as number[],
    keep: [] as number[],
    afterMark: [] as number[],
  };
  const stalls: number[] = [];
  const timed = async (xs: number[], f: () => Promise<unknown>) => {
    const t0 = performance.now();
    await f();
    xs.push(performance.now() - t0);
  };
  let report: ReturnType<typeof computeReport> | null = null;
  // Interleaved, so each way of reading sees the same machine load.
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    const loaded = await loadYearEndData(db);
    const t1 = performance.now();
    report = computeReport(period, loaded);
    const t2 = performance.now();
    loads.push(t1 - t0);
    computes.push(t2 - t1);
    await timed(others.full, () => loadLedgerData(db));
    await timed(others.native, () => nativeLoad(db));
    await timed(others.live, () => liveLoad(db));
    // No counts kept (a new database, a restore, an import of many rows): every row is read.
    await db.activityTallies.clear();
    await timed(others.cold, () => loadYearEndData(db));
    await timed(others.keep, () => refreshActivityTallies(db));
    await markOne();
    await timed(others.afterMark, () => loadYearEndData(db));
    await refreshActivityTallies(db);
    stalls.push(await longestStall(() => loadYearEndData(db)));
  }
  // The figures must not depend on how the rows were read (counts kept after a change, too).
  const same =
    JSON.stringify(computeReport(period, await loadYearEndData(db))) ===
    JSON.stringify(computeReport(period, await loadLedgerData(db)));
  db.close();
  const totals = loads.map((l, i) => l + computes[i]!);
  // Each ratio is the median of the per-run ratios against that run's loadYearEndData.
  const ratio = (xs: number[]) => Math.round(median(xs.map((x, i) => x / loads[i]!)) * 100) / 100;
  return {
    members,
    activities,
    participants: data.participants.length,
    loadMs: round(median(loads)),
    computeMs: round(median(computes)),
    totalMs: round(median(totals)),
    loads: loads.map(round),
    computes: computes.map(round),
    fullMs: round(median(others.full)),
    nativeMs: round(median(others.native)),
    liveMs: round(median(others.live)),
    coldMs: round(median(others.cold)),
    keepMs: round(median(others.keep)),
    afterMarkMs: round(median(others.afterMark)),
    fullRatio: ratio(others.full),
    nativeRatio: ratio(others.native),
    liveRatio: ratio(others.live),
    coldRatio: ratio(others.cold),
    afterMarkRatio: ratio(others.afterMark),
    stallMs: round(median(stalls)),
    sameFigures: same,
    figures: report!.figures,
  };
}
