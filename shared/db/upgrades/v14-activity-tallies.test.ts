import { describe, expect, it } from 'vitest';
import { openDb } from '../db';
import { freshDb } from '../testDb';
import { v14 } from './v14-activity-tallies';

describe('schema: the kept activity counts', () => {
  it('adds an empty activityTallies table, keeping the participant rows', async () => {
    const { db: before, name } = freshDb(v14.version - 1);
    await before.table('participants').add({
      id: 'p1',
      activityId: 'a1',
      memberId: 'm1',
      state: '出席',
      order: 1,
    });
    before.close();

    const db = openDb(name, v14.version);
    await db.open();
    expect((await db.participants.toArray()).map((p) => p.id)).toEqual(['p1']);
    expect(await db.activityTallies.count()).toBe(0);
    // From now on a write to the rows drops the activity's kept counts in the same transaction.
    await db.activityTallies.put({
      id: 'a1',
      version: 1,
      eligible: 1,
      leave: 0,
      absent: 0,
      entries: 0,
      prizes: 0,
      attendedRowIds: ['p1'],
      attendedMemberIds: ['m1'],
      guestRowIds: [],
    });
    await db.participants.update('p1', { state: '缺席' });
    expect(await db.activityTallies.count()).toBe(0);
    db.close();
  });
});
