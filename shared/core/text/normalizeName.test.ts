import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalizeName';

describe('normalizeName', () => {
  it('removes the spaces that pad two-character names to line up', () => {
    expect(normalizeName('张　三')).toBe('张三');
    expect(normalizeName('张 三')).toBe('张三');
    expect(normalizeName(' 李\u00A0四 ')).toBe('李四');
  });

  it('keeps the separator dot of minority names, whichever look-alike dot was typed', () => {
    for (const typed of [
      '买买提·艾力',
      '买买提・艾力',
      '买买提•艾力',
      '买买提‧艾力',
      '买买提.艾力',
      '买买提 · 艾力',
      '买买提．艾力',
    ]) {
      expect(normalizeName(typed)).toBe('买买提·艾力');
    }
  });

  it('drops a stray dot at either end of a name', () => {
    expect(normalizeName('·王芳')).toBe('王芳');
  });

  it('keeps single spaces inside names written in Latin letters', () => {
    expect(normalizeName('  John   Smith ')).toBe('John Smith');
  });

  it('turns full-width letters into ASCII', () => {
    expect(normalizeName('ＡＢＣ')).toBe('ABC');
  });

  it('gives null for an empty or blank cell', () => {
    expect(normalizeName('')).toBeNull();
    expect(normalizeName('　 ')).toBeNull();
  });
});
