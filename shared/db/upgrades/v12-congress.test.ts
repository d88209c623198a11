import { describe, expect, it } from 'vitest';
import { openDb } from '../db';
import { freshDb } from '../testDb';
import { v12 } from './v12-congress';

describe('schema: the congress tables', () => {
  it('adds the congress tables to a database of the version before, keeping its rows', async () => {
    const { db: before, name } = freshDb(v12.version - 1);
    await before.table('members').add({ id: 'm1', name: '王芳', status: '在职', rosterOrder: 1 });
    before.close();

    const db = openDb(name, v12.version);
    await db.open();
    expect((await db.members.toArray()).map((m) => m.name)).toEqual(['王芳']);
    await db.representatives.add({
      id: 'r1',
      termNumber: 3,
      memberId: 'm1',
      name: '王芳',
      gender: '女',
      delegation: '语文组',
      category: '正式代表',
    });
    expect(await db.representatives.where('memberId').equals('m1').count()).toBe(1);
    for (const t of [
      'congressSessions',
      'congressAttendance',
      'congressVotes',
      'proposals',
      'suggestions',
      'openAffairs',
    ] as const)
      expect(await db.table(t).count()).toBe(0);
    db.close();
  });
});
