import { describe, expect, it } from 'vitest';
import { freshDb } from '../../db/testDb';
import type { UnionDeskDb } from '../../db/db';
import { undoBatch, writeBatch } from '../../db/batches';
import { loadDemoData } from '../demo';
import { LEDGERS } from '../index';
import { buildReport, figuresByLedger } from '../yearEnd/rules/report';
import { previousPeriod } from '../yearEnd/rules/compare';
import { statisticsYear } from '../yearEnd/rules/period';
import { SAMPLE_YEAR } from '../yearEnd/rules/sampleYear';
import { deleteActivity, recordAttendance } from '../activities/store/activities';
import { COUNTS_VERSION } from '../activities/rules/activityReport';
import type { LedgerData, Period } from '../types';
import { loadLedgerData } from './ledgerData';
import {
  readAllPaged,
  hasUncountedActivities,
  loadYearEndData,
  participantsByIds,
  refreshActivityTallies,
} from './yearEndData';

// Periods that cut the sample's activities differently (2025-12-30 … 2027-01-05), and the
// year before each, as the page compares.
const PERIODS: Period[] = [
  statisticsYear(2026, 1),
  statisticsYear(2026, 9),
  statisticsYear(2025, 1),
  { from: '2026-03-01', to: '2026-05-31' },
  statisticsYear(2027, 1),
];

/** Everything the page and ledger:report show, with the records behind each figure. */
function shown(data: LedgerData) {
  return PERIODS.flatMap((p) => [p, previousPeriod(p)]).map((p) => ({
    groups: figuresByLedger(p, data, LEDGERS),
    report: buildReport(p, data, LEDGERS),
  }));
}

/** The demo union and the hand-made sample year (two entries, guests, prizes, 上级, periods). */
async function seeded(): Promise<UnionDeskDb> {
  const { db } = freshDb();
  await loadDemoData(db, new Date('2026-11-20T08:00:00'));
  await db.transaction('rw', db.members, db.activities, db.participants, async () => {
    await db.members.bulkAdd([...SAMPLE_YEAR.tables.members]);
    await db.activities.bulkAdd([...SAMPLE_YEAR.tables.activities]);
    await db.participants.bulkAdd([...SAMPLE_YEAR.tables.participants]);
  });
  return db;
}

/** The year-end read gives exactly what the full read gives, and says how many rows it read. */
async function expectSameAsFullRead(db: UnionDeskDb) {
  const year = await loadYearEndData(db);
  expect(shown(year)).toEqual(shown(await loadLedgerData(db)));
  return year;
}

const kept = async (db: UnionDeskDb) =>
  new Set((await db.activityTallies.toArray()).map((t) => t.id));

describe('readAllPaged', () => {
  it('reads every participant row once, a page at a time, pages ending anywhere', async () => {
    const db = await seeded();
    const all = await db.participants.toArray();
    expect(all.length).toBeGreaterThan(7);
    for (const page of [1, 3, 7, all.length, all.length + 5]) {
      const read = await db.transaction('r', db.participants, () =>
        readAllPaged(db, 'participants', page),
      );
      expect(read).toEqual(all);
    }
  });
});

describe('loadYearEndData', () => {
  it('gives the same figures and activities as the full read, before and after counts are kept', async () => {
    const db = await seeded();
    const activities = await db.activities.count();
    // Nothing kept yet: every activity's rows are read.
    const cold = await expectSameAsFullRead(db);
    expect(cold.tables.participants.length).toBe(await db.participants.count());
    expect(await refreshActivityTallies(db)).toBe(activities);
    // Everything kept: no participant row is read, the figures are unchanged.
    const warm = await expectSameAsFullRead(db);
    expect(warm.tables.participants).toEqual([]);
    expect(warm.activityCounts?.size).toBe(activities);
    expect(await refreshActivityTallies(db)).toBe(0);
    db.close();
  });

  it('re-reads the rows of an activity whose attendance was recorded, and only those', async () => {
    const db = await seeded();
    await refreshActivityTallies(db);
    const before = await loadLedgerData(db);
    const batch = await recordAttendance(db, 'a-38', [
      { participantId: 'a-38#3', state: '出席' }, // 张三 was 缺席
    ]);
    expect(await kept(db)).not.toContain('a-38');
    expect((await kept(db)).size).toBe((await db.activities.count()) - 1);
    const year = await expectSameAsFullRead(db);
    expect(new Set(year.tables.participants.map((p) => p.activityId))).toEqual(new Set(['a-38']));
    expect(figuresByLedger(statisticsYear(2026, 1), year, LEDGERS)).not.toEqual(
      figuresByLedger(statisticsYear(2026, 1), before, LEDGERS),
    );
    // Its undo is a write too.
    await refreshActivityTallies(db);
    await undoBatch(db, batch!.id);
    expect(await kept(db)).not.toContain('a-38');
    expect(shown(await loadYearEndData(db))).toEqual(shown(before));
    db.close();
  });

  it('keeps the figures right after every kind of write to the participant rows', async () => {
    const db = await seeded();
    const writes: [string, () => Promise<unknown>][] = [
      // A row moved to another activity: both activities change.
      [
        'put moving a row',
        () => db.participants.put({ ...SAMPLE_YEAR.tables.participants[4]!, activityId: 'a-38' }),
      ],
      [
        'add',
        () =>
          db.participants.add({
            id: 'x1',
            activityId: 'a-shufa',
            memberId: 'chen',
            state: '出席',
            order: 99,
          }),
      ],
      ['update', () => db.participants.update('a-38#2', { state: '出席' })],
      [
        'modify',
        () => db.participants.where('activityId').equals('a-shufa').modify({ state: '缺席' }),
      ],
      ['delete', () => db.participants.delete('a-38#1')],
      ['bulkDelete', () => db.participants.bulkDelete(['a-newyear#9', 'a-2027#10'])],
      ['collection delete', () => db.participants.where('memberId').equals('li').delete()],
      [
        'batch',
        () =>
          writeBatch(db, { kind: 'bulk-edit', label: '测试' }, ['participants'], (w) =>
            w.bulkPut('participants', [
              { id: 'x2', activityId: 'a-newyear', memberId: 'li', state: '出席', order: 1 },
            ]),
          ),
      ],
      [
        'deleteActivity',
        async () => deleteActivity(db, (await db.activities.toArray()).find((a) => a.demo)!.id),
      ],
      // More rows than the middleware looks up one by one: every kept count is dropped.
      [
        'bulkPut of many rows',
        () =>
          db.participants.bulkPut(
            Array.from({ length: 2001 }, (_, i) => ({
              id: `many${i}`,
              activityId: 'a-shufa',
              memberId: null,
              guestName: `来宾${i}`,
              state: '出席' as const,
              order: 100 + i,
            })),
          ),
      ],
      ['clear', () => db.participants.clear()],
    ];
    for (const [what, write] of writes) {
      await refreshActivityTallies(db);
      const before = (await db.activityTallies.count()) > 0;
      await write();
      try {
        await expectSameAsFullRead(db);
      } catch (e) {
        throw new Error(`after ${what}: ${String(e)}`, { cause: e });
      }
      expect(before).toBe(true);
    }
    // A deleted activity leaves no counts behind.
    const ids = new Set((await db.activities.toArray()).map((a) => a.id));
    expect([...(await kept(db))].every((id) => ids.has(id))).toBe(true);
    db.close();
  });

  it('recounts counts of another version of countRows', async () => {
    const db = await seeded();
    await refreshActivityTallies(db);
    await db.activityTallies.update('a-shufa', { version: COUNTS_VERSION - 1, eligible: 99 });
    const year = await expectSameAsFullRead(db);
    expect(year.activityCounts?.has('a-shufa')).toBe(false);
    expect(await refreshActivityTallies(db)).toBe(1);
    db.close();
  });

  it('says when some activity was counted from its rows, until its counts are kept', async () => {
    const db = await seeded();
    expect(hasUncountedActivities(await loadYearEndData(db))).toBe(true);
    await refreshActivityTallies(db);
    expect(hasUncountedActivities(await loadYearEndData(db))).toBe(false);
    await db.participants.update('a-38#1', { state: '请假' });
    expect(hasUncountedActivities(await loadYearEndData(db))).toBe(true);
    db.close();
  });

  it('reads the rows behind a participant figure by their ids', async () => {
    const db = await seeded();
    const rows = await participantsByIds(db, ['a-shufa#6', 'gone', 'a-38#1']);
    expect(rows.map((p) => p.id)).toEqual(['a-shufa#6', 'a-38#1']);
    db.close();
  });
});
