import { describe, expect, it } from 'vitest';
import { openDb } from '../db';
import { freshDb } from '../testDb';

describe('schema v5: officers, honours and who ran an activity', () => {
  it('marks every activity of a v4 database as run by the union itself and adds the new tables', async () => {
    const { db: v4, name } = freshDb(4);
    await v4.table('activities').bulkAdd([
      {
        id: 'a1',
        kindId: 'kind-meeting',
        title: '教职工大会',
        startDate: '2026-03-01',
        year: 2026,
      },
      { id: 'a2', kindId: 'kind-wenti', title: '拔河比赛', startDate: '2026-04-01', year: 2026 },
    ]);
    v4.close();

    const db = openDb(name, 5);
    await db.open();
    expect((await db.activities.toArray()).map((a) => [a.id, a.host])).toEqual([
      ['a1', '本会'],
      ['a2', '本会'],
    ]);
    await db.honours.add({
      id: 'h1',
      year: 2026,
      kind: '个人',
      recipient: '王芳',
      memberId: null,
      title: '优秀工会积极分子',
      level: '县区级',
      body: '区教育工会',
    });
    expect(await db.honours.where('year').equals(2026).count()).toBe(1);
    expect(await db.officers.count()).toBe(0);
    db.close();
  });
});
