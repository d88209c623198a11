import { describe, expect, it } from 'vitest';
import { namePinyin } from './namePinyin';
import { formatPinyinCache, parsePinyinCache, pinyinCacheKey, pinyinKeeper } from './pinyinCache';
import type { NamePinyin } from './rosterSearch';

/** A reader that counts what it is asked. */
function counting() {
  const asked: string[] = [];
  const read = (name: string): NamePinyin => {
    asked.push(name);
    return namePinyin(name);
  };
  return { asked, read };
}

describe('the kept pinyin of the names', () => {
  it('reads back what it wrote, surnames read as surnames', () => {
    const text = formatPinyinCache([
      ['单雄信', namePinyin('单雄信')],
      ['Tom Lee', namePinyin('Tom Lee')],
    ]);
    const kept = parsePinyinCache(text);
    expect(kept.get('单雄信')).toEqual({ full: 'shan xiong xin', initials: 'sxx' });
    expect(kept.get('Tom Lee')).toEqual(namePinyin('Tom Lee'));
    expect(kept.size).toBe(2);
    expect(parsePinyinCache('').size).toBe(0);
  });

  it('skips a damaged entry and keeps the others', () => {
    const text = formatPinyinCache([['张三', namePinyin('张三')]]) + '\u0000李四\u0001li si';
    expect([...parsePinyinCache(text).keys()]).toEqual(['张三']);
  });

  it('has a key that changes when the readings of the probe names change', () => {
    const key = pinyinCacheKey(namePinyin);
    expect(key).toMatch(/^v1\|shan xiong xin\/sxx\|zeng guo fan\/zgf\|/);
    expect(pinyinCacheKey(namePinyin)).toBe(key);
    const other = (n: string) =>
      n === '曾国藩' ? { full: 'ceng guo fan', initials: 'cgf' } : namePinyin(n);
    expect(pinyinCacheKey(other)).not.toBe(key);
  });

  it('answers kept names without reading them, reads the rest once', () => {
    const { asked, read } = counting();
    const keeper = pinyinKeeper(
      parsePinyinCache(formatPinyinCache([['张三', namePinyin('张三')]])),
      read,
    );
    expect(keeper.lookup('张三')).toEqual({ full: 'zhang san', initials: 'zs' });
    expect(keeper.lookup('李四')).toEqual({ full: 'li si', initials: 'ls' });
    expect(keeper.lookup('李四').full).toBe('li si');
    expect(asked).toEqual(['李四']);
    expect(keeper.read()).toBe(1);
  });

  it('gives the text to keep only when a name was read or one is no longer on the roster', () => {
    const { read } = counting();
    const start = formatPinyinCache([
      ['张三', namePinyin('张三')],
      ['李四', namePinyin('李四')],
    ]);
    const keeper = pinyinKeeper(parsePinyinCache(start), read);
    keeper.lookup('张三');
    keeper.lookup('李四');
    // Nothing read, nobody gone: nothing to write.
    expect(keeper.keepOnly(['张三', '李四'])).toBeNull();
    // 李四 left: the kept text forgets the name.
    expect([...parsePinyinCache(keeper.keepOnly(['张三'])!).keys()]).toEqual(['张三']);
    expect(keeper.keepOnly(['张三'])).toBeNull();
    // A new name was read: kept with the others.
    keeper.lookup('王五');
    expect([...parsePinyinCache(keeper.keepOnly(['张三', '王五'])!).keys()]).toEqual([
      '张三',
      '王五',
    ]);
  });
});
