import { describe, expect, it } from 'vitest';
import { guessIdType, parseIdType, parseMembership, parsePostCategory } from './memberVocabulary';

describe('member vocabulary', () => {
  it('reads the usual words for each 证件类型', () => {
    expect(parseIdType('二代身份证')).toBe('居民身份证');
    expect(parseIdType('港澳通行证')).toBe('港澳居民来往内地通行证');
    expect(parseIdType('回乡证')).toBe('港澳居民来往内地通行证');
    expect(parseIdType('台胞证')).toBe('台湾居民来往大陆通行证');
    expect(parseIdType('外国人永久居留证')).toBe('外国人永久居留身份证');
    expect(parseIdType('护照')).toBe('护照');
    expect(parseIdType('港澳台居民居住证')).toBe('其他');
    expect(parseIdType('学生证')).toBeNull();
  });

  it('guesses the 证件类型 only from clear shapes, leaving digits to the ID check', () => {
    expect(guessIdType('H12345678')).toBe('港澳居民来往内地通行证');
    expect(guessIdType('m1234567801')).toBe('港澳居民来往内地通行证');
    expect(guessIdType('12345678')).toBe('台湾居民来往大陆通行证');
    expect(guessIdType('USA110086081201')).toBe('外国人永久居留身份证');
    expect(guessIdType('E12345678')).toBe('护照');
    expect(guessIdType('AB12C3456')).toBe('其他');
    // Resident-ID shapes, right or wrong, and Excel's scientific form are the ID check's.
    expect(guessIdType('11010519491231002X')).toBeNull();
    expect(guessIdType('110105194912310021')).toBeNull();
    expect(guessIdType('3301021985031')).toBeNull();
    expect(guessIdType('3.30102E+17')).toBeNull();
    expect(guessIdType('990106197907080320')).toBeNull();
  });

  it('reads 是否会员 both ways and refuses what it cannot tell', () => {
    expect(['是', '会员', '√', 'Y'].map(parseMembership)).toEqual([true, true, true, true]);
    expect(['否', '非会员', '未入会', '×'].map(parseMembership)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(parseMembership('待定')).toBeNull();
  });

  it('maps 岗位类别 words to the list and keeps a union’s own category as typed', () => {
    expect(parsePostCategory('校领导')).toEqual({ category: '校级领导', known: true });
    expect(parsePostCategory('中层')).toEqual({ category: '中层干部', known: true });
    expect(parsePostCategory('任课教师')).toEqual({ category: '专任教师', known: true });
    expect(parsePostCategory('工勤人员')).toEqual({ category: '工勤', known: true });
    expect(parsePostCategory('校医')).toEqual({ category: '校医', known: false });
    expect(parsePostCategory(' ')).toBeNull();
  });
});
