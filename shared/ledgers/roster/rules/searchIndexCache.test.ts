import { describe, expect, it } from 'vitest';
import { buildCachedSearchIndex, newSearchIndexCache, type BuildStats } from './searchIndexCache';
import { buildSearchIndex, cachedNamePinyin } from './namePinyin';
import { searchIds } from './rosterSearch';
import { newMember, type Member } from './member';

const at = (t: string) => `2026-01-0${t}T00:00:00.000Z`;
const person = (id: string, name: string, fields: Partial<Member> = {}, time = '1') =>
  newMember({ id, name, ...fields }, at(time));

/** The pinyin loader the page passes, counting how often it is asked. */
let loads = 0;
const loadPinyin = async () => {
  loads++;
  return cachedNamePinyin();
};

const roster = [
  person('a', '张三', { phone: '13800001111' }),
  person('b', '李四', { idNumber: '110101199001011234' }),
  person('c', '单田芳'),
];

describe('the cached search index', () => {
  it('answers as the one-shot index does', async () => {
    const index = (await buildCachedSearchIndex(newSearchIndexCache(), roster, { loadPinyin }))!;
    const fresh = buildSearchIndex(roster);
    for (const q of ['zs', 'zhang', '李', 'stf', '1234', '1111', 'shantian'])
      expect([...searchIds(index, q)!]).toEqual([...searchIds(fresh, q)!]);
  });

  it('re-indexes only the member whose updatedAt changed, and finds the new name', async () => {
    const cache = newSearchIndexCache();
    await buildCachedSearchIndex(cache, roster, { loadPinyin });
    const renamed = { ...roster[0]!, name: '王五', updatedAt: at('2') };
    const stats: BuildStats = { computed: -1, dropped: -1 };
    const index = (await buildCachedSearchIndex(
      cache,
      [renamed, roster[1]!, roster[2]!],
      { loadPinyin },
      stats,
    ))!;
    expect(stats).toEqual({ computed: 1, dropped: 0 });
    expect([...searchIds(index, 'ww')!]).toEqual(['a']);
    expect(searchIds(index, 'zs')!.size).toBe(0);
  });

  it('keeps a changed name stale when updatedAt did not change (the key is id + updatedAt)', async () => {
    const cache = newSearchIndexCache();
    await buildCachedSearchIndex(cache, roster, { loadPinyin });
    const stats: BuildStats = { computed: -1, dropped: -1 };
    await buildCachedSearchIndex(cache, roster, { loadPinyin }, stats);
    expect(stats.computed).toBe(0);
  });

  it('drops a deleted member: no hit, and the cache forgets them', async () => {
    const cache = newSearchIndexCache();
    await buildCachedSearchIndex(cache, roster, { loadPinyin });
    const stats: BuildStats = { computed: -1, dropped: -1 };
    const index = (await buildCachedSearchIndex(
      cache,
      [roster[0]!, roster[2]!],
      { loadPinyin },
      stats,
    ))!;
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
      loadPinyin,
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
    await buildCachedSearchIndex(cache, many, { loadPinyin }, stats);
    expect(stats.computed).toBe(500 - 128);
  });

  it('loads pinyin only when a member has no records yet: a primed cache never asks', async () => {
    const cache = newSearchIndexCache();
    await buildCachedSearchIndex(cache, roster, { loadPinyin });
    const before = loads;
    const index = (await buildCachedSearchIndex(cache, roster, { loadPinyin }))!;
    expect(loads).toBe(before);
    expect([...searchIds(index, 'stf')!]).toEqual(['c']);
    // one new member: the loader is asked once, and the new name is found by its initials
    await buildCachedSearchIndex(cache, [...roster, person('d', '曾丽')], { loadPinyin });
    expect(loads).toBe(before + 1);
  });
});
