import { textWidth } from '../../shared/ledgers/notices';

const MM_PER_PT = 25.4 / 72;

/**
 * Font size (pt) at which `text` fits in `widthMm` on one line: `basePt` when it fits,
 * smaller (down to `minPt`) for long names like 「阿依古丽·买买提」, so nothing is clipped.
 */
export function fitFontPt(text: string, widthMm: number, basePt: number, minPt = 7): number {
  const w = textWidth(text);
  if (w === 0) return basePt;
  const fits = widthMm / (w * MM_PER_PT);
  return Math.max(minPt, Math.min(basePt, Math.floor(fits * 10) / 10));
}
