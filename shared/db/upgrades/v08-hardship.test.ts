import { describe, expect, it } from 'vitest';
import { openDb } from '../db';
import { freshDb } from '../testDb';
import { v08 } from './v08-hardship';

describe('schema: the hardship tables', () => {
  it('adds hardshipFiles and hardshipAssistance to a database of the version before, keeping its rows', async () => {
    const before = v08.version - 1;
    const { db: old, name } = freshDb(before);
    await old.table('members').add({ id: 'm1', name: '李明', status: '在职', rosterOrder: 1 });
    old.close();

    const db = openDb(name, v08.version);
    await db.open();
    expect((await db.members.get('m1'))?.name).toBe('李明');
    expect(await db.hardshipFiles.count()).toBe(0);
    await db.hardshipAssistance.add({
      id: 'a1',
      fileId: 'f1',
      memberId: 'm1',
      date: '2026-08-25',
    } as never);
    expect(await db.hardshipAssistance.where('fileId').equals('f1').count()).toBe(1);
    expect(
      await db.hardshipAssistance.where('date').between('2026-01-01', '2026-12-31').count(),
    ).toBe(1);
    db.close();
  });
});
