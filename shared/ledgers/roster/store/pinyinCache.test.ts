import { describe, expect, it } from 'vitest';
import { openDb, type UnionDeskDb } from '../../../db/db';
import { keepPinyin, readKeptPinyin } from './pinyinCache';

describe('the kept pinyin in the database', () => {
  it('is null until kept, then reads back; keeping again replaces it', async () => {
    const db = openDb(`t-${crypto.randomUUID()}`);
    expect(await readKeptPinyin(db)).toBeNull();
    await keepPinyin(db, 'k1', 'a');
    await keepPinyin(db, 'k2', 'b');
    expect(await readKeptPinyin(db)).toEqual({ id: 'names', key: 'k2', text: 'b' });
    expect(await db.pinyinCache.count()).toBe(1);
  });

  it('reads null, and keeps nothing without failing, when the table cannot be used', async () => {
    const broken = new Error('QuotaExceededError');
    const db = {
      pinyinCache: { get: () => Promise.reject(broken), put: () => Promise.reject(broken) },
    } as unknown as UnionDeskDb;
    expect(await readKeptPinyin(db)).toBeNull();
    await expect(keepPinyin(db, 'k', 't')).resolves.toBeUndefined();
  });
});
