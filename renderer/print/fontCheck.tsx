import { useEffect, useState } from 'react';
import { Alert } from '@mantine/core';
import { FANGSONG_FONTS, XIAOBIAOSONG_FONTS } from '../../shared/core/print';

/**
 * Whether a font is installed, by measuring: a text set in 「font, fallback」 is as wide as in
 * the fallback alone only when the font is missing — checked against two fallbacks, so a
 * font as wide as one of them is still found. (document.fonts.check says true for any
 * system font name, installed or not.)
 */
export function fontInstalled(name: string): boolean {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return true;
  const sample = '国家机关公文格式 Official 2026';
  return ['monospace', 'sans-serif'].some((fallback) => {
    ctx.font = `72px ${fallback}`;
    const plain = ctx.measureText(sample).width;
    ctx.font = `72px "${name}", ${fallback}`;
    return ctx.measureText(sample).width !== plain;
  });
}

/** The official faces of a notice (GB/T 9704), as opposed to the fallbacks at the end of each stack. */
const OFFICIAL_FANGSONG = FANGSONG_FONTS.filter((f) => !/Noto|serif/.test(f));
const OFFICIAL_TITLE = XIAOBIAOSONG_FONTS.filter((f) => !/Noto|serif/.test(f));

/** Which of the notice's official faces this PC lacks: 「仿宋」, 「小标宋」. */
export function missingNoticeFonts(installed: (name: string) => boolean = fontInstalled): string[] {
  const out: string[] = [];
  if (!OFFICIAL_FANGSONG.some(installed)) out.push('仿宋');
  if (!OFFICIAL_TITLE.some(installed)) out.push('小标宋（或华文中宋）');
  return out;
}

/** Says so above a notice preview when the official fonts are missing (the print would differ). */
export function NoticeFontWarning() {
  const [missing, setMissing] = useState<string[]>([]);
  useEffect(() => setMissing(missingNoticeFonts()), []);
  if (missing.length === 0) return null;
  return (
    <Alert color="yellow" p="xs" data-testid="notice-font-warning">
      这台电脑没有{missing.join('、')}字体，预览和打印暂用思源宋体（Noto Serif
      CJK）代替，字形与正式公文不同。 正式发文请安装仿宋_GB2312、方正小标宋简体，或导出 Word
      后在装有这些字体的电脑上打印。
    </Alert>
  );
}
