/**
 * Font names for printouts, with fallbacks: the official fonts (仿宋_GB2312, 方正小标宋简体)
 * are often missing on the office PC, so each stack ends in fonts that Windows, macOS and
 * Linux (Noto CJK) ship. Used by the print CSS and, first name only, by the .docx export.
 */

const cssStack = (names: readonly string[]) =>
  names.map((n) => (/^[a-z-]+$/.test(n) ? n : `"${n}"`)).join(', ');

/** 仿宋: notice body (GB/T 9704: 3号仿宋). */
export const FANGSONG_FONTS = [
  '仿宋_GB2312',
  'FangSong_GB2312',
  'FangSong',
  '仿宋',
  'STFangsong',
  '华文仿宋',
  'Noto Serif CJK SC',
  'serif',
] as const;
/** 小标宋: notice title (GB/T 9704: 2号小标宋). Without it, a bold Song face stands in. */
export const XIAOBIAOSONG_FONTS = [
  '方正小标宋简体',
  'FZXiaoBiaoSong-B05S',
  '华文中宋',
  'STZhongsong',
  'Noto Serif CJK SC',
  'serif',
] as const;
/** 宋体: page numbers and ruled sheets. */
export const SONG_FONTS = [
  'SimSun',
  '宋体',
  'Songti SC',
  'Noto Serif CJK SC',
  'Noto Sans CJK SC',
  'serif',
] as const;
/** 黑体: headings on sheets. */
export const HEI_FONTS = ['SimHei', '黑体', 'Heiti SC', 'Noto Sans CJK SC', 'sans-serif'] as const;

export const CSS_FONTS = {
  fangsong: cssStack(FANGSONG_FONTS),
  xiaobiaosong: cssStack(XIAOBIAOSONG_FONTS),
  song: cssStack(SONG_FONTS),
  hei: cssStack(HEI_FONTS),
  /**
   * Titles: 小标宋, else 'UD Title Fallback' — an @font-face in renderer/print/print.css
   * that picks a bold Song face (华文中宋, Noto Serif CJK SC Bold) by local() name.
   */
  title: cssStack([
    ...XIAOBIAOSONG_FONTS.slice(0, 4),
    'UD Title Fallback',
    ...XIAOBIAOSONG_FONTS.slice(4),
  ]),
} as const;
