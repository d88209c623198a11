import { describe, expect, it } from 'vitest';
import { buildSearchIndex, namePinyin } from './namePinyin';
import { applySearch, searchIds } from './rosterSearch';

interface Row {
  id: string;
  name: string;
  idNumber: string | null;
  phone: string | null;
}

const roster: Row[] = [
  { id: 'a', name: '张三', idNumber: '33010219850315123X', phone: '13812345678' },
  { id: 'b', name: '张小红', idNumber: '330102199001011234', phone: null },
  { id: 'c', name: '李四', idNumber: null, phone: '13900001234' },
  { id: 'd', name: '单田芳', idNumber: null, phone: null },
  { id: 'e', name: '曾志伟', idNumber: null, phone: null },
  { id: 'f', name: '解缙', idNumber: null, phone: null },
  { id: 'g', name: '仇英', idNumber: null, phone: null },
  { id: 'h', name: '区志强', idNumber: null, phone: null },
  { id: 'i', name: '朴树', idNumber: null, phone: null },
  { id: 'j', name: '查良镛', idNumber: null, phone: null },
];

const idsFor = (q: string) => [...(searchIds(buildSearchIndex(roster), q) ?? [])].sort();

describe('roster search', () => {
  it('finds 张三 by initials and by full pinyin', () => {
    expect(idsFor('zs')).toEqual(['a']);
    expect(idsFor('zhangsan')).toEqual(['a']);
    expect(idsFor('ZhangSan')).toEqual(['a']);
  });

  it('finds everyone named 张 by the surname', () => {
    expect(idsFor('张')).toEqual(['a', 'b']);
    expect(idsFor('zhang')).toEqual(['a', 'b']);
  });

  it('reads polyphonic surnames as surnames', () => {
    expect(namePinyin('单田芳').full).toBe('shan tian fang');
    expect(idsFor('shantianfang')).toEqual(['d']);
    expect(idsFor('zzw')).toEqual(['e']);
    expect(idsFor('xiejin')).toEqual(['f']);
    expect(idsFor('qiuying')).toEqual(['g']);
    expect(idsFor('ouzhiqiang')).toEqual(['h']);
    expect(idsFor('piaoshu')).toEqual(['i']);
    expect(idsFor('zly')).toEqual(['j']);
  });

  it('matches the ending of an ID number and any part of a phone number', () => {
    // 1234 ends 张小红's ID and 李四's phone, and is inside 张三's phone
    expect(idsFor('1234')).toEqual(['a', 'b', 'c']);
    expect(idsFor('123x')).toEqual(['a']);
    expect(idsFor('123X')).toEqual(['a']);
    expect(idsFor('315123X')).toEqual(['a']);
    expect(idsFor('5678')).toEqual(['a']);
  });

  it('does not match the middle of an ID number', () => {
    expect(idsFor('1985')).toEqual([]);
  });

  it('narrows nothing until at least four digits are typed', () => {
    expect(searchIds(buildSearchIndex(roster), '123')).toBeNull();
  });

  it('keeps everyone when the query is empty or blank', () => {
    expect(searchIds(buildSearchIndex(roster), '  ')).toBeNull();
  });

  it('keeps the order of the list it narrows', () => {
    const index = buildSearchIndex(roster);
    const reversed = [...roster].reverse();
    expect(applySearch(index, 'zhang', reversed).map((m) => m.id)).toEqual(['b', 'a']);
  });

  it('builds an index over 50,000 members and finds one of them', () => {
    const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘';
    const given = '明华建国英丽芳军伟强敏静秀娟磊洋艳勇杰涛超';
    const many: Row[] = [];
    for (let i = 0; i < 50_000; i++) {
      many.push({
        id: `m${i}`,
        name:
          surnames[i % surnames.length]! +
          given[(i * 7) % given.length]! +
          given[(i * 13) % given.length]!,
        idNumber: `3301021980${String(i).padStart(8, '0')}`,
        phone: `139${String(i).padStart(8, '0')}`,
      });
    }
    const index = buildSearchIndex(many);
    expect(index.ids).toHaveLength(50_000);
    const target = many[43_210]!;
    expect(searchIds(index, target.idNumber!.slice(-6))!.has(target.id)).toBe(true);
    expect(searchIds(index, target.name)!.has(target.id)).toBe(true);
    expect(searchIds(index, namePinyin(target.name).initials)!.has(target.id)).toBe(true);
  });
});
