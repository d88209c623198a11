import { describe, expect, it } from 'vitest';
import { missingNoticeFonts } from './fontCheck';

describe('the notice fonts this PC lacks', () => {
  it('names 仿宋 and 小标宋 when only the fallbacks are installed', () => {
    const only = new Set(['Noto Serif CJK SC']);
    expect(missingNoticeFonts((f) => only.has(f))).toEqual(['仿宋', '小标宋（或华文中宋）']);
  });
  it('is content with any official face: FangSong on Windows, 华文中宋 on a Mac', () => {
    const has = new Set(['FangSong', '华文中宋']);
    expect(missingNoticeFonts((f) => has.has(f))).toEqual([]);
  });
});
