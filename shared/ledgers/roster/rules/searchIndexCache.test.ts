import { describe, expect, it } from 'vitest';
import { buildCachedSearchIndex, newSearchIndexCache, type BuildStats } from './searchIndexCache';
import { buildSearchIndex, searchIds } from './rosterSearch';
import { newMember, type Member } from './member';

const at = (t: string) => `2026-01-0${t}T00:00:00.000Z`;
const person = (id: string, name: string, fields: Partial<Member> = {}, time = '1') =>
  newMember({ id, name, ...fields }, at(time));

const roster = [
  person('a', '张三', { phone: '13800001111' }),
  person('b', '李四', { idNumber: '110101199001011234' }),
  person('c', '单田芳'),
];

describe('the cached search index', () => {
  it('answers as the one-shot index does', async () => {
    const index = (await buildCachedSearchIndex(newSearchIndexCache(), roster))!;
    const fresh = buildSearchIndex(roster);
    for (const q of ['zs', 'zhang', '李', 'stf', '1234', '1111', 'shantian'])
      expect([...searchIds(index, q)!]).toEqual([...searchIds(fresh, q)!]);
  });

  it('re-indexes only the member whose updatedAt changed, and finds the new name', async () => {
    const cache = newSearchIndexCache();
    await buildCachedSearchIndex(cache, roster);
    const renamed = { ...roster[0]!, name: '王五', updatedAt: at('2') };
    const stats: BuildStats = { computed: -1, dropped: -1 };
    const index = (await buildCachedSearchIndex(
      cache,
      [renamed, roster[1]!, roster[2]!],
      {},
      stats,
    ))!;
    expect(stats).toEqual({ computed: 1, dropped: 0 });
    expect([...searchIds(index, 'ww')!]).toEqual(['a']);
    expect(searchIds(index, 'zs')!.size).toBe(0);
  });

  it('keeps a changed name stale when updatedAt did not change (the key is id + updatedAt)', async () => {
    const cache = newSearchIndexCache();
    await buildCachedSearchIndex(cache, roster);
    const stats: BuildStats = { computed: -1, dropped: -1 };
    await buildCachedSearchIndex(cache, roster, {}, stats);
    expect(stats.computed).toBe(0);
  });

  it('drops a deleted member: no hit, and the cache forgets them', async () => {
    const cache = newSearchIndexCache();
    await buildCachedSearchIndex(cache, roster);
    const stats: BuildStats = { computed: -1, dropped: -1 };
    const index = (await buildCachedSearchIndex(cache, [roster[0]!, roster[2]!], {}, stats))!;
    expect(stats).toEqual({ computed: 0, dropped: 1 });
    expect(searchIds(index, 'ls')!.size).toBe(0);
    expect(searchIds(index, '1234')!.size).toBe(0);
    expect(cache.entries.has('b')).toBe(false);
    expect(index.ids).toEqual(['a', 'c']);
  });

  it('yields between slices and stops when cancelled, keeping what it computed', async () => {
    const many = Array.from({ length: 500 }, (_, i) => person(`m${i}`, `张${i}`));
    const cache = newSearchIndexCache();
    let clock = 0;
    let yields = 0;
    const result = await buildCachedSearchIndex(cache, many, {
      sliceMs: 1,
      // every member "takes" 1 ms, so each check after 64 members yields
      now: () => clock++,
      yieldNow: async () => {
        yields++;
      },
      isCancelled: () => yields >= 2,
    });
    expect(result).toBeNull();
    expect(cache.entries.size).toBe(128);
    // the next build picks up where the cancelled one stopped
    const stats: BuildStats = { computed: -1, dropped: -1 };
    await buildCachedSearchIndex(cache, many, {}, stats);
    expect(stats.computed).toBe(500 - 128);
  });
});
