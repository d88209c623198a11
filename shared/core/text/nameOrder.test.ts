import { describe, expect, it } from 'vitest';
import { STROKE_PROXIES, compareByPinyin, compareByStrokes } from './nameOrder';

describe('ordering by surname strokes', () => {
  it('puts 王 (4 strokes) before 刘 (6) before 张 (7) before 林 (8)', () => {
    expect(['林', '张', '刘', '王'].sort(compareByStrokes)).toEqual(['王', '刘', '张', '林']);
  });

  it('counts 陈, 邓, 郑 and 董 by their simplified strokes (阝 as 2, 艹 as 3) as Chinese offices do', () => {
    const sorted = ['郑国', '林一', '陈红', '何明', '邓华', '田野', '董事', '彭亮', '韩梅'].sort(
      compareByStrokes,
    );
    const pos = (n: string) => sorted.indexOf(n);
    expect(pos('邓华')).toBeLessThan(pos('田野')); // 4 < 5
    expect(pos('陈红')).toBeLessThan(pos('林一')); // 7 < 8
    expect(pos('何明')).toBeLessThan(pos('林一'));
    expect(pos('郑国')).toBeGreaterThan(pos('陈红')); // 8 > 7
    expect(pos('郑国')).toBeLessThan(pos('彭亮')); // 8 < 12
    expect(pos('董事')).toBeGreaterThan(pos('郑国')); // 12, with 彭 and 韩
    expect(pos('董事')).toBeLessThan(pos('韩梅'));
  });

  it('relies on stroke proxies that the collator itself orders by stroke count', () => {
    const proxies = STROKE_PROXIES.slice(1);
    expect([...proxies].sort(new Intl.Collator('zh-u-co-stroke').compare)).toEqual(proxies);
  });

  it('orders names with the same surname by the following characters', () => {
    expect(['王五', '王一', '王三'].sort(compareByStrokes)).toEqual(['王一', '王三', '王五']);
  });
});

describe('ordering by pinyin', () => {
  it('orders 陈 before 李 before 王 before 张', () => {
    expect(['张', '王', '李', '陈'].sort(compareByPinyin)).toEqual(['陈', '李', '王', '张']);
  });
});

describe('ordering keeps one surname together', () => {
  it('does not interleave 王 and 邓 (both 4 strokes) by their given names', () => {
    const sorted = ['王明', '邓华', '王芳', '邓明'].sort(compareByStrokes);
    expect(sorted.map((n) => n[0]).join('')).toMatch(/^(王王邓邓|邓邓王王)$/);
  });
});
