import { describe, expect, it } from 'vitest';
import { ALL_TABLES, openDb } from '../db';
import { freshDb } from '../testDb';
import { v15 } from './v15-pinyin-cache';

describe('schema: the kept pinyin of the names', () => {
  it('adds an empty pinyinCache table, keeping the members, and leaves it out of backups', async () => {
    const { db: before, name } = freshDb(v15.version - 1);
    await before.table('members').add({ id: 'm1', name: '张三', rosterOrder: 1 });
    before.close();

    const db = openDb(name, v15.version);
    await db.open();
    expect((await db.members.toArray()).map((m) => m.name)).toEqual(['张三']);
    expect(await db.pinyinCache.count()).toBe(0);
    await db.pinyinCache.put({ id: 'names', key: 'k', text: '' });
    expect(await db.pinyinCache.count()).toBe(1);
    expect(ALL_TABLES as readonly string[]).not.toContain('pinyinCache');
    db.close();
  });
});
